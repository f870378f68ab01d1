// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import {
  makeDataset,
  makeSeries,
  makeStudy,
  makeTechnique,
} from '../../domain/testing/make-dataset'
import { DEFAULT_VIEW } from '../../domain/view/view-state'
import { ShiftPanel } from './shift-panel'

afterEach(cleanup)

const pts = (a: number, b: number) => [
  { year: 2009, value: a },
  { year: 2018, value: b },
]

const dataset = makeDataset({
  techniques: [makeTechnique({ id: 'kypho', areaId: 'mit', outcomes: [] })],
  studies: [makeStudy({ id: 'va2020', techniqueIds: ['kypho'] })],
  series: [
    makeSeries({
      id: 'share',
      title: 'Augmentation share',
      areaId: 'mit',
      tags: ['cement-augmentation'],
      studyId: 'va2020',
      points: pts(2, 18),
    }),
    makeSeries({
      id: 'rate',
      title: 'Augmentation rate',
      areaId: 'mit',
      tags: ['cement-augmentation'],
      unit: 'per 100,000',
      studyId: 'va2020',
      points: pts(168, 99),
    }),
  ],
})

function renderPanel(asTable = false, data = dataset) {
  const view = { ...DEFAULT_VIEW, tab: 'charts' as const }
  return render(
    <ShiftPanel
      view={view}
      dataset={data}
      charts={{ ...view.charts, asTable }}
      techniques={data.techniques}
      setCharts={() => {}}
      toggleTable={() => {}}
    />,
  )
}

it('states the verdict with the counter-evidence linked to its rows', () => {
  renderPanel()
  const verdicts = screen.getByRole('region', { name: /Is practice shifting/ })
  const item = within(verdicts).getByRole('listitem')
  expect(item.textContent).toBe(
    'Minimally invasive therapy: 1 of 2 series moved toward more minimally invasive treatment; 1 ran against it: augmentation rate or volume fell in 1 (Nowhere, 2009–2018).',
  )
  expect(within(item).getByRole('link', { name: 'augmentation rate or volume' })).toHaveProperty(
    'hash',
    '#shift-mit-augmentation-rate',
  )
})

it('links every row to its source study and says the direction in words', () => {
  renderPanel()
  const link = screen.getByRole('link', { name: /^Augmentation rate: −41.1 %, against/ })
  expect(link.getAttribute('href')).toContain('rec=study')
  expect(document.querySelector('.shift-against .shift-words')?.textContent).toContain('fell')
})

it('offers the numbers as a table', () => {
  renderPanel(true)
  const table = screen.getByRole('table', { name: /the plotted numbers/ })
  expect(within(table).getAllByRole('row')).toHaveLength(3)
})

it('on a phone states the verdict as counts per area, the sentences one tap away', () => {
  const matchMedia = window.matchMedia
  window.matchMedia = ((query: string) => ({
    ...matchMedia(query),
    matches: query === '(max-width: 767px)',
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as typeof window.matchMedia
  try {
    renderPanel()
    const verdicts = screen.getByRole('region', { name: /Is practice shifting/ })
    const counts = within(verdicts).getByRole('table', { name: /by direction/ })
    expect(
      within(counts).getByRole('row', { name: /Minimally invasive therapy/ }).textContent,
    ).toBe('Minimally invasive therapy1 of 210')
    const words = verdicts.querySelector('details')
    expect(words?.open).toBe(false)
    expect(within(verdicts).getByText('The verdict in words').tagName).toBe('SUMMARY')
    expect(words?.querySelector('li')?.textContent).toContain('1 ran against it')
  } finally {
    window.matchMedia = matchMedia
  }
})

it('draws shares and counts on separate labelled axes and says on the chart why context is not counted', () => {
  const surgery = makeDataset({
    techniques: [makeTechnique({ id: 'open', areaId: 'surgery', outcomes: [] })],
    studies: [makeStudy({ id: 'dpc', techniqueIds: ['open'] })],
    series: [
      makeSeries({
        id: 'fusion',
        title: 'Share of fusion among operations',
        areaId: 'surgery',
        tags: ['surgery-volume'],
        studyId: 'dpc',
        points: pts(84, 87),
      }),
      makeSeries({
        id: 'count',
        title: 'Operations per year',
        areaId: 'surgery',
        tags: ['surgery-volume'],
        unit: 'operations per year',
        studyId: 'dpc',
        points: pts(877, 1479),
      }),
    ],
  })
  renderPanel(false, surgery)
  const units = [...document.querySelectorAll('.shift-unit')].map((t) => t.textContent)
  expect(units).toEqual(['change in % of the first value', 'change in percentage points (pp)'])
  expect(document.querySelector('#shift-surgery-surgery-mix-share')?.textContent).toBe(
    'Mix of operations (share)',
  )
  expect(document.querySelector('.shift-why')?.textContent).toMatch(
    /^Context only, not counted: a rising share of fusion among operations is a change in the mix/,
  )
  expect(
    screen.getByRole('link', { name: /^Share of fusion among operations: \+3 pp, context only/ }),
  ).toBeTruthy()
})
