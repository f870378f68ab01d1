import { type ReactNode, Suspense, useState } from 'react'
import { type ExportChoice, ExportControls } from '../../components/export-controls'
import { LoadingIndicator } from '../../components/loading-indicator'
import { type ActiveFilter, type AnyQueryResult, PAGE_SIZE } from '../../domain/query/run-query'
import {
  clearFilters,
  type Range,
  type TableView,
  type ViewState,
  withTable,
} from '../../domain/view/view-state'
import type { NavigateMode } from '../../lib/url-view'
import { ActiveFilters } from './active-filters'
import { ColumnChooser } from './column-chooser'
import { CompareButton } from './compare-selection'
import { FacetPanel } from './facet-panel'
import { Pagination } from './pagination'
import { ResultsTable } from './results-table'
import { SearchBox } from './search-box'

type Props = {
  result: AnyQueryResult
  onNavigate: (view: ViewState, mode?: NavigateMode) => void
  onExport: (choice: ExportChoice) => void
  /** The Scores page's evidence for a situation: a notice above the table, a line per technique. */
  lens?: { notice: ReactNode; matchedBecause: (techniqueId: string) => ReactNode }
}

const TABLE_TITLES = { techniques: 'Techniques', studies: 'Studies', guidelines: 'Guidelines' }

export function ExploreView({ result, onNavigate, onExport, lens }: Props) {
  const { view, tableView, table } = result
  // On narrow screens the filters live in a drawer opened by a button.
  const [filtersOpen, setFiltersOpen] = useState(false)
  // Phones may read the rows as cards (CSS shows the switch there only); tablets keep the table.
  const [cards, setCards] = useState(false)
  const filtered = (patch: Partial<TableView>, mode: NavigateMode = 'push') =>
    onNavigate(withTable(view, table, { ...patch, page: 1 }), mode)

  const toggleFacet = (facetId: string, value: string, checked: boolean) => {
    const current = tableView.facets[facetId] ?? []
    const next = checked ? [...current, value] : current.filter((v) => v !== value)
    filtered({ facets: { ...tableView.facets, [facetId]: next } })
  }
  const setRange = (rangeId: string, range: Range | null) => {
    const ranges = { ...tableView.ranges }
    if (range) ranges[rangeId] = range
    else delete ranges[rangeId]
    filtered({ ranges })
  }
  const removeFilter = (filter: ActiveFilter) => {
    if (filter.kind === 'search') filtered({ q: '' })
    if (filter.kind === 'facet') toggleFacet(filter.facetId, filter.value, false)
    if (filter.kind === 'range') setRange(filter.rangeId, null)
  }
  const clearAll = () => onNavigate(clearFilters(view, table))
  const noun = result.spec.noun[1]
  const tableTitle = TABLE_TITLES[table]

  return (
    <div className="explore">
      <div className="explore-layout">
        {/* The filters are dozens of tab stops; a keyboard user can go straight to the results. */}
        <a className="skip-link" href="#results">
          Skip to the {tableTitle.toLowerCase()} table
        </a>
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {filtersOpen ? 'Hide filters' : 'Show filters'}
          {result.activeFilters.length > 0 ? ` (${result.activeFilters.length} active)` : ''}
        </button>
        <aside
          id="filters"
          className={filtersOpen ? 'filters filters-open' : 'filters'}
          aria-label="Filters"
        >
          <SearchBox value={tableView.q} noun={noun} onChange={(q) => filtered({ q }, 'search')} />
          <FacetPanel
            facets={result.facets}
            ranges={result.ranges}
            onToggle={toggleFacet}
            onRange={setRange}
          />
        </aside>
        <section id="results" tabIndex={-1} className="results" aria-labelledby="results-title">
          <div className="results-head">
            <h2 id="results-title">{tableTitle}</h2>
            <div className="results-actions">
              <ExportControls
                rowCount={result.rows.length}
                canChooseColumns={result.visibleColumns.length < result.spec.columns.length}
                offerEditable={result.table !== 'guidelines'}
                onExport={onExport}
              />
              {table === 'techniques' ? <CompareButton view={view} /> : null}
              <ColumnChooser
                // One per table: switching tabs starts it closed.
                key={table}
                columns={result.spec.columns}
                visible={result.visibleColumns.map((c) => c.id)}
                onChange={(columns) => onNavigate(withTable(view, table, { columns }))}
              />
              <button
                type="button"
                className="button layout-switch"
                aria-pressed={cards}
                onClick={() => setCards(!cards)}
              >
                Show rows as cards
              </button>
            </div>
          </div>
          {lens?.notice}
          <ActiveFilters
            summary={result.summary}
            filters={result.activeFilters}
            onRemove={removeFilter}
            onClearAll={clearAll}
          />
          {result.rows.length === 0 ? (
            <div className="empty-state">
              <p>
                <strong>No {noun} match these filters.</strong> Each filter below narrows the list;
                remove one, or start again.
              </p>
              <button type="button" className="button button-primary" onClick={clearAll}>
                Clear all filters
              </button>
            </div>
          ) : (
            <div className={cards ? 'results-body layout-cards' : 'results-body'}>
              <div className="table-scroll">
                <ResultsTable
                  result={result}
                  onNavigate={onNavigate}
                  matchedBecause={lens?.matchedBecause}
                />
              </div>
              {cards ? (
                <Suspense fallback={<LoadingIndicator label="Loading the cards…" />}>
                  <ResultsTable
                    result={result}
                    onNavigate={onNavigate}
                    matchedBecause={lens?.matchedBecause}
                    layout="cards"
                  />
                </Suspense>
              ) : null}
            </div>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            total={result.rows.length}
            pageSize={PAGE_SIZE}
            onPage={(page) => onNavigate(withTable(view, table, { page }))}
          />
        </section>
      </div>
    </div>
  )
}
