import datasetUrl from '../../data/evidence.json?url'
import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { WorkerRequest, WorkerSource } from '../lib/dataset-worker-protocol'
import { parseInWorker } from '../lib/parse-in-worker'

export const BUILT_IN_NAME = 'data/evidence.json'
/** Shown instead of a fresh download: when it was saved on this device and why. */
export type CopyNotice = { savedAt: string; problem: string }

export type BuiltInOutcome =
  | {
      ok: true
      dataset: Dataset
      hash: string
      copy: CopyNotice | null
    }
  | { ok: false; issues: DatasetIssue[]; download: boolean }

async function fetchBuiltIn(): Promise<{ file: Blob } | { problem: string }> {
  try {
    const response = await fetch(datasetUrl)
    if (!response.ok) return { problem: `could not be downloaded (HTTP ${response.status})` }
    // A Blob, shared with the worker: the page never holds the dataset as a string. Built from
    // the bytes: Chromium's `response.blob()` failed ("Failed to fetch") on about a third of
    // concurrent first visits in the e2e run, while reading the bytes never did.
    return { file: new Blob([await response.arrayBuffer()], { type: 'application/json' }) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'network error'
    return { problem: `could not be downloaded (${reason})` }
  }
}

export function request(source: WorkerSource): WorkerRequest {
  return {
    name: BUILT_IN_NAME,
    format: 'json',
    source,
    base: null,
    trustedSha256: __BUILT_IN_SHA256__,
  }
}

// The saved copy's code loads only when it is needed (from the service worker's cache).
const copies = () => import('./built-in-copy')

let builtInLoad: Promise<BuiltInOutcome> | null = null

/**
 * Starts downloading and validating the built-in dataset once; `main.tsx` calls it before React
 * renders so the work overlaps the first render. Later calls share the same promise; `again`
 * starts over (the "Try again" button).
 */
export function loadBuiltIn(again = false): Promise<BuiltInOutcome> {
  if (again) builtInLoad = null
  builtInLoad ??= (async () => {
    // Download the dataset while the worker loads its code.
    const fetched = fetchBuiltIn()
    const job = parseInWorker(
      fetched.then((result) =>
        request(
          'file' in result ? { kind: 'file', file: result.file } : { kind: 'text', text: '' },
        ),
      ),
    )
    const downloaded = await fetched
    if ('problem' in downloaded) {
      job.cancel()
      const copy = await copies().catch(() => null)
      if (copy) return copy.fromCopy(downloaded.problem)
      return {
        ok: false,
        issues: [{ path: '(file)', message: downloaded.problem }],
        download: true,
      }
    }
    const parsed = await job.done
    if (!parsed)
      return {
        ok: false,
        issues: [{ path: '(file)', message: 'checking was cancelled' }],
        download: false,
      }
    if (!parsed.ok) return { ok: false, issues: parsed.issues, download: false }
    // Off the critical path: the first rows do not wait for storage.
    setTimeout(() => {
      void copies().then((copy) => copy.saveCopy(datasetUrl, downloaded.file))
    }, 2000)
    return {
      ok: true,
      dataset: parsed.dataset,
      hash: parsed.hash,
      copy: null,
    }
  })()
  return builtInLoad
}
