import { del, get, set } from 'idb-keyval'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { DatasetFormat } from '../lib/dataset-worker-protocol'
import { MAX_FILE_BYTES, MAX_FILE_MB } from '../lib/file-limit'
import { type ParseJob, parseInWorker } from '../lib/parse-in-worker'
import { BUILT_IN_NAME, loadBuiltIn } from './load-built-in'

const SAVED_KEY = 'user-dataset'

export type DatasetSource = { kind: 'built-in' } | { kind: 'user'; name: string; loadedAt: string }

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset; hash: string; source: DatasetSource }
  | { status: 'invalid'; source: string; issues: DatasetIssue[] }

/** The state of opening a user's file; a failure never replaces the dataset in use. */
export type UserLoad =
  | { status: 'idle' }
  | { status: 'loading'; name: string; phase: string; fraction: number }
  | { status: 'failed'; name: string; issues: DatasetIssue[] }
  | { status: 'loaded'; name: string; techniques: number; studies: number }

/** The opened file itself (a Blob: IndexedDB keeps it outside the page's heap); `text` in saves made before. */
type Saved = { name: string; format: DatasetFormat; loadedAt: string } & (
  | { file: Blob }
  | { text: string }
)

export function formatOf(name: string, firstChar = ''): DatasetFormat {
  if (/\.csv$/i.test(name)) return 'csv'
  if (/\.json$/i.test(name)) return 'json'
  return firstChar === '{' ? 'json' : 'csv'
}

async function readSaved(): Promise<Saved | undefined> {
  try {
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
  const builtIn = useRef<{ dataset: Dataset; hash: string } | null>(null)
  const job = useRef<ParseJob | null>(null)

  useEffect(() => {
    let cancelled = false
    const start = async () => {
      // Opening IndexedDB takes tens of milliseconds: look for a saved file while the built-in
      // one loads, not after it.
      const savedLookup = readSaved()
      const parsed = await loadBuiltIn()
      if (cancelled) return
      if (!parsed.ok) {
        setState({ status: 'invalid', source: BUILT_IN_NAME, issues: parsed.issues })
        return
      }
      builtIn.current = { dataset: parsed.dataset, hash: parsed.hash }
      // The built-in file is shown before its full check (it passed `npm run data:check`); a file
      // deployed without that check is still reported, and replaces whatever is shown.
      void parsed.verified.then((issues) => {
        if (!cancelled && issues.length > 0)
          setState({ status: 'invalid', source: BUILT_IN_NAME, issues })
      })
      const saved = await savedLookup
      if (saved) {
        const restored = await parseInWorker({
          name: saved.name,
          format: saved.format,
          source:
            'file' in saved
              ? { kind: 'file', file: saved.file }
              : { kind: 'text', text: saved.text },
          base: parsed.dataset,
          trusted: false,
        }).done
        if (cancelled) return
        if (restored?.ok) {
          setState({
            status: 'ready',
            dataset: restored.dataset,
            hash: restored.hash,
            source: { kind: 'user', name: saved.name, loadedAt: saved.loadedAt },
          })
          return
        }
      }
      setState({
        status: 'ready',
        dataset: parsed.dataset,
        hash: parsed.hash,
        source: { kind: 'built-in' },
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
      { name: file.name, format, source: { kind: 'file', file }, base, trusted: false },
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
    })
    const { techniques, studies } = outcome.dataset
    setUserLoad({
      status: 'loaded',
      name: file.name,
      techniques: techniques.length,
      studies: studies.length,
    })
    try {
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
      })
    setUserLoad({ status: 'idle' })
  }, [])

  const dismiss = useCallback(() => setUserLoad({ status: 'idle' }), [])

  return { state, userLoad, openFile, cancel, reset, dismiss }
}
