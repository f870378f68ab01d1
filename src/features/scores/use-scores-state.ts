import { useCallback, useMemo, useSyncExternalStore } from 'react'
import {
  isScoresKey,
  parseScores,
  type ScoresState,
  scoresEntries,
} from '../../domain/scores/score-url'
import { CHANGE_EVENT } from '../../lib/url-view'

/**
 * The Scores view keeps its state (open calculator, picks, lens) in the URL next to the
 * explorer's own keys, so reload and shared links restore the patient situation. Only `sc`
 * keys are written here; every other key of the address is kept as it is.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

const getSearch = () => window.location.search

/** The address for a scores state, keeping the other keys of the current address. */
export function scoresHref(state: ScoresState): string {
  const params = new URLSearchParams(window.location.search)
  for (const key of [...params.keys()]) if (isScoresKey(key)) params.delete(key)
  for (const [key, value] of scoresEntries(state)) params.append(key, value)
  const text = params.toString().replaceAll('%7E', '~')
  return `${window.location.pathname}${text === '' ? '' : `?${text}`}`
}

/**
 * 'push' for a step the user may want to go Back from (another calculator, the evidence view);
 * 'replace' for each answer, so Back does not undo answers one radio at a time.
 */
export function useScoresState(): [
  ScoresState,
  (next: ScoresState, mode?: 'push' | 'replace') => void,
] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch)
  const state = useMemo(() => parseScores(search), [search])
  const set = useCallback((next: ScoresState, mode: 'push' | 'replace' = 'replace') => {
    const url = scoresHref(next)
    if (url === `${window.location.pathname}${window.location.search}`) return
    if (mode === 'push') window.history.pushState({ kind: 'discrete' }, '', url)
    else window.history.replaceState(window.history.state, '', url)
    window.dispatchEvent(new Event(CHANGE_EVENT))
  }, [])
  return [state, set]
}
