import type { ScoringSystem } from '../dataset/schema'
import type { EsccGrade } from '../dataset/schema-decision'

export const ESCC_SYSTEM_ID = 'escc-bilsky'
export const HIGH_GRADE: ReadonlyArray<EsccGrade> = ['2', '3']
export const LOW_GRADE: ReadonlyArray<EsccGrade> = ['0', '1a', '1b']

export type EsccOption = { index: number; grade: EsccGrade; description: string }

const GRADE_LABEL = /^Grade (0|1a|1b|1c|2|3)\s*[:–-]\s*(.+)$/i

/**
 * The grades of the dataset's ESCC system, read from its option labels ("Grade 1b: …"), so the
 * picker shows the dataset's wording. Options that do not name a grade are left out.
 */
export function esccOptions(system: ScoringSystem): EsccOption[] {
  const options: EsccOption[] = []
  system.components[0]?.options.forEach((option, index) => {
    const match = GRADE_LABEL.exec(option.label)
    if (match?.[1] && match[2])
      options.push({ index, grade: match[1].toLowerCase() as EsccGrade, description: match[2] })
  })
  return options
}

/** The grade picked in the ESCC system (one component), or null. */
export function esccGrade(system: ScoringSystem, pick: number | null): EsccGrade | null {
  if (pick === null) return null
  return esccOptions(system).find((o) => o.index === pick)?.grade ?? null
}
