import { ExternalLink } from '../../components/external-link'
import { VerificationBadge } from '../../components/verification-badge'
import type { Dataset, ScoringSystem } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { References, SafetyNote } from './references'

/**
 * A system that is not a points score (SORG's models): not re-implemented here, because a
 * copy could silently drift from the published model; the studies link to the authors' tool.
 */
export function LinksOnly({
  system,
  dataset,
  view,
}: {
  system: ScoringSystem
  dataset: Dataset
  view: ViewState
}) {
  const titleId = `calc-${system.id}`
  return (
    <article className="calculator" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {system.name} ({system.abbreviation}, {system.year}){' '}
        <VerificationBadge status={system.verification} source={system.verificationSource} />
      </h3>
      <p>{system.purpose}</p>
      <SafetyNote />
      <p>
        This is not a points score, so there is no calculator here: its models are used through the
        authors' published tool, described in the studies below.
        {system.toolUrl ? (
          <>
            {' '}
            <ExternalLink href={system.toolUrl}>Open the authors' published tool</ExternalLink>.
          </>
        ) : null}
      </p>
      <References system={system} dataset={dataset} view={view} />
    </article>
  )
}
