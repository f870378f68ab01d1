import { describe, expect, it } from 'vitest'
import type { IndicationCriterion } from '../dataset/schema-decision'
import { makeTechnique } from '../testing/make-dataset'
import { EMPTY_SITUATION, matchCriterion, matchTechniques, type Situation } from './lens'

// Hand-built criteria and techniques: fictional ids, no real evidence.
const criterion = (overrides: Partial<IndicationCriterion>): IndicationCriterion => ({
  id: 'crit',
  label: 'Fictional criterion',
  sins: null,
  escc: null,
  radiosensitivity: null,
  neurologicDeficit: null,
  expectedSurvivalMonths: null,
  studyId: 'alpha2010',
  quote: 'A fictional quote.',
  quoteUrl: 'https://example.org/',
  ...overrides,
})

const unstable = criterion({ id: 'unstable', sins: { min: 13, max: 18 } })
const highResistant = criterion({
  id: 'high-res',
  escc: ['2', '3'],
  radiosensitivity: ['resistant'],
})
const sensitive = criterion({ id: 'sens', radiosensitivity: ['sensitive'] })
const deficitSurvivor = criterion({
  id: 'deficit',
  neurologicDeficit: true,
  expectedSurvivalMonths: { min: 3, max: null },
})

const techniques = [
  makeTechnique({ id: 'stabilise', indicationCriteria: [unstable] }),
  makeTechnique({ id: 'separate', indicationCriteria: [highResistant, deficitSurvivor] }),
  makeTechnique({ id: 'radiate', indicationCriteria: [sensitive] }),
  makeTechnique({ id: 'no-criteria' }),
]

const at = (s: Partial<Situation>): Situation => ({ ...EMPTY_SITUATION, ...s })
const ids = (s: Partial<Situation>) => matchTechniques(techniques, at(s)).map((m) => m.technique.id)

describe('lens matcher', () => {
  it('matches nothing for an empty situation, and never a technique without criteria', () => {
    expect(ids({})).toEqual([])
    expect(
      ids({
        sins: { min: 18, max: 18 },
        escc: '3',
        radiosensitivity: 'resistant',
        neurologicDeficit: true,
        expectedSurvivalMonths: { min: 12, max: null },
      }),
    ).not.toContain('no-criteria')
  })

  it('SINS: inside the bounds only when every still-possible total is', () => {
    expect(ids({ sins: { min: 13, max: 13 } })).toEqual(['stabilise'])
    expect(ids({ sins: { min: 12, max: 12 } })).toEqual([])
    expect(ids({ sins: { min: 15, max: 18 } })).toEqual(['stabilise'])
    // "12–15 so far" could still be 12: not matched.
    expect(ids({ sins: { min: 12, max: 15 } })).toEqual([])
  })

  it('ESCC and radiosensitivity must both hold', () => {
    expect(ids({ escc: '2', radiosensitivity: 'resistant' })).toEqual(['separate'])
    expect(ids({ escc: '3' })).toEqual([])
    expect(ids({ escc: '1b', radiosensitivity: 'resistant' })).toEqual([])
    expect(ids({ radiosensitivity: 'sensitive', escc: '3' })).toEqual(['radiate'])
    expect(ids({ radiosensitivity: 'moderately-sensitive' })).toEqual([])
  })

  it('neurological deficit and expected survival: unknown survival never satisfies a minimum', () => {
    expect(ids({ neurologicDeficit: true })).toEqual([])
    expect(ids({ neurologicDeficit: true, expectedSurvivalMonths: { min: 6, max: null } })).toEqual(
      ['separate'],
    )
    expect(ids({ neurologicDeficit: true, expectedSurvivalMonths: { min: null, max: 6 } })).toEqual(
      [],
    )
    expect(
      ids({ neurologicDeficit: false, expectedSurvivalMonths: { min: 6, max: null } }),
    ).toEqual([])
  })

  it('combinations: several techniques, several criteria per technique, each with its reasons', () => {
    const result = matchTechniques(
      techniques,
      at({
        sins: { min: 14, max: 14 },
        escc: '3',
        radiosensitivity: 'resistant',
        neurologicDeficit: true,
        expectedSurvivalMonths: { min: 12, max: null },
      }),
    )
    expect(result.map((m) => m.technique.id)).toEqual(['stabilise', 'separate'])
    const separate = result[1]
    expect(separate?.matches.map((m) => m.criterion.id)).toEqual(['high-res', 'deficit'])
    expect(separate?.matches[0]?.reasons).toEqual([
      'ESCC grade 2, 3 (here 3)',
      'radioresistant tumour',
    ])
    expect(separate?.matches[1]?.reasons).toEqual([
      'neurological deficit',
      'expected survival ≥ 3 months (here ≥ 12 months)',
    ])
    expect(result[0]?.matches[0]?.reasons).toEqual(['SINS 13–18 (here 14)'])
  })

  it('a criterion asking for no deficit is not met by an unknown deficit', () => {
    const none = criterion({ neurologicDeficit: false })
    expect(matchCriterion(none, at({}))).toBeNull()
    expect(matchCriterion(none, at({ neurologicDeficit: false }))).toEqual([
      'no neurological deficit',
    ])
  })
})

describe('vertebral body collapse', () => {
  const collapse = criterion({ id: 'collapse', vertebralCollapse: true, escc: ['0', '1a'] })
  const augment = [makeTechnique({ id: 'augment', indicationCriteria: [collapse] })]
  const match = (s: Partial<Situation>) => matchTechniques(augment, at(s))

  it('holds only when the collapse is stated and every other condition holds', () => {
    expect(match({ vertebralCollapse: true, escc: '1a' })[0]?.matches[0]?.reasons).toEqual([
      'ESCC grade 0, 1a (here 1a)',
      'vertebral body collapse',
    ])
    expect(match({ vertebralCollapse: true })).toEqual([])
    expect(match({ vertebralCollapse: false, escc: '0' })).toEqual([])
    expect(match({ vertebralCollapse: null, escc: '0' })).toEqual([])
    expect(match({ vertebralCollapse: true, escc: '2' })).toEqual([])
  })

  it('a criterion without the field (older files) ignores the collapse', () => {
    const { vertebralCollapse: _, ...old } = criterion({ escc: ['2'] })
    expect(matchCriterion(old, at({ escc: '2', vertebralCollapse: true }))).toEqual([
      'ESCC grade 2 (here 2)',
    ])
  })
})
