import type { LensMatch } from '../../domain/scores/lens'

type Props = {
  parts: string[]
  matches: LensMatch[]
  onShow: () => void
  href: string
  /** The user has filters of their own on the Techniques or Studies table, which the evidence replaces. */
  replacesFilters: boolean
}

/**
 * The end of every calculator: the situation so far and the way to the evidence for it. The
 * matching techniques are also listed for print, so the printed page carries them.
 */
export function LensPanel({ parts, matches, onShow, href, replacesFilters }: Props) {
  return (
    <section className="lens-panel" aria-label="Evidence for this situation">
      <p>
        {parts.length > 0 ? (
          <>Situation: {parts.join('; ')}. </>
        ) : (
          <>No finding the indication criteria use has been entered yet. </>
        )}
        {matches.length === 0
          ? 'No technique has a structured indication matching this yet, so there is no evidence to show: the criteria combine SINS, ESCC grade, histology, neurological deficit, expected survival and vertebral body collapse (the SINS collapse item).'
          : matches.length === 1
            ? '1 technique has a structured indication that matches.'
            : `${matches.length} techniques have a structured indication that matches.`}
      </p>
      {matches.length === 0 ? null : (
        <p className="no-print">
          <a
            className="button button-primary"
            href={href}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
              event.preventDefault()
              onShow()
            }}
          >
            Show the evidence for this situation
          </a>
          {replacesFilters ? (
            <span className="note">
              {' '}
              It replaces the filters you set on the Techniques and Studies tables; the browser’s
              Back button returns to them.
            </span>
          ) : null}
        </p>
      )}
      {matches.length > 0 ? (
        <div className="print-only">
          <h4>Matching techniques</h4>
          <ul>
            {matches.map((m) => (
              <li key={m.technique.id}>
                {m.technique.name}: {m.matches.map((c) => c.criterion.label).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
