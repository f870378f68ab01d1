import type { AreaId, Series } from '../dataset/schema'
import { AREA_ORDER } from '../query/labels'
import {
  AREA_CLAIM,
  GROUP_ORDER,
  isShare,
  type MeasureGroup,
  measureGroupOf,
} from './measure-groups'

/**
 * "Is practice shifting?": each series reduced to the change between its first and last reported
 * point, and a verdict per therapy area counted from those changes. Units are never mixed: shares
 * change in percentage points, counts and rates in per cent of their first value.
 */

/** Below these a change is called flat: one point of share, or 5 % of a count or rate. */
export const FLAT_PP = 1
export const FLAT_RELATIVE = 5

export type ChangeKind = 'pp' | 'relative'
export type Stance = 'toward' | 'against' | 'flat' | 'context' | 'unmeasured'

export type SeriesShift = {
  series: Series
  group: MeasureGroup
  kind: ChangeKind
  fromYear: number
  toYear: number
  /** Null when the source reports only the change itself (unit "% change"). */
  firstValue: number | null
  lastValue: number | null
  /** Null when there is nothing to compare: one point, or a relative change from zero. */
  change: number | null
  direction: 'rose' | 'fell' | 'flat' | null
  stance: Stance
  /** The country part of the geography ("Canada (Manitoba)" → "Canada"). */
  country: string
}

const round1 = (n: number) => Math.round(n * 10) / 10
const endOf = (p: Series['points'][number]) => p.endYear ?? p.year
const reportsChange = (s: Series) => /change/i.test(s.unit)

