import { describe, expect, it } from 'vitest'
import { makeDataset, makeGuideline, makeTechnique } from '../testing/make-dataset'
import { makeView } from '../testing/make-view'
import { parseView, toSearch } from '../view/url-codec'
import { runQuery } from './run-query'

const dataset = makeDataset({
  techniques: [makeTechnique(), makeTechnique({ id: 'tech-s', name: 'S', areaId: 'surgery' })],
  guidelines: [
    makeGuideline({ id: 'old', issuer: 'Society B', year: 2012 }),
    makeGuideline({
      id: 'new',
      issuer: 'Society A',
      year: 2024,
      recommendations: [
        {
          id: 'new-r1',
          techniqueIds: ['tech-s'],
          statement: 'Operate first.',
          strength: 'Conditional',
          certainty: 'Low',
        },
      ],
    }),
  ],
})

describe('the guidelines table', () => {
  it('lists guidelines newest first, with facets by issuer, area and technique', () => {
    const result = runQuery(dataset, makeView({ tab: 'guidelines' }))
    if (result.table !== 'guidelines') throw new Error('expected the guidelines table')
    expect(result.rows.map((r) => r.guideline.id)).toEqual(['new', 'old'])
    expect(result.facets.map((f) => f.id)).toEqual(['issuer', 'area', 'technique', 'verification'])
    const area = result.facets.find((f) => f.id === 'area')
    expect(area?.options.map((o) => [o.value, o.count])).toEqual([
      ['surgery', 1],
      ['radiation', 1],
    ])
  })

  it('filters by technique and searches recommendation text', () => {
    const byTechnique = runQuery(
      dataset,
      makeView({ tab: 'guidelines', facets: { technique: ['tech-s'] } }),
    )
    expect(byTechnique.rows).toHaveLength(1)
    expect(byTechnique.summary).toMatch(/^1 of 2 guidelines/)
    const bySearch = runQuery(dataset, makeView({ tab: 'guidelines', q: 'operate' }))
    expect(bySearch.rows).toHaveLength(1)
  })

  it('keeps its state under the g. prefix in links', () => {
    const view = makeView({ tab: 'guidelines', facets: { issuer: ['Society A'] } })
    const search = toSearch(view)
    expect(search).toContain('g.f.issuer=Society+A')
    expect(parseView(search).tables.guidelines.facets).toEqual({ issuer: ['Society A'] })
  })
})
