import { expect, it } from 'vitest'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { studiesOfTechnique, techniquesOfStudy } from './relations'

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
  expect(a && studiesOfTechnique(dataset, a).map((s) => s.id)).toEqual(['named', 'cited'])
})

it('a study informs the techniques it names and those whose outcomes cite it', () => {
  const cited = dataset.studies[1]
  expect(cited && techniquesOfStudy(dataset, cited).map((t) => t.id)).toEqual(['a', 'b'])
})
