import { useState } from 'react'
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
        <Facet key={facet.id} facet={facet} onToggle={onToggle} />
      ))}
      {ranges.map((range) => (
        <RangeFilter key={range.id} range={range} onChange={(next) => onRange(range.id, next)} />
      ))}
    </div>
  )
}

const COLLAPSED_SIZE = 6

function Facet({ facet, onToggle }: { facet: FacetResult; onToggle: Props['onToggle'] }) {
  const [expanded, setExpanded] = useState(false)
  const long = facet.options.length > COLLAPSED_SIZE + 2
  // A collapsed facet still shows every selected value, so no active filter is ever hidden.
  const shown =
    long && !expanded
      ? facet.options.filter((option, index) => index < COLLAPSED_SIZE || option.selected)
      : facet.options
  const listId = `facet-${facet.id}-options`
  return (
    <fieldset className="facet">
      <legend>{facet.label}</legend>
      <ul id={listId}>
        {shown.map((option) => (
          <li key={option.value}>
            <label className={option.count === 0 && !option.selected ? 'facet-empty' : undefined}>
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
      {long ? (
        <button
          type="button"
          className="link-button facet-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${facet.options.length}`}
        </button>
      ) : null}
    </fieldset>
  )
}
