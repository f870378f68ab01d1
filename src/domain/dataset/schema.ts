import { z } from 'zod'
import {
  AreaId as AreaIdSchema,
  Doi,
  Effect,
  HttpsUrl,
  IsoDate,
  Pmid,
  quoteFields,
  RecordId,
  requireSource,
  SOURCE_MESSAGE,
  Text,
  TextList,
  tierFields,
  Year,
} from './schema-base'
import {
  IndicationCriterion,
  Radiosensitivity,
  ScoreCeiling,
  SurvivalMonths,
} from './schema-decision'
import { Guideline as GuidelineSchema } from './schema-guideline'
import {
  Milestone as MilestoneSchema,
  type SeriesPoint as SeriesPointSchema,
  Series as SeriesSchema,
} from './schema-series'

export { AreaId, Doi, HttpsUrl, Pmid, RecordId, Text, TextList, Tier } from './schema-base'
export { Guideline, Recommendation } from './schema-guideline'
export { Milestone, Series, SeriesPoint, SeriesTag, UnitOfAnalysis } from './schema-series'

/**
 * The single definition of the evidence dataset. TypeScript types are inferred from it and
 * `data/evidence.schema.json` is generated from it (`npm run schema:write`); a unit test fails
 * when the committed JSON Schema drifts from this file.
 *
 * Cross-record rules (unique ids, references that resolve) live in `validate-dataset.ts`,
 * because JSON Schema cannot express them. Format 2 (`meta.schemaVersion: 2`) replaced the
 * verified/unverified flag by tiers and added quotes, primary endpoints and guidelines; format 1
 * files are upgraded by `migrate.ts` before validation.
 */

export const Invasiveness = z.enum([
  'non-invasive',
  'percutaneous',
  'minimally-invasive-surgery',
  'open-surgery',
  'systemic',
])
export const NomsDimension = z.enum(['neurologic', 'oncologic', 'mechanical', 'systemic'])
export const StudyDesign = z.enum([
  'rct',
  'meta-analysis',
  'systematic-review',
  'prospective',
  'retrospective',
  'case-series',
  'case-report',
  'guideline',
  'review',
])
export const BetterDirection = z.enum(['higher', 'lower', 'neither'])

