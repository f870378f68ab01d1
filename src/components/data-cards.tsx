import type { ReactNode } from 'react'
import type { ColumnSpec } from '../domain/query/table-spec'
import { formatCell } from './data-table'

type Props<Row> = {
  caption: string
  columns: ReadonlyArray<ColumnSpec<Row>>
  rows: Row[]
  rowId: (row: Row) => string
  renderCell?: (columnId: string, row: Row) => ReactNode | undefined
  /** Optional control per card, e.g. the comparison checkbox, with its visible label. */
  leadingCell?: { label?: string; cell: (row: Row) => ReactNode }
}

/**
 * The same page of rows as the table, one card per row with the visible columns as label–value
 * pairs: on a phone a whole record reads top to bottom instead of scrolling sideways.
 */
export function DataCards<Row>({
  caption,
  columns,
  rows,
  rowId,
  renderCell,
  leadingCell,
}: Props<Row>) {
  const [first, ...rest] = columns
  const content = (spec: ColumnSpec<Row>, row: Row) => {
    const custom = renderCell?.(spec.id, row)
    if (custom !== undefined) return custom
    const text = formatCell(spec.value(row))
    return text === '' ? <span className="muted">—</span> : text
  }
  return (
    <ul className="data-cards" aria-label={caption}>
      {rows.map((row) => (
        <li key={rowId(row)} className="data-card">
          <div className="card-head">
            {first ? <h3 className="card-title">{content(first, row)}</h3> : null}
            {leadingCell ? (
              // The control keeps its own accessible name; the text is for sighted users.
              // biome-ignore lint/a11y/noLabelWithoutControl: the control is the rendered cell inside
              <label className="card-select">
                {leadingCell.cell(row)}
                <span aria-hidden="true">{leadingCell.label}</span>
              </label>
            ) : null}
          </div>
          <dl>
            {rest.map((spec) => (
              <div key={spec.id}>
                <dt>{spec.unit ? `${spec.header} (${spec.unit})` : spec.header}</dt>
                <dd>{content(spec, row)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  )
}
