import type { Range, TableView } from '../view/view-state'
import { searchTerms } from './normalise'
import type { TableIndex } from './table-index'

export type Filtered = {
  /** Indexes of the rows passing search, ranges and every facet, in dataset order. */
  matching: number[]
  /** Per facet, per option: rows that would match if this facet's own selection were left out. */
  counts: Int32Array[]
}

type RangeSelection = { values: (number | null)[]; selected: Range }

/** Search-and-range cache: typing forward only narrows, so scan the previous matches. */
type BaseCache = { filterKey: string; q: string; indexes: number[] }
const baseCache = new WeakMap<object, BaseCache>()

function baseIndexes<Row>(
  index: TableIndex<Row>,
  table: TableView,
  terms: string[],
  rangeSelections: RangeSelection[],
): number[] {
  const filterKey = JSON.stringify(table.ranges)
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

/**
 * Filters a table and counts facet options. Several values in one facet widen, different facets
 * narrow each other, and a facet's counts leave its own selection out.
 */
export function filterAndCount<Row>(index: TableIndex<Row>, table: TableView): Filtered {
  const selections = index.facets
    .map((facet, f) => ({
      f,
      wanted: new Set((table.facets[facet.id] ?? []).map((v) => facet.optionIndex.get(v))),
    }))
    .filter((s) => s.wanted.size > 0)
  const rangeSelections = index.ranges
    .map((range) => ({ values: range.values, selected: table.ranges[range.id] }))
    .filter((r): r is RangeSelection => Boolean(r.selected))
  const base = baseIndexes(index, table, searchTerms(table.q), rangeSelections)
  const counts = index.facets.map((facet) => new Int32Array(facet.options.length))

  const countRow = (f: number, i: number) => {
    const facet = index.facets[f]
    const facetCounts = counts[f]
    if (!facet || !facetCounts) return
    for (let k = facet.offsets[i] as number; k < (facet.offsets[i + 1] as number); k++)
      facetCounts[facet.flat[k] as number] = (facetCounts[facet.flat[k] as number] as number) + 1
  }

  if (selections.length === 0) {
    // The common case: every base row matches and counts in every facet. Facet-major loops over
    // typed arrays: this is the hot path at 100,000 rows.
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
    return { matching: base, counts }
  }

  const passesFacet = (f: number, wanted: Set<number | undefined>, i: number) => {
    const facet = index.facets[f]
    if (!facet) return true
    for (let k = facet.offsets[i] as number; k < (facet.offsets[i + 1] as number); k++)
      if (wanted.has(facet.flat[k])) return true
    return false
  }
  const matching: number[] = []
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
  return { matching, counts }
}
