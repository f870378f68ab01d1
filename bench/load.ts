import type { Page } from '@playwright/test'
import { type LongTask, longTaskSummary } from './in-page'

/**
 * Loading measurements: the fetched path (the dataset served as the built-in file) and the
 * dialog path (the same bytes chosen in "Open dataset…"), each to the frame painted after the
 * first rows; the phases the app marked (`dataset-loaded` mark); long tasks meanwhile; the floor.
 */
export type LoadFigures = {
  ms: number
  phases: Record<string, number>
  longTasks: ReturnType<typeof longTaskSummary>
}

const round = (n: number) => Math.round(n * 10) / 10

async function markedPhases(page: Page, paintedAt: number): Promise<Record<string, number>> {
  const mark = await page.evaluate(() => {
    const marks = performance.getEntriesByName('dataset-loaded')
    const last = marks[marks.length - 1] as PerformanceMark | undefined
    return last ? { at: last.startTime, detail: last.detail as Record<string, number> } : null
  })
  if (!mark) return {}
  const phases = Object.fromEntries(
    Object.entries(mark.detail).map(([phase, ms]) => [phase, round(ms)]),
  )
  return { ...phases, 'page: render and paint': round(paintedAt - mark.at) }
}

/** Navigation → first rows painted, with the dataset fetched as the built-in file. */
export async function measureFetchedLoad(page: Page, url: string): Promise<LoadFigures> {
  await page.goto(url)
  const handle = await page.waitForFunction(() => window.__firstRowsAt, null, {
    timeout: 300_000,
    polling: 100,
  })
  const paintedAt = (await handle.jsonValue()) as number
  const tasks: LongTask[] = await page.evaluate(() => window.__longTasks)
  return {
    ms: Math.round(paintedAt),
    phases: await markedPhases(page, paintedAt),
    longTasks: longTaskSummary(tasks, 0, paintedAt),
  }
}

/** File chosen in the open dialog → its rows painted in the table behind the dialog. */
export async function measureDialogLoad(
  page: Page,
  url: string,
  path: string,
  techniques: number,
): Promise<LoadFigures> {
  await page.goto(url)
  await page.locator('tbody tr').first().waitFor()
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  await page.getByLabel('Choose a .json or .csv file').setInputFiles(path)
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('[role="status"]')].some(
        (element) => element.textContent === `${n} techniques`,
      ),
    techniques,
    { timeout: 300_000, polling: 'raf' },
  )
  const { start, end, tasks } = await page.evaluate(async () => {
    await window.__afterPaint()
    return { start: window.__fileChosenAt ?? 0, end: performance.now(), tasks: window.__longTasks }
  })
  return {
    ms: Math.round(end - start),
    phases: await markedPhases(page, end),
    longTasks: longTaskSummary(tasks, start, end),
  }
}

/** The floor: a worker fetches the same bytes and `JSON.parse`s them, then one frame. */
export async function measureLoadFloor(page: Page, assetUrl: string): Promise<number> {
  return page.evaluate(async (url) => {
    const start = performance.now()
    const worker = new Worker('/bench-floor-worker.js')
    // Kept reachable from the page: an unreferenced pending worker may be collected.
    Object.assign(window, { __floorWorker: worker })
    await new Promise((resolve, reject) => {
      worker.onmessage = resolve
      worker.onerror = (event) => reject(new Error(`floor worker: ${event.message}`))
      worker.postMessage(url)
    })
    worker.terminate()
    await window.__afterPaint()
    return Math.round(performance.now() - start)
  }, assetUrl)
}

/** The page's JavaScript heap after a full garbage collection (the worker has ended by then). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return round(usedSize / 1048576)
}
