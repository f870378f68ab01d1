import { type ReactNode, Suspense } from 'react'
import { ErrorBoundary } from '../components/error-boundary'
import { LoadingIndicator } from '../components/loading-indicator'
import { lazyWithRetry } from '../lib/lazy-with-retry'

// Views other than the first table load on demand, so the first view stays within its budget;
// charts (and recharts) are the largest of them.
export const charts = lazyWithRetry(() => import('../features/charts/charts-view'))
export const compare = lazyWithRetry(() =>
  import('../features/compare/compare-view').then((m) => ({ default: m.CompareView })),
)
export const techniquePage = lazyWithRetry(() =>
  import('../features/record/technique-page').then((m) => ({ default: m.TechniquePage })),
)
export const studyPage = lazyWithRetry(() =>
  import('../features/record/study-page').then((m) => ({ default: m.StudyPage })),
)
export const dialog = lazyWithRetry(() =>
  import('../features/dataset-loader/open-dataset-dialog').then((m) => ({
    default: m.OpenDatasetDialog,
  })),
)
export const tools = lazyWithRetry(() =>
  import('../features/decision-tools/decision-tools-view').then((m) => ({
    default: m.DecisionToolsView,
  })),
)
export const changesView = lazyWithRetry(() =>
  import('../features/changes/changes-view').then((m) => ({ default: m.ChangesView })),
)
export const ChangesView = changesView.Component
export const DecisionToolsView = tools.Component
export const ChartsView = charts.Component
export const CompareView = compare.Component
export const TechniquePage = techniquePage.Component
export const StudyPage = studyPage.Component
export const OpenDatasetDialog = dialog.Component

type LazyPanelProps = { label: string; onRetry: () => void; loading?: string; children: ReactNode }

/** A view loaded on demand: a loading state meanwhile, a contained error with a retry if it fails. */
export function LazyPanel({ label, onRetry, loading = 'Loading…', children }: LazyPanelProps) {
  return (
    <ErrorBoundary label={label} onRetry={onRetry}>
      <Suspense fallback={<LoadingIndicator label={loading} />}>{children}</Suspense>
    </ErrorBoundary>
  )
}
