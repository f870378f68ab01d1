// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ColumnChooser } from './column-chooser'

afterEach(cleanup)

const columns = [
  { id: 'name', header: 'Technique', required: true },
  { id: 'year', header: 'First reported' },
  { id: 'level', header: 'Best evidence level' },
]

function renderChooser(onChange = vi.fn()) {
  render(
    <div>
      <p>4 of 35 techniques</p>
      <ColumnChooser columns={columns} visible={['name', 'year']} onChange={onChange} />
      <button type="button">Elsewhere</button>
    </div>,
  )
  return onChange
}

const button = () => screen.getByRole('button', { name: 'Columns' })
const panel = () => screen.queryByRole('group', { name: 'Show columns' })

describe('ColumnChooser', () => {
  it('opens on Enter, says so, and its boxes change the columns', async () => {
    const onChange = renderChooser()
    button().focus()
    await userEvent.keyboard('{Enter}')
    expect(button().getAttribute('aria-expanded')).toBe('true')
    expect(panel()).not.toBeNull()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Best evidence level' }))
    expect(onChange).toHaveBeenLastCalledWith(['name', 'year', 'level'])
  })

  it('Escape closes it and returns focus to the button', async () => {
    renderChooser()
    await userEvent.click(button())
    await userEvent.tab()
    // The required column's box is disabled: Tab lands on the first one that can change.
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'First reported' }))
    await userEvent.keyboard('{Escape}')
    expect(panel()).toBeNull()
    expect(button().getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button())
  })

  it('a click on the page outside closes it and brings focus back to the button', async () => {
    renderChooser()
    await userEvent.click(button())
    await userEvent.click(screen.getByRole('checkbox', { name: 'First reported' }))
    expect(panel()).not.toBeNull()
    await userEvent.click(screen.getByText('4 of 35 techniques'))
    expect(panel()).toBeNull()
    expect(document.activeElement).toBe(button())
  })

  it('a click on another control closes it and leaves focus on that control', async () => {
    renderChooser()
    await userEvent.click(button())
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }))
    expect(panel()).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }))
  })
})
