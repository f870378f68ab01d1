import type { Dataset } from '../dataset/schema'
import type { Range, ViewState } from '../view/view-state'
import { searchTerms } from './normalise'
import { type StudyRow, studyRows, studyTableSpec } from './study-table'
import { buildIndex, type TableIndex } from './table-index'
import type { ColumnSpec, FacetOption, TableSpec } from './table-spec'
import { type TechniqueRow, techniqueRows, techniqueTableSpec } from './technique-table'

export const PAGE_SIZE = 50

export type FacetCount = FacetOption & { count: number; selected: boolean }
export type FacetResult = {
  id: string
  label: string
  options: FacetCount[]
  /** How many values the facet has in all; more than `options` when the list is cut. */
  optionCount: number
}

export const MAX_FACET_OPTIONS = 200
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
  techniques: { index: TableIndex<TechniqueRow>; spec: TableSpec<TechniqueRow> }
  studies: { index: TableIndex<StudyRow>; spec: TableSpec<StudyRow> }
}

// Rows, search texts and facet values are derived once per dataset, not on every keystroke.
const preparedCache = new WeakMap<Dataset, Prepared>()

function prepare(dataset: Dataset): Prepared {
  let prepared = preparedCache.get(dataset)
  if (!prepared) {
    const techniqueSpec = techniqueTableSpec(dataset)
    const studySpec = studyTableSpec(dataset)
    prepared = {
      techniques: { index: buildIndex(techniqueRows(dataset), techniqueSpec), spec: techniqueSpec },
      studies: { index: buildIndex(studyRows(dataset), studySpec), spec: studySpec },
    }
    preparedCache.set(dataset, prepared)
  }
  return prepared
}

/** The one pipeline: table, summary line, charts and CSV export all read its result. */
export function runQuery(dataset: Dataset, view: ViewState): AnyQueryResult {
  const prepared = prepare(dataset)
  if (view.tab === 'studies') {
    const { index, spec } = prepared.studies
    return { tab: 'studies', ...queryIndex(index, spec, view) }
  }
  const { index, spec } = prepared.techniques
  return { tab: 'techniques', ...queryIndex(index, spec, view) }
}