export function countryOf(geography: string): string {
  return geography.split(/\s*[(,]/)[0]?.trim() || geography
}

function changeOf(
  series: Series,
): Pick<SeriesShift, 'kind' | 'firstValue' | 'lastValue' | 'change'> {
  const first = series.points[0]
  const last = series.points.at(-1)
  const kind: ChangeKind = isShare(series) ? 'pp' : 'relative'
  if (!first || !last) return { kind, firstValue: null, lastValue: null, change: null }
  // A source that reports "−63 % over 2004–2014" gives the relative change directly.
  if (series.points.length === 1 && reportsChange(series) && first.endYear !== undefined)
    return { kind: 'relative', firstValue: null, lastValue: null, change: round1(first.value) }
  if (series.points.length < 2)
    return { kind, firstValue: first.value, lastValue: null, change: null }
  const change =
    kind === 'pp'
      ? last.value - first.value
      : first.value === 0
        ? null
        : ((last.value - first.value) / Math.abs(first.value)) * 100
  return {
    kind,
    firstValue: first.value,
    lastValue: last.value,
    change: change === null ? null : round1(change),
  }
}

export function seriesShift(series: Series): SeriesShift {
  const group = measureGroupOf(series)
  const measured = changeOf(series)
  const { change, kind } = measured
  const threshold = kind === 'pp' ? FLAT_PP : FLAT_RELATIVE
  const direction =
    change === null ? null : Math.abs(change) < threshold ? 'flat' : change > 0 ? 'rose' : 'fell'
  const stance: Stance =
    direction === null
      ? 'unmeasured'
      : group.toward === null
        ? 'context'
        : direction === 'flat'
          ? 'flat'
          : (direction === 'rose') === (group.toward === 'rise')
            ? 'toward'
            : 'against'
  const first = series.points[0]
  const last = series.points.at(-1)
  return {
    series,
    group,
    ...measured,
    fromYear: first?.year ?? 0,
    toYear: last ? endOf(last) : 0,
    direction,
    stance,
    country: countryOf(series.geography),
  }
}

export type GroupVerdict = {
  group: MeasureGroup
  shifts: SeriesShift[]
  toward: number
  against: number
  flat: number
}

export type AgainstPart = { groupId: string; label: string; verb: 'rose' | 'fell'; count: number }

export type AreaVerdict = {
  areaId: AreaId
  groups: GroupVerdict[]
  /** Series with a direction that counts (toward, against or flat). */
  counted: number
  toward: number
  against: number
  flat: number
  /** Series shown but not counted: context measures, single points. */
  notCounted: number
  from: number | null
  to: number | null
  places: string[]
  /** The sentence in three parts so that a page can link the counter-evidence. */
  lead: string
  againstParts: AgainstPart[]
  tail: string
  sentence: string
}

const count = (shifts: ReadonlyArray<SeriesShift>, stance: Stance) =>
  shifts.filter((s) => s.stance === stance).length

function places(shifts: ReadonlyArray<SeriesShift>): string[] {
  const tally = new Map<string, number>()
  for (const s of shifts) tally.set(s.country, (tally.get(s.country) ?? 0) + 1)
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map((e) => e[0])
}

function areaVerdict(areaId: AreaId, areaName: string, shifts: SeriesShift[]): AreaVerdict {
  const byGroup = new Map<string, SeriesShift[]>()
  for (const s of shifts) byGroup.set(s.group.id, [...(byGroup.get(s.group.id) ?? []), s])
  const groups = GROUP_ORDER.flatMap((id) => {
    const list = byGroup.get(id)
    if (!list?.[0]) return []
    const group = list[0].group
    return [
      {
        group,
        shifts: list,
        toward: count(list, 'toward'),
        against: count(list, 'against'),
        flat: count(list, 'flat'),
      },
    ]
  })
  const toward = count(shifts, 'toward')
  const against = count(shifts, 'against')
  const flat = count(shifts, 'flat')
  const counted = toward + against + flat
  const measured = shifts.filter((s) => s.change !== null && s.stance !== 'context')
  const from = measured.length > 0 ? Math.min(...measured.map((s) => s.fromYear)) : null
  const to = measured.length > 0 ? Math.max(...measured.map((s) => s.toYear)) : null
  const where = places(measured)
  const againstParts = groups.flatMap((g) =>
    (['rose', 'fell'] as const).flatMap((verb) => {
      const n = g.shifts.filter((s) => s.stance === 'against' && s.direction === verb).length
      return n > 0 ? [{ groupId: g.group.id, label: g.group.label, verb, count: n }] : []
    }),
  )
  const series = (n: number) => `${n} series`
  const lead =
    counted === 0
      ? `${areaName}: no series with two comparable points, so no direction can be counted`
      : `${areaName}: ${toward} of ${series(counted)} moved toward ${AREA_CLAIM[areaId]}`
  const single = count(shifts, 'unmeasured')
  // Context series are named with the reason they are left out, group by group.
  const reasons = new Map<string, number>()
  for (const g of groups) {
    const why = g.group.contextNote ?? g.group.label.toLowerCase()
    const n = count(g.shifts, 'context')
    if (n > 0) reasons.set(why, (reasons.get(why) ?? 0) + n)
  }
  const context = [...reasons].map(([why, n]) => `${n} shown for context only (${why})`)
  const extra = [
    flat > 0 ? `${flat} stayed flat` : '',
    ...context,
    single > 0 ? `${single} with a single point` : '',
  ].filter(Boolean)
  // Where and when the counted series come from, next to the counts they qualify.
  const span =
    from === null ? '' : ` (${where.join(', ')}, ${from === to ? from : `${from}–${to}`})`
  const tail = `${span}${extra.length > 0 ? `; ${extra.join('; ')}` : ''}.`
  const againstText =
    against > 0
      ? `; ${against} ran against it: ${againstParts.map((p) => `${p.label.toLowerCase()} ${p.verb} in ${p.count}`).join(', ')}`
      : ''
  return {
    areaId,
    groups,
    counted,
    toward,
    against,
    flat,
    notCounted: shifts.length - counted,
    from,
    to,
    places: where,
    lead,
    againstParts,
    tail,
    sentence: `${lead}${againstText}${tail}`,
  }
}

/** One verdict per therapy area that has series, in the app's area order. */
export function shiftVerdicts(
  series: ReadonlyArray<Series>,
  areaName: (id: AreaId) => string,
): AreaVerdict[] {
  const shifts = series.map(seriesShift)
  return AREA_ORDER.flatMap((area) => {
    const mine = shifts.filter((s) => s.series.areaId === area)
    return mine.length > 0 ? [areaVerdict(area, areaName(area), mine)] : []
  })
}
