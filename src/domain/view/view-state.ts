export type TabId = 'techniques' | 'studies' | 'compare' | 'charts' | 'tools' | 'changes'
export const TAB_IDS: ReadonlyArray<TabId> = [
  'techniques',
  'studies',
  'compare',
  'charts',
  'tools',
  'changes',
]

/** Filters of the "What changed" view (URL keys `chg.area`, `chg.kind`, `chg.type`). */
export type ChangesState = {
  /** Therapy areas; `none` = records without an area (scoring systems, measures). */
  areas: ReadonlyArray<string>
  /** added | removed | changed */
  kinds: ReadonlyArray<string>
  /** Record types: technique, study, outcome, … */
  types: ReadonlyArray<string>
}

export type ChartId = 'timeline' | 'evidence' | 'practice' | 'gaps'
export const CHART_IDS: ReadonlyArray<ChartId> = ['timeline', 'evidence', 'practice', 'gaps']

/** Which chart is open and how it is drawn. */
export type ChartState = {
  chart: ChartId
  mode: 'absolute' | 'share'
  bin: 1 | 5 | 10
  /** Practice-pattern series shown; empty = the default selection. */
  series: ReadonlyArray<string>
  asTable: boolean
}

/** At most this many techniques side by side: more stops being readable on a page. */
export const MAX_COMPARE = 4

export type SortKey = { id: string; desc: boolean }
export type Range = { min: number | null; max: number | null }

/** A record page opened over the table; closing it returns to the same table view. */
export type OpenRecord = { kind: 'technique' | 'study'; id: string }

/**
 * Everything a shared link reproduces. Facet and range keys are table-specific ids; values that
 * the current dataset does not know are dropped by `sanitiseView`, not by the codec.
 */
export type ViewState = {
  tab: TabId
  q: string
  facets: Readonly<Record<string, ReadonlyArray<string>>>
  ranges: Readonly<Record<string, Range>>
  sort: ReadonlyArray<SortKey>
  /** Visible columns in display order; null = the table's default columns. */
  columns: ReadonlyArray<string> | null
  /** 1-based page number. */
  page: number
  record: OpenRecord | null
  /** Techniques picked for comparison, in column order. */
  compare: ReadonlyArray<string>
  /** Comparison shows only the attributes that differ. */
  onlyDifferences: boolean
  charts: ChartState
  changes: ChangesState
  /** Short content hash of the dataset the link was made with; null when unknown. */
  ds: string | null
}

export const DEFAULT_VIEW: ViewState = {
  tab: 'techniques',
  q: '',
  facets: {},
  ranges: {},
  sort: [],
  columns: null,
  page: 1,
  record: null,
  compare: [],
  onlyDifferences: false,
  charts: { chart: 'timeline', mode: 'absolute', bin: 5, series: [], asTable: false },
  changes: { areas: [], kinds: [], types: [] },
  ds: null,
}

/** Keys with a fixed meaning; a facet or range id must never use one of them. */
export const RESERVED_KEYS = [
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
] as const

/** The short form of a dataset content hash used in links. */
export function shortHash(hash: string): string {
  return hash.replace(/^fnv1a-/, '').slice(0, 12)
}

/** A view with no filters, as when the user clicks "clear all". Keeps tab, columns and sort. */
export function clearFilters(view: ViewState): ViewState {
  return { ...view, q: '', facets: {}, ranges: {}, page: 1 }
}
