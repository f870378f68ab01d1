import { z } from 'zod'
import type { Dataset } from './schema'
import { IsoDate, RecordId, Text } from './schema-base'

/**
 * The format 2 quality rules of `npm run data:check` (issue 14): every number above tier
 * "unverified" is quoted, every trial and meta-analysis has its primary endpoint, no placeholder
 * text, series say what they count. Each rule returns located problems; none throws.
 */

/** `data/not-found.json`: trials whose primary endpoint could not be found, with where we looked. */
export const NotFoundEntry = z.object({
  studyId: RecordId,
  searched: IsoDate,
  where: Text.describe('The places searched, e.g. "PubMed abstract, PMC full text, registry"'),
  note: Text.optional(),
})
export const NotFoundList = z.array(NotFoundEntry)
export type NotFoundEntry = z.infer<typeof NotFoundEntry>

const needsQuote = (tier: string) => tier !== 'unverified'
const missing = (record: { quote?: string | null; quoteUrl?: string | null }) =>
  [record.quote ? null : 'quote', record.quoteUrl ? null : 'quoteUrl'].filter(Boolean).join(' and ')

/** Quote and quote URL on every value, series point and recommendation above "unverified". */
export function quoteProblems(dataset: Dataset): string[] {
  const problems: string[] = []
  dataset.techniques.forEach((technique, t) => {
    technique.outcomes.forEach((outcome, o) => {
      const lack = missing(outcome)
      if (needsQuote(outcome.verification) && lack)
        problems.push(
          `techniques[${t}].outcomes[${o}] (${outcome.studyId}, ${outcome.measureId}): "${outcome.verification}" value without ${lack}`,
        )
    })
  })
  dataset.series.forEach((series, s) => {
    if (!needsQuote(series.verification)) return
    series.points.forEach((point, p) => {
      const lack = missing(point)
      if (lack)
        problems.push(
          `series[${s}].points[${p}] (${series.id}, ${point.year}): "${series.verification}" point without ${lack}`,
        )
    })
  })
  dataset.guidelines.forEach((guideline, g) => {
    if (!needsQuote(guideline.verification)) return
    guideline.recommendations.forEach((rec, r) => {
      const lack = missing(rec)
      if (lack)
        problems.push(
          `guidelines[${g}].recommendations[${r}] (${rec.id}): recommendation without ${lack}`,
        )
    })
  })
  return problems
}

const HEADLINE_DESIGNS = new Set(['rct', 'meta-analysis'])

/**
 * Every randomised trial and meta-analysis has an outcome marked as its primary endpoint, unless
 * it is on the not-found list (which must stay honest: no stale or unknown entries).
 */
export function primaryEndpointProblems(
  dataset: Dataset,
  notFound: ReadonlyArray<NotFoundEntry>,
): string[] {
  const problems: string[] = []
  const withEndpoint = new Set(
    dataset.techniques.flatMap((t) =>
      t.outcomes.filter((o) => o.primaryEndpoint).map((o) => o.studyId),
    ),
  )
  const listed = new Set(notFound.map((entry) => entry.studyId))
  dataset.studies.forEach((study, i) => {
    if (!HEADLINE_DESIGNS.has(study.design) || withEndpoint.has(study.id) || listed.has(study.id))
      return
    problems.push(
      `studies[${i}] (${study.id}, ${study.design}): no outcome marked primaryEndpoint; add it or list the study in data/not-found.json with the places searched`,
    )
  })
  const byId = new Map(dataset.studies.map((s) => [s.id, s]))
  notFound.forEach((entry, i) => {
    const study = byId.get(entry.studyId)
    if (!study) problems.push(`not-found.json[${i}]: no study with id "${entry.studyId}"`)
    else if (withEndpoint.has(entry.studyId))
      problems.push(
        `not-found.json[${i}]: "${entry.studyId}" now has a primary-endpoint outcome; remove it from the list`,
      )
    else if (!HEADLINE_DESIGNS.has(study.design))
      problems.push(
        `not-found.json[${i}]: "${entry.studyId}" is a ${study.design}, not a trial or meta-analysis`,
      )
  })
  return problems
}

