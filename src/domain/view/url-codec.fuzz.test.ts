import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseView, toSearch } from './url-codec'
import { CHART_IDS, DEFAULT_VIEW, RESERVED_KEYS, TAB_IDS, type ViewState } from './view-state'

/** A view is valid when every field has the type and range the app relies on. */
function expectValidView(view: ViewState) {
  expect(TAB_IDS).toContain(view.tab)
  expect(typeof view.q).toBe('string')
  expect(view.q.length).toBeLessThanOrEqual(200)
  expect(Number.isInteger(view.page) && view.page >= 1).toBe(true)
  for (const values of Object.values(view.facets)) {
    expect(Array.isArray(values)).toBe(true)
    for (const value of values) expect(typeof value).toBe('string')
  }
  for (const range of Object.values(view.ranges)) {
    for (const end of [range.min, range.max])
      expect(end === null || Number.isFinite(end)).toBe(true)
    if (range.min !== null && range.max !== null) expect(range.min).toBeLessThanOrEqual(range.max)
  }
  for (const key of view.sort) expect(key.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/)
  expect(view.compare.length).toBeLessThanOrEqual(4)
  expect(CHART_IDS).toContain(view.charts.chart)
  expect([1, 5, 10]).toContain(view.charts.bin)
  expect(view.ds === null || /^[0-9a-f]{4,64}$/.test(view.ds)).toBe(true)
}

const KEYS = [...RESERVED_KEYS, 'area', 'year', 'level', 'design', 'patients']
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '..',
    '-',
    '~',
    '%',
    '%E0%A4%A',
    '%ZZ',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '1e309',
    '-0',
    'NaN',
    '99999999999999999999',
    '2020..2010',
    '..5',
    'a'.repeat(5000),
  ),
  fc.integer().map(String),
)
const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), hostileValue), { maxLength: 12 })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${Math.random() < 0.8 ? encodeURIComponent(v) : v}`).join('&')}`,
  )

describe('URL codec under random and mutated input', () => {
  it('never throws and always yields a valid view (2,000 random query strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), queryString), (search) => {
        const view = parseView(search)
        expectValidView(view)
        // what it yields survives its own round trip
        expect(parseView(toSearch(view))).toEqual(view)
      }),
      { numRuns: 2000, seed: 20261128 },
    )
  }, 60_000)

  it('mutations of valid URLs never throw (1,000 mutated strings)', () => {
    const valid = toSearch({
      ...DEFAULT_VIEW,
      tab: 'studies',
      q: 'kypho',
      facets: { design: ['rct'] },
      ranges: { year: { min: 2010, max: null } },
      sort: [{ id: 'year', desc: true }],
      compare: ['a', 'b'],
    })
    fc.assert(
      fc.property(
        fc.nat(valid.length),
        fc.nat(valid.length),
        fc.string({ maxLength: 8 }),
        (at, length, insert) => {
          const mutated =
            valid.slice(0, at) + insert + valid.slice(Math.min(valid.length, at + length))
          expectValidView(parseView(mutated))
        },
      ),
      { numRuns: 1000, seed: 7 },
    )
  })
})
