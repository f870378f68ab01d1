import { useEffect, useId, useRef, useState } from 'react'
import type { ColumnSpec } from '../../domain/query/table-spec'

const CONTROLS =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'

type ChoosableColumn = Pick<ColumnSpec<unknown>, 'id' | 'header' | 'required'>

type Props = {
  columns: ReadonlyArray<ChoosableColumn>
  visible: ReadonlyArray<string>
  onChange: (visible: string[]) => void
}

/**
 * Show/hide columns; the choice lives in the URL (`cols=`), in the table's column order.
 * A disclosure button and a panel floating over the table: Escape, a click elsewhere or Tab past
 * its last box close it. A native <details> stayed open over the results and ignored Escape, and a
 * native popover cannot be exercised in the component tests, so the few rules are written here.
 * The explorer keys it by table, so switching tabs closes it too.
 */
export function ColumnChooser({ columns, visible, onChange }: Props) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const shown = new Set(visible)
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(shown)
    if (checked) next.add(id)
    else next.delete(id)
    onChange(columns.filter((c) => next.has(c.id)).map((c) => c.id))
  }

  useEffect(() => {
    if (!open) return
    // After the click has moved focus: a click on another control keeps it there; a click on the
    // page's text would leave focus on <body> (or <main>, the skip link's target), so it comes
    // back to the button instead, and the next Tab goes on from where the user was.
    const onClick = (event: MouseEvent) => {
      if (root.current?.contains(event.target as Node)) return
      setOpen(false)
      const focused = document.activeElement
      if (!focused?.matches(CONTROLS)) button.current?.focus()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    // Tabbing out of the panel closes it, so it never lies over the table unattended. Focus
    // moved to no control (a click on text) is the click handler's to answer.
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget
      if (next instanceof Element && next.matches(CONTROLS) && !root.current?.contains(next))
        setOpen(false)
    }
    const host = root.current
    document.addEventListener('click', onClick, true)
    document.addEventListener('keydown', onKeyDown)
    host?.addEventListener('focusout', onFocusOut)
    return () => {
      document.removeEventListener('click', onClick, true)
      document.removeEventListener('keydown', onKeyDown)
      host?.removeEventListener('focusout', onFocusOut)
    }
  }, [open])

  return (
    <div ref={root} className="column-chooser">
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Columns
      </button>
      <div id={panelId} className="column-chooser-panel" hidden={!open}>
        <fieldset>
          <legend>Show columns</legend>
          {columns.map((column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={shown.has(column.id)}
                disabled={column.required}
                onChange={(event) => toggle(column.id, event.target.checked)}
              />
              {column.header}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  )
}
