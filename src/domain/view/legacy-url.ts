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
} from './url-values'
import {
  CHART_IDS,
  DEFAULT_VIEW,
  MAX_COMPARE,
  type OpenRecord,
  type Range,
  type TabId,
  tableOfTab,
  type ViewState,
  withTable,
} from './view-state'

/** The keys v0.1 gave a fixed meaning; every other key was a facet or range of the shown table. */
const V01_APP_KEYS = new Set([
  // v0.1 never wrote `v`; a link that has one but not this version's is from a later version.
  'v',
  'tab',
  'q',
  'sort',
  'cols',
  'page',
  'technique',
  'study',
  'compare',
  'diff',
  'chart',
  'mode',
  'bin',
  'series',
  'as',
  'ds',
])

/** v0.1 called the scores page "tools". */
const V01_TABS: Record<string, TabId> = {
  techniques: 'techniques',
  studies: 'studies',
  compare: 'compare',
  charts: 'charts',
  tools: 'scores',
}

/**
 * Reads a link written by v0.1 (one flat key space) into today's view: the same view it opened
 * then. Its filters belonged to the table the tab showed (charts and compare followed techniques).
 */
export function readLegacyView(params: URLSearchParams): ViewState {
  const tab = V01_TABS[params.get('tab') ?? ''] ?? DEFAULT_VIEW.tab
  const facets: Record<string, string[]> = {}
  const ranges: Record<string, Range> = {}
  for (const key of new Set(params.keys())) {
    if (V01_APP_KEYS.has(key) || !ID.test(key)) continue
    const values = params.getAll(key)
    const range = values.length === 1 ? readRange(values[0] ?? null) : null
    if (range) ranges[key] = range
    else {
      const kept = readFacetValues(values)
      if (kept.length > 0) facets[key] = kept
    }
  }
  const columns = readIdList(params.get('cols'), 100)
  const bin = Number(params.get('bin'))
  const series = readIdList(params.get('series'), 40)
  const view: ViewState = {
    ...DEFAULT_VIEW,
    tab,
    record: readLegacyRecord(params),
    compare: {
      ids: readIdList(params.get('compare'), MAX_COMPARE),
      onlyDifferences: params.get('diff') === '1',
    },
    charts: {
      // v0.1 showed the technique timeline when no chart was named; today's default is another
      // chart, so a charts link keeps what it showed. Other tabs keep the default (no `ch` key).
      chart:
        pick(CHART_IDS, params.get('chart')) ??
        (tab === 'charts' ? 'timeline' : DEFAULT_VIEW.charts.chart),
      mode: params.get('mode') === 'share' ? 'share' : 'absolute',
      bin: bin === 1 || bin === 10 ? bin : 5,
      // v0.1 wrote no key for "none ticked", so an empty list always meant the defaults.
      series: series.length > 0 ? series : null,
      asTable: params.get('as') === 'table',
    },
    ds: readStamp(params.get('ds')),
  }
  return withTable(view, tableOfTab(tab), {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    facets,
    ranges,
    sort: readSort(params.get('sort')),
    columns: columns.length > 0 ? columns : null,
    page: readPage(params.get('page')),
  })
}

function readLegacyRecord(params: URLSearchParams): OpenRecord | null {
  for (const kind of ['technique', 'study'] as const) {
    const id = params.get(kind)
    if (id !== null && ID.test(id)) return { kind, id }
  }
  return null
}
