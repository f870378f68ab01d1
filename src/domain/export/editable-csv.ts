import { EDITABLE_COLUMNS } from '../dataset/csv-fields'
import type { Study, Technique } from '../dataset/schema'
import type { AnyQueryResult } from '../query/run-query'
import type { CellValue } from '../query/table-spec'
import { toCsv } from './to-csv'

/**
 * A cell of the editable CSV: nested fields by dotted path; lists one item per line, so items
 * that contain "; " survive. A one-item list whose item contains ";" ends with a line break,
 * or the importer would split it.
 */
function cellOf(record: Technique | Study, path: string): CellValue {
  let value: unknown = record
  for (const key of path.split('.'))
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) {
    const items = value.map(String)
    return items.length === 1 && (items[0] ?? '').includes(';') ? `${items[0]}\n` : items.join('\n')
  }
  return typeof value === 'number' ? value : String(value)
}

/**
 * Every field of the records under its schema name, the form "Open dataset…" reads: export,
 * edit in a spreadsheet, open again, and only the edits differ. Technique outcomes cannot be
 * nested in a table; the importer keeps the built-in outcomes of each technique.
 */
export function editableCsv(
  kind: keyof typeof EDITABLE_COLUMNS,
  records: ReadonlyArray<Technique | Study>,
  options: { bom: boolean },
): string {
  const columns = EDITABLE_COLUMNS[kind].map((header) => ({
    header,
    value: (record: Technique | Study) => cellOf(record, header),
  }))
  return toCsv(records, columns, options)
}

/** The rows a table shows, in its order, as the editable CSV. */
export function editableTableCsv(result: AnyQueryResult, bom: boolean): string {
  if (result.table === 'techniques')
    return editableCsv(
      'techniques',
      result.rows.map((row) => row.technique),
      { bom },
    )
  if (result.table === 'studies')
    return editableCsv(
      'studies',
      result.rows.map((row) => row.study),
      { bom },
    )
  // "Open dataset…" reads techniques and studies tables; guidelines are exported as shown.
  throw new Error('an editable CSV exists for techniques and studies only')
}
