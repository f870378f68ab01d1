import type { TableView } from '../view/view-state'
import { normaliseText } from './normalise'
import type { TableIndex } from './table-index'
import type { FacetOption, TableSpec } from './table-spec'

export type FacetCount = FacetOption & { count: number; selected: boolean }

export type FacetResult = {
  id: string
  label: string
  /** The options listed: all of them, or the most frequent ones plus every selected one. */
  options: FacetCount[]
  /** How many values the facet has in all. */
  optionCount: number
  /** How many values are not in `options` (0 when nothing is cut); `findOptions` reaches them. */
  hiddenCount: number
  /** Not listed in the facet panel (see FacetSpec.hidden). */
  hidden?: boolean
  /** Options whose label contains the text (accent- and case-insensitive), at most `limit`. */
  findOptions: (text: string, limit: number) => FacetCount[]
}

/** Beyond this many values a facet lists the most frequent ones and offers a filter box. */
export const MAX_FACET_OPTIONS = 200

export function facetResults<Row>(
  index: TableIndex<Row>,
  spec: TableSpec<Row>,
  table: TableView,
  counts: Int32Array[],
): FacetResult[] {
  return index.facets.map((facet, f) => {
    const selected = new Set(table.facets[facet.id] ?? [])
    const facetCounts = counts[f] ?? new Int32Array(0)
    const option = (o: number): FacetCount => {
      const base = facet.options[o] as FacetOption
      return { ...base, count: facetCounts[o] ?? 0, selected: selected.has(base.value) }
    }
    const all = facet.options.length
    let shown = facet.options.map((_, o) => o)
    if (all > MAX_FACET_OPTIONS) {
      // Most frequent first, then back to the facet's own order for display.
      const top = [...shown]
        .sort((a, b) => (facetCounts[b] ?? 0) - (facetCounts[a] ?? 0) || a - b)
        .slice(0, MAX_FACET_OPTIONS)
      const keep = new Set(top)
      shown = shown.filter((o) => keep.has(o) || selected.has(facet.options[o]?.value ?? ''))
    }
    let labels: string[] | null = null
    return {
      id: facet.id,
      label: spec.facets[f]?.label ?? facet.id,
      hidden: spec.facets[f]?.hidden ?? false,
      optionCount: all,
      hiddenCount: all - shown.length,
      options: shown.map(option),
      findOptions: (text, limit) => {
        const needle = normaliseText(text.trim())
        labels ??= facet.options.map((o) => normaliseText(o.label))
        const found: FacetCount[] = []
        for (let o = 0; o < all && found.length < limit; o++)
          if (labels[o]?.includes(needle)) found.push(option(o))
        return found
      },
    }
  })
}
