import type { ReactNode } from 'react'

const MENU_ID = 'site-menu'

/**
 * The header's tools (theme, dataset details, open and reset). On phones they fold into one
 * menu so the first screen shows content rather than chrome; from tablet width the same elements
 * sit in the header as before. The native popover attribute opens and closes the menu (Escape
 * and a tap outside included) without any script of ours; the open-dataset dialog, being modal,
 * closes it as it opens.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  return (
    <div className="site-tools">
      <button type="button" className="button site-menu-button" popoverTarget={MENU_ID}>
        Menu
      </button>
      <div id={MENU_ID} popover="auto" className="site-menu">
        {children}
      </div>
    </div>
  )
}