export const Meta = z.object({
  title: Text,
  schemaVersion: z.literal(2).describe('Dataset format; files without it are format 1'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semver, e.g. 2.0.0'),
  lastReviewed: IsoDate,
  license: Text,
  citation: Text.describe('How to cite the dataset'),
  evidenceScale: Text.describe('The scale used for levelOfEvidence, e.g. Oxford CEBM 2011'),
  seedReview: z.object({
    citation: Text,
    doi: Doi,
    note: Text.describe('What is (and is not) taken from the seed review'),
    statements: TextList.describe('The only statements of the review that are known'),
  }),
})

export const Area = z.object({
  id: AreaIdSchema,
  name: Text,
  description: Text,
})

export const OutcomeMeasure = z.object({
  id: RecordId,
  name: Text,
  unit: Text.describe('Unit of numeric values, e.g. "%", "months", "mL"'),
  better: BetterDirection,
  description: Text,
})

export const Outcome = z
  .object({
    measureId: RecordId,
    studyId: RecordId,
    value: z.number().nullable().describe('Numeric value in the unit of the measure, or null'),
    valueText: Text.describe('The result as reported, e.g. "84% (42/50)"'),
    comparator: Text.nullable(),
    comparatorValue: z.number().nullable(),
    timepoint: Text.nullable(),
    primaryEndpoint: z.boolean().describe("true when this is the study's stated primary endpoint"),
    effect: Effect.optional(),
    ...tierFields,
    ...quoteFields,
    note: Text.optional(),
  })
  .refine(requireSource, SOURCE_MESSAGE)

export const FirstReport = z
  .object({
    year: Year,
    studyId: RecordId.nullable().describe(
      'The study that first reported the technique, if in the dataset',
    ),
    citation: Text.describe('Reference for the year, in words'),
    url: HttpsUrl.nullable(),
    ...tierFields,
    note: Text.optional(),
  })
  .refine(requireSource, SOURCE_MESSAGE)

export const EvidenceSearch = z
  .object({
    finding: Text.describe('e.g. "no comparative evidence found"'),
    searched: IsoDate.describe('Date of the search'),
    where: Text.describe('Databases and queries used'),
  })
  .describe('A stated search that found no (comparative) evidence for the technique')

export const Technique = z.object({
  id: RecordId,
  name: Text,
  aliases: TextList,
  areaId: AreaIdSchema,
  subgroup: Text,
  summary: Text.describe('Plain-language summary for non-specialists'),
  mechanism: Text.describe('How it works'),
  firstReported: FirstReport,
  invasiveness: Invasiveness,
  setting: Text.nullable(),
  anaesthesia: Text.nullable(),
  indications: TextList,
  contraindications: TextList,
  advantages: TextList,
  limitations: TextList,
  complications: TextList,
  noms: z.array(NomsDimension),
  outcomes: z.array(Outcome),
  indicationCriteria: z.array(IndicationCriterion).optional(),
  evidenceSearch: EvidenceSearch.optional(),
})

export const Study = z
  .object({
    id: RecordId,
    // null when no page seen displayed the authors: better a visible gap than a guessed name.
    firstAuthor: Text.nullable().describe('"Surname AB" as on PubMed; null when not seen'),
    year: Year,
    title: Text,
    journal: Text.nullable().describe('null when not seen'),
    doi: Doi.nullable(),
    pmid: Pmid.nullable(),
    design: StudyDesign,
    designDetail: Text.nullable(),
    patients: z.number().int().nonnegative().nullable(),
    population: Text.nullable(),
    // Set when the patients are not those the explorer is about, so every value of the study is
    // read as indirect evidence wherever it is shown.
    indirectPopulation: Text.optional().describe(
      'Own words, only when the patients are not people with spinal (bone) metastases, e.g. "Primary chordoma, not metastases"',
    ),
    intervention: Text.nullable(),
    comparator: Text.nullable(),
    primaryEndpoint: Text.nullable(),
    keyResults: TextList,
    techniqueIds: z.array(RecordId).min(1, 'a study must inform at least one technique'),
    levelOfEvidence: z.number().int().min(1).max(5),
    ...tierFields,
    verificationNote: Text.optional(),
    sourceUrls: z.array(HttpsUrl),
  })
  .refine(requireSource, SOURCE_MESSAGE)

export const ScoreOption = z.object({ label: Text, points: z.number() })
export const ScoreComponent = z.object({ name: Text, options: z.array(ScoreOption).min(1) })
export const ScoreBand = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  label: Text,
  interpretation: Text,
  survivalMonths: SurvivalMonths.optional(),
})

export const ScoringSystem = z
  .object({
    id: RecordId,
    name: Text,
    abbreviation: Text,
    year: Year,
    purpose: Text,
    components: z.array(ScoreComponent),
    bands: z.array(ScoreBand),
    studyId: RecordId,
    ...tierFields,
    note: Text.optional(),
    ceiling: ScoreCeiling.optional(),
    validationStudyIds: z.array(RecordId).optional(),
    toolUrl: HttpsUrl.optional().describe(
      "The authors' published calculator, for models not re-implemented",
    ),
  })
  .refine(requireSource, SOURCE_MESSAGE)

export const Dataset = z.object({
  meta: Meta,
  areas: z.array(Area).min(1),
  outcomeMeasures: z.array(OutcomeMeasure),
  techniques: z.array(Technique),
  studies: z.array(Study),
  scoringSystems: z.array(ScoringSystem),
  series: z.array(SeriesSchema),
  milestones: z.array(MilestoneSchema),
  guidelines: z.array(GuidelineSchema),
  radiosensitivity: z.array(Radiosensitivity).optional(),
})

export type Dataset = z.infer<typeof Dataset>
export type Technique = z.infer<typeof Technique>
export type Study = z.infer<typeof Study>
export type Outcome = z.infer<typeof Outcome>
export type OutcomeMeasure = z.infer<typeof OutcomeMeasure>
export type Series = z.infer<typeof SeriesSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type ScoringSystem = z.infer<typeof ScoringSystem>
export type Guideline = z.infer<typeof GuidelineSchema>
export type Recommendation = Guideline['recommendations'][number]
export type SeriesPoint = z.infer<typeof SeriesPointSchema>
export type AreaId = z.infer<typeof AreaIdSchema>
export type StudyDesign = z.infer<typeof StudyDesign>
export type NomsDimension = z.infer<typeof NomsDimension>
