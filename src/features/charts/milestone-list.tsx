import { doiUrl, ExternalLink, pubmedUrl } from '../../components/external-link'
import { VerificationBadge } from '../../components/verification-badge'
import type { Dataset, Milestone } from '../../domain/dataset/schema'

/** The milestones drawn as numbered reference lines, each linked to its reference. */
export function MilestoneList({
  milestones,
  dataset,
  idPrefix,
  marksLinked = false,
}: {
  milestones: Milestone[]
  dataset: Dataset
  /** Ids `<prefix>-ms-<id>`, so marks on the chart can link here. */
  idPrefix: string
  /** Each entry links back to its mark on the chart. */
  marksLinked?: boolean
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
            <li key={milestone.id} id={`${idPrefix}-ms-${milestone.id}`}>
              <strong>{milestone.year}</strong> — {milestone.label}.{' '}
              <span className="note">{milestone.citation}</span>{' '}
              {href ? <ExternalLink href={href}>reference</ExternalLink> : null}{' '}
              {marksLinked ? (
                <a href={`#${idPrefix}-mark-${milestone.id}`}>mark on the chart</a>
              ) : null}{' '}
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
