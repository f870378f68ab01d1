import type { Dataset } from '../dataset/schema'
import {
  type TableId,
  type TableView,
  tableOfTab,
  type ViewState,
  withTable,
} from '../view/view-state'
import { type ActiveFilter, describeActiveFilters, type RangeResult, summarise } from './describe'
import { type FacetResult, facetResults } from './facets'
import { filterAndCount } from './filter-count'
import type { GuidelineRow } from './guideline-table'
import { type PreparedTable, prepareTables } from './prepared'
import { sanitiseTableView } from './sanitise'
import { pageOf, sortIndexes, visibleColumnsOf } from './sort-page'
import type { StudyRow } from './study-table'
import type { ColumnSpec, TableSpec } from './table-spec'
import type { TechniqueRow } from './technique-table'

export type { ActiveFilter, RangeResult } from './describe'
export { formatRange } from './describe'
export type { FacetCount, FacetResult } from './facets'
export { PAGE_SIZE } from './sort-page'

export type QueryResult<Row> = {
  spec: TableSpec<Row>
  /** The view with this table's state cleaned of unknown ids and its page clamped. */
  view: ViewState
  tableView: TableView
  /** All matching rows in display order: what the table pages through and what CSV exports. */
  rows: Row[]
  /** Rows in the whole table, before any filter. */
  tableSize: number
  pageRows: Row[]
  page: number
  pageCount: number
  facets: FacetResult[]
  ranges: RangeResult[]
  visibleColumns: ColumnSpec<Row>[]
  activeFilters: ActiveFilter[]
  /** "12 of 41 techniques where therapy area is Radiation therapy and level is 1 or 2". */
  summary: string
}

export type AnyQueryResult =
  | ({ table: 'techniques' } & QueryResult<TechniqueRow>)
  | ({ table: 'studies' } & QueryResult<StudyRow>)
  | ({ table: 'guidelines' } & QueryResult<GuidelineRow>)

/**
 * The one pipeline: table, summary line, charts and CSV export all read its result.
 * Stages: sanitise → filter and count → describe → sort → page.
 */
export function runQuery(dataset: Dataset, view: ViewState): AnyQueryResult {
  return queryTable(dataset, view, tableOfTab(view.tab))
}

/** The same pipeline for a named table, whichever tab is shown. */
export function queryTable(dataset: Dataset, view: ViewState, table: TableId): AnyQueryResult {
  const prepared = prepareTables(dataset)
  if (table === 'studies')
    return { table: 'studies', ...queryPrepared(prepared.studies, view, 'studies') }
  if (table === 'guidelines')
    return { table: 'guidelines', ...queryPrepared(prepared.guidelines, view, 'guidelines') }
  return { table: 'techniques', ...queryPrepared(prepared.techniques, view, 'techniques') }
}

function queryPrepared<Row>(
  { index, spec }: PreparedTable<Row>,
  view: ViewState,
  table: TableId,
): QueryResult<Row> {
  const tableView = sanitiseTableView(view.tables[table], spec, index)
  const { matching, counts } = filterAndCount(index, tableView)
  const facets = facetResults(index, spec, tableView, counts)
  const ranges: RangeResult[] = index.ranges.map((range, r) => ({
    id: range.id,
    label: spec.ranges[r]?.label ?? range.id,
    kind: spec.ranges[r]?.kind ?? 'amount',
    min: range.min,
    max: range.max,
    selected: tableView.ranges[range.id] ?? null,
  }))
  const activeFilters = describeActiveFilters(tableView, facets, ranges)
  const order = sortIndexes(
    matching,
    tableView.sort.length > 0 ? tableView.sort : spec.defaultSort,
    index,
  )
  const rows = order.map((i) => index.rows[i] as Row)
  const paged = pageOf(rows, tableView.page)
  const cleaned = { ...tableView, page: paged.page }
  return {
    spec,
    view: withTable(view, table, cleaned),
    tableView: cleaned,
    rows,
    tableSize: index.rows.length,
    ...paged,
    facets,
    ranges,
    visibleColumns: visibleColumnsOf(spec, tableView.columns),
    activeFilters,
    summary: summarise(rows.length, index.rows.length, spec.noun, activeFilters),
  }
}
