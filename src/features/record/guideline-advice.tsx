import { QuoteDisclosure } from '../../components/quote-disclosure'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { strengthText } from '../../domain/dataset/outcome-text'
import { guidelinesOfTechnique } from '../../domain/dataset/relations'
import type { Dataset, Technique } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'

type Props = { dataset: Dataset; technique: Technique; view: ViewState }

/**
 * "What guidelines say" on a technique page: each recommendation with the strength and
 * certainty in the guideline's own grading (gradings differ between issuers, so none is mapped).
 */
export function GuidelineAdvice({ dataset, technique, view }: Props) {
  const advice = guidelinesOfTechnique(dataset, technique.id)
  return (
    <section aria-labelledby="guidelines-title">
      <h3 id="guidelines-title">What guidelines say ({advice.length})</h3>
      {advice.length === 0 ? (
        <p className="muted">No guideline recommendation about this technique is recorded.</p>
      ) : (
        <ul className="study-list guideline-advice">
          {advice.map(({ guideline, recommendation }) => (
            <li key={recommendation.id}>
              <ViewLink to={{ ...view, record: { kind: 'guideline', id: guideline.id } }}>
                {guideline.issuer} {guideline.year}
              </ViewLink>
              : {recommendation.statement}{' '}
              <span className="muted">
                ({strengthText(recommendation.strength, recommendation.certainty)})
              </span>{' '}
              <VerificationBadge
                status={guideline.verification}
                source={guideline.verificationSource}
              />{' '}
              <QuoteDisclosure
                quote={recommendation.quote}
                quoteUrl={recommendation.quoteUrl}
                label={`${guideline.issuer} ${guideline.year} recommendation`}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
