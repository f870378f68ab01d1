import { describe, expect, it } from 'vitest'
import { makeView } from '../testing/make-view'
import { parseView, toSearch } from './url-codec'
import { DEFAULT_VIEW, type ViewState } from './view-state'

/**
 * Addresses that v0.1 wrote (taken from its tests, end-to-end specs and README) and the view each
 * one opened then. Every one must keep opening that view; none may ever be removed from this list.
 */
const V01_LINKS: [string, ViewState][] = [
  ['?tab=studies', makeView({ tab: 'studies' })],
  ['?sort=-year', makeView({ sort: [{ id: 'year', desc: true }] })],
  [
    '?tab=studies&q=x&area=mit&noms=mechanical&page=2',
    makeView({ tab: 'studies', q: 'x', facets: { area: ['mit'], noms: ['mechanical'] }, page: 2 }),
  ],
  [
    '?tab=studies&q=kypho&design=rct&design=meta-analysis&year=2010..2020&sort=-year~name&cols=name~year&page=2&study=patchell2005',
    {
      ...makeView({
        tab: 'studies',
        q: 'kypho',
        facets: { design: ['rct', 'meta-analysis'] },
        ranges: { year: { min: 2010, max: 2020 } },
        sort: [
          { id: 'year', desc: true },
          { id: 'name', desc: false },
        ],
        columns: ['name', 'year'],
        page: 2,
      }),
      record: { kind: 'study', id: 'patchell2005' },
    },
  ],
  [
    '?q=kypho&technique=balloon-kyphoplasty',
    { ...makeView({ q: 'kypho' }), record: { kind: 'technique', id: 'balloon-kyphoplasty' } },
  ],
  [
    '?tab=compare&compare=sbrt-single-fraction~balloon-kyphoplasty&diff=1',
    {
      ...makeView({ tab: 'compare' }),
      compare: { ids: ['sbrt-single-fraction', 'balloon-kyphoplasty'], onlyDifferences: true },
    },
  ],
  [
    '?tab=charts&chart=timeline&area=mit&as=table',
    {
      ...makeView({ tab: 'charts', facets: { area: ['mit'] } }),
      charts: { ...DEFAULT_VIEW.charts, chart: 'timeline', asTable: true },
    },
  ],
  // v0.1 showed the timeline when no chart was named; the default chart has changed since.
  [
    '?tab=charts&area=mit',
    {
      ...makeView({ tab: 'charts', facets: { area: ['mit'] } }),
      charts: { ...DEFAULT_VIEW.charts, chart: 'timeline' },
    },
  ],
  [
    '?tab=charts&chart=evidence&bin=10&mode=share',
    {
      ...makeView({ tab: 'charts' }),
      charts: { ...DEFAULT_VIEW.charts, chart: 'evidence', bin: 10, mode: 'share' },
    },
  ],
  [
    '?tab=charts&chart=practice&series=ontario-sf~nhs-sbrt',
    {
      ...makeView({ tab: 'charts' }),
      charts: { ...DEFAULT_VIEW.charts, chart: 'practice', series: ['ontario-sf', 'nhs-sbrt'] },
    },
  ],
  [
    '?tab=charts&chart=gaps',
    { ...makeView({ tab: 'charts' }), charts: { ...DEFAULT_VIEW.charts, chart: 'gaps' } },
  ],
  ['?tab=tools', makeView({ tab: 'scores' })],
  ['?area=mit&ds=00000000abcd', { ...makeView({ facets: { area: ['mit'] } }), ds: '00000000abcd' }],
  [
    '?tab=studies&year=2015..',
    makeView({ tab: 'studies', ranges: { year: { min: 2015, max: null } } }),
  ],
  [
    '?tab=studies&technique=sbrt-single-fraction',
    { ...makeView({ tab: 'studies' }), record: { kind: 'technique', id: 'sbrt-single-fraction' } },
  ],
]

describe('v0.1 links open the same view', () => {
  it.each(V01_LINKS)('%s', (link, expected) => {
    const parsed = parseView(link)
    expect(parsed).toEqual(expected)
    // …and once rewritten in today's vocabulary, the address keeps that view.
    expect(parseView(toSearch(parsed))).toEqual(expected)
  })
})
