import type { Dataset } from '../domain/dataset/schema'
import { datasetAssembler } from '../domain/query/prepared'
import type { ParseOutcome, WorkerRequest, WorkerResponse } from './dataset-worker-protocol'

export type ParseJob = { done: Promise<ParseOutcome | null>; cancel: () => void }

/** Name of the performance mark set when a dataset is ready; its `detail` holds the timings. */
export const LOADED_MARK = 'dataset-loaded'

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
  let settleCompared: (count: number | null) => void = () => {}
  const compared = new Promise<number | null>((resolve) => {
    settleCompared = resolve
  })
  let hasBase = false
  const assembler = datasetAssembler()
  let firstChunkAt: number | null = null
  let sentAt = 0
  const stop = () => {
    worker.terminate()
    settleCompared(null)
  }
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    if (message.type === 'progress') return onProgress(message.phase, message.fraction)
    if (message.type === 'compared') {
      settleCompared(message.changedRecords)
      return stop()
    }
    if (message.type === 'techniques' || message.type === 'studies') {
      firstChunkAt ??= performance.now()
      if (message.type === 'techniques') assembler.addTechniques(message.rows)
      else assembler.addStudies(message.rows)
      return
    }
    // A file over a base stays for the count of records that differ from it.
    if (!message.ok || !hasBase) stop()
    if (!message.ok) return settle(message)
    const received = performance.now()
    let dataset: Dataset
    try {
      dataset = assembler.finish(message.head, message.index)
    } catch (error) {
      stop()
      const detail = error instanceof Error ? error.message : String(error)
      return settle({
        ok: false,
        issues: [{ path: '(file)', message: `could not be read: ${detail}` }],
      })
    }
    const timings = {
      'page: send': sentAt - requestedAt,
      'worker start': message.startedAt - sentAt,
      ...message.timings,
      'page: receive rows': received - (firstChunkAt ?? received),
      'page: assemble': performance.now() - received,
    }
    performance.mark(LOADED_MARK, { detail: timings })
    settle({
      ok: true,
      dataset,
      hash: message.hash,
      migration: message.migration,
      timings,
      changedRecords: hasBase ? compared : null,
    })
  }
  worker.onerror = (event) => {
    event.preventDefault()
    settle({
      ok: false,
      issues: [{ path: '(file)', message: `the checker stopped: ${event.message}` }],
    })
    stop()
  }
  void Promise.resolve(request).then((ready) => {
    sentAt = performance.timeOrigin + performance.now()
    hasBase = ready.base !== null
    worker.postMessage(ready)
  })
  return {
    done,
    cancel: () => {
      stop()
      settle(null)
    },
  }
}
