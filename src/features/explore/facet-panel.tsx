import type { FacetResult, RangeResult } from '../../domain/query/run-query'
import type { Range } from '../../domain/view/view-state'
import { Facet } from './facet'
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
      {facets
        .filter((facet) => !facet.hidden)
        .map((facet) => (
          <Facet key={facet.id} facet={facet} onToggle={onToggle} />
        ))}
      {ranges.map((range) => (
        <RangeFilter key={range.id} range={range} onChange={(next) => onRange(range.id, next)} />
      ))}
    </div>
  )
}
