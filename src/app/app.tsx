import { Suspense, useMemo, useState } from 'react'
import { DatasetProblems } from '../components/dataset-problems'
import { LoadingIndicator } from '../components/loading-indicator'
import { ThemeSwitch } from '../components/theme-switch'
import { UpdatePrompt } from '../components/update-prompt'
import { shortHash } from '../domain/view/view-state'
import { DropZone } from '../features/dataset-loader/drop-zone'
import type { ChangeSource } from '../lib/dataset-changes'
import { lazyWithRetry } from '../lib/lazy-with-retry'
import { DatasetStampContext } from '../lib/url-view'
import { DatasetBadge, SavedCopyNotice } from './dataset-badge'
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
  const changeSource = useMemo<ChangeSource | null>(
    () => (current ? { current, builtIn, fileName: userFile } : null),
    [current, builtIn, userFile],
  )

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

// The open-dataset dialog loads on first use, keeping it out of the first view's bundle.
const dialog = lazyWithRetry(
  () => import('../features/dataset-loader/open-dataset-dialog'),
  (m) => m.OpenDatasetDialog,
)
const OpenDatasetDialog = dialog.Component
