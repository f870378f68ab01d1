import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseView, toSearch } from '../domain/view/url-codec'
import type { ViewState } from '../domain/view/view-state'

/**
 * The URL is the single source of truth for view state. This module is the only code that
 * reads or writes `location.search`.
 *
 * - 'push': a discrete change (facet, sort, page, opening a record) gets its own history entry.
 * - 'search': typing replaces the entry made by the first keystroke, so Back leaves the search
 *   instead of undoing it one letter at a time.
 * - 'replace': corrections that should not be a step of their own.
 */
export type NavigateMode = 'push' | 'search' | 'replace'

/** Fired after any in-page URL change, so every reader of the URL re-renders. */
export const CHANGE_EVENT = 'explorer:viewchange'
type EntryState = { kind: 'search' | 'discrete' } | null

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

const getSearch = () => window.location.search

// Links carry a stamp of the dataset they were made with, so a link opened on other data can say so.
let datasetStamp: string | null = null

export function setDatasetStamp(stamp: string | null): void {
  datasetStamp = stamp
}

export function hrefFor(view: ViewState): string {
  return `${window.location.pathname}${toSearch({ ...view, ds: datasetStamp })}`
}

export function navigate(view: ViewState, mode: NavigateMode = 'push'): void {
  const url = hrefFor(view)
  if (url === `${window.location.pathname}${window.location.search}`) return
  const current = window.history.state as EntryState
  if (mode === 'replace' || (mode === 'search' && current?.kind === 'search')) {
    window.history.replaceState(current, '', url)
  } else {
    window.history.pushState({ kind: mode === 'search' ? 'search' : 'discrete' }, '', url)
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

export function useUrlView(): [ViewState, (view: ViewState, mode?: NavigateMode) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch)
  const view = useMemo(() => parseView(search), [search])
  const go = useCallback((next: ViewState, mode: NavigateMode = 'push') => navigate(next, mode), [])
  return [view, go]
}
