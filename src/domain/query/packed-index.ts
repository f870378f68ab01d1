import { lazySortKeys, type TableIndex } from './table-index'
import type { FacetOption, TableSpec } from './table-spec'

/**
 * The row-independent part of a table index, in a form a worker can post cheaply: facet values
 * and range values are typed arrays, whose buffers are transferred rather than copied. Search texts travel inside the rows and sort ranks stay lazy,
 * so neither is sent twice.
 */
export type PackedIndex = {
  facets: { id: string; options: FacetOption[]; offsets: Int32Array; flat: Int32Array }[]
  ranges: { id: string; values: Float64Array; min: number | null; max: number | null }[]
}

export function packIndex<Row>(index: TableIndex<Row>): PackedIndex {
  return {
    facets: index.facets.map(({ id, options, offsets, flat }) => ({ id, options, offsets, flat })),
    ranges: index.ranges.map(({ id, values, min, max }) => ({ id, values, min, max })),
  }
}

/** The buffers `postMessage` can hand over instead of copying. */
export function transferablesOf(packed: PackedIndex): ArrayBuffer[] {
  return [
    ...packed.facets.flatMap((facet) => [facet.offsets.buffer, facet.flat.buffer]),
    ...packed.ranges.map((range) => range.values.buffer),
  ].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer)
}

/**
 * Rebuilds the index `buildIndex(rows, spec)` would give, without recomputing facets or ranges;
 * `searchTexts` may be collected beforehand, chunk by chunk, as rows arrive.
 */
export function unpackIndex<Row>(
  rows: ReadonlyArray<Row>,
  packed: PackedIndex,
  spec: TableSpec<Row>,
  searchTexts: string[] = rows.map(spec.searchText),
): TableIndex<Row> {
  const sizes = [
    ...packed.facets.map((f) => f.offsets.length - 1),
    ...packed.ranges.map((r) => r.values.length),
  ]
  if (searchTexts.length !== rows.length || sizes.some((size) => size !== rows.length))
    throw new Error('the packed index does not match the rows')
  return {
    rows,
    searchTexts,
    facets: packed.facets.map((facet) => ({
      ...facet,
      optionIndex: new Map(facet.options.map((option, i) => [option.value, i])),
    })),
    ranges: packed.ranges,
    sortKeys: lazySortKeys(rows, spec),
  }
}
