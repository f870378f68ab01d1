import { describe, expect, it } from 'vitest'
import { authorsText, effectText, strengthText, studyShort } from './outcome-text'

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

it('strengthText says when a guideline states no strength', () => {
  expect(strengthText(null, null)).toBe('strength not stated')
  expect(strengthText('Strong', 'High')).toBe('strength: Strong; certainty: High')
})

it('a first author no page showed reads as missing, never as "null"', () => {
  const study = { firstAuthor: null, year: 2011, journal: null }
  expect(studyShort(study)).toBe('Study 2011 (author not shown)')
  expect(studyShort({ ...study, journal: 'Radiother Oncol' })).toBe(
    'Radiother Oncol 2011 (author not shown)',
  )
  expect(studyShort({ ...study, firstAuthor: 'Mak KS' })).toBe('Mak KS 2011')
  expect(authorsText({ ...study, firstAuthor: 'Mak KS' })).toBe('Mak KS et al.')
})
