import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeView } from '../testing/make-view'
import { parseView, toSearch } from './url-codec'
import { CHART_IDS, TAB_IDS, TABLE_IDS, type TableView, type ViewState } from './view-state'

function expectValidTable(table: TableView) {
  expect(typeof table.q).toBe('string')
  expect(table.q.length).toBeLessThanOrEqual(200)
  expect(Number.isInteger(table.page) && table.page >= 1).toBe(true)
  for (const values of Object.values(table.facets)) {
    expect(Array.isArray(values)).toBe(true)
    for (const value of values) expect(typeof value).toBe('string')
  }
  for (const range of Object.values(table.ranges)) {
    for (const end of [range.min, range.max])
      expect(end === null || Number.isFinite(end)).toBe(true)
    expect(range.min === null || range.max === null || range.min <= range.max).toBe(true)
  }
  for (const key of table.sort) expect(key.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/)
}

/** A view is valid when every field has the type and range the app relies on. */
function expectValidView(view: ViewState) {
  expect(TAB_IDS).toContain(view.tab)
  for (const id of TABLE_IDS) expectValidTable(view.tables[id])
  expect(view.compare.ids.length).toBeLessThanOrEqual(4)
  expect(CHART_IDS).toContain(view.charts.chart)
  expect([1, 5, 10]).toContain(view.charts.bin)
  expect(view.ds === null || /^[0-9a-f]{4,64}$/.test(view.ds)).toBe(true)
}

// Keys of both vocabularies: today's scoped keys and the flat keys of v0.1 links.
const KEYS = [
  'v',
  'tab',
  'rec',
  'cmp',
  'cmp.diff',
  'ch',
  'ch.series',
  'ch.bin',
  't.q',
  't.f.area',
  't.r.year',
  't.sort',
  't.page',
  's.f.technique',
  's.r.patients',
  's.cols',
  'ds',
  'q',
  'sort',
  'page',
  'technique',
  'study',
  'compare',
  'series',
  'area',
  'year',
  'level',
  'design',
]
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '2',
    '..',
    '-',
    '~',
    '%',
    '%E0%A4%A',
    '%ZZ',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'technique:open-decompression',
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
// Whether each value is URL-encoded is itself drawn by fast-check, so runs replay from the seed.
const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), hostileValue, fc.boolean())
const queryString = fc
  .array(pair, { maxLength: 12 })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v, encode]) => `${encodeURIComponent(k)}=${encode ? encodeURIComponent(v) : v}`).join('&')}`,
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
      ...makeView({
        tab: 'studies',
        q: 'kypho',
        facets: { design: ['rct'] },
        ranges: { year: { min: 2010, max: null } },
        sort: [{ id: 'year', desc: true }],
      }),
      compare: { ids: ['a', 'b'], onlyDifferences: true },
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
