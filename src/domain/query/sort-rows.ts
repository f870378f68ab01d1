import type { SortKey } from '../view/view-state'
import type { CellValue, ColumnSpec } from './table-spec'

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

function isMissing(value: CellValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const text = (v: CellValue) => (Array.isArray(v) ? v.join('; ') : String(v))
  return collator.compare(text(a), text(b))
}

/**
 * Sorts rows by several keys, stably. Missing values sort last in both directions so "no data"
 * never looks like an extreme. Unknown column ids are ignored.
 */
export function sortRows<Row>(
  rows: ReadonlyArray<Row>,
  sort: ReadonlyArray<SortKey>,
  columns: ReadonlyArray<ColumnSpec<Row>>,
): Row[] {
  const keys = sort
    .map((key) => ({ key, column: columns.find((c) => c.id === key.id) }))
    .filter((k): k is { key: SortKey; column: ColumnSpec<Row> } => k.column !== undefined)
  if (keys.length === 0) return [...rows]
  const decorated = rows.map((row, index) => ({
    row,
    index,
    values: keys.map((k) => k.column.value(row)),
  }))
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const va = a.values[i] ?? null
      const vb = b.values[i] ?? null
      const ma = isMissing(va)
      const mb = isMissing(vb)
      if (ma || mb) {
        if (ma && mb) continue
        return ma ? 1 : -1
      }
      const order = compareValues(va, vb)
      if (order !== 0) return keys[i]?.key.desc ? -order : order
    }
    return a.index - b.index
  })
  return decorated.map((d) => d.row)
}
