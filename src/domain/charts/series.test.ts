import { describe, expect, it } from 'vitest'
import type { Series } from '../dataset/schema'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import {
  binStart,
  evidenceOverTime,
  gapMap,
  plotSeries,
  techniqueTimeline,
  unitGroups,
} from './series'

const fr = (year: number) => ({
  year,
  studyId: null,
  citation: 'c',
  url: null,
  verification: 'unverified' as const,
})
const techniques = [
  makeTechnique({ id: 'r1', areaId: 'radiation', firstReported: fr(1990) }),
  makeTechnique({ id: 'm1', areaId: 'mit', firstReported: fr(1990) }),
  makeTechnique({ id: 'm2', areaId: 'mit', firstReported: fr(2000) }),
  makeTechnique({ id: 's1', areaId: 'surgery', firstReported: fr(2010) }),
]

describe('techniqueTimeline', () => {
  it('sums cumulatively by area at the years with a first report only', () => {
    const points = techniqueTimeline(techniques, 'absolute')
    expect(points.map((p) => [p.year, p.surgery, p.mit, p.radiation, p.systemic, p.total])).toEqual(
      [
        [1990, 0, 1, 1, 0, 2],
        [2000, 0, 2, 1, 0, 3],
        [2010, 1, 2, 1, 0, 4],
      ],
    )
  })

  it('gives shares of the running total that add up to 100', () => {
    const last = techniqueTimeline(techniques, 'share').at(-1)
    expect([last?.surgery, last?.mit, last?.radiation, last?.systemic]).toEqual([25, 50, 25, 0])
  })
})

describe('evidenceOverTime', () => {
  const studies = [
    makeStudy({ id: 'a', year: 2001, techniqueIds: ['r1'] }),
    makeStudy({ id: 'b', year: 2003, techniqueIds: ['m1', 'r1'] }),
    makeStudy({ id: 'c', year: 2016, techniqueIds: ['m2'] }),
  ]

  it.each<[number, 1 | 5 | 10, number]>([
    [2013, 5, 2010],
    [2015, 5, 2015],
    [1999, 10, 1990],
    [2003, 1, 2003],
  ])('binStart(%i, %i) = %i', (year, width, expected) => {
    expect(binStart(year, width)).toBe(expected)
  })

  it('bins by period, counts a multi-area study in each area, keeps empty periods as zero', () => {
    const points = evidenceOverTime(makeDataset({ techniques, studies }), techniques, 5, 'absolute')
    expect(points.map((p) => [p.label, p.mit, p.radiation, p.total])).toEqual([
      ['2000–2004', 1, 2, 3],
      ['2005–2009', 0, 0, 0],
      ['2010–2014', 0, 0, 0],
      ['2015–2019', 1, 0, 1],
    ])
  })

  it('marks the last period incomplete when it ends after the review date', () => {
    const dataset = (lastReviewed: string) => {
      const base = makeDataset({ techniques, studies })
      return { ...base, meta: { ...base.meta, lastReviewed } }
    }
    const during = evidenceOverTime(dataset('2016-11-30'), techniques, 5, 'absolute')
    expect(during.map((p) => p.incompleteUntil ?? null)).toEqual([null, null, null, '2016-11-30'])
    // The year's last day closes the period; a yearly bin of the review year is incomplete too.
    expect(
      evidenceOverTime(dataset('2019-12-31'), techniques, 5, 'share').at(-1)?.incompleteUntil,
    ).toBeUndefined()
    expect(evidenceOverTime(dataset('2016-06-01'), techniques, 1, 'absolute').at(-1)).toMatchObject(
      {
        label: '2016',
        incompleteUntil: '2016-06-01',
      },
    )
  })

  it('100% stacked: shares per period, an empty period stays empty', () => {
    const points = evidenceOverTime(makeDataset({ techniques, studies }), techniques, 5, 'share')
    expect(points[0]?.radiation).toBeCloseTo(66.7)
    expect(points[1]?.total).toBe(0)
    expect(points[3]?.mit).toBe(100)
  })
})

