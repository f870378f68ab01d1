// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { compareTechniques } from '../../domain/compare/compare'
import { makeDataset, makeTechnique } from '../../domain/testing/make-dataset'
import { DEFAULT_VIEW } from '../../domain/view/view-state'
import { CompareStack } from './compare-stack'

afterEach(cleanup)

const dataset = makeDataset({
  techniques: [
    makeTechnique({ id: 'tech-a', name: 'Technique A', areaId: 'radiation' }),
    makeTechnique({ id: 'tech-b', name: 'Technique B', areaId: 'surgery' }),
  ],
})
const view = {
  ...DEFAULT_VIEW,
  tab: 'compare' as const,
  compare: { ids: ['tech-a', 'tech-b'], onlyDifferences: false },
}

function renderStack(columns = { move: vi.fn(), remove: vi.fn() }) {
  const comparison = compareTechniques(dataset, view.compare.ids)
  render(
    <CompareStack
      techniques={comparison.techniques}
      rows={comparison.rows}
      view={view}
      columns={columns}
    />,
  )
  return columns
}

describe('CompareStack (the comparison on a phone)', () => {
  it('puts each attribute in a heading, marks a difference in text and labels every value with its technique', () => {
    renderStack()
    const heading = screen.getByRole('heading', { level: 4, name: /^Therapy area/ })
    expect(heading.textContent).toContain('differs')
    const row = heading.parentElement as HTMLElement
    const terms = within(row)
      .getAllByRole('term')
      .map((t) => t.textContent)
    const values = within(row)
      .getAllByRole('definition')
      .map((d) => d.textContent)
    expect(terms).toEqual(['Technique A', 'Technique B'])
    expect(values).toEqual(['Radiation therapy', 'Surgical management'])
  })

  it('says when an attribute is the same for all', () => {
    renderStack()
    const same = screen.getByRole('heading', { level: 4, name: /^Invasiveness/ })
    expect(same.textContent).toContain('same for all')
  })

  it('reorders and removes techniques from the list at the top', async () => {
    const columns = renderStack()
    await userEvent.click(screen.getByRole('button', { name: 'Move Technique A down' }))
    expect(columns.move).toHaveBeenLastCalledWith('tech-a', 1)
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove Technique B from the comparison' }),
    )
    expect(columns.remove).toHaveBeenLastCalledWith('tech-b')
    expect(screen.getByRole('button', { name: 'Move Technique A up' })).toHaveProperty(
      'disabled',
      true,
    )
  })
})
