import { get, set } from 'idb-keyval'
import datasetUrl from '../../data/evidence.json?url'
import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { WorkerRequest } from '../lib/dataset-worker-protocol'
import { parseInWorker } from '../lib/parse-in-worker'

export const BUILT_IN_NAME = 'data/evidence.json'
// The last built-in dataset that loaded, kept for when the download fails (a server error, or
// a network the service worker's cache cannot cover, e.g. a hard reload while offline).
const COPY_KEY = 'built-in-copy'
const COPY_URL_KEY = 'built-in-copy-url'

type SavedCopy = { url: string; savedAt: string; text: string }

/** Shown instead of a fresh download: when it was saved on this device and why. */
export type CopyNotice = { savedAt: string; problem: string }

export type BuiltInOutcome =
  | { ok: true; dataset: Dataset; hash: string; copy: CopyNotice | null }
  | { ok: false; issues: DatasetIssue[]; download: boolean }

async function fetchBuiltIn(): Promise<{ text: string } | { problem: string }> {
  try {
    const response = await fetch(datasetUrl)
    if (!response.ok) return { problem: `could not be downloaded (HTTP ${response.status})` }
    return { text: await response.text() }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'network error'
    return { problem: `could not be downloaded (${reason})` }
  }
}

function request(text: string): WorkerRequest {
  return {
    name: BUILT_IN_NAME,
    format: 'json',
    source: { kind: 'text', text },
    base: null,
    keepText: false,
  }
}

async function saveCopy(text: string): Promise<void> {
  try {
    if ((await get<string>(COPY_URL_KEY)) === datasetUrl) return
    await set(COPY_KEY, {
      url: datasetUrl,
      savedAt: new Date().toISOString(),
      text,
    } satisfies SavedCopy)
    await set(COPY_URL_KEY, datasetUrl)
  } catch {
    // Storage blocked or full: there will be no copy to fall back on, nothing else changes.
  }
}

async function fromCopy(problem: string): Promise<BuiltInOutcome> {
  const failed: BuiltInOutcome = {
    ok: false,
    issues: [{ path: '(file)', message: problem }],
    download: true,
  }
  let copy: SavedCopy | undefined
  try {
    copy = await get<SavedCopy>(COPY_KEY)
  } catch {
    return failed
  }
  if (!copy) return failed
  const parsed = await parseInWorker(request(copy.text)).done
  if (!parsed?.ok) return failed
  return {
    ok: true,
    dataset: parsed.dataset,
    hash: parsed.hash,
    copy: { savedAt: copy.savedAt, problem },
  }
}

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
      fetched.then((result) => request('text' in result ? result.text : '')),
    )
    const downloaded = await fetched
    if ('problem' in downloaded) {
      job.cancel()
      return fromCopy(downloaded.problem)
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
    setTimeout(() => void saveCopy(downloaded.text), 2000)
    return { ok: true, dataset: parsed.dataset, hash: parsed.hash, copy: null }
  })()
  return builtInLoad
}
