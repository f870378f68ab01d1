import { execSync, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { chromium, type Page } from '@playwright/test'
import { findChromium } from '../e2e/browser'
import { generateDataset } from '../scripts/generate-dataset'
import type { Dataset } from '../src/domain/dataset/schema'

/**
 * `npm run bench`: builds the app, serves it locally and measures, in headless Chromium, for
 * synthetic datasets of 1,000, 10,000 and 100,000 techniques (and a tenth as many studies): first rows
 * painted, search keystroke → rows painted, facet click, sort, CSV export, opening the chart,
 * JS heap. In the same page it measures a floor — the same filtering and CSV serialisation as a
 * minimal plain loop — and reports each figure as a ratio to it. Timings are never asserted.
 */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .filter(Boolean)
  .map(Number)
const KEYSTROKES = 24
const PORT = 4180

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}
const median = (values: number[]) => quantile(values, 0.5)
const round = (n: number) => Math.round(n * 10) / 10

/**
 * In-page timing: an input, click or key is a discrete event, so React renders and commits the
 * new rows synchronously while the event is dispatched; the figure is the time from the action
 * until the frame after it has been painted.
 */
const PAINT_HELPERS = `
  window.__afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__changeThenPaint = async (_selector, act) => {
    const start = performance.now();
    act();
    await window.__afterPaint();
    return performance.now() - start;
  };
`