/** Text that stands in for a missing fact; it must never reach clinicians as if it were data. */
export const PLACEHOLDER =
  /\bnot confirmed\b|\bTBD\b|\bTODO\b|\bplaceholder\b|\bunknown author\b|\bto be (?:confirmed|determined|added)\b|\blorem ipsum\b|\bXXX\b|\?\?\?|\bdescriptive title\b/i
/** Notes are where honest doubt belongs ("not confirmed as the first"), so only stand-ins fail. */
const NOTE_PLACEHOLDER = /\bTBD\b|\bTODO\b|\bplaceholder\b|\blorem ipsum\b|\bXXX\b|\?\?\?/i
const NOTE_FIELDS = new Set(['note', 'verificationNote'])

/** Fields where even a hedge such as "unknown" means the record is not a real citation. */
const IDENTITY_FIELDS = new Set(['firstAuthor', 'title', 'journal', 'issuer'])
const IDENTITY_PLACEHOLDER =
  /^(?:unknown|n\/?a|none|anonymous|various|-+)$|\bunknown\b|\bnot (?:shown|seen|given|stated|available|known|reported)\b/i

/**
 * Every string of the dataset except quotes (they are the source's words, not ours), with its
 * path and the name of the field that holds it; `check` returns a problem or null.
 */
function textProblems(
  dataset: Dataset,
  check: (text: string, key: string) => string | null,
): string[] {
  const problems: string[] = []
  const visit = (value: unknown, path: string, key: string) => {
    if (typeof value === 'string') {
      const problem = key === 'quote' ? null : check(value, key)
      if (problem) problems.push(`${path}: ${problem}`)
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, `${path}[${i}]`, key)
      })
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, k)
    }
  }
  visit(dataset, '', '')
  return problems
}

/** Placeholder strings anywhere in the dataset (quotes excepted). */
export function placeholderProblems(dataset: Dataset): string[] {
  return textProblems(dataset, (text, key) => {
    const pattern = NOTE_FIELDS.has(key) ? NOTE_PLACEHOLDER : PLACEHOLDER
    return pattern.test(text) || (IDENTITY_FIELDS.has(key) && IDENTITY_PLACEHOLDER.test(text))
      ? `placeholder text "${text.slice(0, 80)}"`
      : null
  })
}

/**
 * Curation-log wording ("session 4", "wave 2", "the lead's rule") in text clinicians read: notes
 * say where a value was seen, in plain words, not which pass of the team's work it came from.
 */
const CURATION_LOG = /\bsession \d+\b|\bwave[ -]\d+\b|\blead's\b|\baudit fix\b|\brulings pass\b/i

export function curationLogProblems(dataset: Dataset): string[] {
  return textProblems(dataset, (text) => {
    const match = CURATION_LOG.exec(text)
    return match ? `curation-log wording "${match[0]}"` : null
  })
}

/** Series must say what one counted unit is (patients vs courses was an audit finding). */
export function seriesUnitProblems(dataset: Dataset): string[] {
  return dataset.series.flatMap((series, i) =>
    series.unitOfAnalysis === undefined
      ? [`series[${i}] (${series.id}): unitOfAnalysis is required (patients, courses, …)`]
      : [],
  )
}

/** All format 2 rules, in a stable order. */
export function dataRuleProblems(
  dataset: Dataset,
  notFound: ReadonlyArray<NotFoundEntry> = [],
): string[] {
  return [
    ...quoteProblems(dataset),
    ...primaryEndpointProblems(dataset, notFound),
    ...placeholderProblems(dataset),
    ...curationLogProblems(dataset),
    ...seriesUnitProblems(dataset),
  ]
}
