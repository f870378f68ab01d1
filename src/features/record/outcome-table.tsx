import { IndirectBadge } from '../../components/indirect-badge'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { groupOutcomesByMeasure } from '../../domain/dataset/outcome-groups'
import { amountText, studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset, Technique } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { ResultCell, StudyLinks } from './record-parts'

type Props = { dataset: Dataset; technique: Technique; view: ViewState }

/**
 * A technique's outcomes grouped by measure (a heading row per measure, primary endpoints and the
 * strongest evidence first); each row is headed by its study, with its tier and the source's own
 * words behind the value. On phones each row is laid out as a card (responsive-outcome-cards.css):
 * the cells' data-label names them there, since the column headers are out of sight.
 */
export function OutcomeTable({ dataset, technique, view }: Props) {
  const studyById = new Map(dataset.studies.map((s) => [s.id, s]))
  const measureById = new Map(dataset.outcomeMeasures.map((m) => [m.id, m]))
  if (technique.outcomes.length === 0)
    return <p className="muted">No outcome with numbers is recorded for this technique yet.</p>
  return (
    <div className="table-scroll record-cards">
      <table>
        <caption className="visually-hidden">
          Outcomes of {technique.name}, each with its study, verification tier and source quote
        </caption>
        <thead>
          <tr>
            <th scope="col">Study</th>
            <th scope="col">Result as reported</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Comparator</th>
            <th scope="col">Time point</th>
          </tr>
        </thead>
        {groupOutcomesByMeasure(technique.outcomes, dataset.outcomeMeasures, studyById).map(
          (group) => (
            <tbody key={group.measureId}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={5}>
                  {group.measureName}{' '}
                  <span className="muted">
                    ({group.outcomes.length} {group.outcomes.length === 1 ? 'result' : 'results'})
                  </span>
                </th>
              </tr>
              {group.outcomes.map(({ outcome, index }) => {
                const measure = measureById.get(outcome.measureId)
                const study = studyById.get(outcome.studyId)
                const unit = measure?.unit ?? ''
                const label = `${group.measureName}, ${study ? studyShort(study) : outcome.studyId}`
                return (
                  // The outcome's place in the technique's list: outcomes have no id of their own.
                  <tr key={index}>
                    <th scope="row">
                      {study ? (
                        <>
                          <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
                            {studyShort(study)}
                          </ViewLink>{' '}
                          <StudyLinks study={study} />{' '}
                        </>
                      ) : (
                        `${outcome.studyId} `
                      )}
                      <VerificationBadge
                        status={outcome.verification}
                        source={outcome.verificationSource}
                        showSource
                      />
                      {outcome.primaryEndpoint ? (
                        <span className="badge badge-endpoint">Primary endpoint</span>
                      ) : null}{' '}
                      <IndirectBadge population={study?.indirectPopulation} />
                    </th>
                    <ResultCell outcome={outcome} label={label} showNote />
                    {/* Empty cells render nothing, so a card can leave their label out. */}
                    <td className="num amount" data-label="Value">
                      {outcome.value === null ? null : amountText(outcome.value, unit)}
                    </td>
                    <td data-label="Comparator">
                      {[
                        outcome.comparator,
                        outcome.comparatorValue === null
                          ? null
                          : `(${amountText(outcome.comparatorValue, unit)})`,
                      ]
                        .filter(Boolean)
                        .join(' ') || null}
                    </td>
                    <td data-label="Time point">{outcome.timepoint || null}</td>
                  </tr>
                )
              })}
            </tbody>
          ),
        )}
      </table>
    </div>
  )
}
