import type { ColumnSpec } from '../../domain/query/table-spec'

type ChoosableColumn = Pick<ColumnSpec<unknown>, 'id' | 'header' | 'required'>

type Props = {
  columns: ReadonlyArray<ChoosableColumn>
  visible: ReadonlyArray<string>
  onChange: (visible: string[]) => void
}

/** Show/hide columns; the choice lives in the URL (`cols=`), in the table's column order. */
export function ColumnChooser({ columns, visible, onChange }: Props) {
  const shown = new Set(visible)
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(shown)
    if (checked) next.add(id)
    else next.delete(id)
    onChange(columns.filter((c) => next.has(c.id)).map((c) => c.id))
  }
  return (
    <details className="column-chooser">
      <summary className="button">Columns</summary>
      <fieldset>
        <legend>Show columns</legend>
        {columns.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={shown.has(column.id)}
              disabled={column.required}
              onChange={(event) => toggle(column.id, event.target.checked)}
            />
            {column.header}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
