import { useEffect, useId, useRef } from 'react'
import schemaUrl from '../../../data/evidence.schema.json?url'
import type { DatasetIssue } from '../../domain/dataset/validate-dataset'
import { downloadFile } from '../../lib/download'
import { MAX_FILE_MB } from '../../lib/file-limit'

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; name: string; phase: string; fraction: number }
  | { status: 'failed'; name: string; issues: DatasetIssue[] }
  | {
      status: 'loaded'
      name: string
      techniques: number
      studies: number
      migration: string[] | null
    }

type Props = {
  open: boolean
  load: LoadState
  currentName: string
  onClose: () => void
  onFile: (file: File) => void
  onCancel: () => void
}

const SHOWN = 200

/** "Open dataset…": pick a JSON or CSV file; it is checked in the browser and never uploaded. */
export function OpenDatasetDialog({ open, load, currentName, onClose, onFile, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const inputId = useId()
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${inputId}-title`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${inputId}-title`}>Open a dataset</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p>
        Explore your own evidence table. The file is read and checked in this browser only; nothing
        is uploaded. Up to {MAX_FILE_MB} MB (about 160,000 techniques: what a browser tab’s memory
        holds comfortably). You can also drop a file anywhere on the page.
      </p>
      <ul className="dialog-list">
        <li>
          <strong>JSON</strong> following the dataset schema (
          <a href={schemaUrl} download="evidence.schema.json">
            evidence.schema.json
          </a>
          ), e.g. <a href="./examples/example-dataset.json">example-dataset.json</a>.
        </li>
        <li>
          <strong>CSV</strong> of techniques or of studies whose header row uses the schema’s field
          names; lists in a cell separated by “; ”, e.g.{' '}
          <a href="./examples/example-studies.csv">example-studies.csv</a>. A studies file is
          explored with the built-in techniques.
        </li>
      </ul>
      <label htmlFor={inputId} className="file-label">
        Choose a .json or .csv file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        disabled={load.status === 'loading'}
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) onFile(file)
          event.target.value = ''
        }}
      />
      <div aria-live="polite">
        {load.status === 'loading' ? (
          <div className="load-progress">
            <label>
              {load.phase} — {load.name}
              <progress max={1} value={load.fraction} aria-label={`Loading ${load.name}`} />
            </label>
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        ) : null}
        {load.status === 'loaded' ? (
          <p className="load-ok" role="status">
            Opened {load.name}: {load.techniques.toLocaleString('en')} techniques and{' '}
            {load.studies.toLocaleString('en')} studies.{' '}
            <button type="button" className="link-button" onClick={onClose}>
              Explore it
            </button>
          </p>
        ) : null}
        {load.status === 'loaded' && load.migration ? (
          <div className="note">
            <p>This file uses dataset format v1. It was read as format 2:</p>
            <ul>
              {load.migration.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {load.status === 'failed' ? (
        <LoadReport name={load.name} issues={load.issues} currentName={currentName} />
      ) : null}
    </dialog>
  )
}

function LoadReport({
  name,
  issues,
  currentName,
}: {
  name: string
  issues: DatasetIssue[]
  currentName: string
}) {
  const text = [
    `Problems found in ${name} (${issues.length})`,
    '',
    ...issues.map((i) => `${i.path}: ${i.message}`),
    '',
  ].join('\n')
  return (
    <section role="alert" className="problems">
      <h3>
        {name} was not opened: {issues.length} {issues.length === 1 ? 'problem' : 'problems'}
      </h3>
      <p>Nothing changed: you are still exploring {currentName}. Fix the file and open it again.</p>
      <ol className="problem-list">
        {issues.slice(0, SHOWN).map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list that may repeat locations
          <li key={index}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ol>
      {issues.length > SHOWN ? (
        <p>
          Showing the first {SHOWN} of {issues.length} problems.
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => downloadFile(`${name}-problems.txt`, text, 'text/plain;charset=utf-8')}
      >
        Download the full report
      </button>
    </section>
  )
}
