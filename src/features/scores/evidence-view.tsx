import { ExternalLink } from '../../components/external-link'
import { ViewLink } from '../../components/view-link'
import { studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset } from '../../domain/dataset/schema'
import type { LensMatch } from '../../domain/scores/lens'
import type { ViewState } from '../../domain/view/view-state'
import { EvidenceStudies } from './evidence-studies'
import { SafetyNote } from './references'

type Props = {
  dataset: Dataset
  view: ViewState
  parts: string[]
  matches: LensMatch[]
  backHref: string
  onBack: () => void
}

/**
 * The techniques whose structured indication criteria match the situation, one row each, with
 * the criterion that matched, why, and its source. Techniques without criteria are not guessed at.
 */
export function EvidenceView({ dataset, view, parts, matches, backHref, onBack }: Props) {
  const areaName = new Map(dataset.areas.map((a) => [a.id, a.name]))
  const study = new Map(dataset.studies.map((s) => [s.id, s]))
  const withCriteria = dataset.techniques.filter((t) => (t.indicationCriteria ?? []).length > 0)
  return (
    <section className="lens-view" aria-labelledby="lens-title">
      <h3 id="lens-title">Techniques for this situation ({matches.length})</h3>
      <p>
        {parts.length > 0 ? `Situation: ${parts.join('; ')}.` : 'No findings entered yet.'} The
        table lists the techniques whose structured indication criteria hold for every value
        entered; {withCriteria.length} of {dataset.techniques.length} techniques have such criteria,
        the others are never guessed at.
      </p>
      <SafetyNote />
      <p className="no-print">
        <a
          href={backHref}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
            event.preventDefault()
            onBack()
          }}
        >
          ← Back to the calculator
        </a>
      </p>
      {matches.length === 0 ? (
        <p className="empty-state">
          No technique has a structured indication matching this situation. Enter more findings, or
          browse all techniques.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="lens-table">
            <caption className="visually-hidden">
              Techniques matching the situation, with the criterion that matched
            </caption>
            <thead>
              <tr>
                <th scope="col">Technique</th>
                <th scope="col">Therapy area</th>
                <th scope="col">Matched because</th>
              </tr>
            </thead>
            <tbody>
              {matches.map(({ technique, matches: criteria }) => (
                <tr key={technique.id}>
                  <th scope="row">
                    <ViewLink to={{ ...view, record: { kind: 'technique', id: technique.id } }}>
                      {technique.name}
                    </ViewLink>
                  </th>
                  <td>{areaName.get(technique.areaId) ?? technique.areaId}</td>
                  <td>
                    <ul className="matched-because">
                      {criteria.map(({ criterion, reasons }) => {
                        const source = criterion.studyId ? study.get(criterion.studyId) : undefined
                        return (
                          <li key={criterion.id}>
                            <strong>{criterion.label}</strong>: {reasons.join('; ')}. Source:{' '}
                            {source
                              ? studyShort(source)
                              : (criterion.studyId ?? criterion.guidelineId)}{' '}
                            (<ExternalLink href={criterion.quoteUrl}>quote</ExternalLink>: “
                            {criterion.quote}”)
                          </li>
                        )
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <EvidenceStudies dataset={dataset} view={view} matches={matches} />
    </section>
  )
}
