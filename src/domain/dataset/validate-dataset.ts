import type { z } from 'zod'
import { decisionReferenceIssues } from './decision-references'
import { type MigrationReport, migrateDataset } from './migrate'
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

function zodIssues(error: z.ZodError): DatasetIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
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
  issues.push(...decisionReferenceIssues(dataset, studyIds))
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

/**
 * Validates already-parsed JSON against the schema and the cross-record rules; a format 1 file
 * is upgraded first (the report says how), so its problem paths are still those of the file.
 */
export function validateDataset(json: unknown): ParseResult {
  const { json: upgraded, report } = migrateDataset(json)
  const parsed = Dataset.safeParse(upgraded)
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) }
  const issues = crossCheck(parsed.data)
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, dataset: parsed.data, migration: report }
}

/** Parses dataset text; malformed JSON is reported as a located issue, never thrown. */
export function parseDataset(text: string): ParseResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, issues: [{ path: '(file)', message: `malformed JSON: ${detail}` }] }
  }
  return validateDataset(json)
}
