import { ExternalLink } from '../../components/external-link'
import { IndirectBadge } from '../../components/indirect-badge'
import { RecordChangesPanel } from '../../components/record-changes'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { indirectResults } from '../../domain/dataset/outcome-groups'
import { journalText, studyShort } from '../../domain/dataset/outcome-text'
import { bestDirectLevel, studiesOfTechnique } from '../../domain/dataset/relations'
import type { Dataset } from '../../domain/dataset/schema'
import { INVASIVENESS_LABELS, levelLabel, NOMS_LABELS } from '../../domain/query/labels'
import { MAX_COMPARE, type ViewState } from '../../domain/view/view-state'
import type { ChangeSource } from '../../lib/dataset-changes'
import { GuidelineAdvice } from './guideline-advice'
import { OutcomeTable } from './outcome-table'
import { backLabel, FactList, LevelWithScale, StudyLinks, TextList } from './record-parts'

type Props = {
  dataset: Dataset
  id: string
  view: ViewState
  /** What the data is compared with for "changed in vX"; absent in views without it. */
  changes?: ChangeSource
}

export function TechniquePage({ dataset, id, view, changes }: Props) {
  const back = { ...view, record: null }
  const technique = dataset.techniques.find((t) => t.id === id)
  if (!technique) return <NotFound what="technique" id={id} back={back} />

  const studyById = new Map(dataset.studies.map((s) => [s.id, s]))
  const area = dataset.areas.find((a) => a.id === technique.areaId)
  const related = studiesOfTechnique(dataset, technique.id).sort(
    (a, b) => a.levelOfEvidence - b.levelOfEvidence || b.year - a.year,
  )
  const best = bestDirectLevel(related)
  const first = technique.firstReported
  const firstStudy = first.studyId ? studyById.get(first.studyId) : undefined

  return (
    <article className="record" aria-labelledby="record-title">
      <ViewLink to={back} className="back-link">
        {backLabel(view)}
      </ViewLink>
      <header className="record-head">
        <p className="eyebrow">
          {area?.name ?? technique.areaId} · {technique.subgroup}
        </p>
        <h2 id="record-title">{technique.name}</h2>
        {technique.aliases.length > 0 ? (
          <p className="muted">Also known as {technique.aliases.join(', ')}</p>
        ) : null}
        <ComparisonActions view={view} id={technique.id} />
      </header>
      <p className="lead">{technique.summary}</p>
      <section aria-labelledby="how-title">
        <h3 id="how-title">How it works</h3>
        <p>{technique.mechanism}</p>
      </section>
      <FactList
        items={[
          ['Invasiveness', INVASIVENESS_LABELS[technique.invasiveness]],
          ['Typical setting', technique.setting],
          ['Anaesthesia', technique.anaesthesia],
          ['NOMS dimensions', technique.noms.map((n) => NOMS_LABELS[n]).join(', ') || null],
          [
            'Best level of evidence',
            best !== null ? (
              <LevelWithScale key="level" level={best} scale={dataset.meta.evidenceScale} />
            ) : related.length > 0 ? (
              'None in patients with spinal metastases: every study here is indirect evidence'
            ) : null,
          ],
          [
            'First reported',
            <>
              {first.year} — {first.citation}{' '}
              {firstStudy ? (
                <ViewLink to={{ ...view, record: { kind: 'study', id: firstStudy.id } }}>
                  study record
                </ViewLink>
              ) : null}{' '}
              {first.url ? <ExternalLink href={first.url}>source</ExternalLink> : null}{' '}
              <VerificationBadge
                status={first.verification}
                source={first.verificationSource}
                showSource
              />
              {first.note ? <span className="note"> {first.note}</span> : null}
            </>,
            'wide',
          ],
        ]}
      />
      <div className="text-lists">
        <TextList title="Indications" items={technique.indications} />
        <TextList title="Contraindications" items={technique.contraindications} />
        <TextList title="Advantages" items={technique.advantages} />
        <TextList title="Limitations" items={technique.limitations} />
        <TextList title="Complications" items={technique.complications} />
      </div>

      <section aria-labelledby="outcomes-title">
        <h3 id="outcomes-title">Outcomes ({technique.outcomes.length})</h3>
        <IndirectNotice
          {...indirectResults(technique.outcomes, studyById)}
          total={technique.outcomes.length}
        />
        <OutcomeTable dataset={dataset} technique={technique} view={view} />
        {technique.evidenceSearch ? (
          <p className="note">
            Evidence search: {technique.evidenceSearch.finding} (searched{' '}
            {technique.evidenceSearch.searched}; {technique.evidenceSearch.where}).
          </p>
        ) : null}
      </section>

      <GuidelineAdvice dataset={dataset} technique={technique} view={view} />

      <section aria-labelledby="studies-title">
        <h3 id="studies-title">Studies behind this technique ({related.length})</h3>
        <ul className="study-list">
          {related.map((study) => (
            <li key={study.id}>
              <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
                {studyShort(study)}
              </ViewLink>{' '}
              — {study.title}{' '}
              <span className="muted">
                ({journalText(study)}; {levelLabel(study.levelOfEvidence)})
              </span>{' '}
              <StudyLinks study={study} />{' '}
              <VerificationBadge status={study.verification} source={study.verificationSource} />{' '}
              <IndirectBadge population={study.indirectPopulation} />
            </li>
          ))}
        </ul>
      </section>
      {/* After the record itself: what this release changed in it is for those who look. */}
      {changes ? (
        <RecordChangesPanel source={changes} kind="technique" id={id} view={view} />
      ) : null}
    </article>
  )
}

function IndirectNotice({
  count,
  total,
  populations,
}: {
  count: number
  total: number
  populations: string[]
}) {
  if (count === 0) return null
  return (
    <p className="safety-note" role="note">
      <strong>
        {count === total ? 'All' : `${count} of ${total}`} results come from other populations
      </strong>{' '}
      than patients with spinal metastases ({populations.join('; ')}). They are marked “Indirect
      evidence”; read them as such.
    </p>
  )
}

export function NotFound({ what, id, back }: { what: string; id: string; back: ViewState }) {
  return (
    <div className="record" role="alert">
      <h2>
        No {what} with id “{id}”
      </h2>
      <p>The link may be from an older version of the dataset.</p>
      <ViewLink to={back} className="back-link">
        ← Back to the table
      </ViewLink>
    </div>
  )
}

function ComparisonActions({ view, id }: { view: ViewState; id: string }) {
  const ids = view.compare.ids
  const selected = ids.includes(id)
  const compare = { ...view.compare, ids: selected ? ids.filter((c) => c !== id) : [...ids, id] }
  const full = !selected && ids.length >= MAX_COMPARE
  return (
    <p className="record-actions no-print">
      {full ? (
        <span className="muted">The comparison already holds {MAX_COMPARE} techniques.</span>
      ) : (
        <ViewLink to={{ ...view, compare }} className="button">
          {selected ? 'Remove from comparison' : 'Add to comparison'}
        </ViewLink>
      )}
      {ids.length >= 2 ? (
        <ViewLink to={{ ...view, tab: 'compare', record: null }} className="button">
          Open comparison ({ids.length})
        </ViewLink>
      ) : null}
    </p>
  )
}
