import { ExternalLink } from '../../components/external-link'
import { IndirectBadge } from '../../components/indirect-badge'
import { RecordChangesPanel } from '../../components/record-changes'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { authorsText, journalText } from '../../domain/dataset/outcome-text'
import { techniquesOfStudy } from '../../domain/dataset/relations'
import type { Dataset } from '../../domain/dataset/schema'
import { DESIGN_LABELS, levelLabel } from '../../domain/query/labels'
import type { ViewState } from '../../domain/view/view-state'
import type { ChangeSource } from '../../lib/dataset-changes'
import { backLabel, FactList, LevelWithScale, StudyLinks, TextList } from './record-parts'
import { StudyResults } from './study-results'
import { NotFound } from './technique-page'

type Props = {
  dataset: Dataset
  id: string
  view: ViewState
  /** What the data is compared with for "changed in vX"; absent in views without it. */
  changes?: ChangeSource
}

export function StudyPage({ dataset, id, view, changes }: Props) {
  const back = { ...view, record: null }
  const study = dataset.studies.find((s) => s.id === id)
  if (!study) return <NotFound what="study" id={id} back={back} />
  const techniques = techniquesOfStudy(dataset, study.id)

  return (
    <article className="record" aria-labelledby="record-title">
      <ViewLink to={back} className="back-link">
        {backLabel(view)}
      </ViewLink>
      <header className="record-head">
        <p className="eyebrow">
          {DESIGN_LABELS[study.design]} · {levelLabel(study.levelOfEvidence)}
        </p>
        <h2 id="record-title">{study.title}</h2>
        <p className="muted">
          {authorsText(study)} {journalText(study)}, {study.year}. <StudyLinks study={study} />
        </p>
        {study.indirectPopulation ? (
          <p>
            <IndirectBadge population={study.indirectPopulation} />
          </p>
        ) : null}
        <p>
          <VerificationBadge
            status={study.verification}
            source={study.verificationSource}
            showSource
          />
          {study.verificationNote ? <span className="note"> {study.verificationNote}</span> : null}
        </p>
      </header>
      <FactList
        items={[
          ['Design', study.designDetail ?? DESIGN_LABELS[study.design]],
          [
            'Level of evidence',
            <LevelWithScale
              key="level"
              level={study.levelOfEvidence}
              scale={dataset.meta.evidenceScale}
            />,
          ],
          ['Patients', study.patients === null ? null : study.patients.toLocaleString('en')],
          ['Population', study.population],
          ['Intervention', study.intervention],
          ['Comparator', study.comparator],
          ['Primary endpoint', study.primaryEndpoint],
        ]}
      />
      <TextList title="Key results" items={study.keyResults} />
      <StudyResults dataset={dataset} study={study} view={view} />
      <section aria-labelledby="informs-title">
        <h3 id="informs-title">Techniques this study informs ({techniques.length})</h3>
        <ul className="study-list">
          {techniques.map((technique) => (
            <li key={technique.id}>
              <ViewLink to={{ ...view, record: { kind: 'technique', id: technique.id } }}>
                {technique.name}
              </ViewLink>
            </li>
          ))}
        </ul>
      </section>
      {study.sourceUrls.length > 0 ? (
        <section aria-labelledby="sources-title">
          <h3 id="sources-title">Sources checked</h3>
          <ul className="study-list">
            {study.sourceUrls.map((url) => (
              <li key={url}>
                <ExternalLink href={url}>{url}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* After the record itself: what this release changed in it is for those who look. */}
      {changes ? <RecordChangesPanel source={changes} kind="study" id={id} view={view} /> : null}
    </article>
  )
}
