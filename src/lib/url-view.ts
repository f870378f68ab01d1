import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react'
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

/**
 * The short content hash of the dataset on screen. Every link made carries it, so a link opened
 * on other data can say so; it comes from context, never from a module variable set in render.
 */
export const DatasetStampContext = createContext<string | null>(null)

function hrefWithStamp(view: ViewState, stamp: string | null): string {
  return `${window.location.pathname}${toSearch({ ...view, ds: stamp })}`
}

function go(view: ViewState, stamp: string | null, mode: NavigateMode): void {
  const url = hrefWithStamp(view, stamp)
  if (url === `${window.location.pathname}${window.location.search}`) return
  const current = window.history.state as EntryState
  if (mode === 'replace' || (mode === 'search' && current?.kind === 'search')) {
    window.history.replaceState(current, '', url)
  } else {
    window.history.pushState({ kind: mode === 'search' ? 'search' : 'discrete' }, '', url)
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

export type Navigate = (view: ViewState, mode?: NavigateMode) => void

/** Links and navigation stamped with the dataset on screen. */
export function useViewNavigation(): { hrefFor: (view: ViewState) => string; navigate: Navigate } {
  const stamp = useContext(DatasetStampContext)
  return useMemo(
    () => ({
      hrefFor: (view: ViewState) => hrefWithStamp(view, stamp),
      navigate: (view: ViewState, mode: NavigateMode = 'push') => go(view, stamp, mode),
    }),
    [stamp],
  )
}

export function useUrlView(): [ViewState, Navigate] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch)
  const view = useMemo(() => parseView(search), [search])
  const { navigate } = useViewNavigation()
  const stable = useCallback<Navigate>((next, mode) => navigate(next, mode), [navigate])
  return [view, stable]
}
