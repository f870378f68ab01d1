import { lazy, Suspense, useMemo } from 'react'
import { DatasetProblems } from '../components/dataset-problems'
import { ErrorBoundary } from '../components/error-boundary'
import { LoadingIndicator } from '../components/loading-indicator'
import { MainTabs } from '../components/main-tabs'
import type { Dataset } from '../domain/dataset/schema'
import { runQuery } from '../domain/query/run-query'
import { CompareView } from '../features/compare/compare-view'
import { ExploreView } from '../features/explore/explore-view'
import { StudyPage } from '../features/record/study-page'
import { TechniquePage } from '../features/record/technique-page'
import { useUrlView } from '../lib/url-view'
import { exportComparison, exportTable } from './export-table'
import { useDataset } from './use-dataset'

export function App() {
  const state = useDataset()
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Spinal metastases evidence explorer</h1>
        {state.status === 'ready' ? (
          <p className="dataset-badge">
            {state.dataset.meta.title} · v{state.dataset.meta.version} · reviewed{' '}
            {state.dataset.meta.lastReviewed}
          </p>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {state.status === 'loading' ? (
          <LoadingIndicator label="Loading the evidence dataset…" />
        ) : null}
        {state.status === 'invalid' ? (
          <DatasetProblems source={state.source} issues={state.issues} />
        ) : null}
        {state.status === 'ready' ? <Explorer dataset={state.dataset} hash={state.hash} /> : null}
      </main>
      <footer className="site-footer">
        <p>
          <strong>For education and research, not medical advice.</strong>{' '}
          {state.status === 'ready'
            ? `Data v${state.dataset.meta.version}, reviewed ${state.dataset.meta.lastReviewed}. Cite as: ${state.dataset.meta.citation}`
            : null}
        </p>
        <p>
          Every number links to its study. Values not yet checked at a primary source are marked
          “Unverified”.
        </p>
      </footer>
    </div>
  )
}

// Charts (and recharts) load only when a chart view opens, so the table view does not pay for them.
const ChartsView = lazy(() => import('../features/charts/charts-view'))

function Explorer({ dataset, hash }: { dataset: Dataset; hash: string }) {
  const [view] = useUrlView()
  return (
    <>
      <MainTabs view={view} />
      <ExplorerContent dataset={dataset} hash={hash} />
    </>
  )
}

function ExplorerContent({ dataset, hash }: { dataset: Dataset; hash: string }) {
  const [view, navigate] = useUrlView()
  const result = useMemo(() => runQuery(dataset, view), [dataset, view])
  const record = view.record
  if (record) {
    return (
      <ErrorBoundary label={`The ${record.kind} page`} key={`${record.kind}:${record.id}`}>
        {record.kind === 'technique' ? (
          <TechniquePage dataset={dataset} id={record.id} view={result.view} />
        ) : (
          <StudyPage dataset={dataset} id={record.id} view={result.view} />
        )}
      </ErrorBoundary>
    )
  }
  if (view.tab === 'compare') {
    return (
      <ErrorBoundary label="The comparison">
        <CompareView
          dataset={dataset}
          view={view}
          onNavigate={navigate}
          onExport={(choice) => exportComparison(dataset, view, choice)}
        />
      </ErrorBoundary>
    )
  }
  if (view.tab === 'charts' && result.tab === 'techniques') {
    return (
      <ErrorBoundary label="The charts">
        <Suspense fallback={<LoadingIndicator label="Loading the charts…" />}>
          <ChartsView
            dataset={dataset}
            view={view}
            techniques={result.rows.map((row) => row.technique)}
            summary={result.summary}
            onNavigate={navigate}
          />
        </Suspense>
      </ErrorBoundary>
    )
  }
  return (
    <ErrorBoundary label="The table">
      <ExploreView
        result={result}
        onNavigate={navigate}
        onExport={(choice) => exportTable(result, dataset, hash, choice)}
      />
    </ErrorBoundary>
  )
}
