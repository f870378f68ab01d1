// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { CompareCell } from '../../domain/compare/compare'
import { makeOutcome, makeStudy } from '../../domain/testing/make-dataset'
import { DEFAULT_VIEW } from '../../domain/view/view-state'
import { Cell } from './compare-cells'

afterEach(cleanup)

function cellOf(count: number): CompareCell {
  return {
    kind: 'outcomes',
    outcomes: Array.from({ length: count }, (_, i) => {
      const study = makeStudy({ id: `s${i}`, firstAuthor: `Author${i} A`, year: 2000 + i })
      return { outcome: makeOutcome({ studyId: study.id, valueText: `${i}0%` }), study, text: '' }
    }),
  }
}

const extras = () =>
  screen
    .getAllByRole('listitem')
    .map((item) => item.classList.contains('cell-extra'))
    .filter(Boolean).length

describe('Cell (a comparison cell of results)', () => {
  it('shows the first three results and keeps the rest behind a button that toggles back', async () => {
    const user = userEvent.setup()
    render(<Cell cell={cellOf(5)} view={DEFAULT_VIEW} label="Pain response" />)
    expect(screen.getAllByRole('listitem')).toHaveLength(5)
    expect(extras()).toBe(2)
    const more = screen.getByRole('button', { name: 'Show 2 more results' })
    expect(more.getAttribute('aria-expanded')).toBe('false')
    await user.click(more)
    expect(extras()).toBe(0)
    const fewer = screen.getByRole('button', { name: 'Show fewer results' })
    expect(fewer.getAttribute('aria-expanded')).toBe('true')
    await user.click(fewer)
    expect(extras()).toBe(2)
  })

  it('needs no button for three results or fewer', () => {
    render(<Cell cell={cellOf(3)} view={DEFAULT_VIEW} label="Pain response" />)
    expect(extras()).toBe(0)
    expect(screen.queryByRole('button', { name: /more results/ })).toBeNull()
  })

  it('says "1 more result" in the singular', () => {
    render(<Cell cell={cellOf(4)} view={DEFAULT_VIEW} label="Pain response" />)
    expect(screen.getByRole('button', { name: 'Show 1 more result' })).toBeDefined()
  })

  it('collapses a long text row (guideline statements) only when asked to', () => {
    const statements: CompareCell = { kind: 'text', values: ['a', 'b', 'c', 'd', 'e'] }
    render(<Cell cell={statements} view={DEFAULT_VIEW} label="Indications" />)
    expect(extras()).toBe(0)
    cleanup()
    render(<Cell cell={statements} view={DEFAULT_VIEW} label="What guidelines say" long />)
    expect(extras()).toBe(2)
    expect(screen.getByRole('button', { name: 'Show 2 more statements' })).toBeDefined()
  })

  it('says "Not reported" for no result', () => {
    render(<Cell cell={cellOf(0)} view={DEFAULT_VIEW} label="Pain response" />)
    expect(screen.getByText('Not reported')).toBeDefined()
  })
})
