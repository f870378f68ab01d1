// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ColumnSpec } from '../domain/query/table-spec'
import { DataCards } from './data-cards'

afterEach(cleanup)

type Row = { id: string; name: string; dose: number | null }
const columns: ColumnSpec<Row>[] = [
  { id: 'name', header: 'Name', kind: 'text', value: (r) => r.name, defaultVisible: true },
  {
    id: 'dose',
    header: 'Dose',
    unit: 'Gy',
    kind: 'number',
    value: (r) => r.dose,
    defaultVisible: true,
  },
]

describe('DataCards', () => {
  it('shows one card per row: the first column as its heading, the others as label–value pairs', () => {
    render(
      <DataCards<Row>
        caption="Things"
        columns={columns}
        rows={[
          { id: 'a', name: 'Alpha', dose: 8 },
          { id: 'b', name: 'Beta', dose: null },
        ]}
        rowId={(r) => r.id}
        leadingCell={{
          label: 'Pick',
          cell: (r) => <input type="checkbox" aria-label={`Pick ${r.name}`} />,
        }}
      />,
    )
    const cards = within(screen.getByRole('list', { name: 'Things' })).getAllByRole('listitem')
    expect(cards).toHaveLength(2)
    const [alpha, beta] = cards as [HTMLElement, HTMLElement]
    expect(within(alpha).getByRole('heading', { name: 'Alpha' })).toBeTruthy()
    expect(within(alpha).getByRole('term').textContent).toBe('Dose (Gy)')
    expect(within(alpha).getByRole('definition').textContent).toBe('8')
    // a missing value is shown as a dash, not an empty gap
    expect(within(beta).getByRole('definition').textContent).toBe('—')
    expect(within(beta).getByRole('checkbox', { name: 'Pick Beta' })).toBeTruthy()
  })
})
