import type { Range, TableView } from '../view/view-state'
import type { FacetResult } from './facets'

export type RangeResult = {
  id: string
  label: string
  kind: 'year' | 'amount'
  /** Bounds of the whole table, for input hints. */
  min: number | null
  max: number | null
  selected: Range | null
}

/** One removable part of the active filter, for the summary chips and the count line. */
export type ActiveFilter =
  | { kind: 'search'; label: string; text: string }
  | {
      kind: 'facet'
      facetId: string
      facetLabel: string
      value: string
      text: string
      label: string
    }
  | { kind: 'range'; rangeId: string; rangeLabel: string; text: string; label: string }

const SEARCH_CHIP_CHARS = 30

export function describeActiveFilters(
  table: TableView,
  facets: FacetResult[],
  ranges: RangeResult[],
): ActiveFilter[] {
  const filters: ActiveFilter[] = []
  const q = table.q.trim()
  // The chip shows the term ("Search: kypho"), cut short so a long paste keeps the chip small.
  if (q !== '')
    filters.push({
      kind: 'search',
      label: `Search: ${q.length > SEARCH_CHIP_CHARS ? `${q.slice(0, SEARCH_CHIP_CHARS - 1)}…` : q}`,
      text: `matching “${q}”`,
    })
  for (const facet of facets) {
    for (const option of facet.options.filter((o) => o.selected)) {
      filters.push({
        kind: 'facet',
        facetId: facet.id,
        facetLabel: facet.label,
        value: option.value,
        text: option.label,
        label: `${facet.label}: ${option.label}`,
      })
    }
  }
  for (const range of ranges) {
    if (!range.selected) continue
    const text = formatRange(range.selected, range.kind)
    filters.push({
      kind: 'range',
      rangeId: range.id,
      rangeLabel: range.label,
      text,
      label: `${range.label}: ${text}`,
    })
  }
  return filters
}

/** "2010–2020", "2010 or later", "100 or more", "up to 99", "2015". */
export function formatRange(range: Range, kind: 'year' | 'amount'): string {
  if (range.min !== null && range.max !== null)
    return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`
  if (range.min !== null) return `${range.min} ${kind === 'year' ? 'or later' : 'or more'}`
  return `up to ${range.max}`
}

function joinOr(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`
}

/** "12 of 41 techniques matching “kypho” where therapy area is Radiation therapy or MIT". */
export function summarise(
  shown: number,
  tableSize: number,
  [singular, plural]: readonly [string, string],
  filters: ActiveFilter[],
): string {
  const noun = tableSize === 1 ? singular : plural
  const count =
    shown === tableSize && filters.length === 0
      ? `${tableSize} ${noun}`
      : `${shown} of ${tableSize} ${noun}`
  const byFacet = new Map<string, { label: string; values: string[] }>()
  const rangeClauses: string[] = []
  for (const filter of filters) {
    if (filter.kind === 'facet') {
      const entry = byFacet.get(filter.facetId) ?? { label: filter.facetLabel, values: [] }
      entry.values.push(filter.text)
      byFacet.set(filter.facetId, entry)
    }
    if (filter.kind === 'range')
      rangeClauses.push(`${filter.rangeLabel.toLowerCase()} is ${filter.text}`)
  }
  const clauses = [
    ...[...byFacet.values()].map(
      ({ label, values }) => `${label.toLowerCase()} is ${joinOr(values)}`,
    ),
    ...rangeClauses,
  ]
  const search = filters.find((f) => f.kind === 'search')
  let text = count
  if (search) text += ` ${search.text}`
  if (clauses.length > 0) text += ` where ${clauses.join(' and ')}`
  return text
}
