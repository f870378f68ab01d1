import { describe, expect, it } from 'vitest'
import { picksByPoints, system } from './built-in.test-helper'
import { esccGrade, esccOptions } from './escc'
import { type NomsInputs, nomsAssessment } from './noms'
import { scoreSystem } from './score'

const escc = system('escc-bilsky')
const noms = system('noms')
const sins = system('sins')

describe('ESCC grade picker', () => {
  // Bilsky MH et al., J Neurosurg Spine 2010: six grades 0, 1a, 1b, 1c, 2, 3.
  it('reads the six grades and their descriptions from the dataset', () => {
    const options = esccOptions(escc)
    expect(options.map((o) => o.grade)).toEqual(['0', '1a', '1b', '1c', '2', '3'])
    expect(options.every((o) => o.description.length > 10)).toBe(true)
    expect(esccGrade(escc, 4)).toBe('2')
    expect(esccGrade(escc, null)).toBeNull()
  })

  it('bands: 0–1b low grade, 1c on its own, 2–3 high grade', () => {
    const band = (pick: number) => scoreSystem(escc, [pick]).band?.label
    expect([0, 1, 2].map(band)).toEqual(Array(3).fill(band(0)))
    expect(band(3)).not.toBe(band(2))
    expect(band(4)).toBe(band(5))
    expect(band(4)).toMatch(/High grade/)
  })
})

/** SINS scored from points per item (in the dataset's item order). */
const sinsAt = (points: number[]) => ({
  system: sins,
  result: scoreSystem(sins, picksByPoints(sins, points)),
})
const none: NomsInputs = {
  escc: null,
  deficit: null,
  response: null,
  sins: null,
  canTolerateSurgery: null,
}
const statement = (inputs: Partial<NomsInputs>, dimension: string) =>
  nomsAssessment(noms, { ...none, ...inputs }).find((s) => s.dimension === dimension)

describe('NOMS guided view', () => {
  // The dataset's option wording is what is shown; these checks pin the option order the
  // rules rely on (Bilsky & Smith 2006; Laufer et al., Oncologist 2013).
  it('uses the dataset wording in the order the rules expect', () => {
    const [n, o, m, s] = noms.components
    expect(n?.options[1]?.label).toMatch(/High-grade/)
    expect(o?.options[0]?.label).toMatch(/^Radiosensitive/)
    expect(o?.options[1]?.label).toMatch(/without high-grade/)
    expect(o?.options[2]?.label).toMatch(/with high-grade/)
    expect(m?.options[0]?.label).toMatch(/instability/)
    expect(s?.options[0]?.label).toMatch(/can tolerate/)
  })

  it('asks for what is missing and states nothing meanwhile', () => {
    const steps = nomsAssessment(noms, none)
    expect(steps.map((s) => s.statement)).toEqual([null, null, null, null])
    expect(steps[0]?.missing).toEqual(['ESCC grade', 'Neurological deficit'])
    expect(steps[1]?.missing).toEqual(['Histology'])
    expect(steps[2]?.missing).toEqual(['SINS'])
  })

  it('radiosensitive tumour: conventional radiotherapy whatever the compression', () => {
    for (const grade of ['0', '1c', '3'] as const)
      expect(statement({ response: 'sensitive', escc: grade }, 'oncologic')?.statement).toMatch(
        /^Radiosensitive/,
      )
  })

  it('radioresistant tumour: radiosurgery when low grade, separation surgery when high grade', () => {
    expect(statement({ response: 'resistant', escc: '1a' }, 'oncologic')?.statement).toMatch(
      /without high-grade/,
    )
    expect(statement({ response: 'resistant', escc: '2' }, 'oncologic')?.statement).toMatch(
      /with high-grade/,
    )
    expect(statement({ response: 'resistant' }, 'oncologic')?.missing).toEqual(['ESCC grade'])
  })

  it('never states more than the framework: grade 1c and moderately sensitive stay open', () => {
    const c = statement({ response: 'resistant', escc: '1c' }, 'oncologic')
    expect(c?.statement).toBeNull()
    expect(c?.note).toMatch(/1c/)
    expect(
      statement({ response: 'moderately-sensitive', escc: '3' }, 'oncologic')?.statement,
    ).toBeNull()
  })

  it('neurologic: high grade or deficit; low grade needs the deficit answered', () => {
    expect(statement({ escc: '3' }, 'neurologic')?.statement).toMatch(/High-grade/)
    expect(statement({ deficit: true }, 'neurologic')?.statement).toMatch(/High-grade/)
    expect(statement({ escc: '1b' }, 'neurologic')?.missing).toEqual(['Neurological deficit'])
    expect(statement({ escc: '1b', deficit: false }, 'neurologic')?.statement).toMatch(/Low-grade/)
  })

  it('mechanical from SINS: stable, unstable, and the indeterminate middle says only SINS advice', () => {
    const stable = statement({ sins: sinsAt([0, 0, 0, 0, 0, 0]) }, 'mechanical')
    expect(stable?.statement).toMatch(/^Stable/)
    const unstable = statement({ sins: sinsAt([3, 3, 2, 4, 3, 3]) }, 'mechanical')
    expect(unstable?.statement).toMatch(/instability/)
    const middle = statement({ sins: sinsAt([1, 3, 2, 0, 2, 1]) }, 'mechanical')
    expect(middle?.statement).toBeNull()
    expect(middle?.note).toMatch(/^SINS Potentially unstable/)
    const partial = statement({ sins: sinsAt([1, 3]) }, 'mechanical')
    expect(partial?.statement).toBeNull()
    expect(partial?.missing).toHaveLength(4)
  })

  it('systemic: the answer on tolerating surgery picks the wording', () => {
    expect(statement({ canTolerateSurgery: true }, 'systemic')?.statement).toMatch(/can tolerate/)
    expect(statement({ canTolerateSurgery: false }, 'systemic')?.statement).toMatch(/inadvisable/)
  })
})
