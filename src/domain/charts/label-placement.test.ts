import { describe, expect, it } from 'vitest'
import {
  labelWidth,
  niceCeil,
  placeLabels,
  rowCount,
  yearScale,
  yearTicks,
} from './label-placement'

const overlaps = (a: { x: number; width: number }, b: { x: number; width: number }) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2

function assertNoOverlap(boxes: { x: number; width: number }[], rows: number[]) {
  const clashes: string[] = []
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]
      const b = boxes[j]
      if (a && b && rows[i] === rows[j] && overlaps(a, b)) clashes.push(`${i + 1} and ${j + 1}`)
    }
  expect(clashes, 'labels overlapping in one row').toEqual([])
}

describe('placeLabels', () => {
  it('keeps well-spaced labels on one row', () => {
    const rows = placeLabels([
      { x: 10, width: 10 },
      { x: 50, width: 10 },
      { x: 90, width: 10 },
    ])
    expect(rows).toEqual([0, 0, 0])
  })

  it('stacks labels of the same year on separate rows', () => {
    const boxes = Array.from({ length: 5 }, () => ({ x: 100, width: 14 }))
    const rows = placeLabels(boxes)
    expect(new Set(rows).size).toBe(5)
    expect(rowCount(rows)).toBe(5)
  })

  it('never overlaps for the dense milestone years of the built-in data at 375 px', () => {
    const years = [
      1980, 1987, 1994, 1995, 1996, 1997, 1998, 2002, 2005, 2005, 2006, 2010, 2010, 2010, 2011,
      2012, 2013, 2013, 2013, 2013, 2015, 2015, 2019, 2019, 2021, 2023, 2023,
    ]
    for (const width of [375, 768, 1400]) {
      const x = yearScale(1980, 2023, 60, width - 24)
      const boxes = years.map((year, i) => ({ x: x(year), width: labelWidth(String(i + 1), 10) }))
      const rows = placeLabels(boxes)
      assertNoOverlap(boxes, rows)
      // Four labels share 2013, so at least four rows; packing keeps it far below one per label.
      expect(rowCount(rows)).toBeGreaterThanOrEqual(4)
      expect(rowCount(rows)).toBeLessThan(years.length / 2)
    }
  })

  it('never overlaps on random dense input and keeps the input order of results', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    for (let round = 0; round < 50; round++) {
      const boxes = Array.from({ length: 40 }, () => ({
        x: random() * 300,
        width: 6 + random() * 20,
      }))
      assertNoOverlap(boxes, placeLabels(boxes, 0))
    }
  })

  it('has no rows for no labels', () => {
    expect(rowCount(placeLabels([]))).toBe(0)
  })
})

describe('niceCeil', () => {
  it('rounds axis ends up to readable numbers', () => {
    expect([0, 0.7, 6.4, 13, 24, 69, 87.6].map(niceCeil)).toEqual([0, 1, 10, 20, 25, 100, 100])
  })
})

describe('yearTicks', () => {
  it('puts ticks on round years inside the range, at most the number asked for', () => {
    expect(yearTicks(1888, 2026)).toEqual([1900, 1920, 1940, 1960, 1980, 2000, 2020])
    expect(yearTicks(1984, 2021)).toEqual([1990, 2000, 2010, 2020])
    expect(yearTicks(2012, 2020)).toEqual([2012, 2014, 2016, 2018, 2020])
    expect(yearTicks(2020, 2020)).toEqual([2020])
    expect(yearTicks(2021, 2020)).toEqual([])
    for (const [a, b] of [
      [1700, 2026],
      [1995, 1996],
      [1950, 2025],
    ] as const) {
      const ticks = yearTicks(a, b, 5)
      expect(ticks.length).toBeGreaterThan(0)
      expect(ticks.length).toBeLessThanOrEqual(5)
      expect(ticks.every((t) => t >= a && t <= b)).toBe(true)
    }
  })
})
