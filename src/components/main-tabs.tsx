import type { TabId, ViewState } from '../domain/view/view-state'
import { ViewLink } from './view-link'

/**
 * The explorer's views. Each table keeps its own filters in the URL, so switching tabs only
 * changes which one is shown; nothing is dropped on the way.
 */
export function MainTabs({
  view,
  isTechnique,
}: {
  view: ViewState
  /** Whether an id names a technique of the data shown: a link's unknown ids are not counted. */
  isTechnique: (id: string) => boolean
}) {
  const compared = view.compare.ids.filter(isTechnique).length
  const tabs: { id: TabId; label: string }[] = [
    { id: 'techniques', label: 'Techniques' },
    { id: 'studies', label: 'Studies' },
    { id: 'guidelines', label: 'Guidelines' },
    { id: 'compare', label: compared > 0 ? `Compare (${compared})` : 'Compare' },
    { id: 'charts', label: 'Charts' },
    { id: 'scores', label: 'Scores' },
    { id: 'changes', label: 'What changed' },
  ]
  return (
    <nav className="tabs no-print" aria-label="Views">
      {tabs.map((tab) => {
        const current = tab.id === view.tab && !view.record
        return (
          <ViewLink
            key={tab.id}
            to={{ ...view, tab: tab.id, record: null }}
            className={current ? 'tab tab-current' : 'tab'}
            aria-current={current ? 'page' : undefined}
          >
            {tab.label}
          </ViewLink>
        )
      })}
    </nav>
  )
}