/** Drops facet values, ranges, columns and sort keys that the table does not know. */
export function sanitiseView<Row>(
  view: ViewState,
  spec: TableSpec<Row>,
  index: TableIndex<Row>,
): ViewState {
  const facets: Record<string, string[]> = {}
  for (const facet of index.facets) {
    const values = (view.facets[facet.id] ?? []).filter((v) => facet.optionIndex.has(v))
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

/** Search-and-range cache: typing forward only narrows, so scan the previous matches. */
type BaseCache = { filterKey: string; q: string; indexes: number[] }
const baseCache = new WeakMap<object, BaseCache>()

function baseIndexes<Row>(
  index: TableIndex<Row>,
  view: ViewState,
  terms: string[],
  rangeSelections: { values: (number | null)[]; selected: Range }[],
): number[] {
  const filterKey = JSON.stringify(view.ranges)
  const q = terms.join(' ')
  const previous = baseCache.get(index)
  const narrowing =
    previous !== undefined &&
    previous.filterKey === filterKey &&
    previous.q !== '' &&
    terms.length >= previous.q.split(' ').length &&
    previous.q.split(' ').every((old, k) => (terms[k] ?? '').includes(old))
  const candidates = narrowing ? previous.indexes : null
  const n = candidates ? candidates.length : index.rows.length
  const indexes: number[] = []
  for (let k = 0; k < n; k++) {
    const i = candidates ? (candidates[k] as number) : k
    const text = index.searchTexts[i] as string
    let ok = true
    for (const term of terms) {
      if (!text.includes(term)) {
        ok = false
        break
      }
    }
    if (!ok) continue
    for (const range of rangeSelections)
      if (!inRange(range.values[i] ?? null, range.selected)) ok = false
    if (ok) indexes.push(i)
  }
  baseCache.set(index, { filterKey, q, indexes })
  return indexes
}

function inRange(value: number | null, range: Range): boolean {
  if (value === null) return false
  if (range.min !== null && value < range.min) return false
  if (range.max !== null && value > range.max) return false
  return true
}

function queryIndex<Row>(
  index: TableIndex<Row>,
  spec: TableSpec<Row>,
  rawView: ViewState,
): QueryResult<Row> {
  const view = sanitiseView(rawView, spec, index)
  const terms = searchTerms(view.q)
  const selections = index.facets
    .map((facet, f) => {
      const wanted = new Set((view.facets[facet.id] ?? []).map((v) => facet.optionIndex.get(v)))
      return { f, wanted }
    })
    .filter((s) => s.wanted.size > 0)
  const rangeSelections = index.ranges
    .map((range) => ({ values: range.values, selected: view.ranges[range.id] }))
    .filter((r): r is { values: (number | null)[]; selected: Range } => Boolean(r.selected))

  const base = baseIndexes(index, view, terms, rangeSelections)

  // A row passing search and ranges is counted in facet f when it passes every other facet
  // (several values in one facet widen, different facets narrow, and a facet's counts leave
  // its own selection out).
  const counts = index.facets.map((facet) => new Int32Array(facet.options.length))
  const n = index.rows.length
  // With no facet selected every base row matches; otherwise collect the rows passing all facets.
  const matching: number[] = selections.length === 0 ? base : []
  const passesFacet = (f: number, wanted: Set<number | undefined>, i: number) => {
    const facet = index.facets[f]
    if (!facet) return true
    for (let k = facet.offsets[i] as number; k < (facet.offsets[i + 1] as number); k++)
      if (wanted.has(facet.flat[k])) return true
    return false
  }
  if (selections.length === 0) {
    // The common case: no facet selected, so every base row matches and counts in every facet.
    // Facet-major loops over typed arrays: this is the hot path at 100,000 rows.
    index.facets.forEach((facet, f) => {
      const facetCounts = counts[f] as Int32Array
      const { offsets, flat } = facet
      for (let b = 0; b < base.length; b++) {
        const i = base[b] as number
        const end = offsets[i + 1] as number
        for (let k = offsets[i] as number; k < end; k++) {
          const v = flat[k] as number
          facetCounts[v] = (facetCounts[v] as number) + 1
        }
      }
    })
  } else {
    const countRow = (f: number, i: number) => {
      const facet = index.facets[f]
      const facetCounts = counts[f]
      if (!facet || !facetCounts) return
      for (let k = facet.offsets[i] as number; k < (facet.offsets[i + 1] as number); k++)
        facetCounts[facet.flat[k] as number] = (facetCounts[facet.flat[k] as number] as number) + 1
    }
    for (const i of base) {
      let failures = 0
      let failedFacet = -1
      for (const { f, wanted } of selections) {
        if (!passesFacet(f, wanted, i)) {
          failures += 1
          failedFacet = f
          if (failures > 1) break
        }
      }
      if (failures > 1) continue
      if (failures === 0) {
        matching.push(i)
        for (let f = 0; f < counts.length; f++) countRow(f, i)
      } else countRow(failedFacet, i)
    }
  }

  const facets: FacetResult[] = index.facets.map((facet, f) => {
    const selected = new Set(view.facets[facet.id] ?? [])
    const facetSpec = spec.facets[f]
    const facetCounts = counts[f] ?? []
    const all = facet.options.length
    // A facet with thousands of values (e.g. techniques of a large imported file) lists the
    // selected values and the most frequent ones; search narrows the rest.
    const shown =
      all <= MAX_FACET_OPTIONS
        ? facet.options.map((_, o) => o)
        : facet.options
            .map((_, o) => o)
            .sort((a, b) => (facetCounts[b] ?? 0) - (facetCounts[a] ?? 0) || a - b)
            .filter((o, k) => k < MAX_FACET_OPTIONS || selected.has(facet.options[o]?.value ?? ''))
            .sort((a, b) => a - b)
    return {
      id: facet.id,
      label: facetSpec?.label ?? facet.id,
      optionCount: all,
      options: shown.map((o) => ({
        ...(facet.options[o] as FacetOption),
        count: facetCounts[o] ?? 0,
        selected: selected.has(facet.options[o]?.value ?? ''),
      })),
    }
  })

  const ranges: RangeResult[] = index.ranges.map((range, r) => ({
    id: range.id,
    label: spec.ranges[r]?.label ?? range.id,
    min: range.min,
    max: range.max,
    selected: view.ranges[range.id] ?? null,
  }))

  const sortKeys = view.sort.length > 0 ? view.sort : spec.defaultSort
  const order = sortIndexes(matching, sortKeys, index)
  const rows = order.map((i) => index.rows[i] as Row)
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
    total: n,
    pageRows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    page,
    pageCount,
    facets,
    ranges,
    visibleColumns,
    activeFilters,
    summary: summarise(rows.length, n, spec.noun, activeFilters),
  }
}

/**
 * Stable multi-key sort of row indexes. Missing values sort last in both directions so
 * "no data" never looks like an extreme. Unknown column ids are ignored.
 */
function sortIndexes<Row>(
  indexes: number[],
  sort: ReadonlyArray<{ id: string; desc: boolean }>,
  index: TableIndex<Row>,
): number[] {
  const keys = sort
    .map((key) => ({ desc: key.desc, values: index.sortKeys(key.id) }))
    .filter((k): k is { desc: boolean; values: (number | null)[] } => k.values !== null)
  if (keys.length === 0) return indexes
  return [...indexes].sort((a, b) => {
    for (const key of keys) {
      const va = key.values[a] ?? null
      const vb = key.values[b] ?? null
      if (va === null || vb === null) {
        if (va === null && vb === null) continue
        return va === null ? 1 : -1
      }
      if (va !== vb) return key.desc ? vb - va : va - vb
    }
    return a - b
  })
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
