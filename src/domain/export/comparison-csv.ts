import { type Comparison, comparisonCsvRows } from '../compare/compare'
import { toCsv } from './to-csv'

/** The comparison as CSV (same rules as the tables): one row per attribute, one column per technique. */
export function comparisonCsv(
  comparison: Comparison,
  options: { bom: boolean; onlyDifferences: boolean },
): string {
  const rows = comparisonCsvRows(comparison).filter(
    (_row, i) => !options.onlyDifferences || comparison.rows[i]?.differs,
  )
  const columns = [
    { header: 'Attribute', value: (row: (typeof rows)[number]) => row.label },
    ...comparison.techniques.map((technique, i) => ({
      header: technique.name,
      value: (row: (typeof rows)[number]) => row.values[i] ?? '',
    })),
  ]
  return toCsv(rows, columns, { bom: options.bom })
}

export function comparisonFileName(comparison: Comparison, date: Date): string {
  const ids = comparison.techniques.map((t) => t.id).join('_')
  return `spinal-metastases-comparison_${ids}_${date.toISOString().slice(0, 10)}.csv`
}
