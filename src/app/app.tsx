import { Suspense, useState } from 'react'
import { DatasetProblems } from '../components/dataset-problems'
import { LoadingIndicator } from '../components/loading-indicator'
import { SiteMenu } from '../components/site-menu'
import { ThemeSwitch } from '../components/theme-switch'
import { shortHash } from '../domain/view/view-state'
import { DropZone } from '../features/dataset-loader/drop-zone'
import { lazyWithRetry } from '../lib/lazy-with-retry'
import { DatasetStampContext } from '../lib/url-view'
import { DatasetBadge } from './dataset-badge'
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
          ) : null}
        </SiteMenu>
      </header>
      <main id="main" tabIndex={-1}>
        {state.status === 'loading' ? (
          <LoadingIndicator label="Loading the evidence dataset…" />
        ) : null}
        {state.status === 'invalid' ? (
          <DatasetProblems source={state.source} issues={state.issues} />
        ) : null}
        {ready ? (
          <DatasetStampContext.Provider value={shortHash(ready.hash)}>
            <Explorer dataset={ready.dataset} hash={ready.hash} source={ready.source} />
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
    </div>
  )
}

// The open-dataset dialog loads on first use, keeping it out of the first view's bundle.
const dialog = lazyWithRetry(
  () => import('../features/dataset-loader/open-dataset-dialog'),
  (m) => m.OpenDatasetDialog,
)
const OpenDatasetDialog = dialog.Component
