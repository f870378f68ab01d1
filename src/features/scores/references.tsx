import { doiUrl, ExternalLink, pubmedUrl } from '../../components/external-link'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { journalText, studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset, ScoringSystem, Study } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'

/** Shown on every calculator: what the page is for, and that nothing is sent anywhere. */
export function SafetyNote() {
  return (
    <p className="safety-note" role="note">
      <strong>For education and research, not for treatment decisions.</strong> A score summarises a
      few findings; the decision belongs to the treating team and the patient.
    </p>
  )
}

export function StudyCitation({ study, view }: { study: Study; view: ViewState }) {
  return (
    <>
      <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
        {studyShort(study)}
      </ViewLink>
      , “{study.title}”, <i>{journalText(study)}</i>.{' '}
      {study.doi ? <ExternalLink href={doiUrl(study.doi)}>DOI</ExternalLink> : null}
      {study.doi && study.pmid ? ' · ' : null}
      {study.pmid ? <ExternalLink href={pubmedUrl(study.pmid)}>PubMed</ExternalLink> : null}{' '}
      <VerificationBadge status={study.verification} source={study.verificationSource} />
    </>
  )
}

/** The original paper of a system and the studies that validated it, as the dataset lists them. */
export function References({
  system,
  dataset,
  view,
}: {
  system: ScoringSystem
  dataset: Dataset
  view: ViewState
}) {
  const byId = new Map(dataset.studies.map((s) => [s.id, s]))
  const original = byId.get(system.studyId)
  const validations = (system.validationStudyIds ?? [])
    .map((id) => byId.get(id))
    .filter((s): s is Study => s !== undefined)
  return (
    <section className="score-references" aria-label={`References for ${system.abbreviation}`}>
      <h4>References</h4>
      <ul>
        <li>
          Original: {original ? <StudyCitation study={original} view={view} /> : system.studyId}
        </li>
        {validations.map((study) => (
          <li key={study.id}>
            Validation: <StudyCitation study={study} view={view} />
          </li>
        ))}
        {validations.length === 0 ? (
          <li className="muted">No validation study of this system is in the dataset yet.</li>
        ) : null}
      </ul>
      {system.note ? <p className="note">{system.note}</p> : null}
    </section>
  )
}
