import { emptyReport, upgradeRecords } from '../src/domain/dataset/migrate'
import { SCHEMA_VERSION } from '../src/domain/dataset/schema-base'
import { validateDataset } from '../src/domain/dataset/validate-dataset'
import { canonicalKeys } from './merge-keys'
import {
  COLLECTIONS,
  type Collection,
  httpsLinks,
  isObject,
  type Json,
  type Located,
  locate,
  migrationNote,
} from './merge-support'

/**
 * Combines the curation fragments (one file per curator, see /work/curation/FORMAT.md) into one
 * format 2 dataset: leftover format 1 values are upgraded and reported, ids must be unique across
 * fragments and every reference must resolve, and the order is deterministic so that re-running
 * the merge on the same fragments gives the same bytes.
 */
export type Fragment = { file: string; json: unknown }
export type MergeOptions = { date: string; version: string }
export type MergeResult =
  | { ok: true; dataset: Record<string, unknown>; notes: string[] }
  | { ok: false; errors: string[]; notes: string[] }

const SHARED = ['meta', 'areas', 'outcomeMeasures'] as const
const AREA_ORDER = ['surgery', 'mit', 'radiation', 'systemic']

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The Studies table's order before any sort: by first author as a reader looks them up
 * (accents and case ignored, unknown authors last), then year, then id. */
function byAuthorYear(a: Json, b: Json): number {
  const authorA = typeof a.firstAuthor === 'string' ? a.firstAuthor : null
  const authorB = typeof b.firstAuthor === 'string' ? b.firstAuthor : null
  if (authorA === null || authorB === null) {
    if (authorA !== authorB) return authorA === null ? 1 : -1
  } else {
    const byName = authorA.localeCompare(authorB, 'en', { sensitivity: 'base' })
    if (byName !== 0) return byName
  }
  return Number(a.year) - Number(b.year) || byText(str(a.id), str(b.id))
}
const areaRank = (item: Json) => {
  const i = AREA_ORDER.indexOf(str(item.areaId))
  return i < 0 ? AREA_ORDER.length : i
}

