import type { Outcome } from './schema'

type Effect = NonNullable<Outcome['effect']>

const NAMES: Record<Effect['type'], string> = {
  HR: 'HR',
  OR: 'OR',
  RR: 'RR',
  MD: 'mean difference',
  RD: 'risk difference',
}

/**
 * "HR 0.62 (CI 0.45 to 0.86), p = 0.004". The confidence level is not recorded (nearly always
 * 95%, but not asserted); a bound or value the source does not give is left out, not guessed.
 */
export function effectText(effect: Effect): string {
  const value = effect.value === null ? '' : ` ${effect.value}`
  const { ciLower: lower, ciUpper: upper } = effect
  const ci =
    lower !== null && upper !== null
      ? ` (CI ${lower} to ${upper})`
      : lower !== null
        ? ` (lower CI limit ${lower})`
        : upper !== null
          ? ` (upper CI limit ${upper})`
          : ''
  const p = effect.p ? `, p ${/^[<>=≤≥]/.test(effect.p) ? effect.p : `= ${effect.p}`}` : ''
  return `${NAMES[effect.type]}${value}${ci}${p}`
}

/**
 * "93.9 %", "1 point (0–10)": a number with its unit, held together by a no-break space so a
 * narrow column never leaves the unit alone on the next line, and one point (month, day) said in the singular.
 */
export function amountText(value: number, unit: string): string {
  const said = Math.abs(value) === 1 ? unit.replace(/^(point|month|day)s\b/, '$1') : unit
  return said === '' ? String(value) : `${value}\u00a0${said}`
}

/** A recommendation's grading as the guideline states it; a missing strength is said, not hidden. */
export function strengthText(strength: string | null, certainty: string | null): string {
  const parts = [
    strength ? `strength: ${strength}` : 'strength not stated',
    certainty ? `certainty: ${certainty}` : null,
  ]
  return parts.filter(Boolean).join('; ')
}

type Cited = { firstAuthor: string | null; year: number; journal: string | null; title?: string }

/** "Patchell RA 2005"; a first author no page displayed is said to be missing, never guessed. */
export function studyShort(study: Cited): string {
  if (study.firstAuthor) return `${study.firstAuthor} ${study.year}`
  // Without an author the journal, or else the title's opening words, tell a reader which paper it is.
  if (study.journal) return `${study.journal} ${study.year} (author not shown)`
  const words = (study.title ?? '').split(/\s+/).filter(Boolean)
  const opening = words.length > 5 ? `${words.slice(0, 5).join(' ')}…` : words.join(' ')
  return opening
    ? `“${opening}” ${study.year} (author not shown)`
    : `Study ${study.year} (author not shown)`
}

/** "Patchell RA et al." or "Author not shown". */
export function authorsText(study: Cited): string {
  return study.firstAuthor ? `${study.firstAuthor} et al.` : 'Author not shown.'
}

export function journalText(study: Cited): string {
  return study.journal ?? 'Journal not shown'
}
