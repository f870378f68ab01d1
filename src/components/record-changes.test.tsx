// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { RecordChange } from '../domain/diff/diff-datasets'
import { ChangeList } from './record-changes'

afterEach(cleanup)

const criterion = {
  id: 'vp-collapse',
  label: 'Vertebral collapse without cord compression',
  sins: { min: null, max: 12 },
  escc: ['0', '1a'],
  radiosensitivity: null,
}

const change: RecordChange = {
  kind: 'technique',
  id: 'vertebroplasty',
  label: 'Vertebroplasty',
  change: 'changed',
  areas: ['mit'],
  fields: [
    { field: 'indicationCriteria', before: [], after: [criterion] },
    { field: 'summary', before: 'Old words', after: 'New words' },
  ],
}

describe('ChangeList', () => {
  it('shows a changed list of records field by field, never as raw JSON', () => {
    render(<ChangeList changes={[change]} />)
    const row = screen.getByRole('row', { name: /indicationCriteria/ })
    expect(row.textContent).not.toContain('{')
    const terms = within(row)
      .getAllByRole('term')
      .map((term) => term.textContent)
    // Empty fields (radiosensitivity: null) are left out.
    expect(terms).toEqual(['id', 'label', 'sins', 'escc'])
    const definitions = within(row)
      .getAllByRole('definition')
      .map((definition) => definition.textContent)
    expect(definitions).toEqual([
      'vp-collapse',
      'Vertebral collapse without cord compression',
      'max 12',
      '0, 1a',
    ])
  })

  it('keeps plain values as text, with a dash for what was empty', () => {
    render(<ChangeList changes={[change]} />)
    const row = screen.getByRole('row', { name: /summary/ })
    const cells = within(row).getAllByRole('cell')
    expect(cells.map((cell) => cell.textContent)).toEqual(['Old words', 'New words'])
    const criteriaCells = within(
      screen.getByRole('row', { name: /indicationCriteria/ }),
    ).getAllByRole('cell')
    expect(criteriaCells[0]?.textContent).toBe('—')
  })
})
