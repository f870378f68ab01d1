import { formatReviewDate, reviewStatus } from '../domain/dataset/freshness'
import type { Dataset } from '../domain/dataset/schema'
import { shortHash } from '../domain/view/view-state'
import type { CopyNotice } from './built-in-dataset'
import type { DatasetSource } from './use-dataset'

type BadgeProps = {
  dataset: Dataset
  hash: string
  source: DatasetSource
  onOpen: () => void
  onReset: () => void
}

/** Always says which dataset is shown: built-in or the user's file, its version and content hash. */
export function DatasetBadge({ dataset, hash, source, onOpen, onReset }: BadgeProps) {
  const review = reviewStatus(dataset.meta, new Date())
  return (
    <div className="dataset-badge">
      <p>
        {source.kind === 'built-in' ? (
          <>Built-in dataset</>
        ) : (
          <>
            Your dataset: <strong>{source.name}</strong>
          </>
        )}{' '}
        ·{' '}
        <span className={review.stale ? 'review-date review-stale' : 'review-date'}>
          {review.text}
          {review.stale ? ' — over 12 months ago, newer evidence may exist' : null}
        </span>{' '}
        · <span title={`SHA-256 content hash: ${hash}`}>#{shortHash(hash)}</span>
      </p>
      <div className="dataset-actions">
        <button type="button" className="button" onClick={onOpen}>
          Open dataset…
        </button>
        {source.kind === 'user' ? (
          <button type="button" className="button" onClick={onReset}>
            Reset to built-in dataset
          </button>
        ) : null}
      </div>
    </div>
  )
}

type MismatchProps = {
  linkStamp: string
  stamp: string
  source: DatasetSource
  onAccept: () => void
}

/** A shared link made on other data says so instead of silently showing a different selection. */
export function DatasetMismatch({ linkStamp, stamp, source, onAccept }: MismatchProps) {
  const current = source.kind === 'built-in' ? 'the built-in dataset' : source.name
  return (
    <div className="banner" role="alert">
      <p>
        <strong>This link was made with a different dataset</strong> (#{linkStamp}); you are viewing{' '}
        {current} (#
        {stamp}). The same filters may select different records.
      </p>
      <button type="button" className="button" onClick={onAccept}>
        Use this view with the current data
      </button>
    </div>
  )
}

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
