import { useEffect, useState } from 'react'
import { ViewLink } from '../components/view-link'
import type { ViewState } from '../domain/view/view-state'
import type { ChangeSource } from '../lib/dataset-changes'

/**
 * The count the dataset worker took while loading the file; diffing on the page instead (only
 * when no count came) would block it for a large file.
 */
function useChangedCount(source: ChangeSource): number | null {
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    let live = true
    setCount(null)
    const counted =
      source.changedRecords ??
      import('../lib/dataset-changes')
        .then(({ loadChanges }) => loadChanges(source))
        .then((context) => context?.diff.changes.length ?? null)
    counted.then(
      (value) => live && setCount(value),
      () => live && setCount(null),
    )
    return () => {
      live = false
    }
  }, [source])
  return count
}

/** With a user's file open: how many records differ from the built-in data, and where to see them. */
export function UserFileChanges({ source, view }: { source: ChangeSource; view: ViewState }) {
  const count = useChangedCount(source)
  if (count === null || count === 0) return null
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
