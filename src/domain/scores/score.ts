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

export type ScoreLimits = {
  /** Lowest and highest sum of the items as the dataset gives them, before any ceiling. */
  itemMin: number
  itemMax: number
  /** The published cap (NESMS), or null. */
  ceiling: number | null
  /** The highest total this calculator can give. */
  reachableMax: number
  /** The top of the highest published band, or null when the bands are open-ended or absent. */
  publishedMax: number | null
}

/**
 * What totals a calculator can give against what its published bands cover: a capped sum says it
 * is capped, and a system missing an option (Tomita's rapid growth) says which totals it cannot
 * reach, rather than silently scoring those patients as if the option did not exist.
 */
export function scoreLimits(system: ScoringSystem): ScoreLimits {
  let itemMin = 0
  let itemMax = 0
  for (const component of system.components) {
    const points = component.options.map((o) => o.points)
    if (points.length === 0) continue
    itemMin += Math.min(...points)
    itemMax += Math.max(...points)
  }
  const ceiling = system.ceiling ?? null
  const tops = system.bands.map((b) => b.max)
  const publishedMax =
    tops.length > 0 && tops.every((t) => t !== null) ? Math.max(...(tops as number[])) : null
  return {
    itemMin,
    itemMax,
    ceiling,
    reachableMax: ceiling === null ? itemMax : Math.min(itemMax, ceiling),
    publishedMax,
  }
}

/** "7–10 so far" style text for a range; a single number when it is settled. */
export function formatRange(range: { min: number; max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`
}
