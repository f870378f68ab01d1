import type { Dataset, ScoringSystem } from '../dataset/schema'
import type { Bounds, Radiosensitivity } from '../dataset/schema-decision'
import { ESCC_SYSTEM_ID, esccGrade } from './escc'
import { type CriterionMatch, matchTechniques, type Situation } from './lens'
import type { NomsInputs } from './noms'
import { type ScoreResult, scoreSystem } from './score'
import type { ScoresState } from './score-url'

export const SINS_ID = 'sins'
export const NOMS_ID = 'noms'

/**
 * The NOMS guided view keeps its own answers under `sc.noms`, in this order:
 * histology (index in the dataset's radiosensitivity list), neurological deficit (0 no, 1 yes),
 * tolerates surgery (0 no, 1 yes).
 */
export const NOMS_INPUTS = ['histology', 'deficit', 'tolerates'] as const

export type SituationParts = {
  situation: Situation
  nomsInputs: NomsInputs
  histology: Radiosensitivity | null
  /** The prognostic score the expected survival was taken from. */
  survivalFrom: { system: ScoringSystem; label: string } | null
}

const yesNo = (pick: number | null | undefined): boolean | null =>
  pick === 1 ? true : pick === 0 ? false : null

/**
 * Whether the SINS answers state a collapsed vertebral body: the option picked for the SINS
 * collapse item (the component whose name mentions collapse) is a collapse ("More than 50%
 * collapse", "Less than 50% collapse"), not "No collapse but …" or "None of the above". Null
 * while the item is unanswered or the system has no such item.
 */
export function vertebralCollapse(
  system: ScoringSystem,
  picks: ReadonlyArray<number | null>,
): boolean | null {
  const index = system.components.findIndex((c) => /collapse/i.test(c.name))
  const component = system.components[index]
  const pick = picks[index]
  if (!component || pick === null || pick === undefined) return null
  const option = component.options[pick]
  if (!option) return null
  return /collapse/i.test(option.label) && !/^no collapse/i.test(option.label)
}

/** Everything the calculators have established, read from the URL state against the dataset. */
export function buildSituation(dataset: Dataset, state: ScoresState): SituationParts {
  const systems = new Map(dataset.scoringSystems.map((s) => [s.id, s]))
  const scored = (id: string): { system: ScoringSystem; result: ScoreResult } | null => {
    const system = systems.get(id)
    const picks = state.picks[id]
    return system && picks ? { system, result: scoreSystem(system, picks) } : null
  }
  const sins = scored(SINS_ID)
  const esccSystem = systems.get(ESCC_SYSTEM_ID)
  const escc = esccSystem ? esccGrade(esccSystem, state.picks[ESCC_SYSTEM_ID]?.[0] ?? null) : null
  const noms = state.picks[NOMS_ID] ?? []
  const histologyPick = noms[0]
  const histology =
    histologyPick === null || histologyPick === undefined
      ? null
      : (dataset.radiosensitivity?.[histologyPick] ?? null)
  // One past the list: "other or not listed", an answer that states no radiosensitivity.
  const histologyNotListed =
    histologyPick !== null &&
    histologyPick !== undefined &&
    histologyPick === (dataset.radiosensitivity?.length ?? -1)
  const deficit = yesNo(noms[1])
  const tolerates = yesNo(noms[2])

  // Expected survival from the first prognostic score whose settled band states one.
  let survival: Bounds | null = null
  let survivalFrom: SituationParts['survivalFrom'] = null
  for (const system of dataset.scoringSystems) {
    const band = scored(system.id)?.result.band
    if (band?.survivalMonths) {
      survival = band.survivalMonths
      survivalFrom = { system, label: band.label }
      break
    }
  }
  const sinsRange = sins && sins.result.missing.length < sins.system.components.length
  const sinsSystem = systems.get(SINS_ID)
  const sinsPicks = state.picks[SINS_ID]
  const collapse = sinsSystem && sinsPicks ? vertebralCollapse(sinsSystem, sinsPicks) : null
  return {
    situation: {
      sins: sinsRange && sins ? sins.result.range : null,
      escc,
      radiosensitivity: histology?.response ?? null,
      neurologicDeficit: deficit,
      expectedSurvivalMonths: survival,
      vertebralCollapse: collapse,
    },
    nomsInputs: {
      escc,
      deficit,
      response: histology?.response ?? null,
      histologyNotListed,
      sins,
      canTolerateSurgery: tolerates,
    },
    histology,
    survivalFrom,
  }
}

/** The techniques matching the situation entered on the Scores page, by technique id. */
export function lensByTechnique(
  dataset: Dataset,
  state: ScoresState,
): ReadonlyMap<string, CriterionMatch[]> {
  const { situation } = buildSituation(dataset, state)
  return new Map(
    matchTechniques(dataset.techniques, situation).map((m) => [m.technique.id, m.matches]),
  )
}
