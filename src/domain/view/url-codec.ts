import {
  CHART_IDS,
  type ChartState,
  DEFAULT_VIEW,
  MAX_COMPARE,
  type OpenRecord,
  type Range,
  RESERVED_KEYS,
  type SortKey,
  TAB_IDS,
  type TabId,
  type ViewState,
} from './view-state'

const ID = /^[a-z0-9][a-z0-9_-]{0,99}$/
const MAX_VALUE_LENGTH = 200
const MAX_VALUES_PER_KEY = 50
const MAX_QUERY_LENGTH = 200
const RANGE = /^(-?\d{1,9}(?:\.\d+)?)?\.\.(-?\d{1,9}(?:\.\d+)?)?$/

/**
 * Reads a view from a query string. Lenient by design: unknown keys and malformed values are
 * ignored, the rest still applies, and it never throws (links get mangled by mail clients).
 *
 * Grammar: `?tab=studies&q=kypho&design=rct&design=meta-analysis&year=2010..2020&sort=-year~name&cols=name~year&page=2&study=patchell2005&compare=a~b~c&diff=1`
 * Facet values repeat their key; ranges are `min..max` with either end optional; `-` marks descending.
 */
export function parseView(search: string): ViewState {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return DEFAULT_VIEW
  }
  const tab = parseTab(params.get('tab'))
  const facets: Record<string, string[]> = {}
  const ranges: Record<string, Range> = {}
  const reserved = new Set<string>(RESERVED_KEYS)
  for (const key of new Set(params.keys())) {
    if (reserved.has(key) || !ID.test(key)) continue
    const values = params.getAll(key).filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH)
    const range = values.length === 1 ? parseRange(values[0] ?? '') : null
    if (range) ranges[key] = range
    else {
      const unique = [...new Set(values.filter((v) => !RANGE.test(v)))].slice(0, MAX_VALUES_PER_KEY)
      if (unique.length > 0) facets[key] = unique
    }
  }
  return {
    tab,
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    facets,
    ranges,
    sort: parseSort(params.get('sort')),
    columns: parseColumns(params.get('cols')),
    page: parsePage(params.get('page')),
    record: parseRecord(params),
    compare: parseCompare(params.get('compare')),
    onlyDifferences: params.get('diff') === '1',
    charts: parseCharts(params),
    changes: {
      areas: parseList(params, 'chg.area'),
      kinds: parseList(params, 'chg.kind'),
      types: parseList(params, 'chg.type'),
    },
    ds: parseStamp(params.get('ds')),
  }
}

/**
 * Writes a view as a query string (with leading "?" or "" for the default view). Only what
 * differs from the defaults is written, keys in a fixed order, so equal views give equal URLs.
 * Example: `toSearch({ ...DEFAULT_VIEW, sort: [{ id: 'year', desc: true }] })` → `"?sort=-year"`.
 */
export function toSearch(view: ViewState): string {
  const params = new URLSearchParams()
  if (view.tab !== DEFAULT_VIEW.tab) params.set('tab', view.tab)
  if (view.q !== '') params.set('q', view.q)
  for (const key of Object.keys(view.facets).sort()) {
    for (const value of view.facets[key] ?? []) params.append(key, value)
  }
  for (const key of Object.keys(view.ranges).sort()) {
    const range = view.ranges[key]
    if (range && (range.min !== null || range.max !== null))
      params.set(key, `${range.min ?? ''}..${range.max ?? ''}`)
  }
  if (view.sort.length > 0)
    params.set('sort', view.sort.map((s) => `${s.desc ? '-' : ''}${s.id}`).join('~'))
  if (view.columns !== null) params.set('cols', view.columns.join('~'))
  if (view.page !== 1) params.set('page', String(view.page))
  if (view.record) params.set(view.record.kind, view.record.id)
  if (view.compare.length > 0) params.set('compare', view.compare.join('~'))
  if (view.onlyDifferences) params.set('diff', '1')
  const charts = view.charts
  const defaults = DEFAULT_VIEW.charts
  if (charts.chart !== defaults.chart) params.set('chart', charts.chart)
  if (charts.mode !== defaults.mode) params.set('mode', charts.mode)
  if (charts.bin !== defaults.bin) params.set('bin', String(charts.bin))
  if (charts.series.length > 0) params.set('series', charts.series.join('~'))
  if (charts.asTable) params.set('as', 'table')
  for (const value of view.changes.areas) params.append('chg.area', value)
  for (const value of view.changes.kinds) params.append('chg.kind', value)
  for (const value of view.changes.types) params.append('chg.type', value)
  if (view.ds !== null) params.set('ds', view.ds)
  // "~" is unreserved in URLs; URLSearchParams escapes it anyway, which makes shared links ugly.
  const text = params.toString().replaceAll('%7E', '~')
  return text === '' ? '' : `?${text}`
}

function parseTab(value: string | null): TabId {
  return TAB_IDS.find((tab) => tab === value) ?? DEFAULT_VIEW.tab
}

function parseRange(value: string): Range | null {
  const match = RANGE.exec(value.trim())
  if (!match) return null
  const min = match[1] === undefined ? null : Number(match[1])
  const max = match[2] === undefined ? null : Number(match[2])
  if (min === null && max === null) return null
  if (min !== null && max !== null && min > max) return { min: max, max: min }
  return { min, max }
}

function parseSort(value: string | null): SortKey[] {
  if (!value) return []
  const keys: SortKey[] = []
  for (const part of value.split('~').slice(0, 10)) {
    const desc = part.startsWith('-')
    const id = desc ? part.slice(1) : part
    if (ID.test(id) && !keys.some((key) => key.id === id)) keys.push({ id, desc })
  }
  return keys
}

function parseColumns(value: string | null): string[] | null {
  if (value === null) return null
  const ids = [...new Set(value.split('~').filter((id) => ID.test(id)))].slice(0, 100)
  return ids.length > 0 ? ids : null
}

function parseStamp(value: string | null): string | null {
  return value !== null && /^[0-9a-f]{4,64}$/.test(value) ? value : null
}

function parseCharts(params: URLSearchParams): ChartState {
  const defaults = DEFAULT_VIEW.charts
  const bin = Number(params.get('bin'))
  const series = params.get('series')
  return {
    chart: CHART_IDS.find((id) => id === params.get('chart')) ?? defaults.chart,
    mode: params.get('mode') === 'share' ? 'share' : 'absolute',
    bin: bin === 1 || bin === 10 ? bin : 5,
    series:
      series === null
        ? []
        : [...new Set(series.split('~').filter((id) => ID.test(id)))].slice(0, 20),
    asTable: params.get('as') === 'table',
  }
}

/** Repeated values of a `chg.` key; ids only, the view ignores ones it does not know. */
function parseList(params: URLSearchParams, key: string): string[] {
  return [...new Set(params.getAll(key).filter((v) => /^[a-zA-Z-]{1,40}$/.test(v)))].slice(0, 20)
}

function parseCompare(value: string | null): string[] {
  if (value === null) return []
  return [...new Set(value.split('~').filter((id) => ID.test(id)))].slice(0, MAX_COMPARE)
}

function parsePage(value: string | null): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return 1
  return Math.max(1, Number(value))
}

function parseRecord(params: URLSearchParams): OpenRecord | null {
  for (const kind of ['technique', 'study'] as const) {
    const id = params.get(kind)
    if (id !== null && ID.test(id)) return { kind, id }
  }
  return null
}
