import { z } from 'zod'

/**
 * Decision-aid parts of the dataset: structured indication criteria on techniques, the
 * radiosensitivity list by histology, and survival ranges on prognostic bands. Kept apart from
 * schema.ts so the main schema changes by a few lines only.
 *
 * Defined without importing schema.ts, which imports this file (no import cycle at start-up).
 */

const Text = z.string().trim().min(1, 'must not be empty')
const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids use lower-case letters, digits, "-" or "_"')
const HttpsUrl = z.string().regex(/^https:\/\/[^\s]+$/, 'links must be absolute https:// URLs')

// Descriptions live in comments, not .describe(): the dataset worker bundles this schema and its
// size counts towards the first view's JavaScript budget.
/** Bilsky epidural spinal cord compression grade. */
export const EsccGrade = z.enum(['0', '1a', '1b', '1c', '2', '3'])
/** Response of a histology to conventional external beam radiotherapy. */
export const RadioResponse = z.enum(['sensitive', 'moderately-sensitive', 'resistant'])
/** Where a statement was seen: primary source, a review or guideline quoting it, or neither. */
export const DecisionVerification = z.enum(['primary', 'secondary', 'unverified'])

/** Inclusive bounds; null on a side means open. */
export const Bounds = z.object({ min: z.number().nullable(), max: z.number().nullable() })

export const IndicationCriterion = z
  .object({
    id: Id,
    // Own words, e.g. "High-grade ESCC from a radioresistant tumour".
    label: Text,
    sins: Bounds.nullable(),
    escc: z.array(EsccGrade).min(1).nullable(),
    radiosensitivity: z.array(RadioResponse).min(1).nullable(),
    neurologicDeficit: z.boolean().nullable(),
    expectedSurvivalMonths: Bounds.nullable(),
    // Vertebral body collapse on imaging (the SINS collapse item); optional, older files lack it.
    vertebralCollapse: z.boolean().nullable().optional(),
    studyId: Id.nullable(),
    guidelineId: Id.nullable().optional(),
    // The verbatim sentence of the source supporting the criterion.
    quote: Text.max(300),
    quoteUrl: HttpsUrl,
  })
  // A criterion without any condition would match every patient: a guess, not an indication.
  .refine(
    (c) =>
      c.sins !== null ||
      c.escc !== null ||
      c.radiosensitivity !== null ||
      c.neurologicDeficit !== null ||
      c.expectedSurvivalMonths !== null ||
      (c.vertebralCollapse ?? null) !== null,
    'a criterion needs at least one condition',
  )
  .refine((c) => c.studyId !== null || Boolean(c.guidelineId), 'a criterion needs its source')

export const Radiosensitivity = z.object({
  histology: Text,
  response: RadioResponse,
  studyId: Id,
  verification: DecisionVerification,
  quote: Text.max(300),
  quoteUrl: HttpsUrl,
  // Own words: where the entry was seen and how sure it is.
  note: Text.optional(),
})

/** Expected survival a prognostic band stands for, in months (e.g. revised Tokuhashi 12–15: ≥ 12). */
export const SurvivalMonths = Bounds

/** Highest total a score reports whatever the items add up to (the NESMS is capped at 3). */
export const ScoreCeiling = z.number()

export type EsccGrade = z.infer<typeof EsccGrade>
export type RadioResponse = z.infer<typeof RadioResponse>
export type Bounds = z.infer<typeof Bounds>
export type IndicationCriterion = z.infer<typeof IndicationCriterion>
export type Radiosensitivity = z.infer<typeof Radiosensitivity>
