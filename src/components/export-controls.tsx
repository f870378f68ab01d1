import { useId, useState } from 'react'

export type ExportChoice = {
  bom: boolean
  allColumns: boolean
  provenance: boolean
  /** Every field under its schema name, to edit in a spreadsheet and open again. */
  editable: boolean
}

type Props = {
  rowCount: number
  /** Offer "all columns" only where the view hides some. */
  canChooseColumns: boolean
  /** The .zip with metadata and README; tables offer it, smaller exports may not. */
  offerProvenance?: boolean
  /** The editable CSV (schema field names) that "Open dataset…" reads back. */
  offerEditable?: boolean
  onExport: (choice: ExportChoice) => void
}

/** "Download 12 rows as CSV" with the options a spreadsheet or R user needs. */
export function ExportControls({
  rowCount,
  canChooseColumns,
  offerProvenance = true,
  offerEditable = false,
  onExport,
}: Props) {
  const id = useId()
  const [choice, setChoice] = useState<ExportChoice>({
    bom: true,
    allColumns: false,
    provenance: false,
    editable: false,
  })
  const set = (key: keyof ExportChoice) => (event: { target: { checked: boolean } }) =>
    setChoice({ ...choice, [key]: event.target.checked })
  const noun = rowCount === 1 ? 'row' : 'rows'
  return (
    <div className="export-controls">
      <button type="button" className="button button-primary" onClick={() => onExport(choice)}>
        Download {rowCount.toLocaleString('en')} {noun} as{' '}
        {choice.provenance ? 'CSV with provenance (.zip)' : 'CSV'}
      </button>
      <details className="export-options">
        <summary className="button">Export options</summary>
        <fieldset id={id}>
          <legend>What to export</legend>
          {offerEditable ? (
            <label>
              <input type="checkbox" checked={choice.editable} onChange={set('editable')} />
              Editable CSV: all fields by data name, to edit and open again
            </label>
          ) : null}
          {canChooseColumns && !choice.editable ? (
            <label>
              <input type="checkbox" checked={choice.allColumns} onChange={set('allColumns')} />
              All columns, not only the visible ones
            </label>
          ) : null}
          <label>
            <input type="checkbox" checked={choice.bom} onChange={set('bom')} />
            Byte-order mark for Excel
          </label>
          {offerProvenance ? (
            <label>
              <input type="checkbox" checked={choice.provenance} onChange={set('provenance')} />
              With provenance: a .zip with metadata.json and README.md
            </label>
          ) : null}
        </fieldset>
      </details>
    </div>
  )
}
