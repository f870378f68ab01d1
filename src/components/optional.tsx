import { Component, type ReactNode, Suspense } from 'react'

/**
 * A part loaded on demand that the page can do without (the drop target, the update prompt, a
 * notice): shown once its code arrives, and left out, not crashing the page, if it cannot load.
 */
export class Optional extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    return this.state.failed ? null : <Suspense fallback={null}>{this.props.children}</Suspense>
  }
}
