import { DatasetProblems } from '../components/dataset-problems'
import { ErrorBoundary } from '../components/error-boundary'
import { LoadingIndicator } from '../components/loading-indicator'
import { TechniquesTable } from '../features/techniques/techniques-table'
import { useDataset } from './use-dataset'

export function App() {
  const state = useDataset()
  return (
    <div className="page">
      <header className="site-header">
        <h1>Spinal metastases evidence explorer</h1>
        {state.status === 'ready' ? (
          <p className="dataset-badge">
            {state.dataset.meta.title} · v{state.dataset.meta.version}
          </p>
        ) : null}
      </header>
      <main id="main">
        {state.status === 'loading' ? (
          <LoadingIndicator label="Loading the evidence dataset…" />
        ) : null}
        {state.status === 'invalid' ? (
          <DatasetProblems source={state.source} issues={state.issues} />
        ) : null}
        {state.status === 'ready' ? (
          <ErrorBoundary label="The techniques table">
            <TechniquesTable dataset={state.dataset} />
          </ErrorBoundary>
        ) : null}
      </main>
      <footer className="site-footer">
        {state.status === 'ready' ? (
          <p>
            Data v{state.dataset.meta.version}, reviewed {state.dataset.meta.lastReviewed}. Cite as:{' '}
            {state.dataset.meta.citation}
          </p>
        ) : null}
        <p>For education and research, not medical advice.</p>
      </footer>
    </div>
  )
}
