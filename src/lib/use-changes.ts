import { useEffect, useState } from 'react'
import type { ChangeContext, ChangeSource } from './dataset-changes'

export type ChangesState =
  | { status: 'loading' }
  | { status: 'ready'; context: ChangeContext | null }
  | { status: 'failed'; message: string }

/**
 * The changes between the data shown and what it is compared with. The diff code loads on
 * demand, so views that show no changes (and the first view) do not carry it.
 */
export function useChanges(source: ChangeSource | null, attempt = 0): ChangesState {
  const [state, setState] = useState<ChangesState>({ status: 'loading' })
  useEffect(() => {
    if (!source) return
    let live = true
    setState({ status: 'loading' })
    // `attempt` changes on "Try again": a new run of the same comparison.
    void attempt
    import('./dataset-changes')
      .then(({ loadChanges }) => loadChanges(source))
      .then(
        (context) => live && setState({ status: 'ready', context }),
        (error: unknown) =>
          live &&
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      )
    return () => {
      live = false
    }
  }, [source, attempt])
  return state
}
