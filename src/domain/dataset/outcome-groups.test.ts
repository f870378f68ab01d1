import { describe, expect, it } from 'vitest'
import { makeOutcome, makeStudy } from '../testing/make-dataset'
import { groupOutcomesByMeasure, indirectResults } from './outcome-groups'
import type { OutcomeMeasure } from './schema'

const measures = [
  { id: 'ambulatory-status', name: 'Ambulatory after treatment' },
  { id: 'pain-response', name: 'Pain response' },
] as OutcomeMeasure[]

const studies = new Map(
  [
    makeStudy({ id: 'rct2005', levelOfEvidence: 2, year: 2005 }),
    makeStudy({ id: 'cohort2010', levelOfEvidence: 4, year: 2010 }),
    makeStudy({ id: 'cohort2020', levelOfEvidence: 4, year: 2020 }),
  ].map((s) => [s.id, s]),
)

describe('groupOutcomesByMeasure', () => {
  it('groups by measure in the dataset order, unknown measures last', () => {
    const outcomes = [
      makeOutcome({ measureId: 'pain-response', studyId: 'rct2005' }),
      makeOutcome({ measureId: 'not-a-measure', studyId: 'rct2005' }),
      makeOutcome({ measureId: 'ambulatory-status', studyId: 'rct2005' }),
    ]
    const groups = groupOutcomesByMeasure(outcomes, measures, studies)
    expect(groups.map((g) => [g.measureId, g.measureName, g.outcomes.map((o) => o.index)])).toEqual(
      [
        ['ambulatory-status', 'Ambulatory after treatment', [2]],
        ['pain-response', 'Pain response', [0]],
        ['not-a-measure', 'not-a-measure', [1]],
      ],
    )
  })

  it('puts primary endpoints first, then numbers, then stronger evidence, then newer studies; keeps every outcome once', () => {
    const outcomes = [
      makeOutcome({ measureId: 'pain-response', studyId: 'cohort2010', primaryEndpoint: false }),
      makeOutcome({ measureId: 'pain-response', studyId: 'cohort2020', primaryEndpoint: false }),
      makeOutcome({ measureId: 'pain-response', studyId: 'rct2005', primaryEndpoint: false }),
      makeOutcome({ measureId: 'pain-response', studyId: 'cohort2010', primaryEndpoint: true }),
      makeOutcome({ measureId: 'pain-response', studyId: 'unknown', primaryEndpoint: false }),
      makeOutcome({
        measureId: 'pain-response',
        studyId: 'rct2005',
        primaryEndpoint: true,
        value: null,
      }),
    ]
    const [group] = groupOutcomesByMeasure(outcomes, measures, studies)
    expect(group?.outcomes.map((o) => o.index)).toEqual([3, 5, 2, 1, 0, 4])
    expect(group?.outcomes.map((o) => o.outcome)).toEqual([
      outcomes[3],
      outcomes[5],
      outcomes[2],
      outcomes[1],
      outcomes[0],
      outcomes[4],
    ])
  })

  it('gives no group for no outcomes', () => {
    expect(groupOutcomesByMeasure([], measures, studies)).toEqual([])
  })
})

describe('indirectResults', () => {
  it('counts the results whose study is marked as another population', () => {
    const byId = new Map(
      [
        makeStudy({ id: 'chordoma', indirectPopulation: 'Primary chordoma, not metastases' }),
        makeStudy({ id: 'mets' }),
      ].map((s) => [s.id, s]),
    )
    const outcomes = [
      makeOutcome({ studyId: 'chordoma' }),
      makeOutcome({ studyId: 'chordoma' }),
      makeOutcome({ studyId: 'mets' }),
      makeOutcome({ studyId: 'missing' }),
    ]
    expect(indirectResults(outcomes, byId)).toEqual({
      count: 2,
      populations: ['Primary chordoma, not metastases'],
    })
    expect(indirectResults([], byId)).toEqual({ count: 0, populations: [] })
  })
})
