import type { DatasetIssue } from '../domain/dataset/validate-dataset'

const SHOWN = 200

type Props = {
  source: string
  issues: DatasetIssue[]
  /** Offered when the file could not be downloaded: the network may come back. */
  onRetry?: () => void
}

/** An accessible, located list of what is wrong with a dataset. */
export function DatasetProblems({ source, issues, onRetry }: Props) {
  const shown = issues.slice(0, SHOWN)
  const count = issues.length
  return (
    <section role="alert" aria-labelledby="dataset-problems-title" className="problems">
      <h2 id="dataset-problems-title">
        The dataset {source} could not be used: {count} {count === 1 ? 'problem' : 'problems'}
      </h2>
      <p>Each problem is listed with its location in the file (a JSON path).</p>
      <ol className="problem-list">
        {shown.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is static and may repeat paths
          <li key={index}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ol>
      {onRetry ? (
        <button type="button" className="button button-primary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
      {count > SHOWN ? (
        <p>
          Showing the first {SHOWN} of {count} problems.
        </p>
      ) : null}
    </section>
  )
}
