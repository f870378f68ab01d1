import { z } from 'zod'
import {
  IndicationCriterion,
  Radiosensitivity,
  ScoreCeiling,
  SurvivalMonths,
} from './schema-decision'

/**
 * The single definition of the evidence dataset. TypeScript types are inferred from it and
 * `data/evidence.schema.json` is generated from it (`npm run schema:write`); a unit test fails
 * when the committed JSON Schema drifts from this file.
 *
 * Cross-record rules (unique ids, references that resolve) live in `validate-dataset.ts`,
 * because JSON Schema cannot express them.
 */

const idPattern = /^[a-z0-9][a-z0-9_-]*$/
export const RecordId = z
  .string()
  .regex(idPattern, 'ids use lower-case letters, digits, "-" or "_"')
  .describe('Stable identifier, used in URLs and cross-references')

const Text = z.string().trim().min(1, 'must not be empty')
const TextList = z.array(Text)

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

export const Verification = z
  .enum(['verified', 'unverified'])
  .describe(
    '"verified": the value was seen at a primary source (journal page, PubMed, PMC). "unverified": taken from secondary material and not yet checked; the UI flags it.',
  )

const Year = z.number().int().min(1800).max(2100)

export const AreaId = z.enum(['surgery', 'mit', 'radiation', 'systemic'])
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
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semver, e.g. 1.0.0'),
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
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
  id: AreaId,
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

export const Outcome = z.object({
  measureId: RecordId,
  studyId: RecordId,
  value: z.number().nullable().describe('Numeric value in the unit of the measure, or null'),
  valueText: Text.describe('The result as reported, e.g. "84% (42/50)"'),
  comparator: Text.nullable(),
  comparatorValue: z.number().nullable(),
  timepoint: Text.nullable(),
  verification: Verification,
  note: Text.optional(),
})

export const FirstReport = z.object({
  year: Year,
  studyId: RecordId.nullable().describe(
    'The study that first reported the technique, if in the dataset',
  ),
  citation: Text.describe('Reference for the year, in words'),
  url: HttpsUrl.nullable(),
  verification: Verification,
  note: Text.optional(),
})

export const Technique = z.object({
  id: RecordId,
  name: Text,
  aliases: TextList,
  areaId: AreaId,
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
})

export const Study = z.object({
  id: RecordId,
  firstAuthor: Text,
  year: Year,
  title: Text,
  journal: Text,
  doi: Doi.nullable(),
  pmid: Pmid.nullable(),
  design: StudyDesign,
  designDetail: Text.nullable(),
  patients: z.number().int().nonnegative().nullable(),
  population: Text.nullable(),
  intervention: Text.nullable(),
  comparator: Text.nullable(),
  primaryEndpoint: Text.nullable(),
  keyResults: TextList,
  techniqueIds: z.array(RecordId).min(1, 'a study must inform at least one technique'),
  levelOfEvidence: z.number().int().min(1).max(5),
  verification: Verification,
  verificationNote: Text.optional(),
  sourceUrls: z.array(HttpsUrl),
})

export const ScoreOption = z.object({ label: Text, points: z.number() })
export const ScoreComponent = z.object({ name: Text, options: z.array(ScoreOption).min(1) })
export const ScoreBand = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  label: Text,
  interpretation: Text,
  survivalMonths: SurvivalMonths.optional(),
})

export const ScoringSystem = z.object({
  id: RecordId,
  name: Text,
  abbreviation: Text,
  year: Year,
  purpose: Text,
  components: z.array(ScoreComponent),
  bands: z.array(ScoreBand),
  studyId: RecordId,
  verification: Verification,
  note: Text.optional(),
  ceiling: ScoreCeiling.optional(),
  validationStudyIds: z.array(RecordId).optional(),
  toolUrl: HttpsUrl.optional().describe(
    "The authors' published calculator, for models not re-implemented",
  ),
})

export const SeriesPoint = z.object({
  year: Year,
  endYear: Year.optional().describe('Set when the source reports a period, e.g. 2006–2009'),
  value: z.number(),
  qualifier: z.enum(['<', '>']).optional(),
  note: Text.optional(),
})

export const SeriesTag = z.enum([
  'toward-sbrt',
  'shorter-courses',
  'long-course-decline',
  'advanced-radiotherapy',
  'surgery-volume',
  'cement-augmentation',
])

export const Series = z.object({
  id: RecordId,
  title: Text,
  measure: Text,
  unit: Text,
  geography: Text,
  database: Text.nullable(),
  areaId: AreaId,
  tags: z.array(SeriesTag).min(1),
  studyId: RecordId,
  connectPoints: z
    .boolean()
    .describe('true only where the source reports a continuous yearly series'),
  points: z.array(SeriesPoint).min(1),
  verification: Verification,
  note: Text.optional(),
})

export const Milestone = z.object({
  id: RecordId,
  year: Year,
  label: Text,
  areaId: AreaId.nullable(),
  studyId: RecordId.nullable(),
  citation: Text,
  url: HttpsUrl.nullable(),
  verification: Verification,
})

export const Dataset = z.object({
  meta: Meta,
  areas: z.array(Area).min(1),
  outcomeMeasures: z.array(OutcomeMeasure),
  techniques: z.array(Technique),
  studies: z.array(Study),
  scoringSystems: z.array(ScoringSystem),
  series: z.array(Series),
  milestones: z.array(Milestone),
  radiosensitivity: z.array(Radiosensitivity).optional(),
})

export type Dataset = z.infer<typeof Dataset>
export type Technique = z.infer<typeof Technique>
export type Study = z.infer<typeof Study>
export type Outcome = z.infer<typeof Outcome>
export type OutcomeMeasure = z.infer<typeof OutcomeMeasure>
export type Series = z.infer<typeof Series>
export type Milestone = z.infer<typeof Milestone>
export type ScoringSystem = z.infer<typeof ScoringSystem>
export type AreaId = z.infer<typeof AreaId>
export type StudyDesign = z.infer<typeof StudyDesign>
export type NomsDimension = z.infer<typeof NomsDimension>
