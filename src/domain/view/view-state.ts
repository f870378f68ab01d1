import { EMPTY_SCORES, type ScoresState } from '../scores/score-url'

export type TabId =
  | 'techniques'
  | 'studies'
  | 'guidelines'
  | 'compare'
  | 'charts'
  | 'scores'
  | 'changes'
export const TAB_IDS: ReadonlyArray<TabId> = [
  'techniques',
  'studies',
  'guidelines',
  'compare',
  'charts',
  'scores',
  'changes',
]

/** The explorable tables. Each keeps its own filters, whichever tab is shown. */
export type TableId = 'techniques' | 'studies' | 'guidelines'
export const TABLE_IDS: ReadonlyArray<TableId> = ['techniques', 'studies', 'guidelines']

/** Filters of the "What changed" view (URL scope `chg.`: `chg.area`, `chg.kind`, `chg.type`). */
export type ChangesState = {
  /** Therapy areas; `none` = records without an area (scoring systems, measures). */
  areas: ReadonlyArray<string>
  /** added | removed | changed */
  kinds: ReadonlyArray<string>
  /** Record types: technique, study, outcome, … */
  types: ReadonlyArray<string>
}

export type ChartId = 'shift' | 'timeline' | 'evidence' | 'practice' | 'gaps'
export const CHART_IDS: ReadonlyArray<ChartId> = [
  'shift',
  'timeline',
  'evidence',
  'practice',
  'gaps',
]

/** Which chart is open and how it is drawn. */
export type ChartState = {
  chart: ChartId
  mode: 'absolute' | 'share'
  bin: 1 | 5 | 10
  /** Practice-pattern series ticked; null = the default selection, [] = none ticked. */
  series: ReadonlyArray<string> | null
  asTable: boolean
}

/** At most this many techniques side by side: more stops being readable on a page. */
export const MAX_COMPARE = 4

export type SortKey = { id: string; desc: boolean }
export type Range = { min: number | null; max: number | null }

/** A record page opened over the table; closing it returns to the same table view. */
export type RecordKind = 'technique' | 'study' | 'guideline'
export type OpenRecord = { kind: RecordKind; id: string }

/** One table's filters, sort, columns and page. Facet and range keys are the table spec's ids. */
export type TableView = {
  q: string
  facets: Readonly<Record<string, ReadonlyArray<string>>>
  ranges: Readonly<Record<string, Range>>
  sort: ReadonlyArray<SortKey>
  /** Visible columns in display order; null = the table's default columns. */
  columns: ReadonlyArray<string> | null
  /** 1-based page number. */
  page: number
}

export type CompareState = {
  /** Techniques picked for comparison, in column order. */
  ids: ReadonlyArray<string>
  /** Show only the attributes that differ. */
  onlyDifferences: boolean
}

/**
 * Everything a shared link reproduces, grouped by URL scope (see README.md in this folder).
 * Values that the current dataset does not know are dropped by `sanitiseTableView`, not by the codec.
 */
export type ViewState = {
  tab: TabId
  tables: Readonly<Record<TableId, TableView>>
  record: OpenRecord | null
  compare: CompareState
  charts: ChartState
  /** The Scores view: open calculator, answers per scoring system, evidence for the situation shown. */
  scores: ScoresState
  changes: ChangesState
  /** Short content hash of the dataset the link was made with; null when unknown. */
  ds: string | null
}

export const DEFAULT_TABLE_VIEW: TableView = {
  q: '',
  facets: {},
  ranges: {},
  sort: [],
  columns: null,
  page: 1,
}

export const DEFAULT_VIEW: ViewState = {
  tab: 'techniques',
  tables: {
    techniques: DEFAULT_TABLE_VIEW,
    studies: DEFAULT_TABLE_VIEW,
    guidelines: DEFAULT_TABLE_VIEW,
  },
  record: null,
  compare: { ids: [], onlyDifferences: false },
  charts: { chart: 'shift', mode: 'absolute', bin: 5, series: null, asTable: false },
  scores: EMPTY_SCORES,
  changes: { areas: [], kinds: [], types: [] },
  ds: null,
}

/** The table whose rows a tab shows or summarises: charts and compare follow the techniques. */
export function tableOfTab(tab: TabId): TableId {
  return tab === 'studies' || tab === 'guidelines' ? tab : 'techniques'
}

/** A view with one table's state patched; other tables are left as they are. */
export function withTable(view: ViewState, table: TableId, patch: Partial<TableView>): ViewState {
  return { ...view, tables: { ...view.tables, [table]: { ...view.tables[table], ...patch } } }
}

/** One table without filters, as when the user clicks "clear all". Keeps columns and sort. */
export function clearFilters(view: ViewState, table: TableId): ViewState {
  return withTable(view, table, { q: '', facets: {}, ranges: {}, page: 1 })
}

/** Whether a table has a search, a ticked facet value or a range set. */
export function hasFilters(table: TableView): boolean {
  return (
    table.q !== '' ||
    Object.values(table.facets).some((values) => values.length > 0) ||
    Object.keys(table.ranges).length > 0
  )
}

/** The short form of a dataset content hash used in links. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12)
}
