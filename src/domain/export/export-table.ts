import { strToU8, zipSync } from 'fflate'
import { authorsText, journalText } from '../dataset/outcome-text'
import type { Dataset, Study } from '../dataset/schema'
import { normaliseText } from '../query/normalise'
import type { AnyQueryResult, QueryResult } from '../query/run-query'
import type { ColumnSpec } from '../query/table-spec'
import { csvHeader, toCsv } from './to-csv'

export type TableExportOptions = { allColumns: boolean; bom: boolean }

function columnsFor<Row>(
  result: QueryResult<Row>,
  allColumns: boolean,
): ReadonlyArray<ColumnSpec<Row>> {
  return allColumns ? result.spec.columns : result.visibleColumns
}

/** The CSV of exactly what the table shows: the same rows, in the same order, same columns. */
export function tableCsv(result: AnyQueryResult, options: TableExportOptions): string {
  const write = <Row>(r: QueryResult<Row>) =>
    toCsv(
      r.rows,
      columnsFor(r, options.allColumns).map((c) => ({
        header: csvHeader(c.header, c.unit),
        value: c.value,
      })),
      { bom: options.bom },
    )
  if (result.table === 'techniques') return write(result)
  return result.table === 'studies' ? write(result) : write(result)
}

function slug(text: string): string {
  return normaliseText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * A descriptive, safe file name: table, a short form of the filters, date.
 * e.g. `spinal-metastases-techniques_area-radiation_2026-11-28.csv`.
 */
export function exportFileName(result: AnyQueryResult, date: Date, extension = 'csv'): string {
  const view = result.tableView
  const parts: string[] = []
  if (view.q.trim()) parts.push(`q-${slug(view.q)}`)
  for (const key of Object.keys(view.facets).sort()) {
    const values = view.facets[key] ?? []
    if (values.length > 0) parts.push(`${key}-${values.map(slug).join('-')}`)
  }
  for (const key of Object.keys(view.ranges).sort()) {
    const range = view.ranges[key]
    if (range) parts.push(`${key}-${range.min ?? ''}-${range.max ?? ''}`.replace(/-+$/, ''))
  }
  let filters = parts.join('_')
  if (filters.length > 60) filters = `${filters.slice(0, 60).replace(/[-_]+$/, '')}-etc`
  const day = date.toISOString().slice(0, 10)
  return `${[`spinal-metastases-${result.table}`, filters, day].filter(Boolean).join('_')}.${extension}`
}

export function studyCitation(study: Study): string {
  const ids = [
    study.doi ? `doi:${study.doi}` : null,
    study.pmid ? `PMID:${study.pmid}` : null,
  ].filter(Boolean)
  return `${authorsText(study)} ${study.title}. ${journalText(study)}. ${study.year}.${ids.length ? ` ${ids.join(' ')}` : ''}`
}

/**
 * Studies behind the exported rows: the rows themselves (studies) or their evidence (techniques).
 * Guidelines cite themselves (their link is a column), so their export lists no studies.
 */
export function sourcesOf(result: AnyQueryResult, dataset: Dataset): Study[] {
  const byId = new Map(dataset.studies.map((s) => [s.id, s]))
  const ids =
    result.table === 'studies'
      ? result.rows.map((r) => r.study.id)
      : result.table === 'techniques'
        ? [...new Set(result.rows.flatMap((r) => r.studyIds))]
        : []
  return ids.map((id) => byId.get(id)).filter((s): s is Study => s !== undefined)
}

export type ExportContext = {
  dataset: Dataset
  contentHash: string
  shareUrl: string
  exportedAt: Date
}

export function exportMetadata(result: AnyQueryResult, context: ExportContext, fileName: string) {
  const { dataset } = context
  return {
    file: fileName,
    table: result.table,
    rows: result.rows.length,
    of: result.tableSize,
    summary: result.summary,
    filters: {
      search: result.tableView.q || null,
      facets: result.tableView.facets,
      ranges: result.tableView.ranges,
      sort: result.tableView.sort,
    },
    shareUrl: context.shareUrl,
    exportedAt: context.exportedAt.toISOString(),
    dataset: {
      title: dataset.meta.title,
      version: dataset.meta.version,
      lastReviewed: dataset.meta.lastReviewed,
      contentHash: `sha256:${context.contentHash}`,
      license: dataset.meta.license,
      citation: dataset.meta.citation,
    },
    notice:
      'For education and research, not medical advice. Verification tiers: "primary" = seen at PubMed, PMC, the journal or the trial registry; "secondary" = seen quoted in a systematic review, guideline or HTA report (named); "unverified" = seen at neither.',
    sources: sourcesOf(result, dataset).map((study) => ({
      id: study.id,
      citation: studyCitation(study),
      doi: study.doi,
      pmid: study.pmid,
      verification: study.verification,
      verificationSource: study.verificationSource ?? null,
    })),
  }
}

export function exportReadme(metadata: ReturnType<typeof exportMetadata>): string {
  const lines = [
    `# ${metadata.file}`,
    '',
    `${metadata.summary}.`,
    '',
    `- Exported: ${metadata.exportedAt}`,
    `- Dataset: ${metadata.dataset.title}, version ${metadata.dataset.version} (reviewed ${metadata.dataset.lastReviewed}), ${metadata.dataset.contentHash}`,
    `- Licence: ${metadata.dataset.license}`,
    `- Open the same view: ${metadata.shareUrl}`,
    '',
    '## How to cite the data',
    '',
    metadata.dataset.citation,
    '',
    '## The file',
    '',
    'UTF-8 CSV (RFC 4180): comma-separated, CRLF line ends, a header row. Lists inside a cell are',
    'separated by "; ". Empty cells mean "not reported". Text that could be read as a spreadsheet',
    "formula starts with an apostrophe (').",
    '',
    `## Sources (${metadata.sources.length})`,
    '',
    ...metadata.sources.map(
      (s) =>
        `- ${s.citation} [${s.verification}${s.verificationSource ? `, seen in ${s.verificationSource}` : ''}]`,
    ),
    '',
    metadata.notice,
    '',
  ]
  return lines.join('\n')
}

/** A zip with the CSV, metadata.json and README.md. */
export function provenanceZip(
  csv: string,
  csvName: string,
  metadata: ReturnType<typeof exportMetadata>,
): Uint8Array<ArrayBuffer> {
  const zipped = zipSync({
    [csvName]: strToU8(csv),
    'metadata.json': strToU8(`${JSON.stringify(metadata, null, 2)}\n`),
    'README.md': strToU8(exportReadme(metadata)),
  })
  // Copy into a plain ArrayBuffer-backed array so it can be a Blob part.
  return new Uint8Array(zipped)
}
