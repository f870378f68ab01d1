import { lazy, Suspense, useMemo, useState } from 'react'
import { DatasetProblems } from '../components/dataset-problems'
import { LoadingIndicator } from '../components/loading-indicator'
import { Optional } from '../components/optional'
import { SiteMenu } from '../components/site-menu'
import { ThemeSwitch } from '../components/theme-switch'
import { shortHash } from '../domain/view/view-state'
import type { ChangeSource } from '../lib/dataset-changes'
import { lazyWithRetry } from '../lib/lazy-with-retry'
import { DatasetStampContext } from '../lib/url-view'
import { BadgePlaceholder, DatasetBadge, MigrationNotice } from './dataset-badge'
import { Explorer } from './explorer'
import { useDatasetStore } from './use-dataset'

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
  const changedRecords = ready?.changedRecords ?? null
  const changeSource = useMemo<ChangeSource | null>(
    () => (current ? { current, builtIn, fileName: userFile, changedRecords } : null),
    [current, builtIn, userFile, changedRecords],
  )

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Spinal metastases evidence explorer</h1>
        <SiteMenu>
          <ThemeSwitch />
          {ready ? (
            <DatasetBadge
              dataset={ready.dataset}
              hash={ready.hash}
              source={ready.source}
              onOpen={() => setDialogOpen(true)}
              onReset={() => void store.reset()}
            />
          ) : state.status === 'loading' ? (
            <BadgePlaceholder />
          ) : null}
        </SiteMenu>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className={state.status === 'loading' ? 'main-loading' : undefined}
        aria-busy={state.status === 'loading'}
      >
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
        {ready?.migration ? (
          <MigrationNotice
            name={ready.source.kind === 'user' ? ready.source.name : 'The built-in dataset'}
            messages={ready.migration}
          />
        ) : null}
        {ready?.source.kind === 'built-in' && ready.source.copy ? (
          <Optional>
            <SavedCopyNotice
              notice={ready.source.copy}
              version={ready.dataset.meta.version}
              onRetry={store.retry}
            />
          </Optional>
        ) : null}
        {ready && changeSource ? (
          <DatasetStampContext.Provider value={shortHash(ready.hash)}>
            <Explorer
              dataset={ready.dataset}
              hash={ready.hash}
              source={ready.source}
              changes={changeSource}
            />
          </DatasetStampContext.Provider>
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
          Every number links to its study and carries its verification tier: “Primary source”,
          “Secondary source” (seen in a named review or guideline) or “Unverified”.
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
          <Optional>
            <DropZone onFile={openFile} />
          </Optional>
        </>
      ) : null}
      {state.status !== 'loading' && !import.meta.env.DEV ? (
        <Optional>
          <UpdatePrompt />
        </Optional>
      ) : null}
    </div>
  )
}

// The open-dataset dialog loads on first use, keeping it out of the first view's bundle.
const dialog = lazyWithRetry(
  () => import('../features/dataset-loader/open-dataset-dialog'),
  (m) => m.OpenDatasetDialog,
)
const OpenDatasetDialog = dialog.Component

// Dropping a file is never the first thing done: the drop target loads after the first view.
const DropZone = lazy(() =>
  import('../features/dataset-loader/drop-zone').then((m) => ({ default: m.DropZone })),
)
// Shown only when a saved copy was loaded, from the module that loaded it.
const SavedCopyNotice = lazy(() =>
  import('./built-in-copy').then((m) => ({ default: m.SavedCopyNotice })),
)
// Started only once the first view is on screen.
const UpdatePrompt = lazy(() =>
  import('../components/update-prompt').then((m) => ({ default: m.UpdatePrompt })),
)
