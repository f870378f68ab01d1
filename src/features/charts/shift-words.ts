import { niceCeil } from '../../domain/charts/label-placement'
import type { SeriesShift } from '../../domain/charts/shift'

/** The words on a row: direction, size and reading, so nothing depends on colour. */

const sign = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0')

export function changeText(shift: SeriesShift): string {
  if (shift.change === null) return 'one point only'
  return shift.kind === 'pp' ? `${sign(shift.change)} pp` : `${sign(shift.change)} %`
}

export const STANCE_WORDS: Record<SeriesShift['stance'], string> = {
  toward: 'toward',
  against: 'against',
  flat: 'flat',
  context: 'context',
  unmeasured: 'not counted',
}

export function directionWord(shift: SeriesShift): string {
  return shift.direction === null ? '' : shift.direction === 'flat' ? 'flat' : shift.direction
}

/** "2004→2013" or "2004–2014" (a change the source reports over a period). */
export function yearsText(shift: SeriesShift): string {
  return shift.fromYear === shift.toYear
    ? String(shift.fromYear)
    : shift.firstValue === null
      ? `${shift.fromYear}–${shift.toYear}`
      : `${shift.fromYear}→${shift.toYear}`
}

export function valuesText(shift: SeriesShift): string {
  const unit = shift.series.unit
  if (shift.firstValue === null) return `reported change ${changeText(shift)}`
  if (shift.lastValue === null) return `${shift.firstValue} ${unit}`
  return `${shift.firstValue} → ${shift.lastValue} ${unit}`
}

/** A rounded-up axis limit (5, 10, 20, 25, 50, 100, …), never below `floor`. */
export const niceLimit = (max: number, floor: number) => niceCeil(Math.max(max, floor))
