import { useEffect } from 'react'
import { doiUrl, ExternalLink, pubmedUrl } from '../../components/external-link'
import { VerificationBadge } from '../../components/verification-badge'
import type { Dataset, Milestone } from '../../domain/dataset/schema'
import { usePhone } from './use-phone'

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
  const phone = usePhone()
  // A mark on the chart links here: on a phone, open the milestone it points at.
  useEffect(() => {
    const open = () => {
      const target = window.location.hash
        ? document.getElementById(window.location.hash.slice(1))
        : null
      const more = target?.closest('.milestones li')?.querySelector('details')
      if (more) more.open = true
    }
    window.addEventListener('hashchange', open)
    return () => window.removeEventListener('hashchange', open)
  }, [])
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
          const label = (
            <>
              <strong className="milestone-year">{milestone.year}</strong> {milestone.label}.
            </>
          )
          const meta = (
            <p className="milestone-meta">
              <span className="milestone-citation">{milestone.citation}</span>{' '}
              {href ? <ExternalLink href={href}>reference</ExternalLink> : null}{' '}
              {marksLinked ? (
                <a href={`#${idPrefix}-mark-${milestone.id}`}>mark on the chart</a>
              ) : null}{' '}
              <VerificationBadge
                status={milestone.verification}
                source={milestone.verificationSource}
              />
            </p>
          )
          return (
            <li key={milestone.id} id={`${idPrefix}-ms-${milestone.id}`}>
              {phone ? (
                // A phone shows the year and the event; its source and links are one tap away.
                <details className="milestone-more">
                  <summary className="milestone-label">{label}</summary>
                  {meta}
                </details>
              ) : (
                <>
                  <p className="milestone-label">{label}</p>
                  {meta}
                </>
              )}
            </li>
          )
        })}
      </ol>
    </details>
  )
}
