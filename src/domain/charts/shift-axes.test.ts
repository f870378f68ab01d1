import { describe, expect, it } from 'vitest'
import { makeSeries } from '../testing/make-dataset'
import { seriesShift } from './shift'
import { RELATIVE_CAP, shiftAxes } from './shift-axes'

const change = (id: string, value: number, unit = '% change') =>
  seriesShift(
    makeSeries({
      id,
      unit,
      areaId: 'mit',
      tags: ['cement-augmentation'],
      points: [{ year: 2001, endYear: 2008, value }],
    }),
  )
const share = (id: string, a: number, b: number) =>
  seriesShift(
    makeSeries({
      id,
      tags: ['surgery-volume'],
      points: [
        { year: 2012, value: a },
        { year: 2020, value: b },
      ],
    }),
  )

describe('shiftAxes', () => {
  it('gives percentage points and relative changes an axis each', () => {
    const axes = shiftAxes([share('fusion', 84, 87), change('count', 68.6), change('rate', 19.3)])
    expect(axes.map((a) => [a.kind, a.limit, a.shifts.map((s) => s.series.id)])).toEqual([
      ['pp', 5, ['fusion']],
      ['relative', 100, ['count', 'rate']],
    ])
  })

  it('caps a relative axis at a doubling and marks the changes beyond it as clipped', () => {
    const shifts = [change('a', 741), change('b', -32), change('c', -72.4), change('d', 0.8)]
    const [axis] = shiftAxes(shifts)
    expect(axis?.limit).toBe(RELATIVE_CAP)
    expect([...(axis?.clipped ?? [])]).toEqual(['a'])
    // Without the outlier the axis fits the largest change.
    expect(shiftAxes([change('b', -32), change('d', 0.8)])[0]?.limit).toBe(50)
  })
})
