import { relationsOf } from '../dataset/relations'
import type { AreaId, Dataset, Milestone, Series, Technique } from '../dataset/schema'
import { AREA_ORDER } from '../query/labels'

export type AreaCounts = Record<AreaId, number>
const zero = (): AreaCounts => ({ surgery: 0, mit: 0, radiation: 0, systemic: 0 })

export type ChartMode = 'absolute' | 'share'

/** One x position of a stacked/area chart: counts (or % shares) per therapy area. */
export type AreaPoint = { label: string; year: number } & AreaCounts & {
    total: number
    /**
     * The dataset's review date (ISO) when the period ends after it: the period is not over, so
     * its count is not comparable with full periods.
     */
    incompleteUntil?: string
  }

function toShare(point: AreaPoint): AreaPoint {
  if (point.total === 0) return point
  const share = (n: number) => Math.round((n / point.total) * 1000) / 10
  return {
    ...point,
    surgery: share(point.surgery),
    mit: share(point.mit),
    radiation: share(point.radiation),
    systemic: share(point.systemic),
  }
}

/**
 * Cumulative number of techniques by therapy area, at each year in which at least one technique
 * was first reported. Each point is an exact count, so no value is interpolated.
 */
export function techniqueTimeline(
  techniques: ReadonlyArray<Technique>,
  mode: ChartMode,
): AreaPoint[] {
  const years = [...new Set(techniques.map((t) => t.firstReported.year))].sort((a, b) => a - b)
  const running = zero()
  const points: AreaPoint[] = []
  for (const year of years) {
    for (const t of techniques) if (t.firstReported.year === year) running[t.areaId] += 1
    const total = AREA_ORDER.reduce((sum, area) => sum + running[area], 0)
    points.push({ label: String(year), year, ...running, total })
  }
  return mode === 'share' ? points.map(toShare) : points
}

export type Binning = 1 | 5 | 10

/** The bin a year falls in: 2013 with 5-year bins → 2010 ("2010–2014"). */
export function binStart(year: number, width: Binning): number {
  return Math.floor(year / width) * width
}

/**
 * Studies per period by therapy area. A study that informs techniques in two areas counts once
 * in each, so stacks can add up to more than the number of studies (the caption says so).
 * Empty periods between the first and last are kept as zeros: a gap is a real "no study".
 */
export function evidenceOverTime(
  dataset: Dataset,
  techniques: ReadonlyArray<Technique>,
  width: Binning,
  mode: ChartMode,
): AreaPoint[] {
  const areaOf = new Map(techniques.map((t) => [t.id, t.areaId]))
  const { techniqueIdsByStudy } = relationsOf(dataset)
  const counts = new Map<number, AreaCounts>()
  for (const study of dataset.studies) {
    const areas = new Set(
      (techniqueIdsByStudy.get(study.id) ?? [])
        .map((id) => areaOf.get(id))
        .filter((a) => a !== undefined),
    )
    if (areas.size === 0) continue
    const start = binStart(study.year, width)
    const bin = counts.get(start) ?? zero()
    for (const area of areas) bin[area] += 1
    counts.set(start, bin)
  }
  if (counts.size === 0) return []
  const starts = [...counts.keys()]
  const points: AreaPoint[] = []
  const reviewed = dataset.meta.lastReviewed
  for (let start = Math.min(...starts); start <= Math.max(...starts); start += width) {
    const bin = counts.get(start) ?? zero()
    const total = AREA_ORDER.reduce((sum, area) => sum + bin[area], 0)
    const end = start + width - 1
    const label = width === 1 ? String(start) : `${start}–${end}`
    // A period that ends after the review date has not been fully searched yet; a short bar
    // there is not a collapse in publishing.
    const incomplete = `${end}-12-31` > reviewed
    points.push({
      label,
      year: start,
      ...bin,
      total,
      ...(incomplete ? { incompleteUntil: reviewed } : {}),
    })
  }
  return mode === 'share' ? points.map(toShare) : points
}

/** A reported point of a practice-pattern series, placed at the middle of a reported period. */
export type PlottedPoint = {
  x: number
  value: number
  label: string
  qualifier: '<' | '>' | null
  note: string | null
  /** Where the point's quote was seen (format 2), for the table and CSV. */
  quoteUrl: string | null
}

export type PlottedSeries = {
  series: Series
  points: PlottedPoint[]
  /** Draw a line only where the source reports a year-by-year series. */
  connect: boolean
}

export function plotSeries(series: Series): PlottedSeries {
  return {
    series,
    connect: series.connectPoints,
    points: series.points.map((p) => ({
      x: p.endYear === undefined ? p.year : (p.year + p.endYear) / 2,
      value: p.value,
      label: p.endYear === undefined ? String(p.year) : `${p.year}–${p.endYear}`,
      qualifier: p.qualifier ?? null,
      note: p.note ?? null,
      quoteUrl: p.quoteUrl ?? null,
    })),
  }
}

/** Series can share one chart only when their units agree. */
export function unitGroups(series: ReadonlyArray<Series>): Map<string, Series[]> {
  const groups = new Map<string, Series[]>()
  for (const s of series) groups.set(s.unit, [...(groups.get(s.unit) ?? []), s])
  return groups
}

/** Milestones within the x-range of a chart (inclusive). */
export function milestonesBetween(
  milestones: ReadonlyArray<Milestone>,
  from: number,
  to: number,
): Milestone[] {
  return milestones.filter((m) => m.year >= from && m.year <= to).sort((a, b) => a.year - b.year)
}

export type GapCell = { techniqueId: string; measureId: string; studyIds: string[] }
export type GapMap = {
  /** Techniques left out because the map would be unreadable (the ones with fewest outcomes). */
  omitted: number
  techniques: Technique[]
  measures: Dataset['outcomeMeasures']
  cells: GapCell[][]
  maxStudies: number
}

/** Techniques × outcome measures: how many studies report each pair; empty cells are gaps. */
export const MAX_GAP_TECHNIQUES = 80

export function gapMap(all: ReadonlyArray<Technique>, dataset: Dataset): GapMap {
  const techniques =
    all.length <= MAX_GAP_TECHNIQUES
      ? all
      : [...all]
          .map((t, order) => ({ t, order, n: t.outcomes.length }))
          .sort((a, b) => b.n - a.n || a.order - b.order)
          .slice(0, MAX_GAP_TECHNIQUES)
          .sort((a, b) => a.order - b.order)
          .map((x) => x.t)
  const used = new Set(techniques.flatMap((t) => t.outcomes.map((o) => o.measureId)))
  const measures = dataset.outcomeMeasures.filter((m) => used.has(m.id))
  const cells = techniques.map((t) =>
    measures.map((m) => ({
      techniqueId: t.id,
      measureId: m.id,
      studyIds: [...new Set(t.outcomes.filter((o) => o.measureId === m.id).map((o) => o.studyId))],
    })),
  )
  let maxStudies = 0
  for (const row of cells)
    for (const cell of row) maxStudies = Math.max(maxStudies, cell.studyIds.length)
  return {
    omitted: all.length - techniques.length,
    techniques: [...techniques],
    measures,
    cells,
    maxStudies,
  }
}
