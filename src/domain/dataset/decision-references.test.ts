import { describe, expect, it } from 'vitest'
import { makeStudy, makeTechnique } from '../testing/make-dataset'
import { decisionReferenceIssues } from './decision-references'
import type { Dataset } from './schema'

const base = {
  scoringSystems: [],
  techniques: [],
  radiosensitivity: undefined,
} as unknown as Dataset

describe('decision-aid references', () => {
  it('reports criteria, validation studies and radiosensitivity entries citing unknown studies', () => {
    const dataset = {
      ...base,
      studies: [makeStudy()],
      techniques: [
        makeTechnique({
          indicationCriteria: [
            {
              id: 'c',
              label: 'Fictional',
              sins: null,
              escc: ['2'],
              radiosensitivity: null,
              neurologicDeficit: null,
              expectedSurvivalMonths: null,
              studyId: 'nobody2000',
              quote: 'A fictional quote.',
              quoteUrl: 'https://example.org/',
            },
          ],
        }),
      ],
      scoringSystems: [{ validationStudyIds: ['alpha2010', 'ghost1999'] }],
      radiosensitivity: [{ studyId: 'alpha2010' }],
    } as unknown as Dataset
    expect(decisionReferenceIssues(dataset, new Set(['alpha2010'])).map((i) => i.path)).toEqual([
      'scoringSystems[0].validationStudyIds[1]',
      'techniques[0].indicationCriteria[0].studyId',
    ])
  })
})

describe('the built-in dataset', () => {
  it('cites only studies it contains from its decision-aid parts', async () => {
    const { builtIn } = await import('../scores/built-in.test-helper')
    const ids = new Set(builtIn.studies.map((s) => s.id))
    expect(decisionReferenceIssues(builtIn, ids)).toEqual([])
  })
})
