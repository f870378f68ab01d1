import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { studyShort } from '../../domain/dataset/outcome-text'
import { studiesOfTechnique } from '../../domain/dataset/relations'
import type { Dataset, Study } from '../../domain/dataset/schema'
import { DESIGN_LABELS } from '../../domain/query/labels'
import type { LensMatch } from '../../domain/scores/lens'
import type { ViewState } from '../../domain/view/view-state'

/**
 * The studies behind the matched techniques, best level of evidence first, so the way from the
 * situation leads to the numbers and not only to technique names.
 */
export function EvidenceStudies({
  dataset,
  view,
  matches,
}: {
  dataset: Dataset
  view: ViewState
  matches: LensMatch[]
}) {
  const forStudy = new Map<string, { study: Study; techniques: string[] }>()
  for (const { technique } of matches) {
    for (const study of studiesOfTechnique(dataset, technique.id)) {
      const entry = forStudy.get(study.id) ?? { study, techniques: [] }
      entry.techniques.push(technique.name)
      forStudy.set(study.id, entry)
    }
  }
  const rows = [...forStudy.values()].sort(
    (a, b) => a.study.levelOfEvidence - b.study.levelOfEvidence || b.study.year - a.study.year,
  )
  if (rows.length === 0) return null
  return (
    <section aria-labelledby="lens-studies-title">
      <h4 id="lens-studies-title">Studies behind these techniques ({rows.length})</h4>
      <div className="table-scroll">
        <table className="lens-table">
          <caption className="visually-hidden">
            Studies informing the matching techniques, best level of evidence first
          </caption>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Design</th>
              <th scope="col" className="num">
                Level
              </th>
              <th scope="col">Informs</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ study, techniques }) => (
              <tr key={study.id}>
                <th scope="row">
                  <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
                    {studyShort(study)}
                  </ViewLink>{' '}
                  <VerificationBadge
                    status={study.verification}
                    source={study.verificationSource}
                  />
                </th>
                <td>{DESIGN_LABELS[study.design]}</td>
                <td className="num">{study.levelOfEvidence}</td>
                <td>{techniques.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
