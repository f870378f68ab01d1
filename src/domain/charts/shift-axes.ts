import { niceCeil } from './label-placement'
import type { ChangeKind, SeriesShift } from './shift'

/**
 * The axes of the "Is practice shifting?" chart: one per measure group and unit, so percentage
 * points and relative changes never share a scale. A relative axis stops at a doubling: one
 * +741 % series would otherwise squash every −30…−70 % arrow of its group into a speck. A change
 * beyond the cap is drawn to the edge, marked as cut and written out in full beside it.
 */

/** The largest relative change an axis shows, in % of the first value (a doubling). */
export const RELATIVE_CAP = 100
const FLOOR: Record<ChangeKind, number> = { pp: 5, relative: 10 }

export type ShiftAxis = {
  kind: ChangeKind
  /** Symmetric: the axis runs from −limit to +limit. */
  limit: number
  shifts: SeriesShift[]
  /** Ids of the series whose change lies beyond the axis. */
  clipped: Set<string>
}

export const UNIT_WORDS: Record<ChangeKind, string> = {
  pp: 'change in percentage points (pp)',
  relative: 'change in % of the first value',
}

export const unitSymbol = (kind: ChangeKind) => (kind === 'pp' ? 'pp' : '%')

/** A rounded axis end (5, 10, 20, 25, 50, 100, …) at or above `max`, never below `floor`. */
export const niceLimit = (max: number, floor: number) => niceCeil(Math.max(max, floor))

/** The shifts of one measure group split by unit, each with its own readable limit. */
export function shiftAxes(shifts: ReadonlyArray<SeriesShift>): ShiftAxis[] {
  const kinds = [...new Set(shifts.map((s) => s.kind))]
  return kinds.map((kind) => {
    const mine = shifts.filter((s) => s.kind === kind)
    const largest = Math.max(0, ...mine.map((s) => Math.abs(s.change ?? 0)))
    // Shares cannot move by more than 100 pp, so only relative changes need a cap.
    const limit = Math.min(
      niceLimit(largest, FLOOR[kind]),
      kind === 'relative' ? RELATIVE_CAP : 100,
    )
    const clipped = new Set(
      mine.filter((s) => s.change !== null && Math.abs(s.change) > limit).map((s) => s.series.id),
    )
    return { kind, limit, shifts: mine, clipped }
  })
}
