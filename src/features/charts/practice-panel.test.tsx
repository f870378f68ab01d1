// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it } from 'vitest'
import {
  makeDataset,
  makeSeries,
  makeStudy,
  makeTechnique,
} from '../../domain/testing/make-dataset'
import { DEFAULT_VIEW } from '../../domain/view/view-state'
import { PracticePanel } from './practice-panel'

// A desktop: no width query matches (happy-dom's default window is 1024 px, a tablet here).
const matchMedia = window.matchMedia
beforeEach(() => {
  window.matchMedia = ((query: string) => ({
    ...matchMedia(query),
    matches: false,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as typeof window.matchMedia
})
afterEach(() => {
  cleanup()
  window.matchMedia = matchMedia
})

const pts = (a: number, b: number) => [
  { year: 2005, value: a },
  { year: 2011, value: b },
]

const dataset = makeDataset({
  techniques: [makeTechnique({ id: 'rt', areaId: 'radiation', outcomes: [] })],
  studies: [makeStudy({ id: 'ncdb', techniqueIds: ['rt'] })],
  series: [
    makeSeries({ id: 'small', title: 'Small share', studyId: 'ncdb', points: pts(3.4, 7.5) }),
    makeSeries({ id: 'large', title: 'Large share', studyId: 'ncdb', points: pts(20, 80) }),
  ],
})

function renderPanel(series: string[] | null = null) {
  const view = { ...DEFAULT_VIEW, tab: 'charts' as const }
  return render(
    <PracticePanel
      view={view}
      dataset={dataset}
      charts={{ ...view.charts, chart: 'practice', series }}
      techniques={dataset.techniques}
      setCharts={() => {}}
      toggleTable={() => {}}
    />,
  )
}

it('folds the series list so the chart comes first, and opens it on request', async () => {
  renderPanel()
  const details = document.querySelector('details.series-details')
  expect(details?.hasAttribute('open')).toBe(false)
  await userEvent.click(screen.getByText('Choose series (2 of 2 shown)'))
  expect(details?.hasAttribute('open')).toBe(true)
  expect(screen.getByRole('checkbox', { name: /Small share/ })).toHaveProperty('checked', true)
})

it('opens the list when nothing is ticked: it is all there is to use', () => {
  renderPanel([])
  expect(document.querySelector('details.series-details')?.hasAttribute('open')).toBe(true)
})

it('states each panel’s own vertical scale', () => {
  renderPanel()
  const scales = [...document.querySelectorAll('svg.multiple .multiple-scale')].map(
    (t) => t.textContent,
  )
  expect(scales).toEqual(['Own scale: 0 to 10 %', 'Own scale: 0 to 100 %'])
})
