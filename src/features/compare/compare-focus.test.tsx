// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeDataset, makeTechnique } from '../../domain/testing/make-dataset'
import { DEFAULT_VIEW, type ViewState } from '../../domain/view/view-state'
import { CompareView } from './compare-view'

afterEach(cleanup)

const dataset = makeDataset({
  techniques: ['a', 'b', 'c'].map((x) =>
    makeTechnique({ id: `tech-${x}`, name: `Technique ${x.toUpperCase()}` }),
  ),
})

/** A stand-in for the URL: the comparison re-renders from the view it navigated to. */
function Host({ ids }: { ids: string[] }) {
  const [view, setView] = useState<ViewState>({
    ...DEFAULT_VIEW,
    tab: 'compare',
    compare: { ids, onlyDifferences: false },
  })
  return <CompareView dataset={dataset} view={view} onNavigate={setView} onExport={() => {}} />
}

// The table's controls (the phone's stack has its own, hidden by CSS, which tests do not load).
const button = (name: string) => within(screen.getByRole('table')).getByRole('button', { name })
const columnNames = () =>
  within(screen.getAllByRole('rowgroup')[0] as HTMLElement)
    .getAllByRole('columnheader')
    .map((th) => th.querySelector('a')?.textContent ?? '')

describe('CompareView keeps keyboard focus', () => {
  it('on the next column’s name after a removal (the last column: the one before it)', async () => {
    render(<Host ids={['tech-a', 'tech-b', 'tech-c']} />)
    button('Remove Technique A from the comparison').focus()
    await userEvent.keyboard('{Enter}')
    expect(columnNames()).toEqual(['', 'Technique B', 'Technique C'])
    expect(document.activeElement?.textContent).toBe('Technique B')
    expect(document.activeElement?.closest('th')).not.toBeNull()
    cleanup()
    render(<Host ids={['tech-a', 'tech-b', 'tech-c']} />)
    button('Remove Technique C from the comparison').focus()
    await userEvent.keyboard('{Enter}')
    expect(document.activeElement?.textContent).toBe('Technique B')
  })

  it('on the heading when the removal leaves too few to compare', async () => {
    render(<Host ids={['tech-a', 'tech-b']} />)
    button('Remove Technique B from the comparison').focus()
    await userEvent.keyboard('{Enter}')
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Comparison of 1 technique' }),
    )
  })

  it('on the moved column’s arrow, or its other arrow once it reaches the end', async () => {
    render(<Host ids={['tech-a', 'tech-b', 'tech-c']} />)
    button('Move Technique C left').focus()
    await userEvent.keyboard('{Enter}')
    expect(columnNames()).toEqual(['', 'Technique A', 'Technique C', 'Technique B'])
    expect(document.activeElement).toBe(button('Move Technique C left'))
    await userEvent.keyboard('{Enter}')
    expect(columnNames()).toEqual(['', 'Technique C', 'Technique A', 'Technique B'])
    expect(document.activeElement).toBe(button('Move Technique C right'))
  })
})
