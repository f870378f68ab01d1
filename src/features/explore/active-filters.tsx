import type { ActiveFilter } from '../../domain/query/run-query'

type Props = {
  summary: string
  filters: ActiveFilter[]
  onRemove: (filter: ActiveFilter) => void
  onClearAll: () => void
}

/** The count line in words, with each filter removable on its own. */
export function ActiveFilters({ summary, filters, onRemove, onClearAll }: Props) {
  return (
    <div className="active-filters">
      <p role="status" className="count-line">
        {summary}
      </p>
      {filters.length > 0 ? (
        <ul className="chips" aria-label="Active filters">
          {filters.map((filter) => (
            <li key={`${filter.kind}:${filter.label}`}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter ${filter.label}`}
                onClick={() => onRemove(filter)}
              >
                {filter.label}
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" onClick={onClearAll}>
              Clear all
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  )
}
