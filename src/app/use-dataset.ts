import { useCallback, useEffect, useRef, useState } from 'react'
import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { DatasetFormat } from '../lib/dataset-worker-protocol'
import { MAX_FILE_BYTES, MAX_FILE_MB } from '../lib/file-limit'
import { type ParseJob, parseInWorker } from '../lib/parse-in-worker'
import { BUILT_IN_NAME, type CopyNotice, loadBuiltIn } from './built-in-dataset'

const SAVED_KEY = 'user-dataset'

export type DatasetSource =
  | { kind: 'built-in'; copy?: CopyNotice }
  | { kind: 'user'; name: string; loadedAt: string }

export type DatasetState =
  | { status: 'loading' }
  | {
      status: 'ready'
      dataset: Dataset
      hash: string
      source: DatasetSource
      /** Set when the file is in an older format: what was read how (see domain/dataset/migrate). */
      migration: string[] | null
      /** A user's file: how many records differ from the built-in data (counted in the worker). */
      changedRecords: Promise<number | null> | null
    }
  | { status: 'invalid'; source: string; issues: DatasetIssue[]; download: boolean }

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

/** The opened file itself (IndexedDB keeps a Blob outside the page's heap); `text` in saves made before. */
type Saved = { name: string; format: DatasetFormat; loadedAt: string } & (
  | { file: Blob }
  | { text: string }
)

export function formatOf(name: string, firstChar = ''): DatasetFormat {
  if (/\.csv$/i.test(name)) return 'csv'
  if (/\.json$/i.test(name)) return 'json'
  return firstChar === '{' ? 'json' : 'csv'
}

// IndexedDB access loads beside the dataset download instead of with the first view's code.
const storage = () => import('idb-keyval')

async function readSaved(): Promise<Saved | undefined> {
  try {
    const { get } = await storage()
    return await get<Saved>(SAVED_KEY)
  } catch {
    return undefined // private mode or blocked storage: fall back to the built-in dataset
  }
}

/**
 * The dataset in use: the built-in one (fetched as a real file), or a file the user opened,
 * kept in IndexedDB until they return to the built-in one. Parsing runs in a worker.
 */
export function useDatasetStore() {
  const [state, setState] = useState<DatasetState>({ status: 'loading' })
  const [userLoad, setUserLoad] = useState<UserLoad>({ status: 'idle' })
  const builtIn = useRef<{ dataset: Dataset; hash: string; source: DatasetSource } | null>(null)
  const job = useRef<ParseJob | null>(null)
  const attempt = useRef(0)

  const start = useCallback(async (again: boolean) => {
    attempt.current += 1
    const mine = attempt.current
    const cancelled = () => attempt.current !== mine
    // Opening IndexedDB takes tens of milliseconds: look for a saved file while the built-in
    // one loads, not after it.
    const savedLookup = readSaved()
    const parsed = await loadBuiltIn(again)
    if (cancelled()) return
    if (!parsed.ok) {
      const { issues, download } = parsed
      setState({ status: 'invalid', source: BUILT_IN_NAME, issues, download })
      return
    }
    const source: DatasetSource = parsed.copy
      ? { kind: 'built-in', copy: parsed.copy }
      : { kind: 'built-in' }
    builtIn.current = { dataset: parsed.dataset, hash: parsed.hash, source }
    const saved = await savedLookup
    if (saved) {
      const restored = await parseInWorker({
        name: saved.name,
        format: saved.format,
        source:
          'file' in saved ? { kind: 'file', file: saved.file } : { kind: 'text', text: saved.text },
        base: parsed.dataset,
      }).done
      if (cancelled()) return
      if (restored?.ok) {
        setState({
          status: 'ready',
          dataset: restored.dataset,
          hash: restored.hash,
          source: { kind: 'user', name: saved.name, loadedAt: saved.loadedAt },
          migration: restored.migration,
          changedRecords: restored.changedRecords,
        })
        return
      }
    }
    setState({
      status: 'ready',
      dataset: parsed.dataset,
      hash: parsed.hash,
      source,
      migration: null,
      changedRecords: null,
    })
  }, [])

  useEffect(() => {
    void start(false)
    return () => {
      attempt.current += 1
    }
  }, [start])

  /** "Try again" after a failed download: starts over, showing the loading state meanwhile. */
  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void start(true)
  }, [start])

  const openFile = useCallback(async (file: File) => {
    job.current?.cancel()
    if (file.size > MAX_FILE_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(1)
      setUserLoad({
        status: 'failed',
        name: file.name,
        issues: [
          {
            path: '(file)',
            message: `${size} MB is over the ${MAX_FILE_MB} MB limit; the file was not read`,
          },
        ],
      })
      return
    }
    const base = builtIn.current?.dataset ?? null
    const first = (await file.slice(0, 64).text()).trimStart().charAt(0)
    const format = formatOf(file.name, first)
    setUserLoad({ status: 'loading', name: file.name, phase: 'Reading the file', fraction: 0 })
    const current = parseInWorker(
      { name: file.name, format, source: { kind: 'file', file }, base },
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
      changedRecords: outcome.changedRecords,
    })
    const { techniques, studies } = outcome.dataset
    setUserLoad({
      status: 'loaded',
      name: file.name,
      techniques: techniques.length,
      studies: studies.length,
      migration: outcome.migration,
    })
    try {
      const { set } = await storage()
      await set(SAVED_KEY, { name: file.name, format, file, loadedAt } satisfies Saved)
    } catch {
      // Storage full or blocked: the dataset still works for this visit.
    }
  }, [])

  const cancel = useCallback(() => {
    job.current?.cancel()
  }, [])

  const reset = useCallback(async () => {
    job.current?.cancel()
    try {
      const { del } = await storage()
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
        source: built.source,
        migration: null,
        changedRecords: null,
      })
    setUserLoad({ status: 'idle' })
  }, [])

  const dismiss = useCallback(() => setUserLoad({ status: 'idle' }), [])

  // Read during render: it is set before any state that shows a user's file.
  const builtInDataset = builtIn.current?.dataset ?? null
  return { state, userLoad, openFile, cancel, reset, dismiss, retry, builtInDataset }
}
