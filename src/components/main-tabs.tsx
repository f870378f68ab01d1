import type { TabId, ViewState } from '../domain/view/view-state'
import { ViewLink } from './view-link'

/**
 * The explorer's views. Techniques and studies have different filters, so switching between
 * them starts clean; charts follow the technique filters, so those are kept.
 */
export function MainTabs({ view }: { view: ViewState }) {
  const current: TabId = view.tab === 'studies' ? 'studies' : view.tab
  const fresh = { q: '', facets: {}, ranges: {}, sort: [], columns: null, page: 1, record: null }
  const keepsFilters = (from: TabId, to: TabId) =>
    from === to || (from !== 'studies' && to !== 'studies')
  const target = (tab: TabId): ViewState =>
    keepsFilters(current, tab)
      ? { ...view, tab, record: null, page: 1 }
      : { ...view, ...fresh, tab }
  const tabs: { id: TabId; label: string }[] = [
    { id: 'techniques', label: 'Techniques' },
    { id: 'studies', label: 'Studies' },
    {
      id: 'compare',
      label: view.compare.length > 0 ? `Compare (${view.compare.length})` : 'Compare',
    },
    { id: 'charts', label: 'Charts' },
    { id: 'tools', label: 'Scores' },
    { id: 'changes', label: 'What changed' },
  ]
  return (
    <nav className="tabs no-print" aria-label="Views">
      {tabs.map((tab) => (
        <ViewLink
          key={tab.id}
          to={target(tab.id)}
          className={tab.id === current && !view.record ? 'tab tab-current' : 'tab'}
          aria-current={tab.id === current && !view.record ? 'page' : undefined}
        >
          {tab.label}
        </ViewLink>
      ))}
    </nav>
  )
}
