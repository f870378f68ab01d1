import { describe, expect, it } from 'vitest'
import type { Dataset } from '../dataset/schema'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { changesFor, diffDatasets } from './diff-datasets'

const before = makeDataset({
  techniques: [
    makeTechnique({ id: 'tech-a', outcomes: [makeOutcome()] }),
    makeTechnique({ id: 'tech-b', name: 'Technique B', areaId: 'surgery' }),
  ],
  studies: [
    makeStudy({ sourceUrls: ['https://example.org/1', 'https://example.org/2'] }),
    makeStudy({ id: 'beta2012', techniqueIds: ['tech-b'] }),
  ],
})

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself', () => {
    expect(diffDatasets(before, structuredClone(before)).changes).toEqual([])
  })

  it('ignores reordered lists and reordered records', () => {
    const after = structuredClone(before)
    after.studies.reverse()
    const study = after.studies.find((s) => s.id === 'alpha2010')
    study?.sourceUrls.reverse()
    after.techniques[0]?.noms.reverse()
    expect(diffDatasets(before, after).changes).toEqual([])
  })

  it('reports added and removed records with their areas', () => {
    const after = structuredClone(before)
    after.techniques = after.techniques.filter((t) => t.id !== 'tech-b')
    after.studies = after.studies.filter((s) => s.id !== 'beta2012')
    after.techniques.push(makeTechnique({ id: 'tech-c', name: 'Technique C', areaId: 'mit' }))
    const changes = diffDatasets(before, after).changes
    expect(changes.map((c) => [c.kind, c.id, c.change, c.areas])).toEqual([
      ['technique', 'tech-c', 'added', ['mit']],
      ['technique', 'tech-b', 'removed', ['surgery']],
      ['study', 'beta2012', 'removed', ['surgery']],
    ])
  })

  it('gives field-level before and after, nested fields by dotted path', () => {
    const after = structuredClone(before)
    const study = after.studies[0]
    if (study) study.patients = 120
    const technique = after.techniques[1]
    if (technique) technique.firstReported.year = 1999
    const changes = diffDatasets(before, after).changes
    expect(changes).toMatchObject([
      {
        kind: 'technique',
        id: 'tech-b',
        change: 'changed',
        fields: [{ field: 'firstReported.year', before: 2000, after: 1999 }],
      },
      {
        kind: 'study',
        id: 'alpha2010',
        fields: [{ field: 'patients', before: 100, after: 120 }],
      },
    ])
  })

  it('reports a changed outcome as its own record, keyed by technique, study and measure', () => {
    const after = structuredClone(before)
    const outcome = after.techniques[0]?.outcomes[0]
    if (outcome) {
      outcome.value = 60
      outcome.verification = 'primary'
    }
    const diff = diffDatasets(before, after)
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'outcome',
        id: 'tech-a/alpha2010/pain-response',
        change: 'changed',
        techniqueId: 'tech-a',
        studyId: 'alpha2010',
        fields: [
          { field: 'value', before: 50, after: 60 },
          { field: 'verification', before: 'unverified', after: 'primary' },
        ],
      }),
    ])
    // the technique itself did not change, but its page lists the outcome
    expect(changesFor(diff, 'technique', 'tech-a')).toHaveLength(1)
    expect(changesFor(diff, 'study', 'alpha2010')).toHaveLength(1)
    expect(changesFor(diff, 'technique', 'tech-b')).toHaveLength(0)
  })

  it('tells apart outcomes of the same technique, study and measure by time point', () => {
    const two = structuredClone(before)
    const technique = two.techniques[0]
    if (technique)
      technique.outcomes = [
        makeOutcome({ timepoint: '3 months' }),
        makeOutcome({ timepoint: '12 months', value: 40 }),
      ]
    const after = structuredClone(two)
    after.techniques[0]?.outcomes.reverse()
    const late = after.techniques[0]?.outcomes.find((o) => o.timepoint === '12 months')
    if (late) late.value = 45
    expect(diffDatasets(two, after).changes).toMatchObject([
      {
        id: 'tech-a/alpha2010/pain-response@12 months',
        fields: [{ field: 'value', before: 40, after: 45 }],
      },
    ])
  })

  it('diffs guidelines when both datasets have them', () => {
    const guideline = (year: number) =>
      ({ id: 'g1', title: 'Guideline 1', year }) as unknown as Dataset['guidelines'][number]
    const a = { ...before, guidelines: [guideline(2020)] }
    const b = { ...before, guidelines: [guideline(2021)] }
    expect(diffDatasets(a, b).changes).toMatchObject([
      { kind: 'guideline', id: 'g1', fields: [{ field: 'year', before: 2020, after: 2021 }] },
    ])
  })

  it('treats an absent optional field like a missing one, and a new note as a change', () => {
    const after = structuredClone(before)
    const study = after.studies[0]
    if (study) study.verificationNote = 'Checked'
    expect(diffDatasets(before, after).changes[0]?.fields).toEqual([
      { field: 'verificationNote', before: null, after: 'Checked' },
    ])
  })
})
