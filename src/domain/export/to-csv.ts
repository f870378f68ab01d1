import Papa from 'papaparse'
import type { CellValue } from '../query/table-spec'

export type CsvColumn<Row> = { header: string; value: (row: Row) => CellValue }
export type CsvOptions = { bom: boolean }

const BOM = '\uFEFF'
/** OWASP CSV injection: text starting with these can run as a formula in Excel or Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/

/** What a cell becomes in CSV: lists joined with "; ", missing values empty, numbers kept numeric. */
export function csvCell(value: CellValue): string | number {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? value : ''
  if (Array.isArray(value)) return value.join('; ')
  return value as string
}

/**
 * RFC 4180 CSV: comma separator, CRLF line ends, fields with comma, quote, CR or LF quoted and
 * quotes doubled; header row first. Text cells that could start a formula are prefixed with "'"
 * (numbers, including negative ones, stay numbers). A UTF-8 byte-order mark makes Excel read
 * accents correctly; R and pandas ignore it.
 */
export function toCsv<Row>(
  rows: ReadonlyArray<Row>,
  columns: ReadonlyArray<CsvColumn<Row>>,
  options: CsvOptions = { bom: true },
): string {
  const body = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((column) => csvCell(column.value(row)))),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  )
  // Papa ends a header-only file with a newline but not one with rows: normalise to exactly one.
  const unterminated = rows.length === 0 ? body.replace(/\r\n$/, '') : body
  return `${options.bom ? BOM : ''}${unterminated}\r\n`
}

/** A header with its unit: "Patients (n)". */
export function csvHeader(header: string, unit?: string): string {
  return unit ? `${header} (${unit})` : header
}
