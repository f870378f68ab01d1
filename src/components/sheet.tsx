import type { ReactNode } from 'react'

type Props = {
  id: string
  /** The button's text, e.g. "Choose series (8 of 22)". */
  label: ReactNode
  /** The sheet's heading when open. */
  title: string
  /** Below which width the controls fold into the sheet: phones only, or tablets too. */
  until: 'tablet' | 'desktop'
  children: ReactNode
}

/**
 * Controls that sit inline on wide screens and behind one button on narrow ones, where they open
 * as a bottom sheet, so a chart comes before its controls. The native popover attribute handles
 * opening, Escape and a tap outside; on wide screens the wrappers are `display: contents`, so the
 * controls lay out exactly as they would without them.
 */
export function Sheet({ id, label, title, until, children }: Props) {
  return (
    <div className={`sheet-host sheet-until-${until}`}>
      <button type="button" className="button sheet-button" popoverTarget={id}>
        {label}
      </button>
      <div id={id} popover="auto" className="sheet">
        <div className="sheet-head">
          <p className="sheet-title">{title}</p>
          <button
            type="button"
            className="button button-primary"
            popoverTarget={id}
            popoverTargetAction="hide"
          >
            Done
          </button>
        </div>
        {children}
      </div>
    </div>
  )
}
