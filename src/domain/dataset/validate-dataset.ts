import type { z } from 'zod'
import type { MigrationReport } from './migrate'
import { Dataset } from './schema'

/** A located problem in a dataset: `path` is a JSON path such as `techniques[3].outcomes[1].studyId`. */
export type DatasetIssue = { path: string; message: string }

/** `migration` is set when a format 1 file was read as format 2 (see `migrate.ts`). */
export type ParseResult =
  | { ok: true; dataset: Dataset; migration: MigrationReport | null }
  | { ok: false; issues: DatasetIssue[] }

/** Formats a zod/JSON path array as `techniques[3].name`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

/**
 * A validation problem in words a clinician editing a spreadsheet can act on ("must be one of:
 * rct, meta-analysis, …") rather than the validator's own ('Invalid option: expected one of
 * "rct"|…'). Messages the schema wrote itself are kept as they are.
 */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid|Too (big|small))/.test(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `must have at most ${issue.maximum} items`
          : `must be at most ${issue.maximum}`
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `must be at least ${issue.minimum} characters`
        : issue.origin === 'array'
          ? `must have at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'item' : 'items'}`
          : `must be at least ${issue.minimum}`
    case 'invalid_type':
      // The validator does not keep the input; its message says what was received.
      return /received undefined/.test(issue.message)
        ? 'is required'
        : `must be a ${issue.expected}`
    default:
      return issue.message
  }
}

function zodIssues(error: z.ZodError): DatasetIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: plainMessage(issue),
  }))
}

/**
 * Rules JSON Schema cannot express: unique ids within each collection and references that
 * resolve. Returned in document order so the first problem listed is the first in the file.
 */
export function crossCheck(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = []

  const indexIds = (collection: string, items: ReadonlyArray<{ id: string }>) => {
    const seen = new Map<string, number>()
    items.forEach((item, index) => {
      const first = seen.get(item.id)
      if (first === undefined) seen.set(item.id, index)
      else
        issues.push({
          path: `${collection}[${index}].id`,
          message: `duplicate id "${item.id}" (first used at ${collection}[${first}])`,
        })
    })
    return new Set(seen.keys())
  }

  const areaIds = indexIds('areas', dataset.areas)
  const measureIds = indexIds('outcomeMeasures', dataset.outcomeMeasures)
  const techniqueIds = indexIds('techniques', dataset.techniques)
  const studyIds = indexIds('studies', dataset.studies)
  indexIds('scoringSystems', dataset.scoringSystems)
  indexIds('series', dataset.series)
  indexIds('milestones', dataset.milestones)
  indexIds('guidelines', dataset.guidelines)

  const expect = (known: Set<string>, id: string | null, path: string, what: string) => {
    if (id !== null && !known.has(id)) issues.push({ path, message: `no ${what} with id "${id}"` })
  }

  dataset.techniques.forEach((technique, t) => {
    const at = `techniques[${t}]`
    expect(areaIds, technique.areaId, `${at}.areaId`, 'area')
    expect(studyIds, technique.firstReported.studyId, `${at}.firstReported.studyId`, 'study')
    technique.outcomes.forEach((outcome, o) => {
      expect(measureIds, outcome.measureId, `${at}.outcomes[${o}].measureId`, 'outcome measure')
      expect(studyIds, outcome.studyId, `${at}.outcomes[${o}].studyId`, 'study')
    })
  })
  dataset.studies.forEach((study, s) => {
    study.techniqueIds.forEach((id, i) => {
      expect(techniqueIds, id, `studies[${s}].techniqueIds[${i}]`, 'technique')
    })
  })
  dataset.scoringSystems.forEach((system, i) => {
    expect(studyIds, system.studyId, `scoringSystems[${i}].studyId`, 'study')
  })
  dataset.series.forEach((series, i) => {
    expect(studyIds, series.studyId, `series[${i}].studyId`, 'study')
    expect(areaIds, series.areaId, `series[${i}].areaId`, 'area')
  })
  dataset.milestones.forEach((milestone, i) => {
    expect(studyIds, milestone.studyId, `milestones[${i}].studyId`, 'study')
  })
  const recommendationAt = new Map<string, string>()
  dataset.guidelines.forEach((guideline, g) => {
    guideline.recommendations.forEach((rec, r) => {
      const first = recommendationAt.get(rec.id)
      const path = `guidelines[${g}].recommendations[${r}].id`
      if (first === undefined) recommendationAt.set(rec.id, path)
      else issues.push({ path, message: `duplicate id "${rec.id}" (first used at ${first})` })
      rec.techniqueIds.forEach((id, i) => {
        const at = `guidelines[${g}].recommendations[${r}].techniqueIds[${i}]`
        expect(techniqueIds, id, at, 'technique')
      })
    })
  })
  return issues
}

/** Reads an older format as the current one (see `migrate.ts` and `load-dataset.ts`). */
export type Upgrade = (json: unknown) => { json: unknown; report: MigrationReport | null }

/** A file is format 1 when its `meta` does not name a format (cheap; decides whether to upgrade). */
export function isFormat1(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false
  const meta = (json as { meta?: unknown }).meta
  return typeof meta === 'object' && meta !== null && !('schemaVersion' in meta)
}

/**
 * Validates already-parsed JSON against the schema and the cross-record rules. With `upgrade`,
 * a format 1 file is read as format 2 first (the report says how); problem paths stay those of
 * the file. The upgrade is passed in, not imported, so the worker loads it only for old files.
 */
export function validateDataset(json: unknown, upgrade?: Upgrade): ParseResult {
  const { json: upgraded, report } = upgrade ? upgrade(json) : { json, report: null }
  const parsed = Dataset.safeParse(upgraded)
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) }
  const issues = crossCheck(parsed.data)
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, dataset: parsed.data, migration: report }
}

/** JSON text to a value; malformed JSON is a located issue, never thrown. */
export function readJson(
  text: string,
): { ok: true; json: unknown } | { ok: false; issues: DatasetIssue[] } {
  try {
    return { ok: true, json: JSON.parse(text) }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, issues: [{ path: '(file)', message: `malformed JSON: ${detail}` }] }
  }
}

/** Parses dataset text in the current format (see `load-dataset.ts` for any format). */
export function parseDataset(text: string, upgrade?: Upgrade): ParseResult {
  const read = readJson(text)
  return read.ok ? validateDataset(read.json, upgrade) : read
}
