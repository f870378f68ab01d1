import type { Dataset, Tier } from './schema'

/**
 * The counts `npm run data:check` prints for issue 14: records per verification tier and per
 * area, how many numbers are quoted, and which technique × measure cells hold numbers.
 */

export type TierCounts = Record<Tier, number>

const countTiers = (items: ReadonlyArray<{ verification: Tier }>): TierCounts => {
  const counts: TierCounts = { primary: 0, secondary: 0, unverified: 0 }
  for (const item of items) counts[item.verification] += 1
  return counts
}

export function tierTable(dataset: Dataset): Record<string, TierCounts> {
  const outcomes = dataset.techniques.flatMap((t) => t.outcomes)
  return {
    studies: countTiers(dataset.studies),
    outcomes: countTiers(outcomes),
    'numeric outcomes': countTiers(outcomes.filter((o) => o.value !== null)),
    series: countTiers(dataset.series),
    'series points': countTiers(
      dataset.series.flatMap((s) => s.points.map(() => ({ verification: s.verification }))),
    ),
    milestones: countTiers(dataset.milestones),
    'first reports': countTiers(dataset.techniques.map((t) => t.firstReported)),
    'scoring systems': countTiers(dataset.scoringSystems),
    guidelines: countTiers(dataset.guidelines),
  }
}

export type AreaRow = {
  area: string
  techniques: number
  studies: number
  outcomes: number
  numeric: number
} & TierCounts

/** Per therapy area; a study informing techniques of two areas counts in both. */
export function areaTable(dataset: Dataset): AreaRow[] {
  const areaOf = new Map(dataset.techniques.map((t) => [t.id, t.areaId]))
  return dataset.areas.map((area) => {
    const techniques = dataset.techniques.filter((t) => t.areaId === area.id)
    const outcomes = techniques.flatMap((t) => t.outcomes)
    const studies = dataset.studies.filter((s) =>
      s.techniqueIds.some((id) => areaOf.get(id) === area.id),
    )
    return {
      area: area.id,
      techniques: techniques.length,
      studies: studies.length,
      outcomes: outcomes.length,
      numeric: outcomes.filter((o) => o.value !== null).length,
      ...countTiers(studies),
    }
  })
}

export type QuoteShare = { values: number; quoted: number; percent: number }

const share = (values: number, quoted: number): QuoteShare => ({
  values,
  quoted,
  percent: values === 0 ? 0 : Math.round((quoted / values) * 1000) / 10,
})

/**
 * Numeric values (outcome values and series points) at tier primary or secondary that carry a
 * quote and its URL, out of all numeric values.
 */
export function quotedShare(dataset: Dataset): {
  outcomes: QuoteShare
  points: QuoteShare
  all: QuoteShare
} {
  const numeric = dataset.techniques.flatMap((t) => t.outcomes).filter((o) => o.value !== null)
  const goodOutcomes = numeric.filter(
    (o) => o.verification !== 'unverified' && o.quote && o.quoteUrl,
  ).length
  const points = dataset.series.flatMap((s) => s.points.map((p) => ({ s, p })))
  const goodPoints = points.filter(
    ({ s, p }) => s.verification !== 'unverified' && p.quote && p.quoteUrl,
  ).length
  return {
    outcomes: share(numeric.length, goodOutcomes),
    points: share(points.length, goodPoints),
    all: share(numeric.length + points.length, goodOutcomes + goodPoints),
  }
}

export type CoverageRow = {
  technique: string
  /** Per measure (in vocabulary order): distinct studies giving a numeric value. */
  cells: number[]
  measuresFilled: number
  studiesWithNumbers: number
  searchStated: boolean
}

export function coverage(dataset: Dataset): { measures: string[]; rows: CoverageRow[] } {
  const measures = dataset.outcomeMeasures.map((m) => m.id)
  const rows = dataset.techniques.map((technique) => {
    const numeric = technique.outcomes.filter((o) => o.value !== null)
    const cells = measures.map(
      (id) => new Set(numeric.filter((o) => o.measureId === id).map((o) => o.studyId)).size,
    )
    return {
      technique: technique.id,
      cells,
      measuresFilled: cells.filter((n) => n > 0).length,
      studiesWithNumbers: new Set(numeric.map((o) => o.studyId)).size,
      searchStated: technique.evidenceSearch !== undefined,
    }
  })
  return { measures, rows }
}

/** Coverage as fixed-width text lines: one column per measure (numbered, with a legend). */
export function coverageText(dataset: Dataset): string[] {
  const { measures, rows } = coverage(dataset)
  const width = Math.max(...rows.map((r) => r.technique.length), 9)
  const head = measures.map((_m, i) => String(i + 1).padStart(3)).join('')
  const lines = [`${'technique'.padEnd(width)} ${head}  measures studies`]
  for (const row of rows) {
    const cells = row.cells.map((n) => (n === 0 ? '  ·' : String(n).padStart(3))).join('')
    const flag = row.studiesWithNumbers < 2 ? (row.searchStated ? ' (search stated)' : ' <2') : ''
    lines.push(
      `${row.technique.padEnd(width)} ${cells}  ${String(row.measuresFilled).padStart(8)} ${String(row.studiesWithNumbers).padStart(7)}${flag}`,
    )
  }
  const filled = rows.reduce((sum, r) => sum + r.measuresFilled, 0)
  const total = rows.length * measures.length
  lines.push(
    `${filled} of ${total} technique × measure cells hold a number (${total === 0 ? 0 : Math.round((filled / total) * 100)}%).`,
  )
  lines.push(`Measures: ${measures.map((m, i) => `${i + 1} ${m}`).join(', ')}`)
  return lines
}
