import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { PackedIndex } from '../domain/query/packed-index'
import type { DatasetHead } from '../domain/query/prepared'
import type { StudyRow } from '../domain/query/study-table'
import type { TechniqueRow } from '../domain/query/technique-table'

export type DatasetFormat = 'json' | 'csv'

export type WorkerSource =
  | { kind: 'text'; text: string }
  /** A file or a downloaded body: posting a Blob shares it, so the page never copies the bytes. */
  | { kind: 'file'; file: Blob }

export type WorkerRequest = {
  name: string
  format: DatasetFormat
  source: WorkerSource
  /** The dataset a CSV table is merged into (areas, vocabulary, techniques). */
  base: Dataset | null
  /**
   * SHA-256 of the built-in file as built (and checked by `npm run data:check`): a file with
   * exactly these bytes is shown without a second check; any other bytes are checked in full.
   */
  trustedSha256?: string
}

/** Milliseconds per load phase, in the order they ran; the bench prints them. */
export type LoadTimings = Record<string, number>

/**
 * The worker answers with progress, then the table rows in chunks (each message is its own
 * task on the page, so no single task deserialises 100,000 records), then the result: the rest
 * of the dataset and the tables' facet and range indexes as transferred typed arrays.
 */
export type WorkerResponse =
  | { type: 'progress'; phase: string; fraction: number }
  | { type: 'techniques'; rows: TechniqueRow[] }
  | { type: 'studies'; rows: StudyRow[] }
  | {
      type: 'result'
      ok: true
      head: DatasetHead
      index: { techniques: PackedIndex; studies: PackedIndex }
      hash: string
      /** What an older format was read as, in words; null for a current-format file. */
      migration: string[] | null
      timings: LoadTimings
      /** When the worker received the request (epoch ms), to tell its start-up time. */
      startedAt: number
    }
  | { type: 'result'; ok: false; issues: DatasetIssue[] }
  /**
   * After the result, for a file opened over the built-in dataset (`base`): how many records
   * differ from it (null if the comparison failed). Counted here because diffing 100,000 records
   * on the page would block it; the full list is computed when "What changed" opens.
   */
  | { type: 'compared'; changedRecords: number | null }

export type ParseOutcome =
  | {
      ok: true
      dataset: Dataset
      hash: string
      migration: string[] | null
      timings: LoadTimings
      /** Records that differ from the request's `base`; null when there was no base. */
      changedRecords: Promise<number | null> | null
    }
  | { ok: false; issues: DatasetIssue[] }
