import { z } from 'zod'

/**
 * Building blocks shared by the record schemas (`schema.ts`, `schema-guideline.ts`): ids, text,
 * links, the verification tier and the quoted provenance of a value.
 */

const idPattern = /^[a-z0-9][a-z0-9_-]*$/
export const RecordId = z
  .string()
  .regex(idPattern, 'ids use lower-case letters, digits, "-" or "_"')
  .describe('Stable identifier, used in URLs and cross-references')

export const Text = z.string().trim().min(1, 'must not be empty')
export const TextList = z.array(Text)

/** Only https links are allowed: data text is shown to clinicians as clickable links. */
export const HttpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s]+$/, 'links must be absolute https:// URLs')
  .describe('An absolute https:// URL')

export const Doi = z
  .string()
  .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.NNNN/suffix')
  .describe('Digital Object Identifier without the https://doi.org/ prefix')
export const Pmid = z.string().regex(/^\d{1,9}$/, 'a PMID is digits only')
export const Year = z.number().int().min(1800).max(2100)
export const AreaId = z.enum(['surgery', 'mit', 'radiation', 'systemic'])
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')

/** The dataset format this code reads; files without `meta.schemaVersion` are format 1. */
export const SCHEMA_VERSION = 2

export const Tier = z
  .enum(['primary', 'secondary', 'unverified'])
  .describe(
    '"primary": seen at PubMed, PMC, the journal or the trial registry. "secondary": seen quoted in a systematic review, guideline or HTA report that cites the study (named in verificationSource). "unverified": seen at neither; the UI flags it.',
  )
export type Tier = z.infer<typeof Tier>

export const TIERS: ReadonlyArray<Tier> = ['primary', 'secondary', 'unverified']

/** The tier fields every checkable record carries; see `requireSource`. */
export const tierFields = {
  verification: Tier,
  verificationSource: Text.optional().describe(
    'Required when verification is "secondary": the review, guideline or HTA report (with its URL) where the value was seen',
  ),
}

/**
 * A "secondary" tier is only as good as the review it points to, so it must name it. Written as
 * a refinement (JSON Schema output omits it; validation enforces it).
 */
export function requireSource(record: { verification: Tier; verificationSource?: string }) {
  return record.verification !== 'secondary' || record.verificationSource !== undefined
}
export const SOURCE_MESSAGE = {
  message:
    'a "secondary" record must name the review or guideline it was seen in (verificationSource)',
  path: ['verificationSource'],
}

/** Source wording is kept only here, verbatim and short (it is quoted, not republished). */
export const Quote = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(300, 'a quote is at most 300 characters (cut with "…")')
  .describe(
    'The exact sentence or table cell of the source that states the value (≤ 300 characters)',
  )

export const quoteFields = {
  quote: Quote.nullish(),
  quoteUrl: HttpsUrl.nullish().describe('The https page where the quote was seen'),
}

export const Effect = z
  .object({
    type: z.enum(['HR', 'OR', 'RR', 'MD', 'RD']),
    value: z.number().nullable().describe('null when the source gives only the interval or p'),
    ciLower: z.number().nullable(),
    ciUpper: z.number().nullable(),
    p: Text.nullish().describe('p value as reported, e.g. "0.001" or "<0.001"'),
  })
  .describe(
    'Effect size between the arms, with its confidence interval (as reported, usually 95%) where reported',
  )
