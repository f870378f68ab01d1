import { describe, expect, it } from 'vitest'
import { makeDataset, makeGuideline, makeOutcome, makeTechnique } from '../testing/make-dataset'
import { validateDataset } from './validate-dataset'

const issuesOf = (json: unknown) => {
  const result = validateDataset(json)
  return result.ok ? [] : result.issues
}

describe('format 2 schema refinements', () => {
  it('a "secondary" record must name the review it was seen in', () => {
    const dataset = makeDataset({
      techniques: [makeTechnique({ outcomes: [makeOutcome({ verification: 'secondary' })] })],
    })
    expect(issuesOf(dataset)).toEqual([
      {
        path: 'techniques[0].outcomes[0].verificationSource',
        message: expect.stringContaining('must name the review or guideline'),
      },
    ])
    const named = makeDataset({
      techniques: [
        makeTechnique({
          outcomes: [makeOutcome({ verification: 'secondary', verificationSource: 'Review X' })],
        }),
      ],
    })
    expect(issuesOf(named)).toEqual([])
  })

  it('rejects the format 1 "verified" value in a format 2 file', () => {
    const dataset = makeDataset() as unknown as { studies: { verification: string }[] }
    const first = dataset.studies[0]
    if (first) first.verification = 'verified'
    expect(issuesOf(dataset).map((i) => i.path)).toEqual(['studies[0].verification'])
  })

  it('keeps quotes short and their links https', () => {
    const dataset = makeDataset({
      techniques: [
        makeTechnique({
          outcomes: [makeOutcome({ quote: 'x'.repeat(301), quoteUrl: 'http://example.org' })],
        }),
      ],
    })
    expect(issuesOf(dataset).map((i) => i.path)).toEqual([
      'techniques[0].outcomes[0].quote',
      'techniques[0].outcomes[0].quoteUrl',
    ])
  })

  it('checks effect sizes and the series unit of analysis vocabulary', () => {
    const dataset = makeDataset({
      techniques: [
        makeTechnique({
          outcomes: [
            makeOutcome({
              effect: { type: 'XX' as 'HR', value: 0.5, ciLower: 0.3, ciUpper: 0.8, p: '0.01' },
            }),
          ],
        }),
      ],
    }) as unknown as Record<string, unknown>
    dataset.series = [
      {
        id: 's',
        title: 't',
        measure: 'm',
        unit: '%',
        unitOfAnalysis: 'beds',
        geography: 'g',
        database: null,
        areaId: 'radiation',
        tags: ['toward-sbrt'],
        studyId: 'alpha2010',
        connectPoints: false,
        points: [{ year: 2010, value: 1 }],
        verification: 'unverified',
      },
    ]
    expect(issuesOf(dataset).map((i) => i.path)).toEqual([
      'techniques[0].outcomes[0].effect.type',
      'series[0].unitOfAnalysis',
    ])
  })

  it('guideline recommendations must concern known techniques and have unique ids', () => {
    const rec = {
      id: 'r1',
      techniqueIds: ['tech-a'],
      statement: 's',
      strength: null,
      certainty: null,
    }
    const dataset = makeDataset({
      guidelines: [makeGuideline({ recommendations: [rec, { ...rec, techniqueIds: ['nope'] }] })],
    })
    expect(issuesOf(dataset)).toEqual([
      {
        path: 'guidelines[0].recommendations[1].id',
        message: 'duplicate id "r1" (first used at guidelines[0].recommendations[0].id)',
      },
      {
        path: 'guidelines[0].recommendations[1].techniqueIds[0]',
        message: 'no technique with id "nope"',
      },
    ])
  })
})
