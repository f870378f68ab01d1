import { describe, expect, it } from 'vitest'
import { amountText, authorsText, effectText, strengthText, studyShort } from './outcome-text'

describe('effectText', () => {
  it.each([
    [
      { type: 'HR', value: 0.62, ciLower: 0.45, ciUpper: 0.86, p: '0.004' },
      'HR 0.62 (CI 0.45 to 0.86), p = 0.004',
    ],
    [
      { type: 'RD', value: null, ciLower: -11.5, ciUpper: null, p: null },
      'risk difference (lower CI limit -11.5)',
    ],
    [{ type: 'OR', value: 6.2, ciLower: null, ciUpper: null, p: '<0.001' }, 'OR 6.2, p <0.001'],
  ] as const)('%j → %s', (effect, text) => {
    expect(effectText(effect)).toBe(text)
  })
})

describe('amountText', () => {
  it.each<[number, string, string]>([
    [1, 'points (0–10)', '1\u00a0point (0–10)'],
    [-1, 'points', '-1\u00a0point'],
    [2, 'points (0–10)', '2\u00a0points (0–10)'],
    [93.9, '%', '93.9\u00a0%'],
    [1, 'months', '1\u00a0month'],
    [1, 'mL', '1\u00a0mL'],
    [7, '', '7'],
  ])('%d %s → %j', (value, unit, text) => {
    expect(amountText(value, unit)).toBe(text)
  })
})

it('strengthText says when a guideline states no strength', () => {
  expect(strengthText(null, null)).toBe('strength not stated')
  expect(strengthText('Strong', 'High')).toBe('strength: Strong; certainty: High')
})

it('a first author no page showed reads as missing, never as "null"', () => {
  const study = { firstAuthor: null, year: 2011, journal: null }
  expect(studyShort(study)).toBe('Study 2011 (author not shown)')
  expect(
    studyShort({ ...study, title: 'Radiotherapy of metastatic spinal cord compression in 2004' }),
  ).toBe('“Radiotherapy of metastatic spinal cord…” 2011 (author not shown)')
  expect(studyShort({ ...study, title: 'Short title' })).toBe(
    '“Short title” 2011 (author not shown)',
  )
  expect(studyShort({ ...study, journal: 'Radiother Oncol' })).toBe(
    'Radiother Oncol 2011 (author not shown)',
  )
  expect(studyShort({ ...study, firstAuthor: 'Mak KS' })).toBe('Mak KS 2011')
  expect(authorsText({ ...study, firstAuthor: 'Mak KS' })).toBe('Mak KS et al.')
})
