import type { ScoringSystem } from '../dataset/schema'
import type { EsccGrade, RadioResponse } from '../dataset/schema-decision'
import { HIGH_GRADE, LOW_GRADE } from './escc'
import type { ScoreResult } from './score'

export type NomsDimensionId = 'neurologic' | 'oncologic' | 'mechanical' | 'systemic'

export type NomsInputs = {
  escc: EsccGrade | null
  /** Myelopathy or another neurological deficit from the compression. */
  deficit: boolean | null
  response: RadioResponse | null
  /** The histology was answered "other or not listed": its radiosensitivity is not in the data. */
  histologyNotListed?: boolean
  /** The SINS result (possibly incomplete) and the SINS system it was scored with. */
  sins: { system: ScoringSystem; result: ScoreResult } | null
  canTolerateSurgery: boolean | null
}

export type NomsStep = {
  dimension: NomsDimensionId
  /** The component name as the dataset spells it. */
  name: string
  /** The dataset's wording of the option that applies, or null when none is stated for this case. */
  statement: string | null
  /** What still has to be answered before the framework says anything here. */
  missing: string[]
  /** Why nothing is stated although the inputs are known (a case the authors leave open). */
  note: string | null
}

/**
 * Which option of the dataset's NOMS components applies. Indexes follow the dataset's order of
 * options (a unit test checks the built-in labels), so the wording shown is the dataset's.
 * Neurologic: 0 low grade without myelopathy, 1 high grade and/or myelopathy.
 * Oncologic: 0 radiosensitive, 1 radioresistant without high-grade compression, 2 with it.
 * Mechanical: 0 unstable, 1 stable. Systemic: 0 tolerates surgery, 1 does not.
 */
export function nomsAssessment(noms: ScoringSystem, inputs: NomsInputs): NomsStep[] {
  const { escc, deficit, response, sins, canTolerateSurgery } = inputs
  const high = escc !== null && HIGH_GRADE.includes(escc)
  const low = escc !== null && LOW_GRADE.includes(escc)
  const grade1c =
    'ESCC grade 1c lies between low and high grade; the framework leaves the choice open.'

  const neurologic = (): Pick<NomsStep, 'missing' | 'note'> & { option: number | null } => {
    if (high || deficit === true) return { option: 1, missing: [], note: null }
    const missing = [
      escc === null ? 'ESCC grade' : '',
      deficit === null ? 'Neurological deficit' : '',
    ]
    if (escc === '1c' && deficit === false) return { option: null, missing: [], note: grade1c }
    if (low && deficit === false) return { option: 0, missing: [], note: null }
    return { option: null, missing: missing.filter(Boolean), note: null }
  }
  const oncologic = (): Pick<NomsStep, 'missing' | 'note'> & { option: number | null } => {
    if (response === null)
      return inputs.histologyNotListed
        ? {
            option: null,
            missing: [],
            note: 'This histology is not in the dataset’s sourced radiosensitivity list, so its response to conventional radiotherapy is not stated here.',
          }
        : { option: null, missing: ['Histology'], note: null }
    if (response === 'sensitive') return { option: 0, missing: [], note: null }
    if (response === 'moderately-sensitive')
      return {
        option: null,
        missing: [],
        note: 'The framework states a treatment for radiosensitive and radioresistant tumours only.',
      }
    if (escc === null) return { option: null, missing: ['ESCC grade'], note: null }
    if (high) return { option: 2, missing: [], note: null }
    if (low) return { option: 1, missing: [], note: null }
    return { option: null, missing: [], note: grade1c }
  }
  const mechanical = (): Pick<NomsStep, 'missing' | 'note'> & { option: number | null } => {
    if (!sins) return { option: null, missing: ['SINS'], note: null }
    const { system, result } = sins
    const bands = system.bands
    if (!result.band) return { option: null, missing: result.missing, note: null }
    // SINS bands run from stable (first) to unstable (last); the middle one is indeterminate.
    if (result.band === bands[0]) return { option: 1, missing: [], note: null }
    if (result.band === bands[bands.length - 1]) return { option: 0, missing: [], note: null }
    return {
      option: null,
      missing: [],
      note: `SINS ${result.band.label}: ${result.band.interpretation}`,
    }
  }
  const systemic = (): Pick<NomsStep, 'missing' | 'note'> & { option: number | null } =>
    canTolerateSurgery === null
      ? { option: null, missing: ['Can the patient tolerate surgery'], note: null }
      : { option: canTolerateSurgery ? 0 : 1, missing: [], note: null }

  const rules: [NomsDimensionId, typeof neurologic][] = [
    ['neurologic', neurologic],
    ['oncologic', oncologic],
    ['mechanical', mechanical],
    ['systemic', systemic],
  ]
  return rules.map(([dimension, rule]) => {
    const component = noms.components.find((c) => c.name.toLowerCase() === dimension)
    const { option, missing, note } = rule()
    const statement = option === null ? null : (component?.options[option]?.label ?? null)
    return { dimension, name: component?.name ?? dimension, statement, missing, note }
  })
}
