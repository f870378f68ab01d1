import type { Technique } from '../dataset/schema'
import type {
  Bounds,
  EsccGrade,
  IndicationCriterion,
  RadioResponse,
} from '../dataset/schema-decision'

/**
 * A patient situation as far as it is known. A range (e.g. SINS "13–15 so far") is what the
 * calculators can still guarantee; null = not assessed.
 */
export type Situation = {
  sins: Bounds | null
  escc: EsccGrade | null
  radiosensitivity: RadioResponse | null
  neurologicDeficit: boolean | null
  expectedSurvivalMonths: Bounds | null
  /** Vertebral body collapse, read from the SINS collapse item. */
  vertebralCollapse: boolean | null
}

export const EMPTY_SITUATION: Situation = {
  sins: null,
  escc: null,
  radiosensitivity: null,
  neurologicDeficit: null,
  expectedSurvivalMonths: null,
  vertebralCollapse: null,
}

export type CriterionMatch = { criterion: IndicationCriterion; reasons: string[] }
export type LensMatch = { technique: Technique; matches: CriterionMatch[] }

export const RESPONSE_LABELS: Record<RadioResponse, string> = {
  sensitive: 'radiosensitive',
  'moderately-sensitive': 'moderately radiosensitive',
  resistant: 'radioresistant',
}

const lo = (b: Bounds) => b.min ?? Number.NEGATIVE_INFINITY
const hi = (b: Bounds) => b.max ?? Number.POSITIVE_INFINITY

/** True when every value the situation still allows lies inside the criterion's bounds. */
function within(known: Bounds, wanted: Bounds): boolean {
  return lo(wanted) <= lo(known) && hi(known) <= hi(wanted)
}

export function formatBounds(b: Bounds, unit = ''): string {
  if (b.min !== null && b.max !== null)
    return b.min === b.max ? `${b.min}${unit}` : `${b.min}–${b.max}${unit}`
  if (b.min !== null) return `≥ ${b.min}${unit}`
  if (b.max !== null) return `≤ ${b.max}${unit}`
  return 'any'
}

/**
 * Whether a criterion holds, with one reason per condition. Every non-null condition must hold
 * for a value the situation states; an unknown value never satisfies a condition.
 */
export function matchCriterion(c: IndicationCriterion, s: Situation): string[] | null {
  const reasons: string[] = []
  if (c.sins) {
    if (!s.sins || !within(s.sins, c.sins)) return null
    reasons.push(`SINS ${formatBounds(c.sins)} (here ${formatBounds(s.sins)})`)
  }
  if (c.escc) {
    if (!s.escc || !c.escc.includes(s.escc)) return null
    reasons.push(`ESCC grade ${c.escc.join(', ')} (here ${s.escc})`)
  }
  if (c.radiosensitivity) {
    if (!s.radiosensitivity || !c.radiosensitivity.includes(s.radiosensitivity)) return null
    reasons.push(`${RESPONSE_LABELS[s.radiosensitivity]} tumour`)
  }
  if (c.neurologicDeficit !== null) {
    if (s.neurologicDeficit !== c.neurologicDeficit) return null
    reasons.push(c.neurologicDeficit ? 'neurological deficit' : 'no neurological deficit')
  }
  if (c.expectedSurvivalMonths) {
    const known = s.expectedSurvivalMonths
    if (!known || !within(known, c.expectedSurvivalMonths)) return null
    reasons.push(
      `expected survival ${formatBounds(c.expectedSurvivalMonths, ' months')} (here ${formatBounds(known, ' months')})`,
    )
  }
  const collapse = c.vertebralCollapse ?? null
  if (collapse !== null) {
    if (s.vertebralCollapse !== collapse) return null
    reasons.push(collapse ? 'vertebral body collapse' : 'no vertebral body collapse')
  }
  return reasons
}

/**
 * Techniques whose structured indication criteria hold for the situation, each with the
 * criteria that matched and why. Techniques without structured criteria never appear.
 */
export function matchTechniques(
  techniques: ReadonlyArray<Technique>,
  situation: Situation,
): LensMatch[] {
  const result: LensMatch[] = []
  for (const technique of techniques) {
    const matches: CriterionMatch[] = []
    for (const criterion of technique.indicationCriteria ?? []) {
      const reasons = matchCriterion(criterion, situation)
      if (reasons) matches.push({ criterion, reasons })
    }
    if (matches.length > 0) result.push({ technique, matches })
  }
  return result
}
