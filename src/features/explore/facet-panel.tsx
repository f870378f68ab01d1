import type { FacetResult, RangeResult } from '../../domain/query/run-query'
import type { Range } from '../../domain/view/view-state'
import { RangeFilter } from './range-filter'

type Props = {
  facets: FacetResult[]
  ranges: RangeResult[]
  onToggle: (facetId: string, value: string, checked: boolean) => void
  onRange: (rangeId: string, range: Range | null) => void
}

/** Facets as fieldsets of checkboxes with live counts; counts leave the facet's own selection out. */
export function FacetPanel({ facets, ranges, onToggle, onRange }: Props) {
  return (
    <div className="facet-panel">
      {facets.map((facet) => (
        <fieldset key={facet.id} className="facet">
          <legend>{facet.label}</legend>
          <ul>
            {facet.options.map((option) => (
              <li key={option.value}>
                <label
                  className={option.count === 0 && !option.selected ? 'facet-empty' : undefined}
                >
                  <input
                    type="checkbox"
                    checked={option.selected}
                    onChange={(event) => onToggle(facet.id, option.value, event.target.checked)}
                  />
                  <span className="facet-label">{option.label}</span>
                  <span className="facet-count" aria-hidden="true">
                    {option.count}
                  </span>
                  <span className="visually-hidden">{`(${option.count} matching)`}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {ranges.map((range) => (
        <RangeFilter key={range.id} range={range} onChange={(next) => onRange(range.id, next)} />
      ))}
    </div>
  )
}
