import type { Outcome } from './schema'

type Effect = NonNullable<Outcome['effect']>

const NAMES: Record<Effect['type'], string> = {
  HR: 'HR',
  OR: 'OR',
  RR: 'RR',
  MD: 'mean difference',
  RD: 'risk difference',
}

/** "HR 0.62 (95% CI 0.45–0.86), p = 0.004"; parts the source does not give are left out. */
export function effectText(effect: Effect): string {
  const value = effect.value === null ? '' : ` ${effect.value}`
  const lower = effect.ciLower === null ? '?' : String(effect.ciLower)
  const upper = effect.ciUpper === null ? '?' : String(effect.ciUpper)
  const ci =
    effect.ciLower === null && effect.ciUpper === null ? '' : ` (95% CI ${lower} to ${upper})`
  const p = effect.p ? `, p ${/^[<>=≤≥]/.test(effect.p) ? effect.p : `= ${effect.p}`}` : ''
  return `${NAMES[effect.type]}${value}${ci}${p}`
}

/** A recommendation's grading as the guideline states it; a missing strength is said, not hidden. */
export function strengthText(strength: string | null, certainty: string | null): string {
  const parts = [
    strength ? `strength: ${strength}` : 'strength not stated',
    certainty ? `certainty: ${certainty}` : null,
  ]
  return parts.filter(Boolean).join('; ')
}
