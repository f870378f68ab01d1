import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'

type Props = {
  /** The visible text of the button, e.g. a badge's "Secondary source". */
  label: ReactNode
  /** What the tip says; also the button's accessible description. */
  text: string
  className: string
}

/**
 * A short explanation that opens on tap or click and on keyboard focus, never on hover only
 * (WCAG 2.2: touch screens have no hover). The native popover attribute opens and closes it on
 * tap, and closes it with Escape or a tap outside; keyboard focus opens it and leaving closes it.
 * Its words are rendered only while open, so the text of a table cell stays the badge's own, and
 * screen readers hear them as the button's description.
 */
export function Toggletip({ label, text, className }: Props) {
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const tip = useRef<HTMLSpanElement>(null)
  const [open, setOpen] = useState(false)

  useEffect(() => {
    const element = tip.current
    if (!element) return
    const onToggle = (event: Event) => setOpen((event as ToggleEvent).newState === 'open')
    element.addEventListener('toggle', onToggle)
    return () => element.removeEventListener('toggle', onToggle)
  }, [])

  // Beside its button, inside the window, kept there while the page scrolls.
  useLayoutEffect(() => {
    if (!open) return
    const place = () => {
      const anchor = button.current?.getBoundingClientRect()
      const element = tip.current
      if (!anchor || !element) return
      const width = element.offsetWidth
      const height = element.offsetHeight
      const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8))
      const below = anchor.bottom + 6
      const top =
        below + height > window.innerHeight - 8 ? Math.max(8, anchor.top - height - 6) : below
      element.style.left = `${left}px`
      element.style.top = `${top}px`
    }
    place()
    window.addEventListener('scroll', place, { capture: true, passive: true })
    window.addEventListener('resize', place)
    return () => {
      window.removeEventListener('scroll', place, { capture: true })
      window.removeEventListener('resize', place)
    }
  }, [open])

  const show = () => {
    const element = tip.current
    if (element && !element.matches(':popover-open')) element.showPopover()
  }
  const hide = () => {
    const element = tip.current
    if (element?.matches(':popover-open')) element.hidePopover()
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`${className} toggletip-button`}
        popoverTarget={id}
        aria-description={text}
        // Keyboard focus opens it; a tap focuses without :focus-visible and toggles it instead.
        onFocus={(event) => {
          if (event.currentTarget.matches(':focus-visible')) show()
        }}
        onBlur={hide}
      >
        {label}
      </button>
      <span ref={tip} id={id} popover="auto" role="tooltip" className="toggletip">
        {open ? text : null}
      </span>
    </>
  )
}
