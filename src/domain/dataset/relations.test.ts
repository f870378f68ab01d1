import { describe, expect, it } from 'vitest'
import { availableSeries, evidenceFacts } from '../charts/chart-facts'
import { compareTechniques } from '../compare/compare'
import { runQuery } from '../query/run-query'
import {
  makeDataset,
  makeOutcome,
  makeSeries,
  makeStudy,
  makeTechnique,
} from '../testing/make-dataset'
import { makeView } from '../testing/make-view'
import { bestDirectLevel, studiesOfTechnique, techniquesOfStudy } from './relations'

const dataset = makeDataset({
  techniques: [
    makeTechnique({ id: 'a', outcomes: [makeOutcome({ studyId: 'cited' })] }),
    makeTechnique({ id: 'b' }),
  ],
  studies: [
    makeStudy({ id: 'named', techniqueIds: ['a'] }),
    makeStudy({ id: 'cited', techniqueIds: ['b'] }),
    makeStudy({ id: 'other', techniqueIds: ['b'] }),
  ],
})

it('a technique is backed by the studies naming it and those its outcomes cite', () => {
  const [a] = dataset.techniques
  expect(a && studiesOfTechnique(dataset, a.id).map((s) => s.id)).toEqual(['named', 'cited'])
})

it('a study informs the techniques it names and those whose outcomes cite it', () => {
  const cited = dataset.studies[1]
  expect(cited && techniquesOfStudy(dataset, cited.id).map((t) => t.id)).toEqual(['a', 'b'])
})

describe('bug 4: one study count per technique, wherever it is shown', () => {
  // "cited" names only technique b, but an outcome of a cites it: it informs both.
  it('the techniques table, the evidence chart, the practice series and the comparison agree', () => {
    const withSeries = makeDataset({
      ...dataset,
      series: [makeSeries({ id: 'ser', studyId: 'cited' })],
    })
    const a = withSeries.techniques[0]
    if (!a) throw new Error('fixture has technique a')
    const relation = studiesOfTechnique(withSeries, 'a').map((s) => s.id)
    expect(relation).toEqual(['named', 'cited'])

    const table = runQuery(withSeries, makeView({ q: 'Technique A' }))
    const row = table.table === 'techniques' ? table.rows.find((r) => r.technique.id === 'a') : null
    expect(row?.studyIds).toEqual(relation)

    expect(evidenceFacts(withSeries, [a]).studies).toBe(relation.length)
    expect(availableSeries(withSeries, [a]).map((s) => s.id)).toEqual(['ser'])

    const comparison = compareTechniques(withSeries, ['a', 'b'])
    const studiesRow = comparison.rows.find((r) => r.id === 'studies')
    expect(studiesRow?.cells[0]).toEqual({ kind: 'text', values: [String(relation.length)] })
  })
})

describe('bestDirectLevel', () => {
  it('takes the strongest level among studies of people with spinal metastases only', () => {
    const direct = makeStudy({ id: 'mets', levelOfEvidence: 3 })
    const indirectTrial = makeStudy({
      id: 'chordoma',
      levelOfEvidence: 1,
      indirectPopulation: 'Primary chordoma, not metastases',
    })
    expect(bestDirectLevel([direct, indirectTrial])).toBe(3)
    expect(bestDirectLevel([indirectTrial])).toBeNull()
    expect(bestDirectLevel([])).toBeNull()
  })
})
