import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = {
  label: string
  children: ReactNode
  /** Runs before retrying, e.g. to forget a failed lazy import. */
  onRetry?: () => void
}
type State = { error: Error | null }

/** Contains a failing panel so the rest of the page keeps working; offers a retry. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.label} failed`, error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>{this.props.label} could not be shown.</strong> The rest of the page still works.
        </p>
        <p className="muted">{error.message}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.props.onRetry?.()
            this.setState({ error: null })
          }}
        >
          Try again
        </button>
      </div>
    )
  }
}
