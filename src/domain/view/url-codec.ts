import { parseScores, scoresEntries } from '../scores/score-url'
import { readLegacyView } from './legacy-url'
import {
  ID,
  MAX_QUERY_LENGTH,
  pick,
  readFacetValues,
  readIdList,
  readPage,
  readRange,
  readSort,
  readStamp,
  writeRange,
  writeSort,
} from './url-values'
import {
  CHART_IDS,
  type ChangesState,
  type ChartState,
  type CompareState,
  DEFAULT_TABLE_VIEW,
  DEFAULT_VIEW,
  MAX_COMPARE,
  type OpenRecord,
  type Range,
  TAB_IDS,
  TABLE_IDS,
  type TableId,
  type TableView,
  type ViewState,
} from './view-state'

/** Written into every non-default link; links without it are v0.1 links and are migrated. */
export const URL_VERSION = '2'

/** Reads and writes one part of the view under its own keys. */
type Scope<T> = {
  read: (params: URLSearchParams) => T
  write: (value: T, params: URLSearchParams) => void
}

/** Key prefix of each table's scope: `t.q`, `s.f.design`, … No two scopes share a key. */
export const TABLE_PREFIX: Record<TableId, string> = {
  techniques: 't',
  studies: 's',
  guidelines: 'g',
}

function tableScope(prefix: string): Scope<TableView> {
  const facetKey = `${prefix}.f.`
  const rangeKey = `${prefix}.r.`
  return {
    read: (params) => {
      const facets: Record<string, string[]> = {}
      const ranges: Record<string, Range> = {}
      for (const key of new Set(params.keys())) {
        if (key.startsWith(facetKey) && ID.test(key.slice(facetKey.length))) {
          const values = readFacetValues(params.getAll(key))
          if (values.length > 0) facets[key.slice(facetKey.length)] = values
        } else if (key.startsWith(rangeKey) && ID.test(key.slice(rangeKey.length))) {
          const range = readRange(params.get(key))
          if (range) ranges[key.slice(rangeKey.length)] = range
        }
      }
      const columns = readIdList(params.get(`${prefix}.cols`), 100)
      return {
        q: (params.get(`${prefix}.q`) ?? '').slice(0, MAX_QUERY_LENGTH),
        facets,
        ranges,
        sort: readSort(params.get(`${prefix}.sort`)),
        columns: columns.length > 0 ? columns : null,
        page: readPage(params.get(`${prefix}.page`)),
      }
    },
    write: (table, params) => {
      if (table.q !== '') params.set(`${prefix}.q`, table.q)
      for (const id of Object.keys(table.facets).sort())
        for (const value of table.facets[id] ?? []) params.append(`${facetKey}${id}`, value)
      for (const id of Object.keys(table.ranges).sort()) {
        const range = table.ranges[id]
        if (range && (range.min !== null || range.max !== null))
          params.set(`${rangeKey}${id}`, writeRange(range))
      }
      if (table.sort.length > 0) params.set(`${prefix}.sort`, writeSort(table.sort))
      if (table.columns !== null) params.set(`${prefix}.cols`, table.columns.join('~'))
      if (table.page !== DEFAULT_TABLE_VIEW.page) params.set(`${prefix}.page`, String(table.page))
    },
  }
}

const tables: Scope<ViewState['tables']> = {
  read: (params) => ({
    techniques: tableScope(TABLE_PREFIX.techniques).read(params),
    studies: tableScope(TABLE_PREFIX.studies).read(params),
    guidelines: tableScope(TABLE_PREFIX.guidelines).read(params),
  }),
  write: (value, params) => {
    for (const id of TABLE_IDS) tableScope(TABLE_PREFIX[id]).write(value[id], params)
  },
}

const RECORD = /^(technique|study|guideline):([a-z0-9][a-z0-9_-]{0,99})$/

const record: Scope<OpenRecord | null> = {
  read: (params) => {
    const match = RECORD.exec(params.get('rec') ?? '')
    return match ? { kind: match[1] as OpenRecord['kind'], id: match[2] as string } : null
  },
  write: (value, params) => {
    if (value) params.set('rec', `${value.kind}:${value.id}`)
  },
}

const compare: Scope<CompareState> = {
  read: (params) => ({
    ids: readIdList(params.get('cmp'), MAX_COMPARE),
    onlyDifferences: params.get('cmp.diff') === '1',
  }),
  write: (value, params) => {
    if (value.ids.length > 0) params.set('cmp', value.ids.join('~'))
    if (value.onlyDifferences) params.set('cmp.diff', '1')
  },
}

/** `ch.series=-` says "none ticked", which is not the same as "the defaults" (no key). */
const NO_SERIES = '-'

