// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, expect, it } from 'vitest'
import { makeSeries } from '../../domain/testing/make-dataset'
import { SeriesPicker } from './series-picker'

afterEach(cleanup)

const available = [
  makeSeries({ id: 'a', title: 'Series A' }),
  makeSeries({ id: 'b', title: 'Series B' }),
]

function Host({ initial, seen }: { initial: string[]; seen: string[][] }) {
  const [ticked, setTicked] = useState(initial)
  return (
    <SeriesPicker
      available={available}
      ticked={ticked}
      onChange={(ids) => {
        seen.push(ids)
        setTicked(ids)
      }}
    />
  )
}

it('every series can be unticked, down to none, and ticked again (bug 3)', async () => {
  const seen: string[][] = []
  render(<Host initial={['a', 'b']} seen={seen} />)
  await userEvent.click(screen.getByRole('checkbox', { name: /Series A/ }))
  await userEvent.click(screen.getByRole('checkbox', { name: /Series B/ }))
  expect(screen.getByRole('checkbox', { name: /Series B/ })).toHaveProperty('checked', false)
  await userEvent.click(screen.getByRole('checkbox', { name: /Series A/ }))
  expect(seen).toEqual([['b'], [], ['a']])
  expect(screen.getByRole('group').textContent).toContain('1 of 2 ticked')
})
