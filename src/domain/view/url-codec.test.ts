import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Dataset } from '../dataset/schema'
import { prepareTables } from '../query/prepared'
import { makeView } from '../testing/make-view'
import { isCurrentUrl, parseView, toSearch } from './url-codec'
import {
  clearFilters,
  DEFAULT_VIEW,
  hasFilters,
  TABLE_IDS,
  type TableId,
  type ViewState,
  withTable,
} from './view-state'

const view = makeView

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
      { ...view({ q: 'kypho' }), record: { kind: 'technique', id: 'balloon-kyphoplasty' } },
    ],
    [
      'study record',
      { ...view({ tab: 'studies' }), record: { kind: 'study', id: 'sorensen1994_dex' } },
    ],
    [
      'comparison',
      {
        ...view({ tab: 'compare' }),
        compare: { ids: ['sbrt-single-fraction', 'balloon-kyphoplasty'], onlyDifferences: true },
      },
    ],
    [
      'both tables filtered at once',
      withTable(view({ facets: { area: ['mit'] } }), 'studies', { facets: { area: ['surgery'] } }),
    ],
    [
      'charts with no series ticked',
      { ...DEFAULT_VIEW, charts: { ...DEFAULT_VIEW.charts, series: [] } },
    ],
    [
      'charts with series ticked',
      {
        ...DEFAULT_VIEW,
        charts: { ...DEFAULT_VIEW.charts, chart: 'practice', series: ['a', 'b'] },
      },
    ],
    [
      'scores: open calculator, answers with gaps, evidence shown in the techniques table',
      {
        ...withTable(view({ tab: 'techniques' }), 'techniques', {
          facets: { technique: ['separation-surgery'] },
        }),
        scores: { open: 'noms', picks: { sins: [0, 2, null, 1], 'escc-bilsky': [5] }, lens: true },
      },
    ],
  ])('%s', (_label, input) => {
    expect(parseView(toSearch(input))).toEqual(input)
  })

  it('writes only what differs from the defaults, scoped keys in a fixed order', () => {
    expect(toSearch(DEFAULT_VIEW)).toBe('')
    expect(toSearch(view({ sort: [{ id: 'year', desc: true }] }))).toBe('?v=2&t.sort=-year')
    expect(
      toSearch(
        view({ page: 2, facets: { noms: ['mechanical'], area: ['mit'] }, tab: 'studies', q: 'x' }),
      ),
    ).toBe('?v=2&tab=studies&s.q=x&s.f.area=mit&s.f.noms=mechanical&s.page=2')
    expect(
      toSearch({
        ...DEFAULT_VIEW,
        tab: 'scores',
        scores: { open: 'sins', picks: { sins: [0, 2, 1, null, 0, 3] }, lens: false },
      }),
    ).toBe('?v=2&tab=scores&sc=sins&sc.sins=0.2.1._.0.3')
  })
})

describe('the bugs of v0.1, through the URL', () => {
  it('bug 1: a "technique" facet on the studies table is a filter, never a record', () => {
    const studies = view({ tab: 'studies', facets: { technique: ['sbrt'] } })
    const parsed = parseView(toSearch(studies))
    expect(parsed.record).toBeNull()
    expect(parsed.tables.studies.facets).toEqual({ technique: ['sbrt'] })
  })

  it('bug 2: each table keeps its own filters while the other is shown', () => {
    const studies = view({ tab: 'studies', ranges: { year: { min: 2015, max: null } } })
    const techniquesTab = parseView(toSearch({ ...studies, tab: 'techniques' }))
    expect(techniquesTab.tables.techniques.ranges).toEqual({})
    const back = parseView(toSearch({ ...techniquesTab, tab: 'studies' }))
    expect(back.tables.studies.ranges).toEqual({ year: { min: 2015, max: null } })
  })

  it('bug 3: "no series ticked" survives the URL and differs from "the defaults"', () => {
    const none = parseView('?v=2&tab=charts&ch=practice&ch.series=-')
    expect(none.charts.series).toEqual([])
    expect(parseView('?v=2&tab=charts&ch=practice').charts.series).toBeNull()
  })
})

describe('every facet and range id of every table goes through the URL and back', () => {
  const dataset = Dataset.parse(JSON.parse(readFileSync('data/evidence.json', 'utf8')))
  const prepared = prepareTables(dataset)
  const cases = TABLE_IDS.flatMap((table: TableId) => {
    const { spec, index } = prepared[table]
    return [
      ...index.facets.map((facet) => ({
        table,
        kind: 'facet',
        id: facet.id,
        patch: { facets: { [facet.id]: facet.options.slice(0, 2).map((o) => o.value) } },
      })),
      ...spec.ranges.map((range) => ({
        table,
        kind: 'range',
        id: range.id,
        patch: { ranges: { [range.id]: { min: 1, max: 2 } } },
      })),
    ]
  })

  it('covers every facet and range of both tables', () => {
    expect(cases.length).toBe(
      TABLE_IDS.reduce(
        (n, table) => n + prepared[table].index.facets.length + prepared[table].spec.ranges.length,
        0,
      ),
    )
  })

  it.each(cases)('$table $kind "$id"', ({ table, patch }) => {
    for (const tab of ['techniques', 'studies', 'charts', 'compare', 'scores'] as const) {
      const input = { ...withTable(DEFAULT_VIEW, table, patch), tab }
      const parsed = parseView(toSearch(input))
      expect(parsed).toEqual(input)
      expect(parsed.record).toBeNull()
    }
  })
})

