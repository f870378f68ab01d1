import { QuoteDisclosure } from '../../components/quote-disclosure'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { effectText, studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset, Technique } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { StudyLinks } from './record-parts'

type Props = { dataset: Dataset; technique: Technique; view: ViewState }

/** A technique's outcomes, each with its study, tier and the source's own words behind it. */
export function OutcomeTable({ dataset, technique, view }: Props) {
  const studyById = new Map(dataset.studies.map((s) => [s.id, s]))
  const measureById = new Map(dataset.outcomeMeasures.map((m) => [m.id, m]))
  if (technique.outcomes.length === 0)
    return <p className="muted">No outcome with numbers is recorded for this technique yet.</p>
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">
          Outcomes of {technique.name}, each with its study, verification tier and source quote
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Result as reported</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Comparator</th>
            <th scope="col">Time point</th>
            <th scope="col">Study</th>
          </tr>
        </thead>
        <tbody>
          {technique.outcomes.map((outcome, index) => {
            const measure = measureById.get(outcome.measureId)
            const study = studyById.get(outcome.studyId)
            const unit = measure?.unit ?? ''
            const label = `${measure?.name ?? outcome.measureId}, ${study ? studyShort(study) : outcome.studyId}`
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: outcomes have no id and never reorder
              <tr key={index}>
                <th scope="row">
                  {measure?.name ?? outcome.measureId}
                  {outcome.primaryEndpoint ? (
                    <div>
                      <span className="badge badge-endpoint">Primary endpoint</span>
                    </div>
                  ) : null}
                </th>
                <td>
                  {outcome.valueText}
                  {outcome.effect ? (
                    <span className="effect">{effectText(outcome.effect)}</span>
                  ) : null}
                  {outcome.note ? <div className="note">{outcome.note}</div> : null}
                  <QuoteDisclosure
                    quote={outcome.quote}
                    quoteUrl={outcome.quoteUrl}
                    label={label}
                  />
                </td>
                <td className="num">{outcome.value === null ? '' : `${outcome.value} ${unit}`}</td>
                <td>
                  {outcome.comparator ?? ''}
                  {outcome.comparatorValue !== null ? ` (${outcome.comparatorValue} ${unit})` : ''}
                </td>
                <td>{outcome.timepoint ?? ''}</td>
                <td>
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
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
