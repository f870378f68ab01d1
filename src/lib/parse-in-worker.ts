import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import { datasetAssembler } from '../domain/query/prepared'
import type { ParseOutcome, WorkerRequest, WorkerResponse } from './dataset-worker-protocol'

export type ParseJob = {
  done: Promise<ParseOutcome | null>
  /** A trusted file's late full check: its problems (none for a good file, or untrusted ones). */
  verified: Promise<DatasetIssue[]>
  cancel: () => void
}

/** Name of the performance mark set when a dataset is ready; its `detail` holds the timings. */
export const LOADED_MARK = 'dataset-loaded'
/** Set when a trusted dataset's late check has finished. */
export const VERIFIED_MARK = 'dataset-verified'

/**
 * Runs one parse in a fresh worker; `cancel` stops it at once and resolves `done` with null.
 * The request may still be on its way (e.g. the dataset download): the worker starts loading
 * its code meanwhile. Rows arrive in chunks, one task each; the last message carries the
 * indexes, and the page only reassembles (no parsing, no validation, no indexing here).
 */
export function parseInWorker(
  request: WorkerRequest | Promise<WorkerRequest>,
  onProgress: (phase: string, fraction: number) => void = () => {},
): ParseJob {
  const requestedAt = performance.timeOrigin + performance.now()
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' })
  let settle: (outcome: ParseOutcome | null) => void = () => {}
  const done = new Promise<ParseOutcome | null>((resolve) => {
    settle = resolve
  })
  let settleVerified: (issues: DatasetIssue[]) => void = () => {}
  const verified = new Promise<DatasetIssue[]>((resolve) => {
    settleVerified = resolve
  })
  let trusted = false
  let delivered = false
  const assembler = datasetAssembler()
  let firstChunkAt: number | null = null
  let sentAt = 0
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    if (message.type === 'progress') return onProgress(message.phase, message.fraction)
    if (message.type === 'verified') {
      worker.terminate()
      performance.mark(VERIFIED_MARK)
      return settleVerified(message.issues)
    }
    if (message.type === 'techniques' || message.type === 'studies') {
      firstChunkAt ??= performance.now()
      if (message.type === 'techniques') assembler.addTechniques(message.rows)
      else assembler.addStudies(message.rows)
      return
    }
    // A trusted file's worker stays for its late check; any other is done.
    if (!message.ok || !trusted) {
      worker.terminate()
      settleVerified([])
    }
    if (!message.ok) return settle(message)
    const received = performance.now()
    let dataset: Dataset
    try {
      dataset = assembler.finish(message.head, message.index)
    } catch (error) {
      worker.terminate()
      settleVerified([])
      const detail = error instanceof Error ? error.message : String(error)
      return settle({
        ok: false,
        issues: [{ path: '(file)', message: `could not be read: ${detail}` }],
      })
    }
    delivered = true
    const timings = {
      'page: send': sentAt - requestedAt,
      'worker start': message.startedAt - sentAt,
      ...message.timings,
      'page: receive rows': received - (firstChunkAt ?? received),
      'page: assemble': performance.now() - received,
    }
    performance.mark(LOADED_MARK, { detail: timings })
    settle({ ok: true, dataset, hash: message.hash, timings })
  }
  worker.onerror = (event) => {
    event.preventDefault()
    const issues = [{ path: '(file)', message: `the checker stopped: ${event.message}` }]
    settle({ ok: false, issues })
    // A late check that fails to run (not one that finds problems) leaves a shown dataset alone.
    settleVerified(delivered ? [] : issues)
    worker.terminate()
  }
  void Promise.resolve(request).then((ready) => {
    sentAt = performance.timeOrigin + performance.now()
    trusted = ready.trusted
    const transfer = ready.source.kind === 'bytes' ? [ready.source.bytes] : []
    worker.postMessage(ready, transfer)
  })
  return {
    done,
    verified,
    cancel: () => {
      worker.terminate()
      settle(null)
      settleVerified([])
    },
  }
}
