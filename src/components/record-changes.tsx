import { changesFor, type RecordChange } from '../domain/diff/diff-datasets'
import { CHANGE_LABELS, KIND_LABELS, readableValue } from '../domain/diff/format'
import type { ViewState } from '../domain/view/view-state'
import type { ChangeSource } from '../lib/dataset-changes'
import { useChanges } from '../lib/use-changes'
import { ViewLink } from './view-link'
import './record-changes.css'

/** A before or after value: text as it is, records (e.g. indication criteria) field by field. */
function ChangeValue({ value }: { value: unknown }) {
  const readable = readableValue(value)
  if (readable.kind === 'text') return <>{readable.text}</>
  return (
    <>
      {readable.records.map((fields, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the records of one value have no id of their own
        <dl key={i} className="change-record">
          {fields.map((field) => (
            <div key={field.name}>
              <dt>{field.name}</dt>
              <dd>{field.text}</dd>
            </div>
          ))}
        </dl>
      ))}
    </>
  )
}

type ListProps = {
  changes: ReadonlyArray<RecordChange>
  /** Where a record's name links to (its page), or null for no link. */
  linkFor?: (change: RecordChange) => ViewState | null
}

/** Changed records with field-level before and after; the kind of change in words, not colour. */
export function ChangeList({ changes, linkFor = () => null }: ListProps) {
  return (
    <ul className="change-list">
      {changes.map((change) => {
        const to = linkFor(change)
        return (
          <li key={`${change.kind}:${change.id}`} className="change-item">
            <p className="change-head">
              <span className={`change-tag change-${change.change}`}>
                {CHANGE_LABELS[change.change]}
              </span>{' '}
              <span className="muted">{KIND_LABELS[change.kind]}</span>{' '}
              {to ? <ViewLink to={to}>{change.label}</ViewLink> : <span>{change.label}</span>}{' '}
              <code className="change-id">{change.id}</code>
            </p>
            {change.fields.length > 0 ? (
              <table className="change-fields">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {change.fields.map((field) => (
                    <tr key={field.field}>
                      <th scope="row">
                        <code>{field.field}</code>
                      </th>
                      <td>
                        <del>
                          <ChangeValue value={field.before} />
                        </del>
                      </td>
                      <td>
                        <ins>
                          <ChangeValue value={field.after} />
                        </ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

type PanelProps = {
  source: ChangeSource
  kind: 'technique' | 'study'
  id: string
  view: ViewState
}

/** On a record page: "Changed in v2.0.0" with the record's own changes and its outcomes'. */
export function RecordChangesPanel({ source, kind, id, view }: PanelProps) {
  const state = useChanges(source)
  if (state.status !== 'ready' || !state.context) return null
  const changes = changesFor(state.context.diff, kind, id)
  if (changes.length === 0) return null
  return (
    <section aria-labelledby="record-changes-title" className="record-changes">
      <h3 id="record-changes-title">{state.context.badge}</h3>
      <p className="muted">
        {state.context.title}.{' '}
        <ViewLink to={{ ...view, tab: 'changes', record: null }}>All changes</ViewLink>
      </p>
      {/* Closed at first: field-level before and after can be long, and the record comes first. */}
      <details className="record-changes-details">
        <summary>
          Show what changed ({changes.length} {changes.length === 1 ? 'record' : 'records'})
        </summary>
        <ChangeList changes={changes} />
      </details>
    </section>
  )
}
