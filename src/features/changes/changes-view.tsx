import { useState } from 'react'
import { LoadingIndicator } from '../../components/loading-indicator'
import { ChangeList } from '../../components/record-changes'
import { Sheet } from '../../components/sheet'
import type { RecordChange } from '../../domain/diff/diff-datasets'
import type { ViewState } from '../../domain/view/view-state'
import type { ChangeSource } from '../../lib/dataset-changes'
import { downloadFile } from '../../lib/download'
import { useChanges } from '../../lib/use-changes'
import { ChangeFilters, filterChanges } from './change-filters'

type Props = {
  source: ChangeSource
  view: ViewState
  onNavigate: (view: ViewState) => void
}

// Long lists (a release that touches every record) render in steps.
const STEP = 100

/** "What changed": the record-level diff of the data shown, with filters and a CSV. */
export function ChangesView({ source, view, onNavigate }: Props) {
  const [attempt, setAttempt] = useState(0)
  const [limit, setLimit] = useState(STEP)
  const state = useChanges(source, attempt)
  if (state.status === 'loading') return <LoadingIndicator label="Comparing the datasets…" />
  if (state.status === 'failed')
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>The comparison could not be made:</strong> {state.message}
        </p>
        <button type="button" className="button" onClick={() => setAttempt(attempt + 1)}>
          Try again
        </button>
      </div>
    )
  const context = state.context
  if (!context)
    return (
      <section className="changes" aria-labelledby="changes-title">
        <h2 id="changes-title">What changed</h2>
        <p>
          This is the first release of the built-in dataset kept in the app (v
          {source.current.meta.version}): there is no earlier release to compare it with.
        </p>
      </section>
    )
  const shown = filterChanges(context.diff.changes, view.changes)
  const count = (kind: RecordChange['change']) => shown.filter((c) => c.change === kind).length
  const exportCsv = async () => {
    const { diffCsv } = await import('../../domain/diff/diff-csv')
    const { fromVersion, toVersion } = context.diff
    const name = `spinal-metastases-changes_${context.against === 'release' ? `v${fromVersion}-v${toVersion}` : 'your-file'}.csv`
    downloadFile(name, diffCsv(context.diff, shown), 'text/csv;charset=utf-8')
  }
  const linkFor = (change: RecordChange): ViewState | null => {
    const base = { ...view, tab: 'techniques' as const }
    if (change.kind === 'outcome' && change.techniqueId && change.change !== 'removed')
      return { ...base, record: { kind: 'technique', id: change.techniqueId } }
    if (change.change === 'removed') return null
    if (change.kind === 'technique')
      return { ...base, record: { kind: 'technique', id: change.id } }
    if (change.kind === 'study')
      return { ...base, tab: 'studies', record: { kind: 'study', id: change.id } }
    return null
  }
  const chosen = view.changes.areas.length + view.changes.kinds.length + view.changes.types.length
  return (
    <section className="changes" aria-labelledby="changes-title">
      <h2 id="changes-title">What changed</h2>
      <p>{context.title}.</p>
      <div className="changes-layout">
        {/* On a phone the filters open from one button, so the changes come first. */}
        <Sheet
          id="change-filters"
          label={`Filter changes (${chosen === 0 ? 'none chosen' : `${chosen} chosen`})`}
          title="Filter changes"
          until="tablet"
        >
          <ChangeFilters
            changes={context.diff.changes}
            areas={source.current.areas}
            view={view}
            onNavigate={onNavigate}
          />
        </Sheet>
        <div className="changes-main">
          <div className="changes-toolbar">
            <p role="status">
              {shown.length} {shown.length === 1 ? 'record' : 'records'}: {count('added')} added,{' '}
              {count('changed')} changed, {count('removed')} removed
            </p>
            <button
              type="button"
              className="button button-primary"
              disabled={shown.length === 0}
              onClick={() => void exportCsv()}
            >
              Download as CSV
            </button>
          </div>
          {context.diff.changes.length === 0 ? (
            <p>No differences: every record is the same.</p>
          ) : null}
          <ChangeList changes={shown.slice(0, limit)} linkFor={linkFor} />
          {shown.length > limit ? (
            <button type="button" className="button" onClick={() => setLimit(shown.length)}>
              Show all {shown.length}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  )
}