async function measureSize(page: Page, baseUrl: string, size: number, datasetText: string) {
  // The synthetic data replaces the built-in dataset file in this bench-only build: request
  // interception cannot carry a 100 MB body (Chromium closes the DevTools pipe).
  writeFileSync(builtInAssetPath(), datasetText)
  await page.addInitScript(PAINT_HELPERS)

  // 1. Navigation → first table rows painted.
  const t0 = Date.now()
  await page.goto(`${baseUrl}/`)
  await page.locator('tbody tr').first().waitFor({ timeout: 180_000 })
  await page.evaluate(() =>
    (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint(),
  )
  const firstRows = Date.now() - t0

  // 2. Keystrokes → rows painted (each keystroke changes the result).
  const keystrokes: number[] = []
  const query = 'synthetic technique 1 spinal'
  for (let i = 1; i <= KEYSTROKES; i++) {
    const text = query.slice(0, (i % query.length) + 1)
    keystrokes.push(
      await page.evaluate(
        (value) =>
          (
            window as unknown as {
              __changeThenPaint: (s: string, a: () => void) => Promise<number>
            }
          ).__changeThenPaint('.results', () => {
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

  // 3. Facet click → painted.
  const facet = await page.evaluate(() =>
    (
      window as unknown as { __changeThenPaint: (s: string, a: () => void) => Promise<number> }
    ).__changeThenPaint('.results', () =>
      (document.querySelector('fieldset.facet input[type="checkbox"]') as HTMLInputElement).click(),
    ),
  )
  // 4. Sort by the year column → painted.
  const sort = await page.evaluate(() =>
    (
      window as unknown as { __changeThenPaint: (s: string, a: () => void) => Promise<number> }
    ).__changeThenPaint('.results tbody', () =>
      (document.querySelectorAll('thead .sort-button')[4] as HTMLButtonElement).click(),
    ),
  )
  // undo the facet, so the export covers every row
  await page.getByRole('button', { name: 'Clear all' }).click()
  await page.locator('tbody tr').first().waitFor()

  // 5. CSV export of all rows: click → Blob created.
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

  // 6. Heap after load (precise with --enable-precise-memory-info).
  const heapMb = await page.evaluate(
    () =>
      ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
        0) / 1048576,
  )

  // 7. Floor: the same filtering and CSV serialisation as minimal plain loops, in this page.
  const assetUrl = `/${builtInAssetPath().replace(/^dist\//, '')}`
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
    const afterPaint = (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint
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

  // 8. Open the charts (loads the chart chunk and paints the headline chart, the default).
  const chartStart = Date.now()
  await page.getByRole('link', { name: 'Charts' }).click()
  await page.locator('.chart-plot svg').first().waitFor({ timeout: 120_000 })
  await page.evaluate(() =>
    (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint(),
  )
  const chartMs = Date.now() - chartStart

  return {
    size,
    firstRowsMs: firstRows,
    keystrokeMedianMs: round(median(keystrokes)),
    keystrokeP95Ms: round(quantile(keystrokes, 0.95)),
    facetMs: round(facet),
    sortMs: round(sort),
    csvExportMs: round(exportMs),
    chartOpenMs: chartMs,
    heapMb: round(heapMb),
    floor: { keystrokeMs: round(floor.filterMedian), csvMs: round(floor.csvMs) },
    ratios: {
      keystroke: round(median(keystrokes) / Math.max(floor.filterMedian, 0.1)),
      csvExport: round(exportMs / Math.max(floor.csvMs, 0.1)),
    },
  }
}

function builtInAssetPath(): string {
  const name = readdirSync('dist/assets').find((file) => /^evidence-[\w-]+\.json$/.test(file))
  if (!name) throw new Error('dist/assets has no evidence-*.json: did the build run?')
  return `dist/assets/${name}`
}

async function main() {
  execSync('npx vite build', { stdio: 'inherit' })
  // A separate server process: serving a 100 MB file from this process stalls the benchmark.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
    },
  )
  const baseUrl = `http://127.0.0.1:${PORT}`
  for (let i = 0; i < 100; i++) {
    const up = await fetch(baseUrl).then(
      (r) => r.ok,
      () => false,
    )
    if (up) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--enable-precise-memory-info',
    ],
  })
  const base: Dataset = JSON.parse(readFileSync('data/evidence.json', 'utf8'))
  const original = readFileSync(builtInAssetPath())
  const results = []
  try {
    // The built-in dataset: first rows painted after navigation.
    // Median of five fresh pages: the first page of a new browser also pays for its start-up.
    const builtInRuns: number[] = []
    for (let run = 0; run < 5; run++) {
      const builtInPage = await browser.newPage()
      const t0 = Date.now()
      await builtInPage.goto(`${baseUrl}/`)
      await builtInPage.locator('tbody tr').first().waitFor()
      builtInRuns.push(Date.now() - t0)
      await builtInPage.close()
    }
    const builtInFirstRowsMs = median(builtInRuns)
    console.log(`built-in dataset: first rows painted ${builtInFirstRowsMs} ms after navigation`)

    for (const size of SIZES) {
      // N techniques (the table measured) and N/10 studies keep the 100,000 file near 110 MB.
      const text = JSON.stringify(generateDataset(base, size, Math.max(100, size / 10), 42))
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      page.on('crash', () => console.error(`the page crashed at ${size} rows`))
      page.on('close', () => console.error(`the page closed at ${size} rows`))
      browser.on('disconnected', () => console.error('the browser disconnected'))
      const result = await measureSize(page, baseUrl, size, text)
      await page.close()
      results.push(result)
      console.log(JSON.stringify(result))
    }
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
    const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, Chromium ${browser.version()}`
    const report = { date: new Date().toISOString(), machine, builtInFirstRowsMs, results }
    mkdirSync('bench', { recursive: true })
    writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`)
    console.log(`\n${markdownTable(report)}`)
  } finally {
    writeFileSync(builtInAssetPath(), original)
    await browser.close()
    server.kill()
  }
}

type Report = {
  machine: string
  date: string
  builtInFirstRowsMs: number
  results: Awaited<ReturnType<typeof measureSize>>[]
}

export function markdownTable(report: Report): string {
  const lines = [
    `Machine: ${report.machine}; ${report.date.slice(0, 10)}. Built-in dataset: first rows ${report.builtInFirstRowsMs} ms after navigation.`,
    '',
    '| techniques + studies | first rows (ms) | keystroke median / p95 (ms) | floor (ms) | ratio | facet (ms) | sort (ms) | CSV export (ms) | CSV floor (ms) | ratio | open chart (ms) | heap (MB) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.results.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} + ${Math.max(100, r.size / 10).toLocaleString('en')} | ${r.firstRowsMs} | ${r.keystrokeMedianMs} / ${r.keystrokeP95Ms} | ${r.floor.keystrokeMs} | ${r.ratios.keystroke}× | ${r.facetMs} | ${r.sortMs} | ${r.csvExportMs} | ${r.floor.csvMs} | ${r.ratios.csvExport}× | ${r.chartOpenMs} | ${r.heapMb} |`,
    ),
  ]
  return lines.join('\n')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
