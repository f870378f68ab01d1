import type { SortKey } from '../view/view-state'
import type { TableIndex } from './table-index'
import type { ColumnSpec, TableSpec } from './table-spec'

export const PAGE_SIZE = 50

/**
 * Stable multi-key sort of row indexes. Missing values sort last in both directions so
 * "no data" never looks like an extreme. Unknown column ids are ignored.
 */
export function sortIndexes<Row>(
  indexes: number[],
  sort: ReadonlyArray<SortKey>,
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

export type Paged<Row> = { pageRows: Row[]; page: number; pageCount: number }

/** The page asked for, clamped to the pages there are. */
export function pageOf<Row>(rows: Row[], page: number): Paged<Row> {
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const clamped = Math.min(Math.max(1, page), pageCount)
  return {
    pageRows: rows.slice((clamped - 1) * PAGE_SIZE, clamped * PAGE_SIZE),
    page: clamped,
    pageCount,
  }
}

export function visibleColumnsOf<Row>(
  spec: TableSpec<Row>,
  columns: ReadonlyArray<string> | null,
): ColumnSpec<Row>[] {
  const ids = columns ?? spec.columns.filter((c) => c.defaultVisible).map((c) => c.id)
  return ids
    .map((id) => spec.columns.find((c) => c.id === id))
    .filter((c): c is ColumnSpec<Row> => c !== undefined)
}
