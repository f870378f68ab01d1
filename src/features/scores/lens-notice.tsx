import { ViewLink } from '../../components/view-link'
import type { Dataset } from '../../domain/dataset/schema'
import type { CriterionMatch } from '../../domain/scores/lens'
import { buildSituation } from '../../domain/scores/situation'
import type { ViewState } from '../../domain/view/view-state'
import { situationParts } from './situation-text'

/**
 * Above the Techniques table when it shows the evidence for a situation from the Scores page:
 * what the situation is, that each row says why it matched, and the ways back or out.
 */
export function LensNotice({ dataset, view }: { dataset: Dataset; view: ViewState }) {
  const words = situationParts(buildSituation(dataset, view.scores))
  return (
    <div className="lens-notice" role="note">
      <p>
        <strong>Evidence for the situation entered on the Scores page</strong>
        {words.length > 0 ? `: ${words.join('; ')}` : ''}. The table is filtered to the techniques
        whose structured indication criteria match; each row says which criterion matched and its
        source. Techniques without such criteria are never guessed at. Any filters you had set on
        this table were replaced; the browser’s Back button returns to them. For education and
        research, not for treatment decisions.
      </p>
      <p className="lens-notice-actions">
        <ViewLink to={{ ...view, tab: 'scores', record: null }}>Back to the calculator</ViewLink>
        <ViewLink to={{ ...view, scores: { ...view.scores, lens: false } }}>
          Hide the matched criteria
        </ViewLink>
      </p>
    </div>
  )
}

/** Under a technique in the table: one line per matched criterion with the reasons. */
export function MatchedBecause({ matches }: { matches: CriterionMatch[] | undefined }) {
  if (!matches || matches.length === 0) return null
  return (
    <ul className="matched-because">
      {matches.map(({ criterion, reasons }) => (
        <li key={criterion.id}>
          Matched because: {criterion.label} ({reasons.join('; ')})
        </li>
      ))}
    </ul>
  )
}
