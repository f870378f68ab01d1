import { doiUrl, ExternalLink, pubmedUrl } from '../../components/external-link'
import { VerificationBadge } from '../../components/verification-badge'
import type { Dataset, Milestone } from '../../domain/dataset/schema'

/** The milestones drawn as numbered reference lines, each linked to its reference. */
export function MilestoneList({
  milestones,
  dataset,
}: {
  milestones: Milestone[]
  dataset: Dataset
}) {
  if (milestones.length === 0) return null
  const studies = new Map(dataset.studies.map((s) => [s.id, s]))
  return (
    <details className="milestones" open>
      <summary>Milestones marked on the chart ({milestones.length})</summary>
      <ol>
        {milestones.map((milestone) => {
          const study = milestone.studyId ? studies.get(milestone.studyId) : undefined
          const href =
            milestone.url ??
            (study?.doi ? doiUrl(study.doi) : study?.pmid ? pubmedUrl(study.pmid) : null)
          return (
            <li key={milestone.id}>
              <strong>{milestone.year}</strong> — {milestone.label}.{' '}
              <span className="note">{milestone.citation}</span>{' '}
              {href ? <ExternalLink href={href}>reference</ExternalLink> : null}{' '}
              <VerificationBadge
                status={milestone.verification}
                source={milestone.verificationSource}
              />
            </li>
          )
        })}
      </ol>
    </details>
  )
}
