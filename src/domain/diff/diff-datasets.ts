import type { AreaId, Dataset, Outcome, Technique } from '../dataset/schema'
import { type FieldChange, fieldChanges, sameValue } from './same-value'

export type RecordKind =
  | 'technique'
  | 'study'
  | 'outcome'
  | 'series'
  | 'milestone'
  | 'scoringSystem'
  | 'outcomeMeasure'
  | 'guideline'
export type ChangeKind = 'added' | 'removed' | 'changed'

export const RECORD_KINDS: ReadonlyArray<RecordKind> = [
  'technique',
  'study',
  'outcome',
  'series',
  'milestone',
  'scoringSystem',
  'outcomeMeasure',
  'guideline',
]

export type RecordChange = {
  kind: RecordKind
  /** The record's id; outcomes, which have none, are `technique/study/measure`. */
  id: string
  label: string
  change: ChangeKind
  /** Therapy areas the record belongs to (none for scoring systems and measures). */
  areas: AreaId[]
  /** Field-level before/after; empty for added and removed records. */
  fields: FieldChange[]
  /** For outcomes: the technique and study they link, so record pages can list them. */
  techniqueId?: string
  studyId?: string
}

export type DatasetDiff = { fromVersion: string; toVersion: string; changes: RecordChange[] }

type Keyed = { id: string } & Record<string, unknown>
type Describe = (record: Keyed, side: Dataset) => { label: string; areas: AreaId[] }

/** Added, removed and changed records of one list, matched by id. */
function diffList(
  kind: RecordKind,
  before: Dataset,
  after: Dataset,
  pick: (dataset: Dataset) => ReadonlyArray<Keyed>,
  labelOf: Describe,
  skip: ReadonlyArray<string> = [],
): RecordChange[] {
  const old = new Map(pick(before).map((record) => [record.id, record]))
  const fresh = new Map(pick(after).map((record) => [record.id, record]))
  const changes: RecordChange[] = []
  for (const [id, record] of fresh) {
    const previous = old.get(id)
    if (!previous) {
      changes.push({ kind, id, change: 'added', fields: [], ...labelOf(record, after) })
      continue
    }
    const fields = fieldChanges(previous, record, skip)
    if (fields.length > 0)
      changes.push({ kind, id, change: 'changed', fields, ...labelOf(record, after) })
  }
  for (const [id, record] of old) {
    if (!fresh.has(id))
      changes.push({ kind, id, change: 'removed', fields: [], ...labelOf(record, before) })
  }
  return changes
}

/** Guidelines may not exist in every schema version; any list of records with ids is diffed. */
function guidelinesOf(dataset: Dataset): ReadonlyArray<Keyed> {
  const list = (dataset as unknown as Record<string, unknown>).guidelines
  return Array.isArray(list) ? (list as Keyed[]) : []
}

// Per dataset, once: a file of 100,000 studies must not scan every technique for each study.
const techniqueAreas = new WeakMap<Dataset, Map<string, AreaId>>()

function areasOfStudy(studyTechniques: ReadonlyArray<string>, dataset: Dataset): AreaId[] {
  let areaOf = techniqueAreas.get(dataset)
  if (!areaOf) {
    areaOf = new Map(dataset.techniques.map((technique) => [technique.id, technique.areaId]))
    techniqueAreas.set(dataset, areaOf)
  }
  const areas = new Set<AreaId>()
  for (const id of studyTechniques) {
    const area = areaOf.get(id)
    if (area) areas.add(area)
  }
  return [...areas]
}

type OutcomeEntry = { technique: Technique; outcome: Outcome }

function outcomeGroups(dataset: Dataset): Map<string, OutcomeEntry[]> {
  const groups = new Map<string, OutcomeEntry[]>()
  for (const technique of dataset.techniques)
    for (const outcome of technique.outcomes) {
      const key = `${technique.id}/${outcome.studyId}/${outcome.measureId}`
      groups.set(key, [...(groups.get(key) ?? []), { technique, outcome }])
    }
  return groups
}

/** Pairs the outcomes of one technique+study+measure: identical first, then by time point, then in order. */
function pairOutcomes(before: OutcomeEntry[], after: OutcomeEntry[]) {
  const olds = [...before]
  const news: OutcomeEntry[] = []
  for (const entry of after) {
    const same = olds.findIndex((o) => sameValue(o.outcome, entry.outcome))
    if (same >= 0) olds.splice(same, 1)
    else news.push(entry)
  }
  const pairs: [OutcomeEntry | null, OutcomeEntry | null][] = []
  for (const entry of [...news]) {
    const match = olds.findIndex((o) => o.outcome.timepoint === entry.outcome.timepoint)
    if (match < 0) continue
    pairs.push([olds.splice(match, 1)[0] ?? null, entry])
    news.splice(news.indexOf(entry), 1)
  }
  while (olds.length > 0 && news.length > 0)
    pairs.push([olds.shift() ?? null, news.shift() ?? null])
  for (const entry of olds) pairs.push([entry, null])
  for (const entry of news) pairs.push([null, entry])
  return pairs
}

