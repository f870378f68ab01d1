import type { ReactNode } from 'react'

/** Links from data open only https URLs, in a new tab, without referrer or opener. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!href.startsWith('https://')) return <>{children}</>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`
