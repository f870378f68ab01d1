import type { Page } from '@playwright/test'
import './in-page'

/**
 * Interaction timings once the data is in: keystroke, facet click, sort, CSV export of all rows,
 * opening the chart; and their floors (the same filtering and CSV as minimal plain loops, in the
 * same page). Each timing runs from the action to the frame painted after it.
 */
const KEYSTROKES = 24

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}
const median = (values: number[]) => quantile(values, 0.5)
const round = (n: number) => Math.round(n * 10) / 10

export async function measureInteractions(page: Page, assetUrl: string) {
  // Keystrokes → rows painted (each keystroke changes the result).
  const keystrokes: number[] = []
  const query = 'synthetic technique 1 spinal'
  for (let i = 1; i <= KEYSTROKES; i++) {
    const text = query.slice(0, (i % query.length) + 1)
    keystrokes.push(
      await page.evaluate(
        (value) =>
          window.__changeThenPaint('.results', () => {
            const input = document.querySelector('input[type="search"]') as HTMLInputElement
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
            setter?.call(input, value)
            input.dispatchEvent(new Event('input', { bubbles: true }))
          }),
        text,
      ),
    )
  }
  // clear the search
  await page.evaluate(() => {
    const input = document.querySelector('input[type="search"]') as HTMLInputElement
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '')
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.locator('tbody tr').first().waitFor()

  // Facet click → painted.
  const facet = await page.evaluate(() =>
    window.__changeThenPaint('.results', () =>
      (document.querySelector('fieldset.facet input[type="checkbox"]') as HTMLInputElement).click(),
    ),
  )
  // Sort by the year column → painted.
  const sort = await page.evaluate(() =>
    window.__changeThenPaint('.results tbody', () =>
      (document.querySelectorAll('thead .sort-button')[4] as HTMLButtonElement).click(),
    ),
  )
  // undo the facet, so the export covers every row
  await page.getByRole('button', { name: 'Clear all' }).click()
  await page.locator('tbody tr').first().waitFor()

  // CSV export of all rows: click → Blob created.
  const exportMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const original = URL.createObjectURL
        const start = performance.now()
        URL.createObjectURL = (blob: Blob) => {
          URL.createObjectURL = original
          resolve(performance.now() - start)
          return original(blob)
        }
        ;(document.querySelector('.export-controls .button-primary') as HTMLButtonElement).click()
      }),
  )

  // Floor: the same filtering and CSV serialisation as minimal plain loops, in this page.
  const floor = await page.evaluate(async (url) => {
    const data = (await (await fetch(url)).json()) as {
      techniques: {
        name: string
        aliases: string[]
        summary: string
        subgroup: string
        areaId: string
        invasiveness: string
        firstReported: { year: number }
      }[]
    }
    const rows = data.techniques
    const haystacks = rows.map((t) =>
      `${t.name} ${t.aliases.join(' ')} ${t.summary} ${t.subgroup}`.toLowerCase(),
    )
    const afterPaint = window.__afterPaint
    const filterTimes: number[] = []
    for (let i = 1; i <= 24; i++) {
      const term = 'synthetic technique 1 spinal'.slice(0, (i % 28) + 1)
      const start = performance.now()
      const matches: number[] = []
      for (let k = 0; k < haystacks.length; k++)
        if ((haystacks[k] as string).includes(term)) matches.push(k)
      await afterPaint()
      filterTimes.push(performance.now() - start)
    }
    const start = performance.now()
    let csv = 'name,area,subgroup,invasiveness,year\r\n'
    for (const t of rows)
      csv += `${t.name},${t.areaId},${t.subgroup},${t.invasiveness},${t.firstReported.year}\r\n`
    const csvMs = performance.now() - start
    filterTimes.sort((a, b) => a - b)
    return { filterMedian: filterTimes[12] ?? 0, csvMs, csvLength: csv.length }
  }, assetUrl)

  // Open the charts (loads the chart chunk and paints the headline chart, the default).
  const chartStart = Date.now()
  await page.getByRole('link', { name: 'Charts' }).click()
  await page.locator('.chart-plot svg').first().waitFor({ timeout: 120_000 })
  await page.evaluate(() => window.__afterPaint())
  const chartMs = Date.now() - chartStart

  return {
    keystrokeMedianMs: round(median(keystrokes)),
    keystrokeP95Ms: round(quantile(keystrokes, 0.95)),
    facetMs: round(facet),
    sortMs: round(sort),
    csvExportMs: round(exportMs),
    chartOpenMs: chartMs,
    floor: { keystrokeMs: round(floor.filterMedian), csvMs: round(floor.csvMs) },
    ratios: {
      keystroke: round(median(keystrokes) / Math.max(floor.filterMedian, 0.1)),
      csvExport: round(exportMs / Math.max(floor.csvMs, 0.1)),
    },
  }
}