function diffOutcomes(before: Dataset, after: Dataset): RecordChange[] {
  const old = outcomeGroups(before)
  const fresh = outcomeGroups(after)
  const measureName = (dataset: Dataset, id: string) =>
    dataset.outcomeMeasures.find((m) => m.id === id)?.name ?? id
  const changes: RecordChange[] = []
  for (const key of new Set([...fresh.keys(), ...old.keys()])) {
    const olds = old.get(key) ?? []
    const news = fresh.get(key) ?? []
    const several = olds.length > 1 || news.length > 1
    for (const [a, b] of pairOutcomes(olds, news)) {
      const entry = b ?? a
      if (!entry) continue
      const side = b ? after : before
      const { technique, outcome } = entry
      const id = several ? `${key}@${outcome.timepoint ?? ''}` : key
      const when = outcome.timepoint ? `, ${outcome.timepoint}` : ''
      changes.push({
        kind: 'outcome',
        id,
        label: `${technique.name}: ${measureName(side, outcome.measureId)} (${outcome.studyId}${when})`,
        change: a && b ? 'changed' : b ? 'added' : 'removed',
        areas: [technique.areaId],
        fields: a && b ? fieldChanges(a.outcome, b.outcome) : [],
        techniqueId: technique.id,
        studyId: outcome.studyId,
      })
    }
  }
  return changes
}

const KIND_ORDER = new Map(RECORD_KINDS.map((kind, index) => [kind, index]))
const CHANGE_ORDER: Record<ChangeKind, number> = { added: 0, changed: 1, removed: 2 }

/**
 * The record-level difference from `before` to `after`: records matched by id (outcomes by
 * technique, study and measure), each added, removed or changed with field-level before/after.
 * List order is not a change. Technique outcomes are reported as records of their own.
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const none = (): AreaId[] => []
  const one = (area: unknown): AreaId[] => (typeof area === 'string' ? [area as AreaId] : [])
  const changes = [
    ...diffList(
      'technique',
      before,
      after,
      (d) => d.techniques,
      (r) => ({ label: String(r.name), areas: one(r.areaId) }),
      ['outcomes'],
    ),
    ...diffList(
      'study',
      before,
      after,
      (d) => d.studies,
      (r, side) => ({
        label: `${r.firstAuthor} ${r.year}: ${r.title}`,
        areas: areasOfStudy(r.techniqueIds as string[], side),
      }),
    ),
    ...diffOutcomes(before, after),
    ...diffList(
      'series',
      before,
      after,
      (d) => d.series,
      (r) => ({ label: String(r.title), areas: one(r.areaId) }),
    ),
    ...diffList(
      'milestone',
      before,
      after,
      (d) => d.milestones,
      (r) => ({ label: `${r.year}: ${r.label}`, areas: one(r.areaId) }),
    ),
    ...diffList(
      'scoringSystem',
      before,
      after,
      (d) => d.scoringSystems,
      (r) => ({ label: String(r.name), areas: none() }),
    ),
    ...diffList(
      'outcomeMeasure',
      before,
      after,
      (d) => d.outcomeMeasures,
      (r) => ({ label: String(r.name), areas: none() }),
    ),
    ...diffList('guideline', before, after, guidelinesOf, (r) => ({
      label: String(r.title ?? r.name ?? r.id),
      areas: Array.isArray(r.areaIds) ? (r.areaIds as AreaId[]) : one(r.areaId),
    })),
  ]
  changes.sort(
    (a, b) =>
      (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      // Code-unit order: ids are ASCII, and localeCompare over 100,000 records is a long task.
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return { fromVersion: before.meta.version, toVersion: after.meta.version, changes }
}

/** The changes a record page shows: the record itself and the outcomes that link to it. */
export function changesFor(
  diff: DatasetDiff,
  kind: 'technique' | 'study',
  id: string,
): RecordChange[] {
  return diff.changes.filter(
    (c) =>
      (c.kind === kind && c.id === id) ||
      (c.kind === 'outcome' && (kind === 'technique' ? c.techniqueId : c.studyId) === id),
  )
}
