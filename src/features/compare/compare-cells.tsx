import { type ReactNode, useState } from 'react'
import { IndirectBadge } from '../../components/indirect-badge'
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
          <Cell cell={cell} view={view} label={row.label} long={row.section === 'guidelines'} />
        </td>
      ))}
    </tr>
  )
}

type CellProps = {
  cell: CompareCell
  view: ViewState
  label: string
  /** A text row whose items run long and many (guideline statements): collapse it like results. */
  long?: boolean
}

/** A comparison cell; every outcome carries its tier and, one click away, the source's words. */
export function Cell({ cell, view, label, long = false }: CellProps) {
  if (cell.kind === 'text') {
    if (cell.values.length === 0) return <span className="muted">Not recorded</span>
    if (cell.values.length === 1) return <>{cell.values[0]}</>
    return (
      <MoreList
        noun={long ? ['statement', 'statements'] : null}
        items={cell.values.map((value) => ({ key: value, node: value }))}
      />
    )
  }
  if (cell.outcomes.length === 0) return <span className="muted">Not reported</span>
  return (
    <MoreList
      noun={['result', 'results']}
      items={cell.outcomes.map(({ outcome, study }, index) => ({
        // Outcomes have no id; their order in the cell is fixed.
        key: String(index),
        node: (
          <>
            {outcome.primaryEndpoint ? (
              <span className="badge badge-endpoint">Primary endpoint</span>
            ) : null}{' '}
            {outcome.valueText}
            {outcome.timepoint ? <span className="muted">, {outcome.timepoint}</span> : null}{' '}
            {study ? (
              <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
                {studyShort(study)}
              </ViewLink>
            ) : null}{' '}
            <VerificationBadge status={outcome.verification} source={outcome.verificationSource} />{' '}
            <IndirectBadge population={study?.indirectPopulation} />
            {outcome.effect ? <span className="effect">{effectText(outcome.effect)}</span> : null}
            <QuoteDisclosure
              quote={outcome.quote}
              quoteUrl={outcome.quoteUrl}
              label={`${label}, ${study ? studyShort(study) : outcome.studyId}`}
            />
          </>
        ),
      }))}
    />
  )
}

/** Items shown before "Show more": enough for the primary endpoints and the strongest evidence. */
const FIRST_ITEMS = 3

type MoreListProps = {
  items: ReadonlyArray<{ key: string; node: ReactNode }>
  /** What an item is called, singular and plural, or null to show every item. */
  noun: readonly [string, string] | null
}

/**
 * A cell's items in their order; past the first few they wait behind a button so a row stays
 * scannable. Print and the CSV always carry every item.
 */
function MoreList({ items, noun }: MoreListProps) {
  const [expanded, setExpanded] = useState(false)
  const collapsible = noun !== null && items.length > FIRST_ITEMS
  const hidden = collapsible && !expanded ? items.length - FIRST_ITEMS : 0
  return (
    <>
      <ul className="cell-list">
        {items.map(({ key, node }, index) => (
          <li key={key} className={index >= items.length - hidden ? 'cell-extra' : undefined}>
            {node}
          </li>
        ))}
      </ul>
      {collapsible ? (
        <button
          type="button"
          className="link-button cell-more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? `Show fewer ${noun?.[1]}`
            : `Show ${hidden} more ${hidden === 1 ? noun?.[0] : noun?.[1]}`}
        </button>
      ) : null}
    </>
  )
}
