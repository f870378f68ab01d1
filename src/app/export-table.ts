import type { ExportChoice } from '../components/export-controls'
import { compareTechniques, comparisonCsv, comparisonFileName } from '../domain/compare/compare'
import type { Dataset } from '../domain/dataset/schema'
import {
  exportFileName,
  exportMetadata,
  provenanceZip,
  tableCsv,
} from '../domain/export/export-table'
import type { AnyQueryResult } from '../domain/query/run-query'
import type { ViewState } from '../domain/view/view-state'
import { downloadFile } from '../lib/download'

/** Downloads the current table exactly as shown (same rows, order and columns). */
export function exportTable(
  result: AnyQueryResult,
  dataset: Dataset,
  hash: string,
  choice: ExportChoice,
): void {
  const now = new Date()
  const csv = tableCsv(result, choice)
  const csvName = exportFileName(result, now)
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
export function exportComparison(dataset: Dataset, view: ViewState, choice: ExportChoice): void {
  const comparison = compareTechniques(dataset, view.compare)
  const csv = comparisonCsv(comparison, { bom: choice.bom, onlyDifferences: view.onlyDifferences })
  downloadFile(comparisonFileName(comparison, new Date()), csv, 'text/csv;charset=utf-8')
}
