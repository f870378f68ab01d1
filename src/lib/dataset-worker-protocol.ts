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
   * SHA-256 of the built-in file as built (and checked by `npm run data:check`): a file with
   * exactly these bytes is shown without a second check; any other bytes are checked in full.
   */
  trustedSha256?: string
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

export type ParseOutcome = Extract<WorkerResponse, { type: 'result' }>
