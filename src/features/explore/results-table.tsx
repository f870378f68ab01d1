import type { ReactNode } from 'react'
import type { DataCards as DataCardsType } from '../../components/data-cards'
import { DataTable } from '../../components/data-table'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { studyShort } from '../../domain/dataset/outcome-text'
import type { GuidelineRow } from '../../domain/query/guideline-table'
import type { AnyQueryResult } from '../../domain/query/run-query'
import type { StudyRow } from '../../domain/query/study-table'
import type { TechniqueRow } from '../../domain/query/technique-table'
import { type SortKey, type ViewState, withTable } from '../../domain/view/view-state'
import { lazyWithRetry } from '../../lib/lazy-with-retry'
import type { NavigateMode } from '../../lib/url-view'
import { CompareCheckbox } from './compare-selection'

// Cards are asked for on phones only, so they load on first use, outside the first view's budget.
const cards = lazyWithRetry(
  () => import('../../components/data-cards'),
  (m) => m.DataCards,
)
const DataCards = cards.Component as unknown as typeof DataCardsType

type Props = {
  result: AnyQueryResult
  onNavigate: (view: ViewState, mode?: NavigateMode) => void
  /** A line under a technique saying why it matched the Scores page's situation, if it did. */
  matchedBecause?: (techniqueId: string) => ReactNode
  /** Cards show each row's visible columns as label–value pairs (chosen on phones). */
  layout?: 'table' | 'cards'
}

/** The current page of any table, with record links in the first column, as a table or cards. */
export function ResultsTable({ result, onNavigate, matchedBecause, layout = 'table' }: Props) {
  const { view, tableView, table } = result
  const onSortChange = (sort: ReadonlyArray<SortKey>) =>
    onNavigate(withTable(view, table, { sort: [...sort], page: 1 }))
  if (result.table === 'techniques') {
    const leadingCell = {
      header: <span className="visually-hidden">Compare</span>,
      label: 'Compare',
      cell: (row: TechniqueRow) => (
        <CompareCheckbox
          view={view}
          onNavigate={onNavigate}
          id={row.technique.id}
          name={row.technique.name}
        />
      ),
    }
    const renderCell = (columnId: string, row: TechniqueRow) =>
      columnId === 'name' ? (
        <>
          <ViewLink to={{ ...view, record: { kind: 'technique', id: row.technique.id } }}>
            {row.technique.name}
          </ViewLink>
          {matchedBecause?.(row.technique.id)}
        </>
      ) : undefined
    const common = {
      caption: 'Techniques',
      columns: result.visibleColumns,
      rows: result.pageRows,
      rowId: result.spec.rowId,
      renderCell,
      leadingCell,
    }
    return layout === 'cards' ? (
      <DataCards<TechniqueRow> {...common} />
    ) : (
      <DataTable<TechniqueRow> {...common} sort={tableView.sort} onSortChange={onSortChange} />
    )
  }
  if (result.table === 'guidelines') {
    const renderCell = (columnId: string, row: GuidelineRow) => {
      if (columnId === 'guideline')
        return (
          <ViewLink to={{ ...view, record: { kind: 'guideline', id: row.guideline.id } }}>
            {row.guideline.title}
          </ViewLink>
        )
      if (columnId === 'verification')
        return (
          <VerificationBadge
            status={row.guideline.verification}
            source={row.guideline.verificationSource}
          />
        )
      return undefined
    }
    const common = {
      caption: 'Guidelines',
      columns: result.visibleColumns,
      rows: result.pageRows,
      rowId: result.spec.rowId,
      renderCell,
    }
    return layout === 'cards' ? (
      <DataCards<GuidelineRow> {...common} />
    ) : (
      <DataTable<GuidelineRow> {...common} sort={tableView.sort} onSortChange={onSortChange} />
    )
  }
  const renderCell = (columnId: string, row: StudyRow) => {
    if (columnId === 'study')
      return (
        <ViewLink to={{ ...view, record: { kind: 'study', id: row.study.id } }}>
          {studyShort(row.study)}
        </ViewLink>
      )
    if (columnId === 'verification')
      return (
        <VerificationBadge status={row.study.verification} source={row.study.verificationSource} />
      )
    return undefined
  }
  const common = {
    caption: 'Studies',
    columns: result.visibleColumns,
    rows: result.pageRows,
    rowId: result.spec.rowId,
    renderCell,
  }
  return layout === 'cards' ? (
    <DataCards<StudyRow> {...common} />
  ) : (
    <DataTable<StudyRow> {...common} sort={tableView.sort} onSortChange={onSortChange} />
  )
}
