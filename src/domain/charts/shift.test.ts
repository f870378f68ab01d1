import { describe, expect, it } from 'vitest'
import type { AreaId } from '../dataset/schema'
import { makeDataset, makeSeries, makeStudy, makeTechnique } from '../testing/make-dataset'
import { availableSeries } from './chart-facts'
import { measureGroupOf } from './measure-groups'
import { FLAT_PP, FLAT_RELATIVE, seriesShift, shiftVerdicts } from './shift'

const NAMES: Record<AreaId, string> = {
  surgery: 'Surgical management',
  mit: 'Minimally invasive therapy',
  radiation: 'Radiation therapy',
  systemic: 'Systemic therapy',
}
const name = (id: AreaId) => NAMES[id]
const pts = (...values: [number, number][]) => values.map(([year, value]) => ({ year, value }))

const sbrt = (id: string, a: number, b: number, geography = 'USA') =>
  makeSeries({ id, tags: ['toward-sbrt'], geography, points: pts([2004, a], [2013, b]) })

describe('normalisation', () => {
  it('gives shares in percentage points and counts as relative change', () => {
    const share = seriesShift(sbrt('a', 1.4, 5.8))
    expect(share).toMatchObject({ kind: 'pp', change: 4.4, direction: 'rose', stance: 'toward' })
    const count = seriesShift(
      makeSeries({
        unit: 'procedures',
        tags: ['cement-augmentation'],
        points: pts([2008, 200], [2014, 150]),
      }),
    )
    expect(count).toMatchObject({
      kind: 'relative',
      change: -25,
      direction: 'fell',
      stance: 'against',
    })
  })

  it('calls changes under the threshold flat', () => {
    expect(seriesShift(sbrt('a', 10, 10 + FLAT_PP - 0.1)).direction).toBe('flat')
    const rate = makeSeries({
      unit: 'per 100,000',
      tags: ['surgery-volume'],
      points: pts([2000, 100], [2009, 100 + FLAT_RELATIVE - 1]),
    })
    expect(seriesShift(rate)).toMatchObject({ direction: 'flat', stance: 'flat' })
  })

  it('cannot measure a single point, but reads a reported change over a period', () => {
    const one = seriesShift(makeSeries({ points: pts([2010, 40]) }))
    expect(one).toMatchObject({ change: null, direction: null, stance: 'unmeasured' })
    const reported = seriesShift(
      makeSeries({
        unit: '% change',
        tags: ['cement-augmentation'],
        points: [{ year: 2004, endYear: 2014, value: -63 }],
      }),
    )
    expect(reported).toMatchObject({
      kind: 'relative',
      change: -63,
      fromYear: 2004,
      toYear: 2014,
      stance: 'against',
    })
  })

  it('groups by tags and wording: the same tags mean short or long courses', () => {
    const le10 = makeSeries({
      tags: ['shorter-courses', 'long-course-decline'],
      measure: '% of episodes using ≤10 fractions',
    })
    const gt10 = makeSeries({
      tags: ['long-course-decline', 'shorter-courses'],
      measure: '% of patients given more than 10 fractions',
    })
    const sf = makeSeries({
      tags: ['shorter-courses'],
      title: '8 Gy single fraction for bone metastases',
    })
    const cost = makeSeries({ tags: ['shorter-courses'], unit: 'USD' })
    expect([le10, gt10, sf, cost].map((s) => measureGroupOf(s).id)).toEqual([
      'short-course-share',
      'long-course-share',
      'single-fraction-share',
      'rt-cost',
    ])
    // A falling long-course share is toward shorter courses; cost is context only.
    expect(seriesShift({ ...gt10, points: pts([2006, 50], [2018, 23.4]) }).stance).toBe('toward')
    expect(seriesShift({ ...cost, points: pts([2011, 6742], [2014, 6067]) }).stance).toBe('context')
  })
})

