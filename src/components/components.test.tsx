// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ColumnSpec } from '../domain/query/table-spec'
import { DEFAULT_VIEW } from '../domain/view/view-state'
import { DataTable } from './data-table'
import { ViewLink } from './view-link'

afterEach(() => {
  cleanup()
  window.history.replaceState(null, '', '/')
})

type Row = { id: string; name: string; year: number; level: number }
const columns: ColumnSpec<Row>[] = [
  { id: 'name', header: 'Name', kind: 'text', value: (r) => r.name, defaultVisible: true },
  { id: 'year', header: 'Year', kind: 'number', value: (r) => r.year, defaultVisible: true },
  {
    id: 'level',
    header: 'Level',
    kind: 'number',
    value: (r) => r.level,
    defaultVisible: true,
    firstSort: 'asc',
  },
]
const rows: Row[] = [
  { id: 'a', name: 'Alpha', year: 2001, level: 2 },
  { id: 'b', name: 'Beta', year: 1999, level: 4 },
]

function renderTable(sort: { id: string; desc: boolean }[], onSortChange = vi.fn()) {
  render(
    <DataTable<Row>
      caption="Things"
      columns={columns}
      rows={rows}
      rowId={(r) => r.id}
      sort={sort}
      onSortChange={onSortChange}
    />,
  )
  return onSortChange
}

describe('DataTable sort mapping', () => {
  const header = (name: RegExp) =>
    within(screen.getByRole('columnheader', { name })).getByRole('button')

  it('a text column sorts ascending first, a number column descending first', async () => {
    const onSort = renderTable([])
    await userEvent.click(header(/Name/))
    await userEvent.click(header(/Year/))
    expect(onSort.mock.calls).toEqual([
      [[{ id: 'name', desc: false }]],
      [[{ id: 'year', desc: true }]],
    ])
  })

  it('a column that asks for it (levels of evidence: 1 is best) sorts ascending first', async () => {
    const onSort = renderTable([])
    await userEvent.click(header(/Level/))
    expect(onSort).toHaveBeenLastCalledWith([{ id: 'level', desc: false }])
  })

  it('clicking the sorted column flips it; Shift adds a second key', async () => {
    const onSort = renderTable([{ id: 'year', desc: true }])
    await userEvent.click(header(/Year/))
    expect(onSort).toHaveBeenLastCalledWith([{ id: 'year', desc: false }])
    fireEvent.click(header(/Name/), { shiftKey: true })
    expect(onSort).toHaveBeenLastCalledWith([
      { id: 'year', desc: true },
      { id: 'name', desc: false },
    ])
  })

  it('announces the sort on the header', () => {
    renderTable([{ id: 'year', desc: true }])
    expect(screen.getByRole('columnheader', { name: /Year/ }).getAttribute('aria-sort')).toBe(
      'descending',
    )
  })
})

describe('ViewLink', () => {
  const to = { ...DEFAULT_VIEW, tab: 'studies' as const }

  it('is a real link to the view', () => {
    render(<ViewLink to={to}>Studies</ViewLink>)
    expect(screen.getByRole('link', { name: 'Studies' }).getAttribute('href')).toBe(
      '/?v=2&tab=studies',
    )
  })

  it('a plain click navigates in place', async () => {
    render(<ViewLink to={to}>Studies</ViewLink>)
    await userEvent.click(screen.getByRole('link'))
    expect(window.location.search).toBe('?v=2&tab=studies')
  })

  it.each(['ctrlKey', 'metaKey', 'shiftKey'] as const)(
    'a %s-click is left to the browser (new tab or window)',
    (modifier) => {
      const pushState = vi.spyOn(window.history, 'pushState')
      render(<ViewLink to={to}>Studies</ViewLink>)
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, [modifier]: true })
      screen.getByRole('link').dispatchEvent(event)
      expect(event.defaultPrevented).toBe(false)
      expect(pushState).not.toHaveBeenCalled()
      pushState.mockRestore()
    },
  )
})
