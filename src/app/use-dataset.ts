import { useEffect, useState } from 'react'
import datasetUrl from '../../data/evidence.json?url'
import type { Dataset } from '../domain/dataset/schema'
import { type DatasetIssue, parseDataset } from '../domain/dataset/validate-dataset'
import { contentHash } from '../lib/content-hash'

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset; hash: string }
  | { status: 'invalid'; source: string; issues: DatasetIssue[] }

const SOURCE_NAME = 'data/evidence.json'

async function loadBuiltInDataset(signal: AbortSignal): Promise<DatasetState> {
  let response: Response
  try {
    response = await fetch(datasetUrl, { signal })
  } catch (error) {
    if (signal.aborted) throw error
    const message = `could not be downloaded (${error instanceof Error ? error.message : 'network error'})`
    return { status: 'invalid', source: SOURCE_NAME, issues: [{ path: '(file)', message }] }
  }
  if (!response.ok) {
    const message = `could not be downloaded (HTTP ${response.status})`
    return { status: 'invalid', source: SOURCE_NAME, issues: [{ path: '(file)', message }] }
  }
  const text = await response.text()
  const result = parseDataset(text)
  return result.ok
    ? { status: 'ready', dataset: result.dataset, hash: await contentHash(text) }
    : { status: 'invalid', source: SOURCE_NAME, issues: result.issues }
}

/** Fetches the built-in dataset (a real file, not bundled) and validates it. */
export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    loadBuiltInDataset(controller.signal).then(
      (next) => setState(next),
      () => {
        // Aborted on unmount: nothing to update.
      },
    )
    return () => controller.abort()
  }, [])
  return state
}
