import { lazySortKeys, type TableIndex } from './table-index'
import type { FacetOption, TableSpec } from './table-spec'

/**
 * The row-independent part of a table index, in a form a worker can post cheaply: facet values
 * as typed arrays and range values as a Float64Array (NaN for missing), whose buffers are
 * transferred rather than copied. Search texts travel inside the rows and sort ranks stay lazy,
 * so neither is sent twice.
 */
export type PackedIndex = {
  facets: { id: string; options: FacetOption[]; offsets: Int32Array; flat: Int32Array }[]
  ranges: { id: string; values: Float64Array; min: number | null; max: number | null }[]
}

export function packIndex<Row>(index: TableIndex<Row>): PackedIndex {
  return {
    facets: index.facets.map(({ id, options, offsets, flat }) => ({ id, options, offsets, flat })),
    ranges: index.ranges.map(({ id, values, min, max }) => ({
      id,
      values: Float64Array.from(values, (value) => (value === null ? Number.NaN : value)),
      min,
      max,
    })),
  }
}

/** The buffers `postMessage` can hand over instead of copying. */
export function transferablesOf(packed: PackedIndex): ArrayBuffer[] {
  return [
    ...packed.facets.flatMap((facet) => [facet.offsets.buffer, facet.flat.buffer]),
    ...packed.ranges.map((range) => range.values.buffer),
  ].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer)
}

/** Rebuilds the index `buildIndex(rows, spec)` would give, without recomputing facets or ranges. */
export function unpackIndex<Row>(
  rows: ReadonlyArray<Row>,
  packed: PackedIndex,
  spec: TableSpec<Row>,
): TableIndex<Row> {
  if (packed.facets.some((facet) => facet.offsets.length !== rows.length + 1))
    throw new Error('the packed index does not match the rows')
  const searchTexts = new Array<string>(rows.length)
  for (let i = 0; i < rows.length; i++) searchTexts[i] = spec.searchText(rows[i] as Row)
  return {
    rows,
    searchTexts,
    facets: packed.facets.map((facet) => ({
      ...facet,
      optionIndex: new Map(facet.options.map((option, i) => [option.value, i])),
    })),
    ranges: packed.ranges.map(({ id, values, min, max }) => ({
      id,
      values: Array.from(values, (value) => (Number.isNaN(value) ? null : value)),
      min,
      max,
    })),
    sortKeys: lazySortKeys(rows, spec),
  }
}
