import { execSync, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { type Browser, chromium } from '@playwright/test'
import { findChromium } from '../e2e/browser'
import { generateDataset } from '../scripts/generate-dataset'
import type { Dataset } from '../src/domain/dataset/schema'
import { BLANK_PAGE, FLOOR_WORKER, INIT_SCRIPT } from './in-page'
import { measureInteractions } from './interact'
import { runLighthouse } from './lighthouse'
import { heapMb, measureDialogLoad, measureFetchedLoad, measureLoadFloor } from './load'
import { markdownTable, phaseLines, type Report } from './report'

/**
 * `npm run bench`: builds the app, serves it locally and measures, in headless Chromium, the
 * built-in dataset's first rows (against a blank page's first paint), Lighthouse mobile and
 * desktop, and for synthetic datasets of 1,000, 10,000 and 100,000 techniques (and a tenth as many
 * studies): loading by the open dialog and by fetch (against a fetch-and-parse floor, with the
 * phases and long tasks), the heap, and the interactions against their floors. Timings are
 * reported as ratios to floors measured in the same run and never asserted.
 */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .filter(Boolean)
  .map(Number)
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const ratio = (value: number, floor: number) => Math.round((value / Math.max(floor, 0.1)) * 10) / 10

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 4180))
    })
  })
}

function builtInAssetPath(): string {
  const name = readdirSync('dist/assets').find((file) => /^evidence-[\w-]+\.json$/.test(file))
  if (!name) throw new Error('dist/assets has no evidence-*.json: did the build run?')
  return `dist/assets/${name}`
}

async function freshPage(browser: Browser) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.addInitScript(INIT_SCRIPT)
  return page
}

/** The built-in dataset's first rows and a blank page's first paint: medians of five fresh pages. */
async function measureBuiltIn(browser: Browser, baseUrl: string) {
  const rows: number[] = []
  const blank: number[] = []
  for (let run = 0; run < 5; run++) {
    const page = await freshPage(browser)
    rows.push((await measureFetchedLoad(page, `${baseUrl}/`)).ms)
    await page.goto(`${baseUrl}/bench-blank.html`)
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length)
    blank.push(
      await page.evaluate(() =>
        Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
      ),
    )
    await page.close()
  }
  return { firstRowsMs: median(rows), blankPaintMs: median(blank) }
}

async function measureSize(browser: Browser, baseUrl: string, size: number, base: Dataset) {
  // N techniques (the table measured) and N/10 studies keep the 100,000 file near 110 MB.
  const text = JSON.stringify(generateDataset(base, size, Math.max(100, size / 10), 42))
  const file = `bench/out/synthetic-${size}.json`
  writeFileSync(file, text)
  const asset = builtInAssetPath()
  const original = readFileSync(asset)

  // The dialog path: the built-in dataset loads, then the file is chosen in "Open dataset…".
  const dialogPage = await freshPage(browser)
  const dialog = await measureDialogLoad(dialogPage, `${baseUrl}/`, file, size)
  await dialogPage.close()

  // The fetched path: the synthetic data replaces the built-in dataset file in this bench-only
  // build (request interception cannot carry a 100 MB body: Chromium closes the DevTools pipe).
  writeFileSync(asset, text)
  try {
    const page = await freshPage(browser)
    page.on('crash', () => console.error(`the page crashed at ${size} rows`))
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`page console at ${size}: ${message.text()}`)
    })
    // These bytes are not the built-in file's (its SHA-256 is fixed at build time), so this path
    // checks them in full before showing them, like the dialog path.
    const fetched = await measureFetchedLoad(page, `${baseUrl}/`)
    const heap = await heapMb(page)
    const assetUrl = `/${asset.replace(/^dist\//, '')}`
    const loadFloorMs = await measureLoadFloor(page, assetUrl)
    const interactions = await measureInteractions(page, assetUrl)
    await page.close()
    return {
      size,
      fileMb: Math.round(text.length / 1048576),
      load: { fetched, dialog, floorMs: loadFloorMs },
      heapMb: heap,
      ...interactions,
      ratios: {
        ...interactions.ratios,
        loadFetched: ratio(fetched.ms, loadFloorMs),
        loadDialog: ratio(dialog.ms, loadFloorMs),
      },
    }
  } finally {
    writeFileSync(asset, original)
  }
}
export type SizeResult = Awaited<ReturnType<typeof measureSize>>

async function main() {
  execSync('npx vite build', { stdio: 'inherit' })
  // Floors served by the same server: a bare fetch-and-parse worker and a blank page.
  writeFileSync('dist/bench-floor-worker.js', FLOOR_WORKER)
  writeFileSync('dist/bench-blank.html', BLANK_PAGE)
  mkdirSync('bench/out', { recursive: true })
  // A separate server process: serving a 100 MB file from this process stalls the benchmark.
  // Vite itself (not npx, whose child would outlive kill()) on a free port, so a server left
  // by another run on this machine is never measured instead.
  const port = await freePort()
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  )
  let serverExited = false
  server.on('exit', () => {
    serverExited = true
  })
  const baseUrl = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    if (serverExited) throw new Error(`vite preview could not start on port ${port}`)
    if (
      await fetch(`${baseUrl}/bench-blank.html`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  browser.on('disconnected', () => console.error('the browser disconnected'))
  try {
    const builtIn = await measureBuiltIn(browser, baseUrl)
    console.log(`built-in dataset: ${JSON.stringify(builtIn)}`)
    const lighthouse =
      process.env.BENCH_LIGHTHOUSE === '0'
        ? null
        : {
            mobile: await runLighthouse(`${baseUrl}/`, 'mobile'),
            desktop: await runLighthouse(`${baseUrl}/`, 'desktop'),
          }
    console.log(`Lighthouse: ${JSON.stringify(lighthouse)}`)
    const base: Dataset = JSON.parse(readFileSync('data/evidence.json', 'utf8'))
    const results: SizeResult[] = []
    for (const size of SIZES) {
      const result = await measureSize(browser, baseUrl, size, base)
      results.push(result)
      console.log(JSON.stringify(result))
      console.log(phaseLines(result))
    }
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
    const load = os.loadavg()[0]?.toFixed(1)
    const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, load average ${load} at the end, Node ${process.version}, Chromium ${browser.version()}`
    const report: Report = {
      date: new Date().toISOString(),
      machine,
      builtIn: { ...builtIn, ratio: ratio(builtIn.firstRowsMs, builtIn.blankPaintMs) },
      lighthouse,
      results,
    }
    writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`)
    console.log(`\n${markdownTable(report)}`)
  } finally {
    await browser.close()
    server.kill()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