describe('plotSeries', () => {
  const series: Series = {
    id: 's',
    title: 't',
    measure: 'm',
    unit: '%',
    geography: 'g',
    database: null,
    areaId: 'radiation',
    tags: ['shorter-courses'],
    studyId: 'x',
    connectPoints: false,
    points: [
      { year: 2006, endYear: 2009, value: 50 },
      { year: 2012, value: 1.7, qualifier: '<' },
    ],
    verification: 'primary',
  }

  it('plots only reported points (no interpolation), periods at their middle', () => {
    const plotted = plotSeries(series)
    expect(plotted.points.map((p) => [p.x, p.value, p.label, p.qualifier])).toEqual([
      [2007.5, 50, '2006–2009', null],
      [2012, 1.7, '2012', '<'],
    ])
    expect(plotted.connect).toBe(false)
  })

  it('groups series by unit so only compatible series share a chart', () => {
    const other = { ...series, id: 'n', unit: 'count' }
    expect(
      [...unitGroups([series, other, { ...series, id: 's2' }]).entries()].map(([u, list]) => [
        u,
        list.length,
      ]),
    ).toEqual([
      ['%', 2],
      ['count', 1],
    ])
  })
})

describe('gapMap', () => {
  it('counts distinct studies per technique × measure and leaves gaps empty', () => {
    const dataset = makeDataset({
      outcomeMeasures: [
        { id: 'pain-response', name: 'Pain', unit: '%', better: 'higher', description: 'd' },
        {
          id: 'complications',
          name: 'Complications',
          unit: '%',
          better: 'lower',
          description: 'd',
        },
        { id: 'blood-loss', name: 'Blood loss', unit: 'mL', better: 'lower', description: 'd' },
      ],
    })
    const map = gapMap(
      [
        makeTechnique({
          id: 'x',
          outcomes: [
            makeOutcome({ studyId: 'a' }),
            makeOutcome({ studyId: 'a' }),
            makeOutcome({ studyId: 'b' }),
          ],
        }),
        makeTechnique({
          id: 'y',
          outcomes: [makeOutcome({ measureId: 'complications', studyId: 'c' })],
        }),
      ],
      dataset,
    )
    expect(map.measures.map((m) => m.id)).toEqual(['pain-response', 'complications'])
    expect(map.cells.map((row) => row.map((c) => c.studyIds.length))).toEqual([
      [2, 0],
      [0, 1],
    ])
    expect(map.maxStudies).toBe(2)
  })
})

describe('chart tables', () => {
  it('hold exactly the plotted numbers and export as CSV', async () => {
    const { areaPointsTable, chartCsv } = await import('./chart-tables')
    const table = areaPointsTable(
      techniqueTimeline(techniques, 'absolute'),
      makeDataset(),
      'Year',
      'absolute',
    )
    expect(table.headers).toEqual([
      'Year',
      'Surgical management',
      'Minimally invasive therapy',
      'Radiation therapy',
      'Systemic therapy',
      'Total',
    ])
    expect(table.rows[0]).toEqual(['1990', 0, 1, 1, 0, 2])
    expect(chartCsv(table, false).split('\r\n')[1]).toBe('1990,0,1,1,0,2')
  })
})

describe('gapMap on a large set', () => {
  it('keeps the techniques with most outcomes, in dataset order, and says how many it left out', async () => {
    const { MAX_GAP_TECHNIQUES } = await import('./series')
    const many = Array.from({ length: MAX_GAP_TECHNIQUES + 5 }, (_, i) =>
      makeTechnique({ id: `t${i}`, outcomes: i % 2 === 0 ? [makeOutcome()] : [] }),
    )
    const map = gapMap(many, makeDataset())
    expect(map.techniques).toHaveLength(MAX_GAP_TECHNIQUES)
    expect(map.omitted).toBe(5)
    const kept = new Set(map.techniques.map((t) => t.id))
    // every technique with an outcome stays; the last ones without any are left out
    expect(many.filter((t) => t.outcomes.length > 0).every((t) => kept.has(t.id))).toBe(true)
    expect(['t75', 't77', 't79', 't81', 't83'].some((id) => kept.has(id))).toBe(false)
    expect(map.techniques.slice(0, 3).map((t) => t.id)).toEqual(['t0', 't1', 't2'])
  })
})
