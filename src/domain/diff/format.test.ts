import { describe, expect, it } from 'vitest'
import { formatValue, readableValue } from './format'

describe('formatValue', () => {
  it('writes missing and empty values as a dash, lists joined, records as compact JSON', () => {
    expect(formatValue(null)).toBe('—')
    expect(formatValue([])).toBe('—')
    expect(formatValue(['a', 'b'])).toBe('a; b')
    expect(formatValue({ a: 1 })).toBe('{"a":1}')
    expect(formatValue(42)).toBe('42')
  })
})

describe('readableValue', () => {
  it('keeps scalars and lists of scalars as text', () => {
    expect(readableValue('Lancet')).toEqual({ kind: 'text', text: 'Lancet' })
    expect(readableValue(['x', 'y'])).toEqual({ kind: 'text', text: 'x; y' })
    expect(readableValue(null)).toEqual({ kind: 'text', text: '—' })
  })

  it('lays out a list of records field by field, leaving out empty fields and flattening nested ones', () => {
    const criteria = [
      {
        id: 'bkp-1',
        sins: { min: null, max: 12 },
        escc: ['0', '1a'],
        radiosensitivity: null,
        expectedSurvivalMonths: { min: 3, max: null },
        vertebralCollapse: true,
      },
      { id: 'bkp-2', escc: [] },
    ]
    expect(readableValue(criteria)).toEqual({
      kind: 'records',
      records: [
        [
          { name: 'id', text: 'bkp-1' },
          { name: 'sins', text: 'max 12' },
          { name: 'escc', text: '0, 1a' },
          { name: 'expectedSurvivalMonths', text: 'min 3' },
          { name: 'vertebralCollapse', text: 'true' },
        ],
        [{ name: 'id', text: 'bkp-2' }],
      ],
    })
  })

  it('lays out a single record, such as an effect size, the same way', () => {
    expect(readableValue({ type: 'HR', value: 0.82, ciLower: 0.71, ciUpper: 0.95 })).toEqual({
      kind: 'records',
      records: [
        [
          { name: 'type', text: 'HR' },
          { name: 'value', text: '0.82' },
          { name: 'ciLower', text: '0.71' },
          { name: 'ciUpper', text: '0.95' },
        ],
      ],
    })
  })

  it('keeps a list mixing records and text as text', () => {
    expect(readableValue([{ a: 1 }, 'b'])).toEqual({ kind: 'text', text: '{"a":1}; b' })
  })
})
