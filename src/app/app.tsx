import { Suspense, useMemo, useState } from 'react'
import { DatasetProblems } from '../components/dataset-problems'
import { ErrorBoundary } from '../components/error-boundary'
import { LoadingIndicator } from '../components/loading-indicator'
import { MainTabs } from '../components/main-tabs'
import { ThemeSwitch } from '../components/theme-switch'
import { UpdatePrompt } from '../components/update-prompt'
import type { Dataset } from '../domain/dataset/schema'
import { runQuery } from '../domain/query/run-query'
import { shortHash } from '../domain/view/view-state'
import { DropZone } from '../features/dataset-loader/drop-zone'
import { ExploreView } from '../features/explore/explore-view'
import type { ChangeSource } from '../lib/dataset-changes'
import { setDatasetStamp, useUrlView } from '../lib/url-view'
import { DatasetBadge, DatasetMismatch, SavedCopyNotice } from './dataset-badge'
import { exportComparison, exportTable } from './export-table'
import {
  ChangesView,
  ChartsView,
  CompareView,
  changesView,
  charts,
  compare,
  DecisionToolsView,
  LazyPanel,
  OpenDatasetDialog,
  StudyPage,
  studyPage,
  TechniquePage,
  techniquePage,
  tools,
} from './lazy-views'
import { type DatasetSource, useDatasetStore } from './use-dataset'
import { UserFileChanges } from './user-file-changes'

export function App() {
  const store = useDatasetStore()
  const { state, userLoad } = store
  const [dialogOpen, setDialogOpen] = useState(false)
  const openFile = (file: File) => {
    setDialogOpen(true)
    void store.openFile(file)
  }
  const ready = state.status === 'ready' ? state : null
  const current = ready?.dataset ?? null
  const userFile = ready?.source.kind === 'user' ? ready.source.name : null
  const builtIn = userFile !== null ? store.builtInDataset : null
  // One object per pair of datasets: the "What changed" data is computed once for it.
  const changeSource = useMemo<ChangeSource | null>(
    () => (current ? { current, builtIn, fileName: userFile } : null),
    [current, builtIn, userFile],
  )
  // Set during render (idempotent) because links rendered below read it through hrefFor.
  if (ready) setDatasetStamp(shortHash(ready.hash))

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Spinal metastases evidence explorer</h1>
        <ThemeSwitch />
        {ready ? (
          <DatasetBadge
            dataset={ready.dataset}
            hash={ready.hash}
            source={ready.source}
            onOpen={() => setDialogOpen(true)}
            onReset={() => void store.reset()}
          />
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {state.status === 'loading' ? (
          <LoadingIndicator label="Loading the evidence dataset…" />
        ) : null}
        {state.status === 'invalid' ? (
          <DatasetProblems
            source={state.source}
            issues={state.issues}
            onRetry={state.download ? store.retry : undefined}
          />
        ) : null}
        {ready?.source.kind === 'built-in' && ready.source.copy ? (
          <SavedCopyNotice
            notice={ready.source.copy}
            version={ready.dataset.meta.version}
            onRetry={store.retry}
          />
        ) : null}
        {ready && changeSource ? (
          <Explorer
            dataset={ready.dataset}
            hash={ready.hash}
            source={ready.source}
            changes={changeSource}
          />
        ) : null}
      </main>
      <footer className="site-footer">
        <p>
          <strong>For education and research, not medical advice.</strong>{' '}
          {ready
            ? `Data v${ready.dataset.meta.version}, reviewed ${ready.dataset.meta.lastReviewed}. Cite as: ${ready.dataset.meta.citation}`
            : null}
        </p>
        <p>
          Every number links to its study. Values not yet checked at a primary source are marked
          “Unverified”.
        </p>
      </footer>
      {ready ? (
        <>
          {dialogOpen ? (
            <Suspense fallback={null}>
              <OpenDatasetDialog
                open={dialogOpen}
                load={userLoad}
                currentName={
                  ready.source.kind === 'built-in' ? 'the built-in dataset' : ready.source.name
                }
                onClose={() => {
                  setDialogOpen(false)
                  if (userLoad.status !== 'loading') store.dismiss()
                }}
                onFile={(file) => void store.openFile(file)}
                onCancel={store.cancel}
              />
            </Suspense>
          ) : null}
          <DropZone onFile={openFile} />
        </>
      ) : null}
      <UpdatePrompt start={state.status !== 'loading'} />
    </div>
  )
}

type ExplorerProps = {
  dataset: Dataset
  hash: string
  source: DatasetSource
  changes: ChangeSource
}

function Explorer({ dataset, hash, source, changes }: ExplorerProps) {
  const [view, navigate] = useUrlView()
  const stamp = shortHash(hash)
  return (
    <>
      {view.ds !== null && view.ds !== stamp ? (
        <DatasetMismatch
          linkStamp={view.ds}
          stamp={stamp}
          source={source}
          onAccept={() => navigate({ ...view }, 'replace')}
        />
      ) : null}
      {changes.builtIn ? <UserFileChanges source={changes} view={view} /> : null}
      <MainTabs view={view} />
      <ExplorerContent dataset={dataset} hash={hash} changes={changes} />
    </>
  )
}

function ExplorerContent({ dataset, hash, changes }: Omit<ExplorerProps, 'source'>) {
  const [view, navigate] = useUrlView()
  const result = useMemo(() => runQuery(dataset, view), [dataset, view])
  const record = view.record
  if (record) {
    return (
      <LazyPanel
        key={`${record.kind}:${record.id}`}
        label={`The ${record.kind} page`}
        onRetry={record.kind === 'technique' ? techniquePage.reset : studyPage.reset}
      >
        {record.kind === 'technique' ? (
          <TechniquePage dataset={dataset} id={record.id} view={result.view} changes={changes} />
        ) : (
          <StudyPage dataset={dataset} id={record.id} view={result.view} changes={changes} />
        )}
      </LazyPanel>
    )
  }
  if (view.tab === 'compare') {
    return (
      <LazyPanel
        key="compare"
        label="The comparison"
        loading="Loading the comparison…"
        onRetry={compare.reset}
      >
        <CompareView
          dataset={dataset}
          view={view}
          onNavigate={navigate}
          onExport={(choice) => void exportComparison(dataset, view, choice)}
        />
      </LazyPanel>
    )
  }
  if (view.tab === 'tools') {
    return (
      <LazyPanel key="tools" label="The scoring systems" onRetry={tools.reset}>
        <DecisionToolsView dataset={dataset} view={view} />
      </LazyPanel>
    )
  }
  if (view.tab === 'changes') {
    return (
      <LazyPanel key="changes" label="What changed" onRetry={changesView.reset}>
        <ChangesView source={changes} view={view} onNavigate={navigate} />
      </LazyPanel>
    )
  }
  if (view.tab === 'charts' && result.tab === 'techniques') {
    return (
      <LazyPanel
        key="charts"
        label="The charts"
        loading="Loading the charts…"
        onRetry={charts.reset}
      >
        <ChartsView
          dataset={dataset}
          view={view}
          techniques={result.rows.map((row) => row.technique)}
          summary={result.summary}
          onNavigate={navigate}
        />
      </LazyPanel>
    )
  }
  return (
    <ErrorBoundary key="table" label="The table">
      <ExploreView
        result={result}
        onNavigate={navigate}
        onExport={(choice) => void exportTable(result, dataset, hash, choice)}
      />
    </ErrorBoundary>
  )
}
