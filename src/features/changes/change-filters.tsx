import type { Dataset } from '../../domain/dataset/schema'
import { RECORD_KINDS, type RecordChange } from '../../domain/diff/diff-datasets'
import { CHANGE_LABELS, KIND_LABELS } from '../../domain/diff/format'
import type { ChangesState, ViewState } from '../../domain/view/view-state'

const NO_AREA = 'none'

/** Values in one group widen (or), groups narrow each other (and), as in the explorer's facets. */
export function filterChanges(
  changes: ReadonlyArray<RecordChange>,
  filters: ChangesState,
): RecordChange[] {
  return changes.filter(
    (c) =>
      (filters.kinds.length === 0 || filters.kinds.includes(c.change)) &&
      (filters.types.length === 0 || filters.types.includes(c.kind)) &&
      (filters.areas.length === 0 ||
        (c.areas.length === 0
          ? filters.areas.includes(NO_AREA)
          : c.areas.some((a) => filters.areas.includes(a)))),
  )
}

type Props = {
  changes: ReadonlyArray<RecordChange>
  areas: Dataset['areas']
  view: ViewState
  onNavigate: (view: ViewState) => void
}

export function ChangeFilters({ changes, areas, view, onNavigate }: Props) {
  const filters = view.changes
  const toggle = (key: keyof ChangesState, value: string) => {
    const current = filters[key]
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
    onNavigate({ ...view, changes: { ...filters, [key]: next } })
  }
  const groups: { key: keyof ChangesState; legend: string; options: [string, string][] }[] = [
    {
      key: 'areas',
      legend: 'Therapy area',
      options: [
        ...areas.map((a): [string, string] => [a.id, a.name]),
        [NO_AREA, 'No area (scores, measures)'],
      ],
    },
    {
      key: 'kinds',
      legend: 'Kind of change',
      options: Object.entries(CHANGE_LABELS) as [string, string][],
    },
    {
      key: 'types',
      legend: 'Record type',
      options: RECORD_KINDS.filter((k) => changes.some((c) => c.kind === k)).map(
        (k): [string, string] => [k, KIND_LABELS[k]],
      ),
    },
  ]
  // Counts within the other groups' selection, like the explorer's facets.
  const countFor = (key: keyof ChangesState, value: string) =>
    filterChanges(changes, { ...filters, [key]: [value] }).length
  return (
    <div className="facets change-filters">
      {groups.map((group) => (
        <fieldset key={group.key} className="facet">
          <legend>{group.legend}</legend>
          {group.options.map(([value, label]) => {
            const count = countFor(group.key, value)
            const checked = filters[group.key].includes(value)
            return (
              <label key={value}>
                <input
                  type="checkbox"
                  checked={checked}
                  // Nothing to show behind a zero; a ticked one stays free to untick.
                  disabled={count === 0 && !checked}
                  onChange={() => toggle(group.key, value)}
                />{' '}
                {label} <span className="muted">({count})</span>
              </label>
            )
          })}
        </fieldset>
      ))}
    </div>
  )
}