describe('shiftVerdicts', () => {
  it('counts toward, against, flat and names places and years', () => {
    const series = [
      sbrt('a', 1.4, 5.8),
      sbrt('b', 0.4, 5, 'Australia (Victoria)'),
      sbrt('c', 3, 3.2, 'Canada (Manitoba)'),
      makeSeries({
        id: 'd',
        tags: ['shorter-courses'],
        unit: 'USD',
        points: pts([2011, 10], [2014, 5]),
      }),
      makeSeries({ id: 'e', points: pts([1990, 20]) }),
    ]
    const [radiation] = shiftVerdicts(series, name)
    expect(radiation).toMatchObject({
      areaId: 'radiation',
      counted: 3,
      toward: 2,
      flat: 1,
      against: 0,
      notCounted: 2,
    })
    expect(radiation?.sentence).toBe(
      'Radiation therapy: 2 of 3 series moved toward shorter or more conformal courses (Australia, Canada, USA, 2004–2013); 1 stayed flat; 1 shown for context only (cost per course); 1 with a single point.',
    )
  })

  it('says so when evidence runs against the claim, with mixed units in one area', () => {
    const series = [
      makeSeries({
        id: 'share',
        areaId: 'mit',
        tags: ['cement-augmentation'],
        points: pts([2002, 1.7], [2011, 17.5]),
      }),
      makeSeries({
        id: 'episodes',
        areaId: 'mit',
        tags: ['cement-augmentation'],
        unit: 'episodes',
        points: pts([2009, 76860], [2018, 58760]),
      }),
      makeSeries({
        id: 'rate',
        areaId: 'mit',
        tags: ['cement-augmentation'],
        unit: 'per 100,000',
        points: pts([2009, 168], [2018, 99]),
      }),
    ]
    const [mit] = shiftVerdicts(series, name)
    expect(mit?.groups.map((g) => [g.group.id, g.shifts.map((s) => s.kind)])).toEqual([
      ['augmentation-share', ['pp']],
      ['augmentation-rate', ['relative', 'relative']],
    ])
    expect(mit?.againstParts).toEqual([
      {
        groupId: 'augmentation-rate',
        label: 'Augmentation rate or volume',
        verb: 'fell',
        count: 2,
      },
    ])
    expect(mit?.sentence).toBe(
      'Minimally invasive therapy: 1 of 3 series moved toward more minimally invasive treatment; 2 ran against it: augmentation rate or volume fell in 2 (Nowhere, 2002–2018).',
    )
  })

  it('shows all-indication augmentation series for context only, never in the count', () => {
    const medicare = (id: string, title: string, a: number, b: number) =>
      makeSeries({
        id,
        title,
        areaId: 'mit',
        tags: ['cement-augmentation'],
        unit: 'procedures',
        points: pts([2005, a], [2015, b]),
      })
    const series = [
      makeSeries({
        id: 'myeloma',
        areaId: 'mit',
        tags: ['cement-augmentation'],
        points: pts([2002, 1.7], [2011, 17.5]),
      }),
      medicare('vp', 'Medicare vertebroplasty claims (all indications)', 35409, 13478),
      {
        ...medicare('kp', 'Medicare kyphoplasty volume', 24986, 21681),
        measure: 'Kyphoplasty procedures per year, all indications',
      },
      medicare('mets', 'Vertebroplasty for spinal metastases', 100, 60),
    ]
    const shifts = series.map(seriesShift)
    expect(shifts.map((s) => [s.series.id, s.stance, s.group.id])).toEqual([
      ['myeloma', 'toward', 'augmentation-share'],
      ['vp', 'context', 'augmentation-rate-all-indications'],
      ['kp', 'context', 'augmentation-rate-all-indications'],
      ['mets', 'against', 'augmentation-rate'],
    ])
    expect(shifts[1]?.group.reading).toMatch(/mostly osteoporotic fractures, not spinal metastases/)
    const [mit] = shiftVerdicts(series, name)
    expect(mit).toMatchObject({ counted: 2, toward: 1, against: 1, notCounted: 2 })
    expect(mit?.sentence).toBe(
      'Minimally invasive therapy: 1 of 2 series moved toward more minimally invasive treatment; 1 ran against it: augmentation rate or volume fell in 1 (Nowhere, 2002–2015); 2 shown for context only (all indications, mostly osteoporotic).',
    )
  })

  it('reads a rising fusion share among operations as context, not as more open surgery', () => {
    const fusion = makeSeries({
      id: 'fusion',
      areaId: 'surgery',
      title: 'Share of fusion among operations for spinal metastasis',
      tags: ['surgery-volume'],
      points: pts([2012, 84], [2020, 87]),
    })
    const operations = makeSeries({
      id: 'operations',
      areaId: 'surgery',
      tags: ['surgery-volume'],
      unit: 'operations per year',
      points: pts([2012, 877], [2020, 1479]),
    })
    const shift = seriesShift(fusion)
    expect(shift).toMatchObject({ kind: 'pp', change: 3, direction: 'rose', stance: 'context' })
    expect(shift.group.id).toBe('surgery-mix-share')
    expect(shift.group.reading).toMatch(/not a rise in open-surgery volume/)
    const [surgery] = shiftVerdicts([fusion, operations], name)
    // The share and the counts never sit in one group, so never on one axis.
    expect(surgery?.groups.map((g) => [g.group.id, g.shifts.map((s) => s.kind)])).toEqual([
      ['surgery-rate', ['relative']],
      ['surgery-mix-share', ['pp']],
    ])
    expect(surgery).toMatchObject({ counted: 1, against: 1, toward: 0, notCounted: 1 })
    expect(surgery?.sentence).toBe(
      'Surgical management: 0 of 1 series moved toward less open surgery; 1 ran against it: surgery rate or volume rose in 1 (Nowhere, 2012–2020); 1 shown for context only (share of one kind of operation, not surgery volume).',
    )
  })

  it('has no verdict for an area whose series are filtered out, and says when nothing is countable', () => {
    const dataset = makeDataset({
      techniques: [
        makeTechnique({ id: 'sbrt', areaId: 'radiation', outcomes: [] }),
        makeTechnique({ id: 'kypho', areaId: 'mit', outcomes: [] }),
      ],
      studies: [
        makeStudy({ id: 'rt2010', techniqueIds: ['sbrt'] }),
        makeStudy({ id: 'va2010', techniqueIds: ['kypho'] }),
      ],
      series: [
        { ...sbrt('rt', 1, 5), studyId: 'rt2010' },
        makeSeries({
          id: 'va',
          areaId: 'mit',
          tags: ['cement-augmentation'],
          studyId: 'va2010',
          points: pts([2010, 5]),
        }),
      ],
    })
    const mitOnly = dataset.techniques.filter((t) => t.areaId === 'mit')
    const verdicts = shiftVerdicts(availableSeries(dataset, mitOnly), name)
    expect(verdicts.map((v) => v.areaId)).toEqual(['mit'])
    expect(verdicts[0]?.sentence).toBe(
      'Minimally invasive therapy: no series with two comparable points, so no direction can be counted; 1 with a single point.',
    )
    expect(
      shiftVerdicts(availableSeries(dataset, dataset.techniques), name).map((v) => v.areaId),
    ).toEqual(['mit', 'radiation'])
  })
})
