import { ExternalLink } from './external-link'

type Props = {
  quote: string | null | undefined
  quoteUrl: string | null | undefined
  /** What the quote supports, for screen readers: "Ambulatory status, Patchell 2005". */
  label: string
}

/**
 * The source's own words for a value, one click (or Enter) away: a native <details>, so it is
 * keyboard reachable and works without hover, and it prints open-able.
 */
export function QuoteDisclosure({ quote, quoteUrl, label }: Props) {
  if (!quote && !quoteUrl) return null
  return (
    <details className="quote">
      <summary>
        Quote<span className="visually-hidden"> for {label}</span>
      </summary>
      {quote ? <blockquote>“{quote}”</blockquote> : null}
      {quoteUrl ? (
        <p className="quote-source">
          Seen at <ExternalLink href={quoteUrl}>{hostOf(quoteUrl)}</ExternalLink>
        </p>
      ) : null}
    </details>
  )
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
