import { ViewLink } from '../components/view-link'
import type { ViewState } from '../domain/view/view-state'
import type { ChangeSource } from '../lib/dataset-changes'
import { useChanges } from '../lib/use-changes'

/** With a user's file open: how many records differ from the built-in data, and where to see them. */
export function UserFileChanges({ source, view }: { source: ChangeSource; view: ViewState }) {
  const state = useChanges(source)
  if (state.status !== 'ready' || !state.context) return null
  const count = state.context.diff.changes.length
  if (count === 0) return null
  return (
    <div className="banner banner-info" role="status">
      <p>
        Your file differs from the built-in data in {count} {count === 1 ? 'record' : 'records'}.
      </p>
      {view.tab === 'changes' && !view.record ? null : (
        <ViewLink to={{ ...view, tab: 'changes', record: null }} className="button">
          See what changed
        </ViewLink>
      )}
    </div>
  )
}
