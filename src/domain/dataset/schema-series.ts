import { z } from 'zod'
import {
  AreaId,
  HttpsUrl,
  quoteFields,
  RecordId,
  requireSource,
  SOURCE_MESSAGE,
  Text,
  tierFields,
  Year,
} from './schema-base'

/** Real utilisation time series and the milestones drawn on the timeline charts. */
export const SeriesPoint = z.object({
  year: Year,
  endYear: Year.optional().describe('Set when the source reports a period, e.g. 2006–2009'),
  value: z.number(),
  qualifier: z.enum(['<', '>']).optional(),
  ...quoteFields,
  note: Text.optional(),
})

export const UnitOfAnalysis = z
  .enum(['patients', 'courses', 'episodes', 'procedures', 'lesions', 'population-rate'])
  .describe('What one counted unit is: a patient, a treatment course, a hospital episode, …')

export const SeriesTag = z.enum([
  'toward-sbrt',
  'shorter-courses',
  'long-course-decline',
  'advanced-radiotherapy',
  'surgery-volume',
  'surgery-mix',
  'cement-augmentation',
])

export const Series = z
  .object({
    id: RecordId,
    title: Text,
    measure: Text,
    unit: Text,
    unitOfAnalysis: UnitOfAnalysis.optional().describe(
      'Required by data:check; absent in format 1',
    ),
    geography: Text,
    database: Text.nullable(),
    areaId: AreaId,
    tags: z.array(SeriesTag).min(1),
    studyId: RecordId,
    connectPoints: z
      .boolean()
      .describe('true only where the source reports a continuous yearly series'),
    points: z.array(SeriesPoint).min(1),
    ...tierFields,
    note: Text.optional(),
  })
  .refine(requireSource, SOURCE_MESSAGE)

export const Milestone = z
  .object({
    id: RecordId,
    year: Year,
    label: Text,
    areaId: AreaId.nullable(),
    studyId: RecordId.nullable(),
    citation: Text,
    url: HttpsUrl.nullable(),
    ...tierFields,
    note: Text.optional().describe('Own words: what was seen where, and any doubt'),
  })
  .refine(requireSource, SOURCE_MESSAGE)
