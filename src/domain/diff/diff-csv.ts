import { toCsv } from '../export/to-csv'
import type { DatasetDiff, RecordChange } from './diff-datasets'
import type { FieldChange } from './same-value'

export const KIND_LABELS: Record<RecordChange['kind'], string> = {
  technique: 'Technique',
  study: 'Study',
  outcome: 'Outcome',
  series: 'Series',
  milestone: 'Milestone',
  scoringSystem: 'Scoring system',
  outcomeMeasure: 'Outcome measure',
  guideline: 'Guideline',
}

/** A value as text: lists joined with "; ", missing as "—", records as compact JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (Array.isArray(value))
    return value.length === 0
      ? '—'
      : value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

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
