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

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
}
