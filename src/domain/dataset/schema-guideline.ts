import { z } from 'zod'
import {
  Doi,
  HttpsUrl,
  Pmid,
  quoteFields,
  RecordId,
  requireSource,
  SOURCE_MESSAGE,
  Text,
  tierFields,
  Year,
} from './schema-base'

/**
 * Clinical practice guidelines and consensus statements (format 2). Each recommendation that
 * concerns a technique is kept with the strength and certainty in the guideline's own grading,
 * because gradings differ between issuers and must not be normalised into one scale.
 */
export const Recommendation = z.object({
  id: RecordId,
  techniqueIds: z.array(RecordId).min(1, 'a recommendation must concern at least one technique'),
  statement: Text.describe('The recommendation in the curators’ own words'),
  strength: Text.nullable().describe('As the guideline states it, e.g. "Strong"'),
  certainty: Text.nullable().describe(
    'As the guideline states it, e.g. "High quality of evidence"',
  ),
  ...quoteFields,
})

export const Guideline = z
  .object({
    id: RecordId,
    issuer: Text,
    title: Text.describe('Exact published title'),
    year: Year,
    url: HttpsUrl,
    doi: Doi.nullable(),
    pmid: Pmid.nullable(),
    scope: Text.describe('Population and question covered, in the curators’ own words'),
    ...tierFields,
    verificationNote: Text.optional().describe('Own words: where the text was seen'),
    recommendations: z.array(Recommendation),
  })
  .refine(requireSource, SOURCE_MESSAGE)
