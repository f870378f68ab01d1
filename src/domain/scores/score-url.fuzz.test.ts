import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScores, type ScoresState, scoresEntries } from './score-url'

const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/)
const picks = fc
  .array(fc.option(fc.integer({ min: 0, max: 99 }), { nil: null }), { maxLength: 40 })
  // The codec leaves out trailing unanswered items and all-unanswered systems.
  .map((p) => {
    const copy = [...p]
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop()
    return copy
  })
  .filter((p) => p.length > 0)
const state: fc.Arbitrary<ScoresState> = fc.record({
  open: fc.option(id, { nil: null }),
  picks: fc.dictionary(id, picks, { maxKeys: 20 }),
  lens: fc.boolean(),
})

describe('scores URL codec (property tests, fixed seed)', () => {
  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(state, (s) => {
        const text = new URLSearchParams(scoresEntries(s)).toString()
        expect(parseScores(text)).toEqual({ ...s, picks: { ...s.picks } })
      }),
      { seed: 15, numRuns: 1000 },
    )
  })

  it('never throws and stays within its limits on arbitrary query strings', () => {
    const key = fc.oneof(fc.constantFrom('sc', 'sc.lens', 'sc.sins', 'sc.', 'sc.noms'), fc.string())
    const query = fc
      .array(fc.tuple(key, fc.oneof(fc.string(), fc.string({ unit: 'binary' }))), { maxLength: 60 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
    fc.assert(
      fc.property(query, (text) => {
        const parsed = parseScores(text)
        expect(Object.keys(parsed.picks).length).toBeLessThanOrEqual(20)
        for (const p of Object.values(parsed.picks)) {
          expect(p.length).toBeLessThanOrEqual(40)
          for (const pick of p) expect(pick === null || (pick >= 0 && pick <= 99)).toBe(true)
        }
      }),
      { seed: 15, numRuns: 2000 },
    )
  })
})
