import type { ReactNode } from 'react'
import { doiUrl, ExternalLink, pubmedUrl } from '../../components/external-link'
import { QuoteDisclosure } from '../../components/quote-disclosure'
import { effectText } from '../../domain/dataset/outcome-text'
import type { Outcome, Study } from '../../domain/dataset/schema'
import { levelLabel } from '../../domain/query/labels'
import type { ViewState } from '../../domain/view/view-state'

type Fact = [label: string, value: ReactNode, layout?: 'wide']

/** Short facts side by side; a 'wide' one (a citation with its note) takes a whole row. */
export function FactList({ items }: { items: Fact[] }) {
  return (
    <dl className="facts">
      {items.map(([label, value, layout]) => (
        <div key={label} className={layout === 'wide' ? 'fact-wide' : undefined}>
          <dt>{label}</dt>
          <dd>{value ?? <span className="muted">Not recorded</span>}</dd>
        </div>
      ))}
    </dl>
  )
}

export function TextList({ title, items }: { title: string; items: string[] }) {
  return (
    <section className="text-list" aria-label={title}>
      <h3>{title}</h3>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">None recorded.</p>
      )}
    </section>
  )
}

/** DOI and PubMed links for a study, built from its identifiers. */
export function StudyLinks({ study }: { study: Study }) {
  return (
    <span className="study-links">
      {study.doi ? <ExternalLink href={doiUrl(study.doi)}>DOI {study.doi}</ExternalLink> : null}
      {study.pmid ? (
        <ExternalLink href={pubmedUrl(study.pmid)}>PubMed {study.pmid}</ExternalLink>
      ) : null}
      {!study.doi && !study.pmid ? <span className="muted">No DOI or PMID recorded</span> : null}
    </span>
  )
}

/** A level with the scale spelled out, since "level 2" means nothing without its scale. */
export function LevelWithScale({ level, scale }: { level: number; scale: string }) {
  return (
    <>
      {levelLabel(level)}
      <div className="note">{scale}</div>
    </>
  )
}

/** Where "back" returns to: the view the record was opened from. */
export function backLabel(view: ViewState): string {
  const places: Record<ViewState['tab'], string> = {
    techniques: 'techniques table',
    studies: 'studies table',
    guidelines: 'guidelines table',
    compare: 'comparison',
    charts: 'charts',
    scores: 'scoring systems',
    changes: 'list of changes',
  }
  return `← Back to the ${places[view.tab]}`
}

/**
 * An outcome's "Result" cell on record pages: the result as reported with its effect size, an
 * optional note, and the source's words one click away.
 */
export function ResultCell({
  outcome,
  label,
  showNote = false,
}: {
  outcome: Outcome
  label: string
  showNote?: boolean
}) {
  return (
    <td data-label="Result">
      {/* A block of its own, so the "Quote" below never runs on from its text. */}
      <div>
        {outcome.valueText}
        {outcome.effect ? <span className="effect">{effectText(outcome.effect)}</span> : null}
      </div>
      {showNote && outcome.note ? <div className="note">{outcome.note}</div> : null}
      <QuoteDisclosure quote={outcome.quote} quoteUrl={outcome.quoteUrl} label={label} />
    </td>
  )
}
