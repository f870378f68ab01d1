import type { Picks } from './score'

/**
 * URL state of the Scores view (scope `sc`, see the URL vocabulary v2):
 * `sc=<systemId>` the open calculator, `sc.<systemId>=<picks>` option indexes per component
 * joined by ".", "_" for an unanswered item (e.g. `sc.sins=0.2.1._.0.3`), `sc.lens=1` the
 * evidence for the situation is shown. Lenient: malformed parts are dropped, it never throws.
 */
export type ScoresState = {
  open: string | null
  picks: Readonly<Record<string, Picks>>
  lens: boolean
}

export const EMPTY_SCORES: ScoresState = { open: null, picks: {}, lens: false }

const ID = /^[a-z0-9][a-z0-9_-]{0,59}$/
const PICK = /^\d{1,2}$/
const MAX_ITEMS = 40
const MAX_SYSTEMS = 20
const PREFIX = 'sc.'
const LENS_KEY = 'sc.lens'

export function decodePicks(text: string): (number | null)[] {
  return text
    .slice(0, MAX_ITEMS * 3)
    .split('.')
    .slice(0, MAX_ITEMS)
    .map((part) => (PICK.test(part) ? Number(part) : null))
}

/** Trailing unanswered items are left out; all unanswered gives "". */
export function encodePicks(picks: Picks): string {
  const parts = picks
    .slice(0, MAX_ITEMS)
    .map((p) => (p === null || p < 0 || p > 99 ? '_' : String(p)))
  while (parts.length > 0 && parts[parts.length - 1] === '_') parts.pop()
  return parts.join('.')
}

export function parseScores(search: string | URLSearchParams): ScoresState {
  let params: URLSearchParams
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search
  } catch {
    return EMPTY_SCORES
  }
  const open = params.get('sc')
  const picks: Record<string, (number | null)[]> = {}
  for (const key of new Set(params.keys())) {
    if (!key.startsWith(PREFIX) || key === LENS_KEY) continue
    const id = key.slice(PREFIX.length)
    if (!ID.test(id) || Object.keys(picks).length >= MAX_SYSTEMS) continue
    const decoded = decodePicks(params.get(key) ?? '')
    if (decoded.some((p) => p !== null)) picks[id] = trimmed(decoded)
  }
  return {
    open: open !== null && ID.test(open) ? open : null,
    picks,
    lens: params.get(LENS_KEY) === '1',
  }
}

/** The state's keys in a fixed order (equal states give equal URLs); nothing for the empty state. */
export function scoresEntries(state: ScoresState): [string, string][] {
  const entries: [string, string][] = []
  if (state.open !== null && ID.test(state.open)) entries.push(['sc', state.open])
  for (const id of Object.keys(state.picks).sort()) {
    const text = encodePicks(state.picks[id] ?? [])
    if (ID.test(id) && text !== '') entries.push([`${PREFIX}${id}`, text])
  }
  if (state.lens) entries.push([LENS_KEY, '1'])
  return entries
}

function trimmed(picks: (number | null)[]): (number | null)[] {
  const copy = [...picks]
  while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop()
  return copy
}
