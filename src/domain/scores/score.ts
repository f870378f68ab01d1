import type { ScoringSystem } from '../dataset/schema'

type Band = ScoringSystem['bands'][number]

/** The option picked for each component, by index; null = not answered yet. */
export type Picks = ReadonlyArray<number | null>

export type ScoreResult = {
  /** Sum of the answered items. */
  sum: number
  /** The total, only once every item is answered. */
  total: number | null
  /** Lowest and highest total still possible with the unanswered items. */
  range: { min: number; max: number }
  /** Names of the unanswered components, in the system's order. */
  missing: string[]
  complete: boolean
  /**
   * The band every still-possible total falls in, or null. An incomplete score gets a band only
   * when no answer to the missing items could move it out, so the band shown is never wrong.
   */
  band: Band | null
  /** Bands the still-possible totals reach (one when `band` is set). */
  possibleBands: Band[]
}

const low = (band: Band) => band.min ?? Number.NEGATIVE_INFINITY
const high = (band: Band) => band.max ?? Number.POSITIVE_INFINITY

/** The band containing a total, or null when the total falls in none. */
export function bandFor(system: ScoringSystem, total: number): Band | null {
  return system.bands.find((band) => low(band) <= total && total <= high(band)) ?? null
}

/** Picks cut to the system's components, with out-of-range indexes treated as unanswered. */
export function sanitisePicks(system: ScoringSystem, picks: Picks): (number | null)[] {
  return system.components.map((component, i) => {
    const pick = picks[i]
    return pick !== null && pick !== undefined && Number.isInteger(pick) && pick >= 0
      ? pick < component.options.length
        ? pick
        : null
      : null
  })
}

/** Scores picks against the system's own points and bands (the dataset is the definition). */
export function scoreSystem(system: ScoringSystem, picks: Picks): ScoreResult {
  const clean = sanitisePicks(system, picks)
  let sum = 0
  let min = 0
  let max = 0
  const missing: string[] = []
  system.components.forEach((component, i) => {
    const pick = clean[i] ?? null
    const points = component.options.map((option) => option.points)
    if (pick === null) {
      missing.push(component.name)
      min += Math.min(...points)
      max += Math.max(...points)
    } else {
      const value = points[pick] ?? 0
      sum += value
      min += value
      max += value
    }
  })
  // A capped score (NESMS) reports totals above its ceiling as the ceiling.
  const cap = (n: number) => (system.ceiling === undefined ? n : Math.min(n, system.ceiling))
  sum = cap(sum)
  min = cap(min)
  max = cap(max)
  const complete = missing.length === 0 && system.components.length > 0
  const possibleBands = system.bands.filter((band) => low(band) <= max && high(band) >= min)
  const band = system.bands.find((b) => low(b) <= min && max <= high(b)) ?? null
  return {
    sum,
    total: complete ? sum : null,
    range: { min, max },
    missing,
    complete,
    band,
    possibleBands,
  }
}

/** "7–10 so far" style text for a range; a single number when it is settled. */
export function formatRange(range: { min: number; max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`
}
