import type { ReactNode } from 'react'
import { DataTable } from '../../components/data-table'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { studyShort } from '../../domain/dataset/outcome-text'
import type { GuidelineRow } from '../../domain/query/guideline-table'
import type { AnyQueryResult } from '../../domain/query/run-query'
import type { StudyRow } from '../../domain/query/study-table'
import type { TechniqueRow } from '../../domain/query/technique-table'
import { type SortKey, type ViewState, withTable } from '../../domain/view/view-state'
import type { NavigateMode } from '../../lib/url-view'
import { CompareCheckbox } from './compare-selection'

type Props = {
  result: AnyQueryResult
  onNavigate: (view: ViewState, mode?: NavigateMode) => void
  /** A line under a technique saying why it matched the Scores page's situation, if it did. */
  matchedBecause?: (techniqueId: string) => ReactNode
}

/** The current page of either table, with record links in the first column. */
export function ResultsTable({ result, onNavigate, matchedBecause }: Props) {
  const { view, tableView, table } = result
  const onSortChange = (sort: ReadonlyArray<SortKey>) =>
    onNavigate(withTable(view, table, { sort: [...sort], page: 1 }))
  if (result.table === 'techniques') {
    return (
      <DataTable<TechniqueRow>
        caption="Techniques"
        leadingCell={{
          header: <span className="visually-hidden">Compare</span>,
          cell: (row) => (
            <CompareCheckbox
              view={view}
              onNavigate={onNavigate}
              id={row.technique.id}
              name={row.technique.name}
            />
          ),
        }}
        columns={result.visibleColumns}
        rows={result.pageRows}
        rowId={result.spec.rowId}
        sort={tableView.sort}
        onSortChange={onSortChange}
        renderCell={(columnId, row) =>
          columnId === 'name' ? (
            <>
              <ViewLink to={{ ...view, record: { kind: 'technique', id: row.technique.id } }}>
                {row.technique.name}
              </ViewLink>
              {matchedBecause?.(row.technique.id)}
            </>
          ) : undefined
        }
      />
    )
  }
  if (result.table === 'guidelines') {
    return (
      <DataTable<GuidelineRow>
        caption="Guidelines"
        columns={result.visibleColumns}
        rows={result.pageRows}
        rowId={result.spec.rowId}
        sort={tableView.sort}
        onSortChange={onSortChange}
        renderCell={(columnId, row) => {
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
        }}
      />
    )
  }
  return (
    <DataTable<StudyRow>
      caption="Studies"
      columns={result.visibleColumns}
      rows={result.pageRows}
      rowId={result.spec.rowId}
      sort={tableView.sort}
      onSortChange={onSortChange}
      renderCell={(columnId, row) => {
        if (columnId === 'study')
          return (
            <ViewLink to={{ ...view, record: { kind: 'study', id: row.study.id } }}>
              {studyShort(row.study)}
            </ViewLink>
          )
        if (columnId === 'verification')
          return (
            <VerificationBadge
              status={row.study.verification}
              source={row.study.verificationSource}
            />
          )
        return undefined
      }}
    />
  )
}
