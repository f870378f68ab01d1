import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import type { Dataset, Study } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { ResultCell } from './record-parts'

type Props = { dataset: Dataset; study: Study; view: ViewState }

/** Every value the dataset takes from this study, with its technique, tier and quote. */
export function StudyResults({ dataset, study, view }: Props) {
  const measureById = new Map(dataset.outcomeMeasures.map((m) => [m.id, m]))
  const results = dataset.techniques.flatMap((technique) =>
    technique.outcomes
      .filter((outcome) => outcome.studyId === study.id)
      .map((outcome) => ({ technique, outcome })),
  )
  return (
    <section aria-labelledby="results-title">
      <h3 id="results-title">Results recorded from this study ({results.length})</h3>
      {results.length === 0 ? (
        <p className="muted">No value from this study is recorded as an outcome.</p>
      ) : (
        // Cards on phones, as on technique pages (responsive-outcome-cards.css reads data-label).
        <div className="table-scroll record-cards">
          <table>
            <caption className="visually-hidden">
              Values taken from this study, each with its technique, tier and source quote
            </caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Result as reported</th>
                <th scope="col">Technique</th>
                <th scope="col">Time point</th>
                <th scope="col">Verification</th>
              </tr>
            </thead>
            <tbody>
              {results.map(({ technique, outcome }, index) => {
                const measure = measureById.get(outcome.measureId)?.name ?? outcome.measureId
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: outcomes have no id and keep dataset order
                  <tr key={index}>
                    <th scope="row">
                      {measure}
                      {outcome.primaryEndpoint ? (
                        <div>
                          <span className="badge badge-endpoint">Primary endpoint</span>
                        </div>
                      ) : null}
                    </th>
                    <ResultCell outcome={outcome} label={`${measure}, ${technique.name}`} />
                    <td data-label="Technique">
                      <ViewLink to={{ ...view, record: { kind: 'technique', id: technique.id } }}>
                        {technique.name}
                      </ViewLink>
                    </td>
                    <td data-label="Time point">{outcome.timepoint || null}</td>
                    <td data-label="Verification">
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
      )}
    </section>
  )
}
