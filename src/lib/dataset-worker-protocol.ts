import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'

export type DatasetFormat = 'json' | 'csv'

export type WorkerRequest = {
  name: string
  format: DatasetFormat
  source: { kind: 'text'; text: string } | { kind: 'file'; file: Blob }
  /** The dataset a CSV table is merged into (areas, vocabulary, techniques). */
  base: Dataset | null
  /** Send the text back, for saving in IndexedDB. */
  keepText: boolean
  /**
   * The built-in file, already checked by `npm run data:check` at build time: a current-format
   * file is shown as soon as it is parsed, and the full check follows (`checked`).
   */
  trusted?: boolean
}

export type WorkerResponse =
  | { type: 'progress'; phase: string; fraction: number }
  | {
      type: 'result'
      ok: true
      dataset: Dataset
      hash: string
      text: string | null
      /** What an older format was read as, in words; null for a current-format file. */
      migration: string[] | null
    }
  | { type: 'result'; ok: false; issues: DatasetIssue[] }
  /** After a trusted file was shown: the full check's verdict (no issues = all fine). */
  | { type: 'checked'; issues: DatasetIssue[] }

export type ParseOutcome = Extract<WorkerResponse, { type: 'result' }>
