import { describe, expect, it } from 'vitest'
import { makeDataset, makeStudy, makeTechnique } from '../testing/make-dataset'
import { makeView } from '../testing/make-view'
import { describeActiveFilters, formatRange, summarise } from './describe'
import type { FacetResult } from './facets'
import { MAX_FACET_OPTIONS } from './facets'
import { runQuery } from './run-query'

describe('bug 6: words and limits', () => {
  it.each<[{ min: number | null; max: number | null }, 'year' | 'amount', string]>([
    [{ min: 2010, max: null }, 'year', '2010 or later'],
    [{ min: 100, max: null }, 'amount', '100 or more'],
    [{ min: null, max: 99 }, 'amount', 'up to 99'],
    [{ min: 2010, max: 2020 }, 'year', '2010–2020'],
    [{ min: 2015, max: 2015 }, 'year', '2015'],
  ])('formatRange(%j, %s) = %s', (range, kind, text) => {
    expect(formatRange(range, kind)).toBe(text)
  })

  it('the search chip shows the term, a long one cut short', () => {
    const chip = (q: string) =>
      describeActiveFilters(makeView({ q }).tables.techniques, [], [])[0]?.label
    expect(chip('  kypho ')).toBe('Search: kypho')
    expect(chip('x'.repeat(40))).toBe(`Search: ${'x'.repeat(29)}…`)
  })

  it('the summary uses the facet label as given, even with a colon in it', () => {
    const facet: FacetResult = {
      id: 'x',
      label: 'Ratio: A to B',
      optionCount: 1,
      hiddenCount: 0,
      options: [{ value: 'v', label: 'Value: one', count: 1, selected: true }],
      findOptions: () => [],
    }
    const filters = describeActiveFilters(
      makeView({ facets: { x: ['v'] } }).tables.techniques,
      [facet],
      [],
    )
    expect(summarise(1, 3, ['row', 'rows'], filters)).toBe(
      '1 of 3 rows where ratio: a to b is Value: one',
    )
  })

  it('a facet with more values than it lists says how many are hidden and finds them', () => {
    const n = MAX_FACET_OPTIONS + 50
    const techniques = Array.from({ length: n }, (_, i) =>
      makeTechnique({ id: `t${i}`, name: `Technique ${i}` }),
    )
    const studies = techniques.map((t, i) => makeStudy({ id: `s${i}`, techniqueIds: [t.id] }))
    const dataset = makeDataset({ techniques, studies })
    const result = runQuery(dataset, makeView({ tab: 'studies' }))
    const facet = result.facets.find((f) => f.id === 'technique')
    expect(facet?.optionCount).toBe(n)
    expect(facet?.options).toHaveLength(MAX_FACET_OPTIONS)
    expect(facet?.hiddenCount).toBe(50)
    expect(facet?.findOptions('technique 249', 10).map((o) => o.value)).toEqual(['t249'])
  })

  it('a selected value stays listed even when it would be cut', () => {
    const n = MAX_FACET_OPTIONS + 10
    const techniques = Array.from({ length: n }, (_, i) => makeTechnique({ id: `t${i}` }))
    // t0 has many studies, so it is among the most frequent; t205 has one and would be cut.
    const studies = techniques.flatMap((t, i) =>
      Array.from({ length: i === 0 ? 5 : 1 }, (_, k) =>
        makeStudy({ id: `s${i}-${k}`, techniqueIds: [t.id] }),
      ),
    )
    const dataset = makeDataset({ techniques, studies })
    const result = runQuery(dataset, makeView({ tab: 'studies', facets: { technique: ['t205'] } }))
    const facet = result.facets.find((f) => f.id === 'technique')
    expect(facet?.options.some((o) => o.value === 't205' && o.selected)).toBe(true)
    expect(facet?.hiddenCount).toBe(n - (facet?.options.length ?? 0))
  })
})
