import type { Dataset } from '../dataset/schema'
import { DEFAULT_VIEW, type Range, type ViewState } from '../view/view-state'
import { searchTerms } from './normalise'
import { sortRows } from './sort-rows'
import { type StudyRow, studyRows, studyTableSpec } from './study-table'
import type { ColumnSpec, FacetOption, TableSpec } from './table-spec'
import { type TechniqueRow, techniqueRows, techniqueTableSpec } from './technique-table'

export const PAGE_SIZE = 50

export type FacetCount = FacetOption & { count: number; selected: boolean }
export type FacetResult = { id: string; label: string; options: FacetCount[] }
export type RangeResult = {
  id: string
  label: string
  /** Bounds of the whole table, for input hints. */
  min: number | null
  max: number | null
  selected: Range | null
}

/** One removable part of the active filter, for the summary chips. */
export type ActiveFilter =
  | { kind: 'search'; label: string; text: string }
  | { kind: 'facet'; facetId: string; value: string; label: string; text: string }
  | { kind: 'range'; rangeId: string; label: string; text: string }

export type QueryResult<Row> = {
  spec: TableSpec<Row>
  view: ViewState
  /** All matching rows in display order: what the table pages through and what CSV exports. */
  rows: Row[]
  total: number
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
  | ({ tab: 'techniques' } & QueryResult<TechniqueRow>)
  | ({ tab: 'studies' } & QueryResult<StudyRow>)

type Prepared = {
  techniques: { rows: TechniqueRow[]; spec: TableSpec<TechniqueRow> }
  studies: { rows: StudyRow[]; spec: TableSpec<StudyRow> }
}

// Rows and search text are derived once per dataset, not on every keystroke.
const preparedCache = new WeakMap<Dataset, Prepared>()

function prepare(dataset: Dataset): Prepared {
  let prepared = preparedCache.get(dataset)
  if (!prepared) {
    prepared = {
      techniques: { rows: techniqueRows(dataset), spec: techniqueTableSpec(dataset) },
      studies: { rows: studyRows(dataset), spec: studyTableSpec(dataset) },
    }
    preparedCache.set(dataset, prepared)
  }
  return prepared
}

/** The one pipeline: table, summary line, charts and CSV export all read its result. */
export function runQuery(dataset: Dataset, view: ViewState): AnyQueryResult {
  const prepared = prepare(dataset)
  if (view.tab === 'studies') {
    const { rows, spec } = prepared.studies
    return { tab: 'studies', ...queryTable(rows, spec, view) }
  }
  const { rows, spec } = prepared.techniques
  return { tab: 'techniques', ...queryTable(rows, spec, view) }
}

/** Drops facet values, ranges, columns and sort keys that the table does not know. */
export function sanitiseView<Row>(
  view: ViewState,
  spec: TableSpec<Row>,
  rows: ReadonlyArray<Row>,
): ViewState {
  const facets: Record<string, string[]> = {}
  for (const facet of spec.facets) {
    const known = new Set(facet.options(rows).map((o) => o.value))
    const values = (view.facets[facet.id] ?? []).filter((v) => known.has(v))
    if (values.length > 0) facets[facet.id] = values
  }
  const ranges: Record<string, Range> = {}
  for (const range of spec.ranges) {
    const selected = view.ranges[range.id]
    if (selected) ranges[range.id] = selected
  }
  const columnIds = new Set(spec.columns.map((c) => c.id))
  let columns = view.columns?.filter((id) => columnIds.has(id)) ?? null
  if (columns !== null) {
    const required = spec.columns.filter((c) => c.required && !columns?.includes(c.id))
    columns = [...required.map((c) => c.id), ...columns]
  }
  return {
    ...view,
    facets,
    ranges,
    columns: columns && columns.length > 0 ? columns : null,
    sort: view.sort.filter((key) => columnIds.has(key.id)),
  }
}

function inRange(value: number | null, range: Range): boolean {
  if (value === null) return false
  if (range.min !== null && value < range.min) return false
  if (range.max !== null && value > range.max) return false
  return true
}

export function queryTable<Row>(
  allRows: ReadonlyArray<Row>,
  spec: TableSpec<Row>,
  rawView: ViewState,
): QueryResult<Row> {
  const view = sanitiseView(rawView, spec, allRows)
  const terms = searchTerms(view.q)
  const facetSelections = spec.facets
    .map((facet) => ({ facet, selected: new Set(view.facets[facet.id] ?? []) }))
    .filter((f) => f.selected.size > 0)
  const rangeSelections = spec.ranges
    .map((range) => ({ range, selected: view.ranges[range.id] }))
    .filter((r): r is { range: (typeof spec.ranges)[number]; selected: Range } =>
      Boolean(r.selected),
    )

  // Rows passing search and ranges; facets are applied below so each facet's counts can leave
  // out its own selection (several values in one facet widen, different facets narrow).
  const base = allRows.filter(
    (row) =>
      terms.every((term) => spec.searchText(row).includes(term)) &&
      rangeSelections.every(({ range, selected }) => inRange(range.value(row), selected)),
  )
  const passes = (row: Row, skipFacetId: string | null) =>
    facetSelections.every(
      ({ facet, selected }) =>
        facet.id === skipFacetId || facet.values(row).some((value) => selected.has(value)),
    )
  const matching = base.filter((row) => passes(row, null))

  const facets: FacetResult[] = spec.facets.map((facet) => {
    const counts = new Map<string, number>()
    for (const row of base) {
      if (!passes(row, facet.id)) continue
      for (const value of new Set(facet.values(row)))
        counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    const selected = new Set(view.facets[facet.id] ?? [])
    return {
      id: facet.id,
      label: facet.label,
      options: facet.options(allRows).map((option) => ({
        ...option,
        count: counts.get(option.value) ?? 0,
        selected: selected.has(option.value),
      })),
    }
  })

  const ranges: RangeResult[] = spec.ranges.map((range) => {
    const values = allRows.map(range.value).filter((v): v is number => v !== null)
    return {
      id: range.id,
      label: range.label,
      min: values.length > 0 ? Math.min(...values) : null,
      max: values.length > 0 ? Math.max(...values) : null,
      selected: view.ranges[range.id] ?? null,
    }
  })

  const sortKeys = view.sort.length > 0 ? view.sort : spec.defaultSort
  const rows = sortRows(matching, sortKeys, spec.columns)
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const page = Math.min(view.page, pageCount)
  const visibleIds = view.columns ?? spec.columns.filter((c) => c.defaultVisible).map((c) => c.id)
  const visibleColumns = visibleIds
    .map((id) => spec.columns.find((c) => c.id === id))
    .filter((c): c is ColumnSpec<Row> => c !== undefined)
  const activeFilters = describeActiveFilters(view, facets, ranges)

  return {
    spec,
    view: { ...view, page },
    rows,
    total: allRows.length,
    pageRows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    page,
    pageCount,
    facets,
    ranges,
    visibleColumns,
    activeFilters,
    summary: summarise(rows.length, allRows.length, spec.noun, activeFilters),
  }
}

function describeActiveFilters(
  view: ViewState,
  facets: FacetResult[],
  ranges: RangeResult[],
): ActiveFilter[] {
  const filters: ActiveFilter[] = []
  if (view.q.trim() !== '')
    filters.push({ kind: 'search', label: 'Search', text: `matching “${view.q.trim()}”` })
  for (const facet of facets) {
    for (const option of facet.options.filter((o) => o.selected)) {
      filters.push({
        kind: 'facet',
        facetId: facet.id,
        value: option.value,
        label: `${facet.label}: ${option.label}`,
        text: option.label,
      })
    }
  }
  for (const range of ranges) {
    const selected = range.selected
    if (!selected) continue
    filters.push({
      kind: 'range',
      rangeId: range.id,
      label: `${range.label}: ${formatRange(selected)}`,
      text: formatRange(selected),
    })
  }
  return filters
}

export function formatRange(range: Range): string {
  if (range.min !== null && range.max !== null)
    return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`
  if (range.min !== null) return `${range.min} or later/more`
  return `up to ${range.max}`
}

function joinOr(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`
}

function summarise(
  shown: number,
  total: number,
  [singular, plural]: [string, string],
  filters: ActiveFilter[],
): string {
  const noun = total === 1 ? singular : plural
  const count =
    shown === total && filters.length === 0 ? `${total} ${noun}` : `${shown} of ${total} ${noun}`
  const clauses: string[] = []
  const search = filters.find((f) => f.kind === 'search')
  const byFacet = new Map<string, { label: string; values: string[] }>()
  for (const filter of filters) {
    if (filter.kind === 'facet') {
      const label = filter.label.slice(0, filter.label.indexOf(':'))
      const entry = byFacet.get(filter.facetId) ?? { label, values: [] }
      entry.values.push(filter.text)
      byFacet.set(filter.facetId, entry)
    }
    if (filter.kind === 'range') {
      const label = filter.label.slice(0, filter.label.indexOf(':'))
      clauses.push(`${label.toLowerCase()} is ${filter.text}`)
    }
  }
  const facetClauses = [...byFacet.values()].map(
    ({ label, values }) => `${label.toLowerCase()} is ${joinOr(values)}`,
  )
  const all = [...facetClauses, ...clauses]
  let text = count
  if (search) text += ` ${search.text}`
  if (all.length > 0) text += ` where ${all.join(' and ')}`
  return text
}

export { DEFAULT_VIEW }
