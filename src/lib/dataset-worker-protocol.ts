import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { PackedIndex } from '../domain/query/packed-index'
import type { DatasetHead } from '../domain/query/prepared'
import type { StudyRow } from '../domain/query/study-table'
import type { TechniqueRow } from '../domain/query/technique-table'

export type DatasetFormat = 'json' | 'csv'

export type WorkerSource =
  | { kind: 'text'; text: string }
  /** Bytes already downloaded by the page, transferred (not copied) to the worker. */
  | { kind: 'bytes'; bytes: ArrayBuffer }
  | { kind: 'file'; file: Blob }

export type WorkerRequest = {
  name: string
  format: DatasetFormat
  source: WorkerSource
  /** The dataset a CSV table is merged into (areas, vocabulary, techniques). */
  base: Dataset | null
  /**
   * The built-in file, validated at build time by `npm run data:check`: it is shown without the
   * schema check, which runs afterwards (`verified`) as a safety net for a file edited without
   * the check. Every file a user opens is checked in full before it is shown.
   */
  trusted: boolean
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
      timings: LoadTimings
      /** When the worker received the request (epoch ms), to tell its start-up time. */
      startedAt: number
    }
  | { type: 'result'; ok: false; issues: DatasetIssue[] }
  /** After a trusted result: the full check's problems (none for a good file). */
  | { type: 'verified'; issues: DatasetIssue[] }

export type ParseOutcome =
  | { ok: true; dataset: Dataset; hash: string; timings: LoadTimings }
  | { ok: false; issues: DatasetIssue[] }
