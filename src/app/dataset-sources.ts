import { get } from 'idb-keyval'
import type { DatasetFormat } from '../lib/dataset-worker-protocol'

/** The user's file kept in IndexedDB (the built-in file is fetched by built-in-dataset.ts). */
export const SAVED_KEY = 'user-dataset'

export type Saved = { name: string; format: DatasetFormat; text: string; loadedAt: string }

export function formatOf(name: string, firstChar = ''): DatasetFormat {
  if (/\.csv$/i.test(name)) return 'csv'
  if (/\.json$/i.test(name)) return 'json'
  return firstChar === '{' ? 'json' : 'csv'
}

export async function readSaved(): Promise<Saved | undefined> {
  try {
    return await get<Saved>(SAVED_KEY)
  } catch {
    return undefined // private mode or blocked storage: fall back to the built-in dataset
  }
}
