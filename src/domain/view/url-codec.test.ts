import { describe, expect, it } from 'vitest'
import { parseView, toSearch } from './url-codec'
import { DEFAULT_VIEW, type ViewState } from './view-state'

const view = (overrides: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...overrides })

describe('url codec round trip', () => {
  it.each<[string, ViewState]>([
    ['default view', DEFAULT_VIEW],
    ['studies tab', view({ tab: 'studies' })],
    ['search with spaces and accents', view({ q: 'Sørensen dexa méthasone' })],
    ['facets with several values', view({ facets: { area: ['mit', 'radiation'], level: ['1'] } })],
    [
      'facet value with reserved characters',
      view({ facets: { subgroup: ['Cement & ablation ~ 50%'] } }),
    ],
    ['closed range', view({ ranges: { year: { min: 2010, max: 2020 } } })],
    [
      'open-ended ranges',
      view({ ranges: { year: { min: 2010, max: null }, patients: { min: null, max: 99 } } }),
    ],
    [
      'multi-column sort',
      view({
        sort: [
          { id: 'year', desc: true },
          { id: 'name', desc: false },
        ],
      }),
    ],
    ['column choice', view({ columns: ['name', 'year', 'level'] })],
    ['page', view({ page: 3 })],
    [
      'record page over a filtered table',
      view({ q: 'kypho', record: { kind: 'technique', id: 'balloon-kyphoplasty' } }),
    ],
    ['study record', view({ tab: 'studies', record: { kind: 'study', id: 'sorensen1994_dex' } })],
    [
      'comparison',
      view({
        tab: 'compare',
        compare: ['sbrt-single-fraction', 'balloon-kyphoplasty'],
        onlyDifferences: true,
      }),
    ],
  ])('%s', (_label, input) => {
    expect(parseView(toSearch(input))).toEqual(input)
  })

  it('writes only what differs from the defaults, in a fixed key order', () => {
    expect(toSearch(DEFAULT_VIEW)).toBe('')
    expect(toSearch(view({ sort: [{ id: 'year', desc: true }] }))).toBe('?sort=-year')
    expect(
      toSearch(
        view({ page: 2, facets: { noms: ['mechanical'], area: ['mit'] }, tab: 'studies', q: 'x' }),
      ),
    ).toBe('?tab=studies&q=x&area=mit&noms=mechanical&page=2')
  })
})

describe('parseView is lenient (garbage in → defaults for the garbled part)', () => {
  it.each<[string, string, Partial<ViewState>]>([
    ['empty', '', {}],
    ['unknown tab', '?tab=../../etc', {}],
    ['bad page', '?page=-3', {}],
    ['page not a number', '?page=abc', {}],
    ['huge page', '?page=99999999999', {}],
    ['bad sort ids', '?sort=<script>~-~~', {}],
    [
      'bad range keeps other params',
      '?year=20..x&q=kypho',
      { q: 'kypho', facets: { year: ['20..x'] } },
    ],
    [
      'reversed range is put in order',
      '?year=2020..2010',
      { ranges: { year: { min: 2010, max: 2020 } } },
    ],
    ['empty range', '?year=..', { facets: {} }],
    ['unknown key with odd characters', '?%3Cscript%3E=1&q=a', { q: 'a' }],
    ['bad record id', '?technique=<img>', {}],
    ['bad percent-encoding becomes a replacement character', '?q=%E0%A4%A', { q: '\uFFFD%A' }],
    [
      'repeated keys become one facet',
      '?area=mit&area=mit&area=radiation',
      { facets: { area: ['mit', 'radiation'] } },
    ],
    ['empty columns', '?cols=~~', {}],
    [
      'too many compared techniques are cut to four',
      '?compare=a~b~c~d~e~a',
      { compare: ['a', 'b', 'c', 'd'] },
    ],
    ['diff other than 1 is off', '?diff=yes', {}],
    ['a dataset stamp that is not hex is ignored', '?ds=<script>', {}],
    ['unknown chart, mode and bin fall back', '?chart=pie&mode=3d&bin=7&as=chart', {}],
  ])('%s', (_label, search, expected) => {
    const parsed = parseView(search)
    const { facets, ...rest } = expected
    expect(parsed).toMatchObject({ ...DEFAULT_VIEW, ...rest })
    if (facets) expect(parsed.facets).toEqual(facets)
  })

  it('caps a huge search string', () => {
    expect(parseView(`?q=${'a'.repeat(10_000)}`).q).toHaveLength(200)
  })
})
