/**
 * Numbered milestone labels that never overlap: each label goes to the lowest row where it clears
 * the previous label in that row by `gap`. Rows stack upwards from the plot, so a dense decade
 * costs height, never legibility. Positions are in pixels of the drawn chart.
 */

export type LabelBox = { x: number; width: number }

/** Row per label (0 = nearest the plot), in the order given. */
export function placeLabels(boxes: ReadonlyArray<LabelBox>, gap = 4): number[] {
  const order = boxes.map((_, i) => i).sort((a, b) => (boxes[a]?.x ?? 0) - (boxes[b]?.x ?? 0))
  /** Right edge of the last label placed in each row. */
  const rowEnds: number[] = []
  const rows = new Array<number>(boxes.length).fill(0)
  for (const i of order) {
    const box = boxes[i]
    if (!box) continue
    const left = box.x - box.width / 2
    let row = rowEnds.findIndex((end) => end + gap <= left)
    if (row === -1) row = rowEnds.length
    rowEnds[row] = box.x + box.width / 2
    rows[i] = row
  }
  return rows
}

/** How many rows a placement needs (0 when there are no labels). */
export function rowCount(rows: ReadonlyArray<number>): number {
  return rows.length === 0 ? 0 : Math.max(...rows) + 1
}

/** Approximate width of a short numeric label at a font size, with a little padding. */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62 + 4
}

/** A linear year → pixel scale over [left, right]. */
export function yearScale(from: number, to: number, left: number, right: number) {
  const span = to - from || 1
  return (year: number) => left + ((year - from) / span) * (right - left)
}

/** 1, 2, 2.5 or 5 times a power of ten, at or above `n`: axis ends people can read. */
export function niceCeil(n: number): number {
  if (n <= 0) return 0
  const power = 10 ** Math.floor(Math.log10(n))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= n) return step * power
  return 10 * power
}

/**
 * Round years for a year axis (1900, 1920, 1940 … rather than 1888, 1923, 1958): the smallest
 * step of 1, 2, 5, 10, 20, 25, 50 or 100 years that gives at most `most` ticks inside the range.
 */
export function yearTicks(first: number, last: number, most = 7): number[] {
  if (!(last >= first)) return []
  const steps = [1, 2, 5, 10, 20, 25, 50, 100]
  const step =
    steps.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= most) ??
    steps[steps.length - 1] ??
    100
  const ticks: number[] = []
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year)
  return ticks
}
