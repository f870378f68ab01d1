import { describe, expect, it } from 'vitest'
import { makeDataset, makeSeries } from '../testing/make-dataset'
import { periodLabel, shiftTable } from './chart-tables'
import { shiftVerdicts } from './shift'

describe('shiftTable', () => {
  it('matches the chart: unit stated, full value of a cut arrow, why a row is context', () => {
    const series = [
      makeSeries({
        id: 'outlier',
        title: 'Inpatient augmentation discharges (all indications)',
        areaId: 'mit',
        tags: ['cement-augmentation'],
        unit: '% change',
        points: [{ year: 2001, endYear: 2008, value: 741 }],
      }),
      makeSeries({
        id: 'share',
        areaId: 'mit',
        tags: ['cement-augmentation'],
        points: [
          { year: 2002, value: 1.7 },
          { year: 2011, value: 17.5 },
        ],
      }),
    ]
    const table = shiftTable(
      shiftVerdicts(series, () => 'Minimally invasive therapy'),
      makeDataset({ series }),
    )
    const column = (name: string) => table.headers.indexOf(name)
    const byId = (title: string) => table.rows.find((r) => r[0] === title) ?? []
    const outlier = byId('Inpatient augmentation discharges (all indications)')
    expect(outlier[column('Change')]).toBe(741)
    expect(outlier[column('Change in')]).toBe('% of the first value')
    expect(outlier[column('Counts as')]).toBe('context only')
    expect(outlier[column('Why not counted')]).toMatch(/mostly osteoporotic fractures/)
    expect(outlier[column('On the chart')]).toBe('arrow cut at the axis end (±100 %)')
    const share = byId('Fictional series')
    expect(share[column('Change in')]).toBe('percentage points (pp)')
    expect(share[column('Counts as')]).toBe('toward')
    expect(share[column('Why not counted')]).toBeNull()
  })
})

describe('periodLabel', () => {
  it('says a period that is not over is incomplete, and to when', () => {
    const point = {
      label: '2025–2029',
      year: 2025,
      surgery: 1,
      mit: 0,
      radiation: 5,
      systemic: 0,
      total: 6,
    }
    expect(periodLabel(point)).toBe('2025–2029')
    expect(periodLabel({ ...point, incompleteUntil: '2026-11-30' })).toBe(
      '2025–2029 (to 30 Nov 2026, incomplete)',
    )
  })
})
