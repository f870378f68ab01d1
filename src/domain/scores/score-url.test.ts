import { describe, expect, it } from 'vitest'
import { decodePicks, EMPTY_SCORES, encodePicks, parseScores, scoresEntries } from './score-url'

const search = (entries: [string, string][]) => new URLSearchParams(entries).toString()

describe('scores URL codec', () => {
  it('reads the example of the vocabulary', () => {
    const state = parseScores('?sc=sins&sc.sins=0.2.1._.0.3')
    expect(state).toEqual({ open: 'sins', picks: { sins: [0, 2, 1, null, 0, 3] }, lens: false })
  })

  it('round-trips states', () => {
    const states = [
      EMPTY_SCORES,
      { open: 'sins', picks: {}, lens: false },
      {
        open: 'noms',
        picks: { sins: [3, 3, 2, 4, 3, 3], 'escc-bilsky': [4], noms: [2, 1, 1] },
        lens: true,
      },
      { open: null, picks: { tomita: [null, 1, 0] }, lens: false },
    ]
    for (const state of states) expect(parseScores(search(scoresEntries(state)))).toEqual(state)
  })

  it('writes keys in a fixed order and leaves out trailing and all-unanswered picks', () => {
    const entries = scoresEntries({
      open: 'tomita',
      picks: { tomita: [1, null, null], sins: [null, null], nesms: [] },
      lens: true,
    })
    expect(entries).toEqual([
      ['sc', 'tomita'],
      ['sc.tomita', '1'],
      ['sc.lens', '1'],
    ])
    expect(encodePicks([null, 2, null])).toBe('_.2')
  })

  it('is lenient: bad parts are dropped, it never throws', () => {
    expect(decodePicks('1.x.-2.999.3')).toEqual([1, null, null, null, 3])
    const hostile = [
      '?sc=<script>&sc.sins=%E0%A4%A',
      `?sc.sins=${'1.'.repeat(10_000)}`,
      '?sc.=1&sc..=2&sc.UPPER=1&sc.lens=yes',
      '%%%',
      `?${Array.from({ length: 50 }, (_, i) => `sc.s${i}=1`).join('&')}`,
    ]
    for (const text of hostile) {
      const state = parseScores(text)
      expect(state.open).toBeNull()
      expect(state.lens).toBe(false)
      expect(Object.keys(state.picks).length).toBeLessThanOrEqual(20)
      for (const picks of Object.values(state.picks)) expect(picks.length).toBeLessThanOrEqual(40)
    }
  })
})
