type Props = { label: string }

export function LoadingIndicator({ label }: Props) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  )
}
