import { doiUrl, ExternalLink, pubmedUrl } from '../../components/external-link'
import { QuoteDisclosure } from '../../components/quote-disclosure'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import type { Dataset } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { backLabel, FactList } from './record-parts'
import { NotFound } from './technique-page'

type Props = { dataset: Dataset; id: string; view: ViewState }

/** A clinical practice guideline or consensus statement with its recommendations per technique. */
export function GuidelinePage({ dataset, id, view }: Props) {
  const back = { ...view, record: null }
  const guideline = dataset.guidelines.find((g) => g.id === id)
  if (!guideline) return <NotFound what="guideline" id={id} back={back} />
  const techniqueName = new Map(dataset.techniques.map((t) => [t.id, t.name]))

  return (
    <article className="record" aria-labelledby="record-title">
      <ViewLink to={back} className="back-link">
        {backLabel(view)}
      </ViewLink>
      <header className="record-head">
        <p className="eyebrow">Guideline · {guideline.issuer}</p>
        <h2 id="record-title">{guideline.title}</h2>
        <p className="muted">
          {guideline.issuer}, {guideline.year}.{' '}
          <ExternalLink href={guideline.url}>Guideline page</ExternalLink>{' '}
          {guideline.doi ? (
            <ExternalLink href={doiUrl(guideline.doi)}>DOI {guideline.doi}</ExternalLink>
          ) : null}{' '}
          {guideline.pmid ? (
            <ExternalLink href={pubmedUrl(guideline.pmid)}>PubMed {guideline.pmid}</ExternalLink>
          ) : null}
        </p>
        <p>
          <VerificationBadge
            status={guideline.verification}
            source={guideline.verificationSource}
            showSource
          />
        </p>
      </header>
      <FactList items={[['Scope', guideline.scope]]} />
      <section aria-labelledby="recommendations-title">
        <h3 id="recommendations-title">
          Recommendations about techniques ({guideline.recommendations.length})
        </h3>
        <p className="note">
          Strength and certainty are given in this guideline’s own grading; gradings differ between
          issuers.
        </p>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              Recommendations of {guideline.issuer} {guideline.year}, each with its techniques,
              strength, certainty and quote
            </caption>
            <thead>
              <tr>
                <th scope="col">Recommendation (in our words)</th>
                <th scope="col">Techniques</th>
                <th scope="col">Strength</th>
                <th scope="col">Certainty</th>
              </tr>
            </thead>
            <tbody>
              {guideline.recommendations.map((rec) => (
                <tr key={rec.id}>
                  <td>
                    {rec.statement}{' '}
                    <QuoteDisclosure
                      quote={rec.quote}
                      quoteUrl={rec.quoteUrl}
                      label={`recommendation ${rec.id}`}
                    />
                  </td>
                  <td>
                    <ul className="cell-list">
                      {rec.techniqueIds.map((techniqueId) => (
                        <li key={techniqueId}>
                          <ViewLink
                            to={{ ...view, record: { kind: 'technique', id: techniqueId } }}
                          >
                            {techniqueName.get(techniqueId) ?? techniqueId}
                          </ViewLink>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{rec.strength ?? <span className="muted">Not stated</span>}</td>
                  <td>{rec.certainty ?? <span className="muted">Not stated</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  )
}
