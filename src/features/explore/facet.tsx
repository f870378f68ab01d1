import { useId, useState } from 'react'
import type { FacetCount, FacetResult } from '../../domain/query/run-query'

type Props = {
  facet: FacetResult
  onToggle: (facetId: string, value: string, checked: boolean) => void
}

const COLLAPSED_SIZE = 6
/** Facets with more values than this get a box to find a value by name. */
export const FILTER_BOX_THRESHOLD = 12
const FOUND_LIMIT = 50

export function Facet({ facet, onToggle }: Props) {
  const id = useId()
  const [expanded, setExpanded] = useState(false)
  const [find, setFind] = useState('')
  const finding = find.trim() !== ''
  const long = facet.options.length > COLLAPSED_SIZE + 2
  // A collapsed facet still shows every selected value, so no active filter is ever hidden.
  const shown: FacetCount[] = finding
    ? facet.findOptions(find, FOUND_LIMIT)
    : long && !expanded
      ? facet.options.filter((option, index) => index < COLLAPSED_SIZE || option.selected)
      : facet.options
  const notListed = finding ? 0 : facet.optionCount - shown.length
  const listId = `${id}-options`
  return (
    <fieldset className="facet">
      <legend>{facet.label}</legend>
      {facet.optionCount > FILTER_BOX_THRESHOLD ? (
        <div className="facet-find">
          <label htmlFor={`${id}-find`} className="visually-hidden">
            Filter the {facet.label.toLowerCase()} values
          </label>
          <input
            id={`${id}-find`}
            type="search"
            value={find}
            placeholder={`Find among ${facet.optionCount}`}
            onChange={(event) => setFind(event.target.value)}
          />
        </div>
      ) : null}
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
      {finding && shown.length === 0 ? <p className="note">No value matches “{find}”.</p> : null}
      {finding && shown.length === FOUND_LIMIT ? (
        <p className="note">First {FOUND_LIMIT} matches; type more to narrow.</p>
      ) : null}
      {!finding && long ? (
        <button
          type="button"
          className="link-button facet-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? 'Show fewer'
            : facet.hiddenCount > 0
              ? `Show the ${facet.options.length} most frequent of ${facet.optionCount}`
              : `Show all ${facet.optionCount}`}
        </button>
      ) : null}
      {!finding && notListed > 0 && (expanded || !long) ? (
        <p className="note">
          {notListed} less frequent {notListed === 1 ? 'value is' : 'values are'} not listed: use
          the box above to find {notListed === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
    </fieldset>
  )
}
