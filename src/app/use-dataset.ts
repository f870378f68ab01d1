import { del, set } from 'idb-keyval'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { WorkerRequest } from '../lib/dataset-worker-protocol'
import { type ParseJob, parseInWorker } from '../lib/parse-in-worker'
import { fetchBuiltIn, formatOf, readSaved, SAVED_KEY, type Saved } from './dataset-sources'

export const MAX_FILE_BYTES = 50 * 1024 * 1024
const BUILT_IN_NAME = 'data/evidence.json'

export type DatasetSource = { kind: 'built-in' } | { kind: 'user'; name: string; loadedAt: string }

export type DatasetState =
  | { status: 'loading' }
  | {
      status: 'ready'
      dataset: Dataset
      hash: string
      source: DatasetSource
      /** Set when the file is in an older format: what was read how (see domain/dataset/migrate). */
      migration: string[] | null
    }
  | { status: 'invalid'; source: string; issues: DatasetIssue[] }

/** The state of opening a user's file; a failure never replaces the dataset in use. */
export type UserLoad =
  | { status: 'idle' }
  | { status: 'loading'; name: string; phase: string; fraction: number }
  | { status: 'failed'; name: string; issues: DatasetIssue[] }
  | {
      status: 'loaded'
      name: string
      techniques: number
      studies: number
      migration: string[] | null
    }

type BuiltInOutcome =
  | { ok: true; dataset: Dataset; hash: string }
  | { ok: false; issues: DatasetIssue[] }

let builtInLoad: Promise<BuiltInOutcome> | null = null

/**
 * Starts downloading and validating the built-in dataset once; `main.tsx` calls it before React
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
        source: { kind: 'text', text: 'text' in result ? result.text : '' },
        base: null,
        keepText: false,
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
      ? { ok: true, dataset: parsed.dataset, hash: parsed.hash }
      : { ok: false, issues: parsed.issues }
  })()
  return builtInLoad
}

/**
 * The dataset in use: the built-in one (fetched as a real file), or a file the user opened,
 * kept in IndexedDB until they return to the built-in one. Parsing runs in a worker.
 */
export function useDatasetStore() {
  const [state, setState] = useState<DatasetState>({ status: 'loading' })
  const [userLoad, setUserLoad] = useState<UserLoad>({ status: 'idle' })
  const builtIn = useRef<{ dataset: Dataset; hash: string } | null>(null)
  const job = useRef<ParseJob | null>(null)

  useEffect(() => {
    let cancelled = false
    const start = async () => {
      const parsed = await loadBuiltIn()
      if (cancelled) return
      if (!parsed.ok) {
        setState({ status: 'invalid', source: BUILT_IN_NAME, issues: parsed.issues })
        return
      }
      builtIn.current = { dataset: parsed.dataset, hash: parsed.hash }
      const saved = await readSaved()
      if (saved) {
        const restored = await parseInWorker({
          name: saved.name,
          format: saved.format,
          source: { kind: 'text', text: saved.text },
          base: parsed.dataset,
          keepText: false,
        }).done
        if (cancelled) return
        if (restored?.ok) {
          setState({
            status: 'ready',
            dataset: restored.dataset,
            hash: restored.hash,
            source: { kind: 'user', name: saved.name, loadedAt: saved.loadedAt },
            migration: restored.migration,
          })
          return
        }
      }
      setState({
        status: 'ready',
        dataset: parsed.dataset,
        hash: parsed.hash,
        source: { kind: 'built-in' },
        migration: null,
      })
    }
    void start()
    return () => {
      cancelled = true
    }
  }, [])

  const openFile = useCallback(async (file: File) => {
    job.current?.cancel()
    if (file.size > MAX_FILE_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(1)
      setUserLoad({
        status: 'failed',
        name: file.name,
        issues: [
          { path: '(file)', message: `${size} MB is over the 50 MB limit; the file was not read` },
        ],
      })
      return
    }
    const base = builtIn.current?.dataset ?? null
    const first = (await file.slice(0, 64).text()).trimStart().charAt(0)
    const format = formatOf(file.name, first)
    setUserLoad({ status: 'loading', name: file.name, phase: 'Reading the file', fraction: 0 })
    const current = parseInWorker(
      { name: file.name, format, source: { kind: 'file', file }, base, keepText: true },
      (phase, fraction) => setUserLoad({ status: 'loading', name: file.name, phase, fraction }),
    )
    job.current = current
    const outcome = await current.done
    if (job.current !== current) return
    job.current = null
    if (outcome === null) {
      setUserLoad({ status: 'idle' })
      return
    }
    if (!outcome.ok) {
      setUserLoad({ status: 'failed', name: file.name, issues: outcome.issues })
      return
    }
    const loadedAt = new Date().toISOString()
    setState({
      status: 'ready',
      dataset: outcome.dataset,
      hash: outcome.hash,
      source: { kind: 'user', name: file.name, loadedAt },
      migration: outcome.migration,
    })
    const { techniques, studies } = outcome.dataset
    setUserLoad({
      status: 'loaded',
      name: file.name,
      techniques: techniques.length,
      studies: studies.length,
      migration: outcome.migration,
    })
    if (outcome.text !== null) {
      try {
        await set(SAVED_KEY, {
          name: file.name,
          format,
          text: outcome.text,
          loadedAt,
        } satisfies Saved)
      } catch {
        // Storage full or blocked: the dataset still works for this visit.
      }
    }
  }, [])

  const cancel = useCallback(() => {
    job.current?.cancel()
  }, [])

  const reset = useCallback(async () => {
    job.current?.cancel()
    try {
      await del(SAVED_KEY)
    } catch {
      // nothing saved or storage blocked
    }
    const built = builtIn.current
    if (built)
      setState({
        status: 'ready',
        dataset: built.dataset,
        hash: built.hash,
        source: { kind: 'built-in' },
        migration: null,
      })
    setUserLoad({ status: 'idle' })
  }, [])

  const dismiss = useCallback(() => setUserLoad({ status: 'idle' }), [])

  return { state, userLoad, openFile, cancel, reset, dismiss }
}
