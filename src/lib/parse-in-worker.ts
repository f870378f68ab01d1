import type { ParseOutcome, WorkerRequest, WorkerResponse } from './dataset-worker-protocol'

export type ParseJob = { done: Promise<ParseOutcome | null>; cancel: () => void }

/**
 * Runs one parse in a fresh worker; `cancel` stops it at once and resolves `done` with null.
 * The request may still be on its way (e.g. the dataset download): the worker starts loading
 * its code meanwhile.
 */
export function parseInWorker(
  request: WorkerRequest | Promise<WorkerRequest>,
  onProgress: (phase: string, fraction: number) => void = () => {},
): ParseJob {
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' })
  let settle: (outcome: ParseOutcome | null) => void = () => {}
  const done = new Promise<ParseOutcome | null>((resolve) => {
    settle = resolve
  })
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    if (message.type === 'progress') onProgress(message.phase, message.fraction)
    else {
      settle(message)
      worker.terminate()
    }
  }
  worker.onerror = (event) => {
    event.preventDefault()
    settle({
      type: 'result',
      ok: false,
      issues: [{ path: '(file)', message: `the checker stopped: ${event.message}` }],
    })
    worker.terminate()
  }
  void Promise.resolve(request).then((ready) => worker.postMessage(ready))
  return {
    done,
    cancel: () => {
      worker.terminate()
      settle(null)
    },
  }
}
