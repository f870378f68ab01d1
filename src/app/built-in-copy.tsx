import { get, set } from 'idb-keyval'
import { formatReviewDate } from '../domain/dataset/freshness'
import { parseInWorker } from '../lib/parse-in-worker'
import { type BuiltInOutcome, type CopyNotice, request } from './built-in-dataset'

// The last built-in dataset that loaded, kept for when the download fails (a server error, or
// a network the service worker's cache cannot cover, e.g. a hard reload while offline).
// Loaded on demand: the first view does not wait for it.
const COPY_KEY = 'built-in-copy'
const COPY_URL_KEY = 'built-in-copy-url'

/** The file itself (IndexedDB keeps a Blob outside the page's heap); `text` in copies saved before. */
type SavedCopy = { url: string; savedAt: string } & ({ file: Blob } | { text: string })

export async function saveCopy(datasetUrl: string, file: Blob): Promise<void> {
  try {
    if ((await get<string>(COPY_URL_KEY)) === datasetUrl) return
    await set(COPY_KEY, {
      url: datasetUrl,
      savedAt: new Date().toISOString(),
      file,
    } satisfies SavedCopy)
    await set(COPY_URL_KEY, datasetUrl)
  } catch {
    // Storage blocked or full: there will be no copy to fall back on, nothing else changes.
  }
}

export async function fromCopy(problem: string): Promise<BuiltInOutcome> {
  const failed: BuiltInOutcome = {
    ok: false,
    issues: [{ path: '(file)', message: problem }],
    download: true,
  }
  let copy: SavedCopy | undefined
  try {
    copy = await get<SavedCopy>(COPY_KEY)
  } catch {
    return failed
  }
  if (!copy) return failed
  const source =
    'file' in copy
      ? { kind: 'file' as const, file: copy.file }
      : { kind: 'text' as const, text: copy.text }
  const parsed = await parseInWorker(request(source)).done
  if (!parsed?.ok) return failed
  return {
    ok: true,
    dataset: parsed.dataset,
    hash: parsed.hash,
    copy: { savedAt: copy.savedAt, problem },
  }
}

// The notice lives in this module: whenever a copy was loaded, its code is already here.
type CopyProps = { notice: CopyNotice; version: string; onRetry: () => void }

/** The download failed and an earlier copy saved on this device is shown: say so, offer a retry. */
export function SavedCopyNotice({ notice, version, onRetry }: CopyProps) {
  return (
    <div className="banner" role="alert">
      <p>
        <strong>The dataset {notice.problem}.</strong> Showing the copy saved on this device on{' '}
        {formatReviewDate(notice.savedAt.slice(0, 10))} (v{version}).
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
