import { get } from 'idb-keyval'
import datasetUrl from '../../data/evidence.json?url'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import type { DatasetFormat } from '../lib/dataset-worker-protocol'

/** Where datasets come from: the built-in file (fetched) and the user's file kept in IndexedDB. */
export const SAVED_KEY = 'user-dataset'

export type Saved = { name: string; format: DatasetFormat; text: string; loadedAt: string }

export function formatOf(name: string, firstChar = ''): DatasetFormat {
  if (/\.csv$/i.test(name)) return 'csv'
  if (/\.json$/i.test(name)) return 'json'
  return firstChar === '{' ? 'json' : 'csv'
}

export async function fetchBuiltIn(): Promise<{ text: string } | { issues: DatasetIssue[] }> {
  try {
    const response = await fetch(datasetUrl)
    if (!response.ok)
      return {
        issues: [{ path: '(file)', message: `could not be downloaded (HTTP ${response.status})` }],
      }
    return { text: await response.text() }
  } catch (error) {
    return {
      issues: [
        {
          path: '(file)',
          message: `could not be downloaded (${error instanceof Error ? error.message : 'network error'})`,
        },
      ],
    }
  }
}

export async function readSaved(): Promise<Saved | undefined> {
  try {
    return await get<Saved>(SAVED_KEY)
  } catch {
    return undefined // private mode or blocked storage: fall back to the built-in dataset
  }
}
