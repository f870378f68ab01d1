import datasetUrl from '../../data/evidence.json?url'
import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { WorkerRequest } from '../lib/dataset-worker-protocol'
import { parseInWorker } from '../lib/parse-in-worker'

export const BUILT_IN_NAME = 'data/evidence.json'

async function fetchBuiltIn(): Promise<{ bytes: ArrayBuffer } | { issues: DatasetIssue[] }> {
  try {
    const response = await fetch(datasetUrl)
    if (!response.ok)
      return {
        issues: [{ path: '(file)', message: `could not be downloaded (HTTP ${response.status})` }],
      }
    // Bytes, transferred to the worker: the page never holds the dataset as a string.
    return { bytes: await response.arrayBuffer() }
  } catch (error) {
    return {
      issues: [
        {
          path: '(file)',
          message: `could not be downloaded (${error instanceof Error ? error.message : 'network error'})`,
        },
      ],
    }
  }
}

export type BuiltInOutcome =
  | { ok: true; dataset: Dataset; hash: string; verified: Promise<DatasetIssue[]> }
  | { ok: false; issues: DatasetIssue[] }

let builtInLoad: Promise<BuiltInOutcome> | null = null

/**
 * Starts downloading, parsing and indexing the built-in dataset once; `main.tsx` calls it before React
 * renders so the work overlaps the first render. Later calls share the same promise.
 */
export function loadBuiltIn(): Promise<BuiltInOutcome> {
  builtInLoad ??= (async () => {
    // Download the dataset while the worker loads its code.
    const fetched = fetchBuiltIn()
    const request = fetched.then(
      (result): WorkerRequest => ({
        name: BUILT_IN_NAME,
        format: 'json',
        source:
          'bytes' in result ? { kind: 'bytes', bytes: result.bytes } : { kind: 'text', text: '' },
        base: null,
        trusted: true,
      }),
    )
    const job = parseInWorker(request)
    const downloaded = await fetched
    if ('issues' in downloaded) {
      job.cancel()
      return { ok: false, issues: downloaded.issues }
    }
    const parsed = await job.done
    if (!parsed)
      return { ok: false, issues: [{ path: '(file)', message: 'checking was cancelled' }] }
    return parsed.ok
      ? { ok: true, dataset: parsed.dataset, hash: parsed.hash, verified: job.verified }
      : { ok: false, issues: parsed.issues }
  })()
  return builtInLoad
}
