// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FacetCount, FacetResult, RangeResult } from '../../domain/query/run-query'
import type { Range } from '../../domain/view/view-state'
import { Facet } from './facet'
import { RangeFilter } from './range-filter'
import { SearchBox } from './search-box'

afterEach(cleanup)

/** A stand-in for the URL: the box shows what the parent holds. */
function SearchHost({ onChange }: { onChange: (text: string) => void }) {
  const [q, setQ] = useState('')
  return (
    <SearchBox
      value={q}
      noun="techniques"
      onChange={(text) => {
        onChange(text)
        setQ(text)
      }}
    />
  )
}

/** A stand-in for the URL: the applied range comes back as the prop. */
function RangeHost({ onChange }: { onChange: (range: Range | null) => void }) {
  const [range, setRange] = useState<Range | null>(null)
  return (
    <RangeFilter
      range={yearRange(range)}
      onChange={(next) => {
        onChange(next)
        setRange(next)
      }}
    />
  )
}

describe('SearchBox', () => {
  it('writes every keystroke and shows the value it is given', async () => {
    const onChange = vi.fn()
    render(<SearchHost onChange={onChange} />)
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search techniques' }), 'kyp')
    expect(onChange.mock.calls.map((c) => c[0])).toEqual(['k', 'ky', 'kyp'])
    expect(screen.getByRole('searchbox')).toHaveProperty('value', 'kyp')
  })

  it('follows a value changed from outside (Back, "clear all")', () => {
    const { rerender } = render(<SearchBox value="kypho" noun="studies" onChange={() => {}} />)
    rerender(<SearchBox value="" noun="studies" onChange={() => {}} />)
    expect(screen.getByRole('searchbox')).toHaveProperty('value', '')
  })
})

const yearRange = (selected: Range | null): RangeResult => ({
  id: 'year',
  label: 'Year',
  kind: 'year',
  min: 1950,
  max: 2025,
  selected,
})

describe('RangeFilter', () => {
  it('applies when leaving a field and on Enter; an unchanged range is not applied again', async () => {
    const onChange = vi.fn()
    render(<RangeHost onChange={onChange} />)
    await userEvent.type(screen.getByLabelText('From'), '2010')
    await userEvent.type(screen.getByLabelText('To'), '2020{Enter}')
    fireEvent.blur(screen.getByLabelText('To'))
    expect(onChange.mock.calls).toEqual([[{ min: 2010, max: null }], [{ min: 2010, max: 2020 }]])
  })

  it('applies on blur, and clearing both ends removes the filter', async () => {
    const onChange = vi.fn()
    render(<RangeFilter range={yearRange({ min: 2010, max: null })} onChange={onChange} />)
    const from = screen.getByLabelText('From')
    await userEvent.clear(from)
    fireEvent.blur(from)
    expect(onChange).toHaveBeenCalledWith(null)
  })

  it('a range changed from outside replaces the draft, without losing focus', async () => {
    const { rerender } = render(
      <RangeFilter range={yearRange({ min: 2010, max: null })} onChange={() => {}} />,
    )
    const to = screen.getByLabelText('To')
    to.focus()
    rerender(<RangeFilter range={yearRange(null)} onChange={() => {}} />)
    expect(screen.getByLabelText('From')).toHaveProperty('value', '')
    expect(document.activeElement).toBe(screen.getByLabelText('To'))
  })
})

function facetOf(n: number, selected: string[] = [], listed = n): FacetResult {
  const all: FacetCount[] = Array.from({ length: n }, (_, i) => ({
    value: `v${i}`,
    label: `Value ${i}`,
    count: n - i,
    selected: selected.includes(`v${i}`),
  }))
  return {
    id: 'f',
    label: 'Technique',
    optionCount: n,
    hiddenCount: n - listed,
    options: all.slice(0, listed),
    findOptions: (text, limit) => all.filter((o) => o.label.includes(text)).slice(0, limit),
  }
}

describe('Facet', () => {
  it('ticks and unticks a value back to empty', async () => {
    const onToggle = vi.fn()
    render(<Facet facet={facetOf(3, ['v1'])} onToggle={onToggle} />)
    await userEvent.click(screen.getByRole('checkbox', { name: /Value 1/ }))
    await userEvent.click(screen.getByRole('checkbox', { name: /Value 2/ }))
    expect(onToggle.mock.calls).toEqual([
      ['f', 'v1', false],
      ['f', 'v2', true],
    ])
  })

  it('a long facet shows six values, then all of them, then six again', async () => {
    render(<Facet facet={facetOf(10)} onToggle={() => {}} />)
    expect(screen.getAllByRole('checkbox')).toHaveLength(6)
    await userEvent.click(screen.getByRole('button', { name: 'Show all 10' }))
    expect(screen.getAllByRole('checkbox')).toHaveLength(10)
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer' }))
    expect(screen.getAllByRole('checkbox')).toHaveLength(6)
  })

  it('a facet with many values has a filter box that reaches values not listed', async () => {
    render(<Facet facet={facetOf(300, [], 200)} onToggle={() => {}} />)
    await userEvent.click(screen.getByRole('button', { name: 'Show the 200 most frequent of 300' }))
    expect(screen.getByText(/100 less frequent values are not listed/)).toBeTruthy()
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Filter the technique values' }),
      'Value 299',
    )
    expect(screen.getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual([
      expect.stringContaining('Value 299'),
    ])
    // 200 checkboxes in happy-dom and nine typed keys: slow on a busy machine, not a hang.
  }, 20_000)

  it('a short facet has no filter box', () => {
    render(<Facet facet={facetOf(5)} onToggle={() => {}} />)
    expect(screen.queryByRole('searchbox')).toBeNull()
  })
})
