import { describe, expect, it } from 'vitest'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { datasetReport, editorialProblems } from './dataset-report'

describe('datasetReport', () => {
  it('counts techniques and studies per area', () => {
    const dataset = makeDataset({
      techniques: [
        makeTechnique({ id: 'r1', outcomes: [makeOutcome(), makeOutcome({ value: null })] }),
        makeTechnique({ id: 's1', areaId: 'surgery' }),
      ],
      studies: [
        makeStudy({ techniqueIds: ['r1', 's1'] }),
        makeStudy({ id: 'b', techniqueIds: ['s1'] }),
      ],
    })
    const report = datasetReport(dataset)
    expect(report.areas.map((a) => [a.areaId, a.techniques, a.studies])).toEqual([
      ['surgery', 1, 2],
      ['mit', 0, 0],
      ['radiation', 1, 1],
      ['systemic', 0, 0],
    ])
    expect(report.outcomes).toBe(2)
    expect(report.numericOutcomes).toBe(1)
  })
})

describe('editorialProblems', () => {
  it('flags thin areas, unordered series and untraceable studies', () => {
    const dataset = makeDataset({
      studies: [makeStudy({ doi: null, pmid: null, sourceUrls: [], verification: 'primary' })],
      series: [
        {
          id: 'x',
          title: 't',
          measure: 'm',
          unit: '%',
          geography: 'g',
          database: null,
          areaId: 'radiation',
          tags: ['toward-sbrt'],
          studyId: 'alpha2010',
          connectPoints: false,
          points: [
            { year: 2010, value: 1 },
            { year: 2005, value: 2 },
          ],
          verification: 'unverified',
        },
      ],
    })
    expect(editorialProblems(dataset, { techniquesPerArea: 1 })).toEqual([
      'area "surgery" has 0 techniques (at least 1 expected)',
      'area "mit" has 0 techniques (at least 1 expected)',
      'area "systemic" has 0 techniques (at least 1 expected)',
      'series[0].points: years must be strictly increasing',
      'studies[0]: tier "primary" but no DOI, PMID or source URL',
    ])
  })
})

describe('verification can never exceed its source', () => {
  it('flags outcomes, milestones and first reports better verified than their study', () => {
    const dataset = makeDataset({
      techniques: [
        makeTechnique({
          outcomes: [makeOutcome({ verification: 'secondary', verificationSource: 'Review X' })],
          firstReported: {
            year: 2000,
            studyId: 'alpha2010',
            citation: 'c',
            url: null,
            verification: 'primary',
          },
        }),
      ],
      studies: [makeStudy({ verification: 'unverified' })],
      milestones: [
        {
          id: 'm',
          year: 2010,
          label: 'l',
          areaId: null,
          studyId: 'alpha2010',
          citation: 'c',
          url: 'https://example.org/m',
          verification: 'primary',
        },
      ],
    })
    expect(editorialProblems(dataset, { techniquesPerArea: 0 })).toEqual([
      'techniques[0].outcomes[0]: "secondary" value from a less verified study "alpha2010"',
      'techniques[0].firstReported: "primary" year citing a less verified study "alpha2010"',
      'milestones[0]: "primary" milestone citing a less verified study "alpha2010"',
    ])
  })

  it('a primary milestone needs the link where it was seen', () => {
    const dataset = makeDataset({
      milestones: [
        {
          id: 'm',
          year: 2010,
          label: 'l',
          areaId: null,
          studyId: null,
          citation: 'c',
          url: null,
          verification: 'primary',
        },
      ],
    })
    expect(editorialProblems(dataset, { techniquesPerArea: 0 })).toEqual([
      'milestones[0]: tier "primary" needs the url where it was seen',
    ])
  })
})
