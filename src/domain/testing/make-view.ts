import {
  DEFAULT_VIEW,
  type TabId,
  type TableView,
  tableOfTab,
  type ViewState,
  withTable,
} from '../view/view-state'

/** A view showing `tab` whose table (the one the tab shows) has the given state. */
export function makeView(patch: Partial<TableView> & { tab?: TabId } = {}): ViewState {
  const { tab = DEFAULT_VIEW.tab, ...table } = patch
  return withTable({ ...DEFAULT_VIEW, tab }, tableOfTab(tab), table)
}