const charts: Scope<ChartState> = {
  read: (params) => {
    const bin = Number(params.get('ch.bin'))
    const series = params.get('ch.series')
    return {
      chart: pick(CHART_IDS, params.get('ch')) ?? DEFAULT_VIEW.charts.chart,
      mode: params.get('ch.mode') === 'share' ? 'share' : 'absolute',
      bin: bin === 1 || bin === 10 ? bin : 5,
      series: series === null ? null : series === NO_SERIES ? [] : readIdList(series, 40),
      asTable: params.get('ch.as') === 'table',
    }
  },
  write: (value, params) => {
    const defaults = DEFAULT_VIEW.charts
    if (value.chart !== defaults.chart) params.set('ch', value.chart)
    if (value.mode !== defaults.mode) params.set('ch.mode', value.mode)
    if (value.bin !== defaults.bin) params.set('ch.bin', String(value.bin))
    if (value.series !== null)
      params.set('ch.series', value.series.length === 0 ? NO_SERIES : value.series.join('~'))
    if (value.asTable) params.set('ch.as', 'table')
  },
}

/** Repeated values of one `chg.` key; the view ignores values it does not know. */
function readChangeValues(params: URLSearchParams, key: string): string[] {
  return [...new Set(params.getAll(key).filter((v) => /^[a-zA-Z-]{1,40}$/.test(v)))].slice(0, 20)
}

/** The "What changed" view: `chg.area`, `chg.kind`, `chg.type`, each repeated per value. */
const changes: Scope<ChangesState> = {
  read: (params) => ({
    areas: readChangeValues(params, 'chg.area'),
    kinds: readChangeValues(params, 'chg.kind'),
    types: readChangeValues(params, 'chg.type'),
  }),
  write: (value, params) => {
    for (const area of value.areas) params.append('chg.area', area)
    for (const kind of value.kinds) params.append('chg.kind', kind)
    for (const type of value.types) params.append('chg.type', type)
  },
}

/** Every part of the view has exactly one scope: a new ViewState field without one does not compile. */
const SCOPES: { [K in keyof ViewState]: Scope<ViewState[K]> } = {
  tab: {
    read: (params) => pick(TAB_IDS, params.get('tab')) ?? DEFAULT_VIEW.tab,
    write: (value, params) => {
      if (value !== DEFAULT_VIEW.tab) params.set('tab', value)
    },
  },
  tables,
  record,
  compare,
  charts,
  // The scores scope (`sc`, `sc.<systemId>`, `sc.lens`) has its own codec beside the calculators.
  scores: {
    read: (params) => parseScores(params),
    write: (value, params) => {
      for (const [key, text] of scoresEntries(value)) params.append(key, text)
    },
  },
  changes,
  ds: {
    read: (params) => readStamp(params.get('ds')),
    write: (value, params) => {
      if (value !== null) params.set('ds', value)
    },
  },
}

/**
 * Reads a view from a query string. Lenient by design: unknown keys and malformed values are
 * ignored, the rest still applies, and it never throws. A link without `v=2` is a v0.1 link and
 * is read by the legacy reader, so every link the app ever wrote still opens the same view.
 */
export function parseView(search: string): ViewState {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return DEFAULT_VIEW
  }
  const version = params.get('v')
  // A later version's link keeps the keys this version understands; only a link with no version
  // at all is v0.1's.
  const later = version !== null && /^\d+$/.test(version) && Number(version) > Number(URL_VERSION)
  if (version !== URL_VERSION && !later && [...params.keys()].length > 0)
    return readLegacyView(params)
  const view = { ...DEFAULT_VIEW }
  for (const key of Object.keys(SCOPES) as (keyof ViewState)[]) readInto(view, key, params)
  return view
}

function readInto<K extends keyof ViewState>(view: ViewState, key: K, params: URLSearchParams) {
  view[key] = SCOPES[key].read(params)
}

function writeFrom<K extends keyof ViewState>(view: ViewState, key: K, params: URLSearchParams) {
  SCOPES[key].write(view[key], params)
}

/**
 * Writes a view as a query string ("" for the default view). Only what differs from the defaults
 * is written, in a fixed key order, so equal views give equal URLs.
 * Example: techniques sorted by year, newest first → `"?v=2&t.sort=-year"`.
 */
export function toSearch(view: ViewState): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(SCOPES) as (keyof ViewState)[]) writeFrom(view, key, params)
  if ([...params.keys()].length === 0) return ''
  // "~" and ":" are allowed in a query; URLSearchParams escapes them anyway, which makes links ugly.
  return `?v=${URL_VERSION}&${params.toString().replaceAll('%7E', '~').replaceAll('%3A', ':')}`
}

/** True when a query string is empty or already in this version's vocabulary. */
export function isCurrentUrl(search: string): boolean {
  try {
    const params = new URLSearchParams(search)
    return [...params.keys()].length === 0 || params.get('v') === URL_VERSION
  } catch {
    return false
  }
}
