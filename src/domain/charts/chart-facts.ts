import { relationsOf, studiesOfTechniques } from '../dataset/relations'
import type { Dataset, Series, Technique } from '../dataset/schema'
import type { ChartState } from '../view/view-state'

/**
 * The figures each chart's caption states, derived here so that the words under a chart and the
 * chart itself always come from the same data (the one study–technique relation included).
 */

export type TimelineFacts = {
  count: number
  first: number | null
  last: number | null
  since2000: number
  since2000RadiationOrMit: number
  unverifiedYears: number
}

export function timelineFacts(techniques: ReadonlyArray<Technique>): TimelineFacts {
  const years = techniques.map((t) => t.firstReported.year)
  const recent = techniques.filter((t) => t.firstReported.year >= 2000)
  return {
    count: techniques.length,
    first: years.length > 0 ? Math.min(...years) : null,
    last: years.length > 0 ? Math.max(...years) : null,
    since2000: recent.length,
    since2000RadiationOrMit: recent.filter((t) => t.areaId === 'radiation' || t.areaId === 'mit')
      .length,
    unverifiedYears: techniques.filter((t) => t.firstReported.verification === 'unverified').length,
  }
}

export type EvidenceFacts = { studies: number; since2010: number }

export function evidenceFacts(
  dataset: Dataset,
  techniques: ReadonlyArray<Technique>,
): EvidenceFacts {
  const studies = studiesOfTechniques(
    dataset,
    techniques.map((t) => t.id),
  )
  return { studies: studies.length, since2010: studies.filter((s) => s.year >= 2010).length }
}

/** Tags of the series ticked by default: the radiotherapy shift the project is about. */
export const DEFAULT_SERIES_TAGS: ReadonlyArray<Series['tags'][number]> = [
  'toward-sbrt',
  'shorter-courses',
  'long-course-decline',
]

/** Practice series whose source study informs a technique in view. */
export function availableSeries(dataset: Dataset, techniques: ReadonlyArray<Technique>): Series[] {
  const inView = new Set(techniques.map((t) => t.id))
  const { techniqueIdsByStudy } = relationsOf(dataset)
  return dataset.series.filter((s) =>
    (techniqueIdsByStudy.get(s.studyId) ?? []).some((id) => inView.has(id)),
  )
}

export function defaultSeriesIds(available: ReadonlyArray<Series>): string[] {
  return available
    .filter((s) => s.unit === '%' && s.tags.some((t) => DEFAULT_SERIES_TAGS.includes(t)))
    .map((s) => s.id)
}

/** The ids ticked: the URL's list, or the defaults when the URL says nothing. */
export function tickedSeriesIds(
  available: ReadonlyArray<Series>,
  chosen: ChartState['series'],
): string[] {
  const known = new Set(available.map((s) => s.id))
  return chosen === null ? defaultSeriesIds(available) : chosen.filter((id) => known.has(id))
}

export type SeriesChange = {
  series: Series
  direction: 'rose' | 'fell' | 'unchanged' | 'single point'
}

export function seriesChanges(series: ReadonlyArray<Series>): SeriesChange[] {
  return series.map((s) => {
    const first = s.points[0]
    const last = s.points.at(-1)
    if (!first || !last || s.points.length < 2) return { series: s, direction: 'single point' }
    const direction =
      last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'unchanged'
    return { series: s, direction }
  })
}
