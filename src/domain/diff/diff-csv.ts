import { toCsv } from '../export/to-csv'
import type { DatasetDiff, RecordChange } from './diff-datasets'
import { formatValue, KIND_LABELS } from './format'
import type { FieldChange } from './same-value'

type Row = { change: RecordChange; field: FieldChange | null }

/** One row per changed field (one per added or removed record), as the view lists them. */
export function diffCsv(
  diff: DatasetDiff,
  changes: ReadonlyArray<RecordChange>,
  bom = true,
): string {
  const rows: Row[] = changes.flatMap((change): Row[] =>
    change.fields.length > 0
      ? change.fields.map((field) => ({ change, field }))
      : [{ change, field: null }],
  )
  return toCsv(
    rows,
    [
      { header: 'From version', value: () => diff.fromVersion },
      { header: 'To version', value: () => diff.toVersion },
      { header: 'Record type', value: (r) => KIND_LABELS[r.change.kind] },
      { header: 'Record id', value: (r) => r.change.id },
      { header: 'Record', value: (r) => r.change.label },
      { header: 'Change', value: (r) => r.change.change },
      { header: 'Areas', value: (r) => r.change.areas },
      { header: 'Field', value: (r) => r.field?.field ?? null },
      { header: 'Before', value: (r) => (r.field ? formatValue(r.field.before) : null) },
      { header: 'After', value: (r) => (r.field ? formatValue(r.field.after) : null) },
    ],
    { bom },
  )
}
