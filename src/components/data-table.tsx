import {
  columnVisibilityFeature,
  createColumnHelper,
  type RowData,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table'
import { type ReactNode, useMemo } from 'react'
import type { CellValue, ColumnSpec } from '../domain/query/table-spec'
import type { SortKey } from '../domain/view/view-state'

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature })

type Props<Row extends RowData> = {
  caption: string
  columns: ReadonlyArray<ColumnSpec<Row>>
  rows: Row[]
  rowId: (row: Row) => string
  sort: ReadonlyArray<SortKey>
  onSortChange: (sort: SortKey[]) => void
  /** Custom rendering for some cells (links, badges); falls back to the plain value. */
  renderCell?: (columnId: string, row: Row) => ReactNode | undefined
  /** Optional leading cell per row, e.g. a selection checkbox. */
  leadingCell?: { header: ReactNode; cell: (row: Row) => ReactNode }
}

export function formatCell(value: CellValue): string {
  if (value === null) return ''
  if (Array.isArray(value)) return value.join('; ')
  return String(value)
}

const ariaSort = (direction: false | 'asc' | 'desc') =>
  direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined

/**
 * The explorer's table: rows arrive already filtered, sorted and paged by `runQuery`
 * (manualSorting), TanStack Table v9 provides headers, sort toggling (shift for multi-sort)
 * and cell rendering. Sort buttons are native buttons, so Enter and Space work.
 */
export function DataTable<Row extends RowData>({
  caption,
  columns,
  rows,
  rowId,
  sort,
  onSortChange,
  renderCell,
  leadingCell,
}: Props<Row>) {
  // Column definitions stay the same object while the visible columns do, so the table is not
  // rebuilt on every keystroke. Body cells are rendered below with the latest renderCell.
  const columnKey = columns.map((c) => c.id).join('|')
  // biome-ignore lint/correctness/useExhaustiveDependencies: columnKey stands for `columns`
  const columnDefs = useMemo(() => {
    const helper = createColumnHelper<typeof features, Row>()
    return helper.columns(
      columns.map((spec) =>
        helper.accessor((row: Row) => formatCell(spec.value(row)), {
          id: spec.id,
          header: spec.unit ? `${spec.header} (${spec.unit})` : spec.header,
          sortDescFirst: (spec.firstSort ?? (spec.kind === 'number' ? 'desc' : 'asc')) === 'desc',
        }),
      ),
    )
  }, [columnKey])
  const sorting: SortingState = sort.map((key) => ({ id: key.id, desc: key.desc }))
  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    getRowId: (row) => rowId(row),
    manualSorting: true,
    enableMultiSort: true,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      onSortChange(next.map((s) => ({ id: s.id, desc: s.desc })))
    },
  })
  const numeric = new Set(columns.filter((c) => c.kind === 'number').map((c) => c.id))

  return (
    <table>
      <caption className="visually-hidden">
        {caption}. Column headers are buttons that sort; hold Shift to sort by several columns.
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {leadingCell ? <th scope="col">{leadingCell.header}</th> : null}
            {group.headers.map((header, index) => {
              const direction = header.column.getIsSorted()
              const position = sort.length > 1 ? header.column.getSortIndex() : -1
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSort(direction)}
                  className={[
                    numeric.has(header.column.id) ? 'num' : '',
                    index === 0 ? 'pinned' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={header} />
                    <span className="sort-indicator" aria-hidden="true">
                      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                      {position >= 0 ? <sub>{position + 1}</sub> : null}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {leadingCell ? <td className="select-cell">{leadingCell.cell(row.original)}</td> : null}
            {row.getAllCells().map((cell, index) => {
              const content =
                renderCell?.(cell.column.id, row.original) ?? String(cell.getValue() ?? '')
              return index === 0 ? (
                <th key={cell.id} scope="row" data-col={cell.column.id} className="pinned">
                  {content}
                </th>
              ) : (
                <td
                  key={cell.id}
                  data-col={cell.column.id}
                  className={numeric.has(cell.column.id) ? 'num' : undefined}
                >
                  {content}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