export function mergeFragments(
  fragments: ReadonlyArray<Fragment>,
  options: MergeOptions,
): MergeResult {
  const errors: string[] = []
  const notes: string[] = []
  const shared: Partial<Record<(typeof SHARED)[number], unknown>> = {}
  const items: Record<Collection, Located[]> = {
    techniques: [],
    studies: [],
    scoringSystems: [],
    series: [],
    milestones: [],
    guidelines: [],
    radiosensitivity: [],
  }
  let indications: { file: string; map: Json } | null = null

  for (const { file, json } of fragments) {
    if (!isObject(json)) {
      errors.push(`${file}: not a JSON object`)
      continue
    }
    if (file.startsWith('indications')) {
      indications = { file, map: json }
      continue
    }
    const copy = structuredClone(json)
    const report = emptyReport()
    upgradeRecords(copy, report)
    const note = migrationNote(file, report)
    if (note) notes.push(note)
    const upgraded = httpsLinks(copy, '')
    if (upgraded.length > 0)
      notes.push(
        `${file}: ${upgraded.length} http:// links written as https:// (the app opens https only): ${upgraded.slice(0, 3).join(', ')}${upgraded.length > 3 ? ', …' : ''}`,
      )
    for (const [key, value] of Object.entries(copy)) {
      if ((SHARED as ReadonlyArray<string>).includes(key)) {
        if (shared[key as (typeof SHARED)[number]] !== undefined)
          errors.push(`${file}: "${key}" is also given by another fragment`)
        shared[key as (typeof SHARED)[number]] = value
      } else if ((COLLECTIONS as ReadonlyArray<string>).includes(key)) {
        if (!Array.isArray(value)) {
          errors.push(`${file}: "${key}" must be an array`)
          continue
        }
        value.forEach((item, i) => {
          if (isObject(item)) items[key as Collection].push({ item, at: `${file} ${key}[${i}]` })
          else errors.push(`${file} ${key}[${i}]: not an object`)
        })
      } else
        notes.push(`${file}: top-level key "${key}" is not part of the dataset and was left out`)
    }
  }
  for (const key of SHARED) if (shared[key] === undefined) errors.push(`no fragment gives "${key}"`)

  // Unique ids across fragments, per collection (and for guideline recommendations).
  const index = (collection: Collection) => {
    const seen = new Map<string, string>()
    for (const { item, at } of items[collection]) {
      const id = str(item.id)
      if (!id) continue
      const first = seen.get(id)
      if (first) errors.push(`${at}: duplicate ${collection} id "${id}" (also at ${first})`)
      else seen.set(id, at)
    }
    return seen
  }
  const techniqueIds = index('techniques')
  const studyIds = index('studies')
  for (const collection of ['scoringSystems', 'series', 'milestones', 'guidelines'] as const)
    index(collection)
  const guidelineIds = new Set(items.guidelines.map(({ item }) => str(item.id)))
  const recommendationAt = new Map<string, string>()
  for (const { item, at } of items.guidelines)
    (Array.isArray(item.recommendations) ? item.recommendations : []).forEach((rec, r) => {
      const id = isObject(rec) ? str(rec.id) : ''
      const where = `${at}.recommendations[${r}]`
      const first = recommendationAt.get(id)
      if (first) errors.push(`${where}: duplicate recommendation id "${id}" (also at ${first})`)
      else if (id) recommendationAt.set(id, where)
    })

  // References that must resolve, with the fragment location of the reference.
  const measureIds = new Set(
    (Array.isArray(shared.outcomeMeasures) ? shared.outcomeMeasures : [])
      .filter(isObject)
      .map((m) => str(m.id)),
  )
  const ref = (known: { has(id: string): boolean }, id: unknown, at: string, what: string) => {
    if (typeof id === 'string' && !known.has(id)) errors.push(`${at}: no ${what} with id "${id}"`)
  }
  for (const { item, at } of items.techniques) {
    if (isObject(item.firstReported))
      ref(studyIds, item.firstReported.studyId, `${at}.firstReported.studyId`, 'study')
    ;(Array.isArray(item.outcomes) ? item.outcomes : []).forEach((o, k) => {
      if (!isObject(o)) return
      ref(studyIds, o.studyId, `${at}.outcomes[${k}].studyId`, 'study')
      // Without the shared vocabulary every measure would dangle; that is reported once above.
      if (measureIds.size > 0)
        ref(measureIds, o.measureId, `${at}.outcomes[${k}].measureId`, 'outcome measure')
    })
  }
  for (const { item, at } of items.studies)
    (Array.isArray(item.techniqueIds) ? item.techniqueIds : []).forEach((id, i) => {
      ref(techniqueIds, id, `${at}.techniqueIds[${i}]`, 'technique')
    })
  for (const collection of ['scoringSystems', 'series', 'milestones', 'radiosensitivity'] as const)
    for (const { item, at } of items[collection])
      ref(studyIds, item.studyId, `${at}.studyId`, 'study')
  for (const { item, at } of items.guidelines)
    (Array.isArray(item.recommendations) ? item.recommendations : []).forEach((rec, r) => {
      if (!isObject(rec) || !Array.isArray(rec.techniqueIds)) return
      rec.techniqueIds.forEach((id, i) => {
        ref(techniqueIds, id, `${at}.recommendations[${r}].techniqueIds[${i}]`, 'technique')
      })
    })

  // indications.json: technique id → criteria, carried onto the technique as given.
  const criteria = new Map<string, unknown>()
  if (indications) {
    const { file, map } = indications
    for (const [techniqueId, list] of Object.entries(map)) {
      ref(techniqueIds, techniqueId, `${file} "${techniqueId}"`, 'technique')
      if (Array.isArray(list))
        list.forEach((c, i) => {
          if (!isObject(c)) return
          ref(studyIds, c.studyId ?? null, `${file} "${techniqueId}"[${i}].studyId`, 'study')
          ref(
            guidelineIds,
            c.guidelineId ?? null,
            `${file} "${techniqueId}"[${i}].guidelineId`,
            'guideline',
          )
        })
      criteria.set(techniqueId, list)
    }
  }
  if (errors.length > 0) return { ok: false, errors, notes }

  // Deterministic order: techniques and series by area then as curated, studies by first author
  // and year, guidelines by id, milestones by year; scoring systems and radiosensitivity as curated.
  const sorted = (collection: Collection, compare?: (a: Json, b: Json) => number) => {
    const list = items[collection].map(({ item }) => item)
    return compare ? list.sort(compare) : list
  }
  const techniques = sorted('techniques', (a, b) => areaRank(a) - areaRank(b)).map((t) =>
    criteria.has(str(t.id)) ? { ...t, indicationCriteria: criteria.get(str(t.id)) } : t,
  )
  const meta = isObject(shared.meta) ? shared.meta : {}
  const dataset: Json = {
    meta: {
      ...meta,
      schemaVersion: SCHEMA_VERSION,
      version: options.version,
      lastReviewed: options.date,
      citation: str(meta.citation)
        .replace(/version \d+\.\d+\.\d+/, `version ${options.version}`)
        .replace(/\(\d{4}-\d{2}-\d{2}\)/, `(${options.date})`),
    },
    areas: shared.areas,
    outcomeMeasures: shared.outcomeMeasures,
    techniques,
    studies: sorted('studies', byAuthorYear),
    scoringSystems: sorted('scoringSystems'),
    series: sorted('series', (a, b) => areaRank(a) - areaRank(b) || byText(str(a.id), str(b.id))),
    milestones: sorted(
      'milestones',
      (a, b) => Number(a.year) - Number(b.year) || byText(str(a.id), str(b.id)),
    ),
    guidelines: sorted('guidelines', (a, b) => byText(str(a.id), str(b.id))),
  }
  if (items.radiosensitivity.length > 0) dataset.radiosensitivity = sorted('radiosensitivity')
  const ordered = canonicalKeys(dataset)

  const checked = validateDataset(ordered)
  if (!checked.ok)
    return {
      ok: false,
      errors: checked.issues.map(
        (issue) => `${locate(issue.path, ordered, items)}: ${issue.message}`,
      ),
      notes,
    }
  return { ok: true, dataset: ordered, notes }
}
