import { QuoteDisclosure } from '../../components/quote-disclosure'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import type { CompareCell, CompareRow } from '../../domain/compare/compare'
import { effectText, studyShort } from '../../domain/dataset/outcome-text'
import type { ViewState } from '../../domain/view/view-state'

export function Row({ row, view }: { row: CompareRow; view: ViewState }) {
  return (
    <tr className={row.differs ? 'row-differs' : 'row-same'}>
      <th scope="row">
        {row.label}
        {row.differs ? (
          <span className="differs-tag">
            <span aria-hidden="true">≠ </span>differs
          </span>
        ) : (
          <span className="visually-hidden"> (same for all)</span>
        )}
      </th>
      {row.cells.map((cell, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one cell per compared technique, in column order
        <td key={index}>
          <Cell cell={cell} view={view} label={row.label} />
        </td>
      ))}
    </tr>
  )
}

/** A comparison cell; every outcome carries its tier and, one click away, the source's words. */
export function Cell({ cell, view, label }: { cell: CompareCell; view: ViewState; label: string }) {
  if (cell.kind === 'text') {
    if (cell.values.length === 0) return <span className="muted">Not recorded</span>
    if (cell.values.length === 1) return <>{cell.values[0]}</>
    return (
      <ul className="cell-list">
        {cell.values.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ul>
    )
  }
  if (cell.outcomes.length === 0) return <span className="muted">Not reported</span>
  return (
    <ul className="cell-list">
      {cell.outcomes.map(({ outcome, study }, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: outcomes have no id and keep dataset order
        <li key={index}>
          {outcome.primaryEndpoint ? (
            <span className="badge badge-endpoint">Primary endpoint</span>
          ) : null}{' '}
          {outcome.valueText}
          {outcome.timepoint ? <span className="muted"> at {outcome.timepoint}</span> : null}{' '}
          {study ? (
            <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
              {studyShort(study)}
            </ViewLink>
          ) : null}{' '}
          <VerificationBadge status={outcome.verification} source={outcome.verificationSource} />
          {outcome.effect ? <span className="effect">{effectText(outcome.effect)}</span> : null}
          <QuoteDisclosure
            quote={outcome.quote}
            quoteUrl={outcome.quoteUrl}
            label={`${label}, ${study ? studyShort(study) : outcome.studyId}`}
          />
        </li>
      ))}
    </ul>
  )
}
