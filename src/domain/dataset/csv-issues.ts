import type { DatasetIssue } from './validate-dataset'

/** How a CSV file's text is split and how its problems are located and ordered for the reader. */

/**
 * The delimiter is read from the header line alone (field names never contain one): guessing from
 * the rows is fooled by list cells ("tech-a; tech-b") and a single short row. Spreadsheets set to
 * a comma-decimal locale write ";", so that and tabs are accepted too.
 */
export function headerDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const)
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best && best[1] > 0 ? best[0] : ','
}

/** Problems in file order: the header first, then by row (a stable sort keeps a row's columns in order). */
export function byRow(issues: DatasetIssue[]): DatasetIssue[] {
  const rowOf = (issue: DatasetIssue) => {
    const match = /^row (\d+)/.exec(issue.path)
    return match ? Number(match[1]) : 0
  }
  return [...issues].sort((a, b) => rowOf(a) - rowOf(b))
}

/** Turns `studies[3].techniqueIds[1]` into `row 5, column "techniqueIds"` (row 1 is the header). */
export function locate(kind: 'techniques' | 'studies', issue: DatasetIssue): DatasetIssue {
  const match = new RegExp(`^${kind}\\[(\\d+)\\]\\.?(.*)$`).exec(issue.path)
  if (!match) return issue
  const row = Number(match[1]) + 2
  const column = (match[2] ?? '').replace(/\[\d+\]/g, '')
  return { path: column ? `row ${row}, column "${column}"` : `row ${row}`, message: issue.message }
}
