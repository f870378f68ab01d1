import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { ParseOutcome, WorkerRequest, WorkerResponse } from './dataset-worker-protocol'

export type ParseJob = {
  done: Promise<ParseOutcome | null>
  /** For a trusted file shown before its full check: the check's problems (empty when fine). */
  checked: Promise<DatasetIssue[]>
  cancel: () => void
}

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
  let settleCheck: (issues: DatasetIssue[]) => void = () => {}
  const checked = new Promise<DatasetIssue[]>((resolve) => {
    settleCheck = resolve
  })
  const trusted = Promise.resolve(request).then((ready) => ready.trusted === true)
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    if (message.type === 'progress') onProgress(message.phase, message.fraction)
    else if (message.type === 'checked') {
      settleCheck(message.issues)
      worker.terminate()
    } else {
      settle(message)
      // A trusted file stays with its worker until the full check has spoken.
      void trusted.then((waits) => {
        if (!waits || !message.ok) {
          settleCheck([])
          worker.terminate()
        }
      })
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
    checked,
    cancel: () => {
      worker.terminate()
      settle(null)
      settleCheck([])
    },
  }
}
