import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { journalText, studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset, ScoringSystem } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'

type Props = { dataset: Dataset; view: ViewState }

/** The decision and scoring systems of the dataset, each with its points, bands and reference. */
export function DecisionToolsView({ dataset, view }: Props) {
  return (
    <section className="tools" aria-labelledby="tools-title">
      <h2 id="tools-title">Decision and scoring systems ({dataset.scoringSystems.length})</h2>
      <p className="muted">
        The frameworks used to choose between the techniques: stability, cord compression,
        prognosis. Points and bands are as published; parts that could not be sourced are left out
        and said so.
      </p>
      {dataset.scoringSystems.length === 0 ? (
        <p className="empty-state">This dataset has no decision or scoring systems.</p>
      ) : (
        dataset.scoringSystems.map((system) => (
          <SystemCard key={system.id} system={system} dataset={dataset} view={view} />
        ))
      )}
    </section>
  )
}

function SystemCard({
  system,
  dataset,
  view,
}: {
  system: ScoringSystem
  dataset: Dataset
  view: ViewState
}) {
  const study = dataset.studies.find((s) => s.id === system.studyId)
  const titleId = `tool-${system.id}`
  return (
    <article className="tool-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {system.name} ({system.abbreviation}, {system.year}){' '}
        <VerificationBadge status={system.verification} source={system.verificationSource} />
      </h3>
      <p>{system.purpose}</p>
      {system.components.length > 0 ? (
        <div className="tool-components">
          {system.components.map((component) => (
            <table key={component.name} className="tool-table">
              <caption>{component.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Finding</th>
                  <th scope="col" className="num">
                    Points
                  </th>
                </tr>
              </thead>
              <tbody>
                {component.options.map((option) => (
                  <tr key={option.label}>
                    <th scope="row">{option.label}</th>
                    <td className="num">{option.points}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      ) : null}
      {system.bands.length > 0 ? (
        <table className="tool-table tool-bands">
          <caption>Interpretation</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">Band</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {system.bands.map((band) => (
              <tr key={band.label}>
                <td className="num">
                  {band.min ?? '…'}–{band.max ?? '…'}
                </td>
                <th scope="row">{band.label}</th>
                <td>{band.interpretation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {system.note ? <p className="note">{system.note}</p> : null}
      <p className="note">
        Reference:{' '}
        {study ? (
          <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
            {studyShort(study)}, {journalText(study)}
          </ViewLink>
        ) : (
          system.studyId
        )}
      </p>
    </article>
  )
}
