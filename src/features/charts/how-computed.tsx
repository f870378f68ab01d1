import type { ReactNode } from 'react'

/** What a chart counts, what it leaves out and why: closed by default, one per chart. */
export function HowComputed({ children }: { children: ReactNode }) {
  return (
    <details className="how-computed">
      <summary>How this is computed</summary>
      <div className="how-computed-body">{children}</div>
    </details>
  )
}
