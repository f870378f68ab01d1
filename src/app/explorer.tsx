import { lazy, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react'
import { ErrorBoundary } from '../components/error-boundary'
import { LoadingIndicator } from '../components/loading-indicator'
import { MainTabs } from '../components/main-tabs'
import { Optional } from '../components/optional'
import { relationsOf } from '../domain/dataset/relations'
import type { Dataset } from '../domain/dataset/schema'
import { runQuery } from '../domain/query/run-query'
import { isCurrentUrl, toSearch } from '../domain/view/url-codec'
import { shortHash } from '../domain/view/view-state'
import { ExploreView } from '../features/explore/explore-view'
import type { ChangeSource } from '../lib/dataset-changes'
import { lazyWithRetry } from '../lib/lazy-with-retry'
import { useUrlView } from '../lib/url-view'
import type { DatasetSource } from './use-dataset'

// Views other than the first table load on demand, so the first view stays within its budget;
// charts (and recharts) are the largest of them.
const charts = lazyWithRetry(
  () => import('../features/charts/charts-view'),
  (m) => m.default,
)
const compare = lazyWithRetry(
  () => import('../features/compare/compare-view'),
  (m) => m.CompareView,
)
const techniquePage = lazyWithRetry(
  () => import('../features/record/technique-page'),
  (m) => m.TechniquePage,
)
const studyPage = lazyWithRetry(
  () => import('../features/record/study-page'),
  (m) => m.StudyPage,
)
const guidelinePage = lazyWithRetry(
  () => import('../features/record/guideline-page'),
  (m) => m.GuidelinePage,
)
const RECORD_PAGES = { technique: techniquePage, study: studyPage, guideline: guidelinePage }
const scores = lazyWithRetry(
  () => import('../features/scores/scores-view'),
  (m) => m.ScoresView,
)
const changesView = lazyWithRetry(
  () => import('../features/changes/changes-view'),
  (m) => m.ChangesView,
)
const ChangesView = changesView.Component
// Rarely shown, so loaded when needed: the first view has a budget.
const DatasetMismatch = lazy(() =>
  import('./dataset-badge-mismatch').then((m) => ({ default: m.DatasetMismatch })),
)
// With a user's file open: the diff code loads then, not in the first view.
const UserFileChanges = lazy(() =>
  import('./user-file-changes').then((m) => ({ default: m.UserFileChanges })),
)
const ScoresView = scores.Component
const ChartsView = charts.Component
const CompareView = compare.Component
const TechniquePage = techniquePage.Component
const StudyPage = studyPage.Component
const GuidelinePage = guidelinePage.Component

type LensModule = typeof import('../features/scores/lens-for-table')

type ExplorerProps = {
  dataset: Dataset
  hash: string
  source: DatasetSource
  /** What the data shown is compared with, for "What changed" and record pages. */
  changes: ChangeSource
}

export function Explorer({ dataset, hash, source, changes }: ExplorerProps) {
  const [view, navigate] = useUrlView()
  const stamp = shortHash(hash)
  // A v0.1 link opens the same view; its address is then rewritten once in today's vocabulary.
  useEffect(() => {
    const sameData = view.ds === null || view.ds === stamp
    if (sameData && !isCurrentUrl(window.location.search)) navigate(view, 'replace')
  }, [view, navigate, stamp])
  return (
    <>
      {view.ds !== null && view.ds !== stamp ? (
        <Optional>
          <DatasetMismatch
            linkStamp={view.ds}
            stamp={stamp}
            source={source}
            onAccept={() => navigate({ ...view }, 'replace')}
          />
        </Optional>
      ) : null}
      {changes.builtIn ? (
        <Optional>
          <UserFileChanges source={changes} view={view} />
        </Optional>
      ) : null}
      <MainTabs view={view} isTechnique={(id) => relationsOf(dataset).techniqueById.has(id)} />
      <ExplorerContent dataset={dataset} hash={hash} changes={changes} />
    </>
  )
}

function ExplorerContent({ dataset, hash, changes }: Omit<ExplorerProps, 'source'>) {
  const [view, navigate] = useUrlView()
  const result = useMemo(() => runQuery(dataset, view), [dataset, view])
  // What the shown table could not use (a page past the end, a value the data lacks) leaves the
  // address too, so a shared link says exactly what the page shows.
  useEffect(() => {
    if (toSearch(result.view) !== toSearch(view)) navigate(result.view, 'replace')
  }, [result.view, view, navigate])
  // The Scores page's "Show the evidence": why each technique matches the situation entered there.
  // Its code loads on demand; until then (or if it fails) the table is filtered without reasons.
  const [lensModule, setLensModule] = useState<LensModule | null>(null)
  useEffect(() => {
    if (view.scores.lens && !lensModule)
      import('../features/scores/lens-for-table').then(setLensModule, () => undefined)
  }, [view.scores.lens, lensModule])
  const lens = useMemo(
    () =>
      view.scores.lens && lensModule ? lensModule.lensByTechnique(dataset, view.scores) : null,
    [dataset, view.scores, lensModule],
  )
  const record = view.record
  if (record) {
    return (
      <LazyPanel
        key={`${record.kind}:${record.id}`}
        label={`The ${record.kind} page`}
        onRetry={RECORD_PAGES[record.kind].reset}
      >
        {record.kind === 'technique' ? (
          <TechniquePage dataset={dataset} id={record.id} view={result.view} changes={changes} />
        ) : record.kind === 'study' ? (
          <StudyPage dataset={dataset} id={record.id} view={result.view} changes={changes} />
        ) : (
          <GuidelinePage dataset={dataset} id={record.id} view={result.view} />
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
          onExport={(choice) =>
            void exports().then((m) => m.exportComparison(dataset, view, choice))
          }
        />
      </LazyPanel>
    )
  }
  if (view.tab === 'scores') {
    return (
      <LazyPanel key="scores" label="The scores" onRetry={scores.reset}>
        <ScoresView dataset={dataset} view={view} />
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
  if (view.tab === 'charts' && result.table === 'techniques') {
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
        onExport={(choice) =>
          void exports().then((m) => m.exportTable(result, dataset, hash, choice))
        }
        lens={
          lens && lensModule && result.table === 'techniques'
            ? {
                notice: <lensModule.LensNotice dataset={dataset} view={view} />,
                matchedBecause: (id: string) => (
                  <lensModule.MatchedBecause matches={lens.get(id)} />
                ),
              }
            : undefined
        }
      />
    </ErrorBoundary>
  )
}

// The export code, like the writers it loads, is fetched on the first export.
const exports = () => import('./download-exports')

type LazyPanelProps = { label: string; onRetry: () => void; loading?: string; children: ReactNode }

/** A view loaded on demand: a loading state meanwhile, a contained error with a retry if it fails. */
function LazyPanel({ label, onRetry, loading = 'Loading…', children }: LazyPanelProps) {
  return (
    <ErrorBoundary label={label} onRetry={onRetry}>
      <Suspense fallback={<LoadingIndicator label={loading} />}>{children}</Suspense>
    </ErrorBoundary>
  )
}
