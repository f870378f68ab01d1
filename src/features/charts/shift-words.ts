import type { SeriesShift } from '../../domain/charts/shift'

/** The words on a row: direction, size and reading, so nothing depends on colour. */

/** A number with its sign, and a true minus sign. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0')
const sign = signed

export function changeText(shift: SeriesShift): string {
  if (shift.change === null) return 'one point only'
  return shift.kind === 'pp' ? `${sign(shift.change)} pp` : `${sign(shift.change)} %`
}

export const STANCE_WORDS: Record<SeriesShift['stance'], string> = {
  toward: 'toward',
  against: 'against',
  flat: 'flat',
  context: 'context only',
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

/** Where and when, then the change and how it counts; `cutAt` when the arrow is cut at the axis. */
export function rowWords(shift: SeriesShift, cutAt: number | null, withPlace: boolean) {
  const place = `${shift.country} ${yearsText(shift)}`
  const beyond = cutAt === null ? '' : ` (arrow cut at ${signed(cutAt)} %)`
  const stance = STANCE_WORDS[shift.stance]
  // "0 pp, flat" rather than "0 pp flat, flat".
  const direction = shift.stance === 'flat' ? '' : ` ${directionWord(shift)}`
  const change = `${changeText(shift)}${direction}${beyond}`.trim()
  return { place, stance, text: `${withPlace ? `${place}: ` : ''}${change}, ${stance}` }
}

/** Approximate characters per line of `px` pixels of text at a font size (bold runs wider). */
const perLine = (px: number, font: number, bold: boolean) =>
  Math.max(4, Math.floor(px / (font * (bold ? 0.62 : 0.56))))

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`

/** Text broken between words into lines of `px` pixels, at most `most` lines (the last clipped). */
export function wrapText(text: string, px: number, font: number, most = 6, bold = false): string[] {
  const max = perLine(px, font, bold)
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= max || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= most) return lines.map((l) => clip(l, max))
  return [...lines.slice(0, most - 1), clip(lines.slice(most - 1).join(' '), max)]
}
