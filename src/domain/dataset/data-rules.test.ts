import { describe, expect, it } from 'vitest'
import {
  makeDataset,
  makeGuideline,
  makeOutcome,
  makeStudy,
  makeTechnique,
} from '../testing/make-dataset'
import {
  curationLogProblems,
  dataRuleProblems,
  placeholderProblems,
  primaryEndpointProblems,
  quoteProblems,
  seriesUnitProblems,
} from './data-rules'
import { coverage, quotedShare, tierTable } from './data-summary'
import type { Series } from './schema'

const QUOTED = { quote: 'Pain responded in 50%.', quoteUrl: 'https://example.org/a' }

function series(overrides: Partial<Series> = {}): Series {
  return {
    id: 'ser',
    title: 't',
    measure: 'm',
    unit: '%',
    unitOfAnalysis: 'patients',
    geography: 'g',
    database: null,
    areaId: 'radiation',
    tags: ['toward-sbrt'],
    studyId: 'alpha2010',
    connectPoints: false,
    points: [{ year: 2010, value: 1, ...QUOTED }],
    verification: 'primary',
    ...overrides,
  }
}

/** A dataset that passes every rule; each test breaks one thing. */
function clean() {
  return makeDataset({
    techniques: [
      makeTechnique({
        outcomes: [makeOutcome({ verification: 'primary', primaryEndpoint: true, ...QUOTED })],
      }),
    ],
    studies: [makeStudy({ verification: 'primary' })],
    series: [series()],
    guidelines: [makeGuideline()],
  })
}

describe('data rules (issue 14)', () => {
  it('a clean dataset has no problems', () => {
    expect(dataRuleProblems(clean())).toEqual([])
  })

  it('quote and quote URL on every value above tier unverified', () => {
    const dataset = clean()
    const outcome = dataset.techniques[0]?.outcomes[0]
    if (outcome) outcome.quote = null
    dataset.series = [series({ points: [{ year: 2010, value: 1 }] })]
    dataset.guidelines = [makeGuideline({ verification: 'primary' })]
    expect(quoteProblems(dataset)).toEqual([
      'techniques[0].outcomes[0] (alpha2010, pain-response): "primary" value without quote',
      'series[0].points[0] (ser, 2010): "primary" point without quote and quoteUrl',
      'guidelines[0].recommendations[0] (guide-a-r1): recommendation without quote and quoteUrl',
    ])
    // Unverified values need none.
    const unverified = makeDataset()
    expect(quoteProblems(unverified)).toEqual([])
  })

  it('every trial and meta-analysis has a primary-endpoint outcome, or is listed as not found', () => {
    const dataset = clean()
    const outcome = dataset.techniques[0]?.outcomes[0]
    if (outcome) outcome.primaryEndpoint = false
    expect(primaryEndpointProblems(dataset, [])).toEqual([
      'studies[0] (alpha2010, rct): no outcome marked primaryEndpoint; add it or list the study in data/not-found.json with the places searched',
    ])
    const listed = { studyId: 'alpha2010', searched: '2026-11-30', where: 'PubMed, PMC' }
    expect(primaryEndpointProblems(dataset, [listed])).toEqual([])
    // The list stays honest: no unknown ids, no studies that now have their endpoint.
    expect(primaryEndpointProblems(clean(), [listed, { ...listed, studyId: 'ghost' }])).toEqual([
      'not-found.json[0]: "alpha2010" now has a primary-endpoint outcome; remove it from the list',
      'not-found.json[1]: no study with id "ghost"',
    ])
  })

  it('placeholder strings fail, except in quotes; notes may state honest doubt', () => {
    const dataset = clean()
    dataset.studies = [
      makeStudy({
        verification: 'primary',
        firstAuthor: 'Not confirmed',
        journal: 'Unknown',
        keyResults: ['Benefit shown (figures not confirmed here)'],
        verificationNote: 'Not confirmed as the first report',
      }),
      // An author "not shown" is a missing author: null, which the page names as such.
      makeStudy({ id: 'b', firstAuthor: 'Not shown on the pages seen', journal: 'Lancet' }),
    ]
    const outcome = dataset.techniques[0]?.outcomes[0]
    if (outcome) outcome.quote = 'TBD in the source itself'
    expect(placeholderProblems(dataset)).toEqual([
      'studies[0].firstAuthor: placeholder text "Not confirmed"',
      'studies[0].journal: placeholder text "Unknown"',
      'studies[0].keyResults[0]: placeholder text "Benefit shown (figures not confirmed here)"',
      'studies[1].firstAuthor: placeholder text "Not shown on the pages seen"',
    ])
  })

  it('curation-log wording fails in notes but not in quotes', () => {
    const dataset = clean()
    dataset.studies = [
      makeStudy({ verificationNote: "Seen on PubMed in session 4 under the lead's rule" }),
    ]
    const outcome = dataset.techniques[0]?.outcomes[0]
    if (!outcome) throw new Error('the clean dataset has an outcome')
    outcome.note = 'WAVE 2 re-check: seen again'
    dataset.techniques[0]?.outcomes.push({ ...outcome, note: 'AUDIT FIX 2026-11-30: corrected' })
    outcome.quote = 'In session 2 of the trial, 40% responded'
    expect(curationLogProblems(dataset)).toEqual([
      'techniques[0].outcomes[0].note: curation-log wording "WAVE 2"',
      'techniques[0].outcomes[1].note: curation-log wording "AUDIT FIX"',
      'studies[0].verificationNote: curation-log wording "session 4"',
    ])
    dataset.techniques[0]?.outcomes.pop()
    outcome.note = 'Seen on the PubMed page; the lead author is a radiologist'
    dataset.studies = [makeStudy()]
    expect(curationLogProblems(dataset)).toEqual([])
  })

  it('series must state their unit of analysis', () => {
    const dataset = clean()
    dataset.series = [series({ unitOfAnalysis: undefined })]
    expect(seriesUnitProblems(dataset)).toEqual([
      'series[0] (ser): unitOfAnalysis is required (patients, courses, …)',
    ])
  })
})

describe('data check counts', () => {
  it('counts tiers, quoted numeric values and coverage', () => {
    const dataset = clean()
    dataset.techniques[0]?.outcomes.push(makeOutcome({ studyId: 'beta', value: 3 }))
    expect(tierTable(dataset).outcomes).toEqual({ primary: 1, secondary: 0, unverified: 1 })
    expect(quotedShare(dataset).all).toEqual({ values: 3, quoted: 2, percent: 66.7 })
    expect(coverage(dataset).rows[0]).toMatchObject({
      technique: 'tech-a',
      cells: [2],
      measuresFilled: 1,
      studiesWithNumbers: 2,
    })
  })
})
