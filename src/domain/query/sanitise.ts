import type { Range, TableView } from '../view/view-state'
import type { TableIndex } from './table-index'
import type { TableSpec } from './table-spec'

/** Drops facet values, ranges, columns and sort keys that the table does not know. */
export function sanitiseTableView<Row>(
  table: TableView,
  spec: TableSpec<Row>,
  index: TableIndex<Row>,
): TableView {
  const facets: Record<string, string[]> = {}
  for (const facet of index.facets) {
    const values = (table.facets[facet.id] ?? []).filter((v) => facet.optionIndex.has(v))
    if (values.length > 0) facets[facet.id] = values
  }
  const ranges: Record<string, Range> = {}
  for (const range of spec.ranges) {
    const selected = table.ranges[range.id]
    if (selected) ranges[range.id] = selected
  }
  const columnIds = new Set(spec.columns.map((c) => c.id))
  let columns = table.columns?.filter((id) => columnIds.has(id)) ?? null
  if (columns !== null) {
    const required = spec.columns.filter((c) => c.required && !columns?.includes(c.id))
    columns = [...required.map((c) => c.id), ...columns]
  }
  return {
    ...table,
    facets,
    ranges,
    columns: columns && columns.length > 0 ? columns : null,
    sort: table.sort.filter((key) => columnIds.has(key.id)),
  }
}
