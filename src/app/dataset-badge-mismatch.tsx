import type { DatasetSource } from './use-dataset'

type MismatchProps = {
  linkStamp: string
  stamp: string
  source: DatasetSource
  onAccept: () => void
}

/** A shared link made on other data says so instead of silently showing a different selection. */
export function DatasetMismatch({ linkStamp, stamp, source, onAccept }: MismatchProps) {
  const current = source.kind === 'built-in' ? 'the built-in dataset' : source.name
  return (
    <div className="banner" role="alert">
      <p>
        <strong>This link was made with a different dataset</strong> (#{linkStamp}); you are viewing{' '}
        {current} (#
        {stamp}). The same filters may select different records.
      </p>
      <button type="button" className="button" onClick={onAccept}>
        Use this view with the current data
      </button>
    </div>
  )
}
