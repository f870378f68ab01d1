import { Toggletip } from '../components/toggletip'
import { reviewStatus } from '../domain/dataset/freshness'
import type { Dataset } from '../domain/dataset/schema'
import { shortHash } from '../domain/view/view-state'
import type { DatasetSource } from './use-dataset'

type BadgeProps = {
  dataset: Dataset
  hash: string
  source: DatasetSource
  onOpen: () => void
  onReset: () => void
}

/**
 * Holds the badge's place while the dataset loads, with text of the same length, so the header
 * does not grow and push the page down when the badge arrives (layout shift on phones).
 */
export function BadgePlaceholder() {
  return (
    <div className="dataset-badge badge-placeholder" aria-hidden="true">
      <p>Built-in dataset · Evidence reviewed 30 November 2026 · #000000000000</p>
      <div className="dataset-actions">
        <span className="button">Open dataset…</span>
      </div>
    </div>
  )
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
          {review.stale ? ' (over a year ago)' : null}
        </span>{' '}
        ·{' '}
        <Toggletip
          className="hash-button"
          label={`#${shortHash(hash)}`}
          text={`SHA-256 content hash: ${hash}`}
        />
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

/**
 * An older-format file opens, but the reader must know its "primary" values were upgraded from a
 * yes/no flag and carry no quotes: said once, above the views, while the file is in use.
 */
export function MigrationNotice({ name, messages }: { name: string; messages: string[] }) {
  return (
    <div className="banner" role="status">
      <p>
        <strong>{name} uses dataset format v1.</strong> It was read as format 2:
      </p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  )
}
