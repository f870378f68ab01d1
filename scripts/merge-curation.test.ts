import { describe, expect, it } from 'vitest'
import {
  makeDataset,
  makeGuideline,
  makeOutcome,
  makeStudy,
  makeTechnique,
} from '../src/domain/testing/make-dataset'
import { type Fragment, mergeFragments } from './merge-curation-lib'

const options = { date: '2026-11-30', version: '2.0.0' }

function fragments(): Fragment[] {
  const base = makeDataset()
  return [
    {
      file: 'shared-v1.json',
      json: {
        meta: {
          ...base.meta,
          schemaVersion: undefined,
          citation: 'Dataset, version 1.0.0 (2026-11-28).',
        },
        areas: base.areas,
        outcomeMeasures: base.outcomeMeasures,
      },
    },
    {
      file: 'radiation.json',
      json: {
        techniques: [makeTechnique({ outcomes: [makeOutcome({ studyId: 'zeta2012' })] })],
        studies: [makeStudy({ id: 'zeta2012' }), makeStudy({ id: 'alpha2010' })],
        series: [],
        milestones: [],
      },
    },
    {
      file: 'surgery.json',
      json: {
        techniques: [makeTechnique({ id: 'tech-s', areaId: 'surgery' })],
        studies: [
          makeStudy({
            id: 'mid2011',
            techniqueIds: ['tech-s'],
            verification: 'verified' as 'primary',
          }),
        ],
      },
    },
    { file: 'guidelines.json', json: { guidelines: [makeGuideline()] } },
  ]
}

describe('mergeFragments', () => {
  it('merges into one valid format 2 dataset in a deterministic order', () => {
    const result = mergeFragments(fragments(), options)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    const dataset = result.dataset as ReturnType<typeof makeDataset>
    expect(dataset.meta).toMatchObject({
      schemaVersion: 2,
      version: '2.0.0',
      lastReviewed: '2026-11-30',
      citation: 'Dataset, version 2.0.0 (2026-11-30).',
    })
    // Techniques by area (surgery first), studies by first author then year then id.
    expect(dataset.techniques.map((t) => t.id)).toEqual(['tech-s', 'tech-a'])
    expect(dataset.studies.map((s) => s.id)).toEqual(['alpha2010', 'mid2011', 'zeta2012'])
    expect(dataset.guidelines.map((g) => g.id)).toEqual(['guide-a'])
    // A leftover format 1 value is upgraded and reported with its place.
    expect(dataset.studies[1]?.verification).toBe('primary')
    expect(result.notes).toContain(
      'surgery.json: format 1 values upgraded: 1 "verified" read as "primary" (studies[0].verification)',
    )
    // The same fragments give the same bytes.
    const again = mergeFragments(fragments(), options)
    expect(JSON.stringify(again.ok && again.dataset)).toBe(JSON.stringify(dataset))
  })

  it('orders studies as a reader looks them up: author (accents and case ignored), year, unknown authors last', () => {
    const parts = fragments()
    const radiation = parts[1]?.json as { studies: ReturnType<typeof makeStudy>[] }
    radiation.studies = [
      makeStudy({ id: 'zeta2012', firstAuthor: null, year: 2012 }),
      makeStudy({ id: 'alpha2010', firstAuthor: 'Ørsted B', year: 2010 }),
      makeStudy({ id: 'beta2009', firstAuthor: 'ortiz C', year: 2009 }),
      makeStudy({ id: 'gamma2001', firstAuthor: 'Abe K', year: 2015 }),
      makeStudy({ id: 'delta2000', firstAuthor: 'Abe K', year: 2001 }),
    ]
    const result = mergeFragments(parts, options)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    const dataset = result.dataset as ReturnType<typeof makeDataset>
    expect(dataset.studies.map((s) => s.id)).toEqual([
      'delta2000',
      'gamma2001',
      'mid2011',
      'alpha2010',
      'beta2009',
      'zeta2012',
    ])
  })

  it('fails with located errors on duplicate ids and dangling references', () => {
    const parts = fragments()
    parts.push({
      file: 'mit.json',
      json: {
        studies: [makeStudy({ id: 'zeta2012', techniqueIds: ['no-such-technique'] })],
        techniques: [
          makeTechnique({ id: 'tech-m', outcomes: [makeOutcome({ studyId: 'ghost' })] }),
        ],
      },
    })
    const result = mergeFragments(parts, options)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      'mit.json studies[0]: duplicate studies id "zeta2012" (also at radiation.json studies[0])',
      'mit.json techniques[0].outcomes[0].studyId: no study with id "ghost"',
      'mit.json studies[0].techniqueIds[0]: no technique with id "no-such-technique"',
    ])
  })

  it('reports schema problems at their fragment and record', () => {
    const parts = fragments()
    const surgery = parts[2]?.json as { studies: { title: string }[] }
    if (surgery.studies[0]) surgery.studies[0].title = ''
    const result = mergeFragments(parts, options)
    expect(result.ok ? [] : result.errors).toEqual([
      'surgery.json studies[0].title (id "mid2011"): must not be empty',
    ])
  })

  it('passes decision-aid data through and writes http links as https, saying so', () => {
    const parts = fragments()
    const quoted = { quote: 'A fictional sentence.', quoteUrl: 'https://example.org/q' }
    const radiosensitivity = {
      histology: 'Lymphoma',
      response: 'sensitive',
      studyId: 'alpha2010',
      verification: 'primary',
      ...quoted,
    }
    const criterion = {
      id: 'c1',
      label: 'Fictional criterion',
      sins: { min: 13, max: null },
      escc: null,
      radiosensitivity: null,
      neurologicDeficit: null,
      expectedSurvivalMonths: null,
      studyId: 'alpha2010',
      ...quoted,
    }
    parts.push({
      file: 'decision.json',
      json: {
        radiosensitivity: [radiosensitivity],
        studies: [makeStudy({ id: 'dec2006', sourceUrls: ['http://example.org/x'] })],
      },
    })
    parts.push({ file: 'indications.json', json: { 'tech-a': [criterion] } })
    const result = mergeFragments(parts, options)
    expect(result.ok ? [] : result.errors).toEqual([])
    if (!result.ok) return
    expect(result.dataset.radiosensitivity).toEqual([radiosensitivity])
    const techniques = result.dataset.techniques as { id: string; indicationCriteria?: unknown }[]
    expect(techniques.find((t) => t.id === 'tech-a')?.indicationCriteria).toEqual([criterion])
    expect(result.notes).toContain(
      'decision.json: 1 http:// links written as https:// (the app opens https only): studies[0].sourceUrls[0]',
    )
  })

  it('says which shared part is missing and checks indication references', () => {
    const parts = fragments().slice(1)
    parts.push({ file: 'indications.json', json: { 'no-tech': [] } })
    const result = mergeFragments(parts, options)
    expect(result.ok ? [] : result.errors).toEqual([
      'no fragment gives "meta"',
      'no fragment gives "areas"',
      'no fragment gives "outcomeMeasures"',
      'indications.json "no-tech": no technique with id "no-tech"',
    ])
  })
})
