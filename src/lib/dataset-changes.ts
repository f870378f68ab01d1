import type { Dataset } from '../domain/dataset/schema'
import { previousRelease, releaseVersion } from '../domain/diff/changelog'
import { type DatasetDiff, diffDatasets } from '../domain/diff/diff-datasets'
import { parseInWorker } from './parse-in-worker'

/**
 * What the data shown is compared with. The built-in dataset is compared with its previous
 * release (kept in data/releases/, shipped and precached for offline use; older releases live in
 * data/releases/archive/ and are not shipped); a user's file is compared with the built-in dataset.
 */
export type ChangeSource = {
  current: Dataset
  /** The built-in dataset when a user's file is shown; null when the built-in one is shown. */
  builtIn: Dataset | null
  fileName: string | null
  /** With a user's file: the count of records that differ, already taken by the dataset worker. */
  changedRecords?: Promise<number | null> | null
}

export type ChangeContext = {
  diff: DatasetDiff
  against: 'release' | 'built-in'
  /** e.g. "Changes in v2.0.0 since v1.0.0". */
  title: string
  /** Short badge for record pages, e.g. "Changed in v2.0.0". */
  badge: string
}

// Every kept release ships as its own file; only the one compared with is downloaded.
const RELEASES = import.meta.glob<string>('../../data/releases/evidence-*.json', {
  query: '?url',
  import: 'default',
  eager: true,
})

async function loadRelease(version: string): Promise<Dataset> {
  const url = Object.entries(RELEASES).find(([path]) => releaseVersion(path) === version)?.[1]
  if (!url) throw new Error(`release ${version} is not in the app`)
  const response = await fetch(url)
  if (!response.ok)
    throw new Error(`release ${version} could not be downloaded (HTTP ${response.status})`)
  const text = await response.text()
  const parsed = await parseInWorker({
    name: `evidence-${version}.json`,
    format: 'json',
    source: { kind: 'text', text },
    base: null,
  }).done
  if (!parsed?.ok) throw new Error(`release ${version} is not a valid dataset`)
  return parsed.dataset
}

async function compute(source: ChangeSource): Promise<ChangeContext | null> {
  const { current, builtIn } = source
  if (builtIn) {
    return {
      diff: diffDatasets(builtIn, current),
      against: 'built-in',
      title: `Your file ${source.fileName ?? ''} compared with the built-in data (v${builtIn.meta.version})`,
      badge: 'Differs from the built-in data',
    }
  }
  const versions = Object.keys(RELEASES)
    .map(releaseVersion)
    .filter((v): v is string => v !== null)
  const previous = previousRelease(versions, current.meta.version)
  if (previous === null) return null
  const release = await loadRelease(previous)
  return {
    diff: diffDatasets(release, current),
    against: 'release',
    title: `Changes in v${current.meta.version} since v${previous}`,
    badge: `Changed in v${current.meta.version}`,
  }
}

const cache = new WeakMap<Dataset, Map<Dataset | null, Promise<ChangeContext | null>>>()

/** The comparison for the data shown, computed once per pair of datasets. */
export function loadChanges(source: ChangeSource): Promise<ChangeContext | null> {
  const byBase = cache.get(source.current) ?? new Map()
  cache.set(source.current, byBase)
  let pending = byBase.get(source.builtIn)
  if (!pending) {
    pending = compute(source)
    byBase.set(source.builtIn, pending)
    // A failed download may succeed later: do not remember failures.
    pending.catch(() => byBase.delete(source.builtIn))
  }
  return pending
}
