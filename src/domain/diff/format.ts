import type { ChangeKind, RecordChange } from './diff-datasets'

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

/** One field of a record, as a reader sees it: its data name and its value in words. */
export type ReadableField = { name: string; text: string }

/** A changed value for reading: plain text, or records laid out field by field. */
export type ReadableValue =
  | { kind: 'text'; text: string }
  | { kind: 'records'; records: ReadableField[][] }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

/** A nested value on one line: lists comma-separated, records as "key value", empty parts left out. */
function inlineText(value: unknown): string {
  if (Array.isArray(value)) return value.map(inlineText).join(', ')
  if (isRecord(value))
    return Object.entries(value)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => `${k} ${inlineText(v)}`)
      .join(', ')
  return String(value)
}

function fieldsOf(record: Record<string, unknown>): ReadableField[] {
  return Object.entries(record)
    .filter(([, v]) => !isEmpty(v))
    .map(([name, v]) => ({ name, text: inlineText(v) }))
}

/**
 * A value for the page rather than for a file: a record (or a list of records, such as a
 * technique's indication criteria) is laid out one field per line with its empty fields left out,
 * so a reader is not handed raw JSON. Everything else reads as formatValue writes it.
 */
export function readableValue(value: unknown): ReadableValue {
  if (isRecord(value)) return { kind: 'records', records: [fieldsOf(value)] }
  if (Array.isArray(value) && value.length > 0 && value.every(isRecord))
    return { kind: 'records', records: value.map(fieldsOf) }
  return { kind: 'text', text: formatValue(value) }
}

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
}