describe('parseView is lenient (garbage in → defaults for the garbled part)', () => {
  it.each<[string, string, ViewState]>([
    ['empty', '', DEFAULT_VIEW],
    ['unknown tab', '?v=2&tab=../../etc', DEFAULT_VIEW],
    ['bad page', '?v=2&t.page=-3', DEFAULT_VIEW],
    ['page not a number', '?v=2&t.page=abc', DEFAULT_VIEW],
    ['bad sort ids', '?v=2&t.sort=<script>~-~~', DEFAULT_VIEW],
    ['bad range keeps other params', '?v=2&t.r.year=20..x&t.q=kypho', view({ q: 'kypho' })],
    [
      'reversed range is put in order',
      '?v=2&t.r.year=2020..2010',
      view({ ranges: { year: { min: 2010, max: 2020 } } }),
    ],
    ['a range value under a facet key is not a facet value', '?v=2&t.f.year=2010..', DEFAULT_VIEW],
    ['unknown key with odd characters', '?v=2&%3Cscript%3E=1&t.q=a', view({ q: 'a' })],
    ['bad record', '?v=2&rec=technique:<img>', DEFAULT_VIEW],
    ['record of an unknown kind', '?v=2&rec=patient:x', DEFAULT_VIEW],
    [
      'repeated keys become one facet',
      '?v=2&t.f.area=mit&t.f.area=mit&t.f.area=radiation',
      view({ facets: { area: ['mit', 'radiation'] } }),
    ],
    ['empty columns', '?v=2&t.cols=~~', DEFAULT_VIEW],
    [
      'too many compared techniques are cut to four',
      '?v=2&cmp=a~b~c~d~e~a',
      { ...DEFAULT_VIEW, compare: { ids: ['a', 'b', 'c', 'd'], onlyDifferences: false } },
    ],
    ['diff other than 1 is off', '?v=2&cmp.diff=yes', DEFAULT_VIEW],
    ['a dataset stamp that is not hex is ignored', '?v=2&ds=<script>', DEFAULT_VIEW],
    [
      'unknown chart, mode and bin fall back',
      '?v=2&ch=pie&ch.mode=3d&ch.bin=7&ch.as=x',
      DEFAULT_VIEW,
    ],
  ])('%s', (_label, search, expected) => {
    expect(parseView(search)).toEqual(expected)
  })

  it('caps a huge search string', () => {
    expect(parseView(`?v=2&t.q=${'a'.repeat(10_000)}`).tables.techniques.q).toHaveLength(200)
  })

  it('knows which addresses are already in the current vocabulary', () => {
    expect(isCurrentUrl('')).toBe(true)
    expect(isCurrentUrl('?v=2&t.q=a')).toBe(true)
    expect(isCurrentUrl('?q=a')).toBe(false)
  })
})

describe('links from other versions', () => {
  it('reads a later version’s link with the keys this version understands', () => {
    const view = parseView('?v=9&tab=studies&s.f.design=rct&s.zz=1')
    expect(view.tab).toBe('studies')
    expect(view.tables.studies.facets).toEqual({ design: ['rct'] })
    expect(toSearch(view)).toBe('?v=2&tab=studies&s.f.design=rct')
  })

  it('never turns a version key into a filter', () => {
    for (const search of ['?v=abc&tab=studies', '?v=1&tab=studies', '?v=&tab=studies']) {
      const view = parseView(search)
      expect(view.tab).toBe('studies')
      expect(view.tables.studies.facets).toEqual({})
      expect(toSearch(view)).toBe('?v=2&tab=studies')
    }
  })
})

describe('hasFilters', () => {
  it('is true for a search, a ticked value or a range, and false once they are cleared', () => {
    const empty = DEFAULT_VIEW.tables.techniques
    expect(hasFilters(empty)).toBe(false)
    expect(hasFilters({ ...empty, q: 'kypho' })).toBe(true)
    expect(hasFilters({ ...empty, facets: { area: ['mit'] } })).toBe(true)
    expect(hasFilters({ ...empty, facets: { area: [] } })).toBe(false)
    expect(hasFilters({ ...empty, ranges: { year: { min: 2000, max: null } } })).toBe(true)
    const filtered = withTable(DEFAULT_VIEW, 'techniques', { q: 'x', facets: { area: ['mit'] } })
    expect(hasFilters(clearFilters(filtered, 'techniques').tables.techniques)).toBe(false)
  })
})
