import type { ExportChoice } from '../components/export-controls'
import type { Dataset } from '../domain/dataset/schema'
import type { AnyQueryResult } from '../domain/query/run-query'
import type { ViewState } from '../domain/view/view-state'
import { downloadFile } from '../lib/download'

// The CSV and zip writers load on the first export, keeping them out of the first page load.

/** Downloads the current table exactly as shown (same rows, order and columns). */
export async function exportTable(
  result: AnyQueryResult,
  dataset: Dataset,
  hash: string,
  choice: ExportChoice,
): Promise<void> {
  const { exportFileName, exportMetadata, provenanceZip, tableCsv } = await import(
    '../domain/export/export-table'
  )
  const now = new Date()
  const editable = choice.editable
    ? (await import('../domain/export/editable-csv')).editableTableCsv(result, choice.bom)
    : null
  const csv = editable ?? tableCsv(result, choice)
  const csvName = exportFileName(result, now, editable !== null ? 'editable.csv' : 'csv')
  if (!choice.provenance) {
    downloadFile(csvName, csv, 'text/csv;charset=utf-8')
    return
  }
  const metadata = exportMetadata(
    result,
    { dataset, contentHash: hash, shareUrl: window.location.href, exportedAt: now },
    csvName,
  )
  downloadFile(
    csvName.replace(/\.csv$/, '.zip'),
    provenanceZip(csv, csvName, metadata),
    'application/zip',
  )
}

/** Downloads the comparison as shown (respecting "only differences"). */
export async function exportComparison(
  dataset: Dataset,
  view: ViewState,
  choice: ExportChoice,
): Promise<void> {
  const [{ comparisonCsv, comparisonFileName }, { compareTechniques }] = await Promise.all([
    import('../domain/export/comparison-csv'),
    import('../domain/compare/compare'),
  ])
  const comparison = compareTechniques(dataset, view.compare.ids)
  const csv = comparisonCsv(comparison, {
    bom: choice.bom,
    onlyDifferences: view.compare.onlyDifferences,
  })
  downloadFile(comparisonFileName(comparison, new Date()), csv, 'text/csv;charset=utf-8')
}
