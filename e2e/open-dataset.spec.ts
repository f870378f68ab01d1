import { truncateSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { generateDataset } from '../scripts/generate-dataset'
import { csvHeaders } from '../src/domain/dataset/csv-import'
import { MAX_FILE_MB } from '../src/lib/file-limit'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

const example = JSON.parse(
  await readFile(new URL('../public/examples/example-dataset.json', import.meta.url), 'utf8'),
)

async function openFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  await page.getByLabel('Choose a .json or .csv file').setInputFiles(path)
}

const techniquesStatus = (page: Page) => page.getByRole('status').filter({ hasText: /techniques$/ })

test('loads a valid JSON file, keeps it across reloads, and resets to the built-in one', async ({
  page,
}) => {
  await page.goto('/')
  await expect(techniquesStatus(page)).toHaveText(`${builtIn.techniques.length} techniques`)
  await openFile(page, 'public/examples/example-dataset.json')
  await expect(page.getByText(/^Opened example-dataset\.json/)).toBeVisible()
  await page.getByRole('button', { name: 'Explore it' }).click()
  await expect(page.getByRole('banner')).toContainText('Your dataset: example-dataset.json')
  await expect(page.getByRole('banner')).toContainText(/#[0-9a-f]{12}/)
  await expect(techniquesStatus(page)).toHaveText(`${example.techniques.length} techniques`)

  await page.reload()
  await expect(page.getByRole('banner')).toContainText('Your dataset: example-dataset.json')
  await expect(techniquesStatus(page)).toHaveText(`${example.techniques.length} techniques`)

  await page.getByRole('button', { name: 'Reset to built-in dataset' }).click()
  await expect(page.getByRole('banner')).toContainText('Built-in dataset')
  await expect(techniquesStatus(page)).toHaveText(`${builtIn.techniques.length} techniques`)
  await page.reload()
  await expect(page.getByRole('banner')).toContainText('Built-in dataset')
})

test('loads a CSV of studies explored with the built-in techniques', async ({ page }) => {
  await page.goto('/?tab=studies')
  await openFile(page, 'public/examples/example-studies.csv')
  await page.getByRole('button', { name: 'Explore it' }).click()
  await expect(page.getByRole('status').filter({ hasText: /studies$/ })).toHaveText('6 studies')
  await expect(page.getByRole('banner')).toContainText('Your dataset: example-studies.csv')
})

test('a broken file shows a located report and the previous dataset stays', async ({
  page,
}, testInfo) => {
  const broken = JSON.parse(JSON.stringify(example))
  broken.techniques[1].areaId = 'astrology'
  broken.studies[0].year = 'last year'
  const path = testInfo.outputPath('broken.json')
  writeFileSync(path, JSON.stringify(broken))

  await page.goto('/')
  await openFile(page, path)
  const report = page.getByRole('dialog').getByRole('alert')
  await expect(report).toContainText('broken.json was not opened: 2 problems')
  await expect(report.getByRole('listitem')).toHaveText([
    /^techniques\[1\]\.areaId: /,
    /^studies\[0\]\.year: /,
  ])
  await expect(report).toContainText('you are still exploring the built-in dataset')
  const download = page.waitForEvent('download')
  await report.getByRole('button', { name: 'Download the full report' }).click()
  const text = await readFile(await (await download).path(), 'utf8')
  expect(text).toMatch(/^studies\[0\]\.year: /m)

  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('banner')).toContainText('Built-in dataset')
  await expect(techniquesStatus(page)).toHaveText(`${builtIn.techniques.length} techniques`)
})

test('a CSV with a bad cell is reported by row and column', async ({ page }, testInfo) => {
  const lines = (await readFile('public/examples/example-studies.csv', 'utf8')).split('\r\n')
  const header = lines[0]?.split(',') ?? []
  expect(header).toEqual(csvHeaders('studies'))
  lines[2] = (lines[2] ?? '').replace(/^([^,]*),([^,]*),(\d{4}),/, '$1,$2,nineteen,')
  const path = testInfo.outputPath('bad.csv')
  writeFileSync(path, lines.join('\r\n'))
  await page.goto('/')
  await openFile(page, path)
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
    'row 3, column "year": expected a number, got "nineteen"',
  )
})

test('a file over 200 MB is refused before it is read', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('huge.json')
  // A sparse file: its size is what counts, and it is never read.
  writeFileSync(path, '')
  truncateSync(path, (MAX_FILE_MB + 1) * 1024 * 1024)
  await page.goto('/')
  await openFile(page, path)
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
    `over the ${MAX_FILE_MB} MB limit`,
  )
})

test('a 100,000-row file loads off the main thread with progress, and the page stays responsive', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  const synthetic = generateDataset(builtIn, 0, 0)
  const headers = csvHeaders('studies')
  const ids = builtIn.techniques.map((t) => t.id)
  const rows = Array.from({ length: 100_000 }, (_, i) => {
    const values: Record<string, string> = {
      id: `s${i}`,
      firstAuthor: `Author${i % 977} A`,
      year: String(1980 + (i % 46)),
      title: `Synthetic study ${i} of spinal metastasis treatment outcomes in a retrospective cohort`,
      journal: `Journal ${i % 40}`,
      design: i % 7 === 0 ? 'rct' : 'retrospective',
      patients: String(10 + (i % 500)),
      keyResults: 'Synthetic result one; synthetic result two',
      techniqueIds: ids[i % ids.length] ?? 'vertebroplasty',
      levelOfEvidence: i % 7 === 0 ? '2' : '4',
      verification: 'unverified',
    }
    return headers.map((h) => values[h] ?? '').join(',')
  })
  expect(synthetic.techniques).toHaveLength(0)
  const path = testInfo.outputPath('100k-studies.csv')
  writeFileSync(path, `${headers.join(',')}\n${rows.join('\n')}\n`)

  // Long tasks (the browser's own measure of a blocked main thread) from the moment the file is
  // chosen until the table behind the dialog is painted with it: the worker reads, parses,
  // validates and indexes, and the page only receives rows in small chunks, so none may block.
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = []
    Object.assign(window, { longTasks: tasks, fileChosenAt: Number.POSITIVE_INFINITY })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
    document.addEventListener(
      'change',
      () => Object.assign(window, { fileChosenAt: performance.now() }),
      true,
    )
  })
  await page.goto('/')
  await expect(techniquesStatus(page)).toHaveText(`${builtIn.techniques.length} techniques`)
  await openFile(page, path)
  const progress = page.getByRole('progressbar', { name: 'Loading 100k-studies.csv' })
  await expect(progress).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled()
  await expect(
    page.getByText(/^Opened 100k-studies\.csv: \d+ techniques and 100,000 studies/),
  ).toBeVisible({
    timeout: 90_000,
  })
  const blocking = await page.evaluate(async () => {
    // the frame with the new dataset's table, then the tasks since the file was chosen
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const { longTasks, fileChosenAt } = window as unknown as {
      longTasks: { start: number; duration: number }[]
      fileChosenAt: number
    }
    return longTasks
      .filter((t) => t.start >= fileChosenAt && t.duration > 200)
      .map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start - fileChosenAt)} ms`)
  })
  // A count, not a time: the list (empty when met) names each task's length and start on failure.
  expect(
    blocking,
    'main-thread tasks over 200 ms from choosing the file to its rows painted',
  ).toEqual([])
  await page.getByRole('button', { name: 'Explore it' }).click()
  await page.getByRole('link', { name: 'Studies' }).click()
  await expect(page.getByRole('status').filter({ hasText: /studies$/ })).toHaveText(
    '100000 studies',
  )
  await page.getByRole('searchbox', { name: /^Search/ }).fill('Synthetic study 99999 ')
  await expect(page.getByRole('table').locator('tbody').getByRole('row')).toHaveCount(1)
})

test('a shared link made with other data says so', async ({ page }) => {
  await page.goto('/?area=mit&ds=00000000abcd')
  await expect(page.getByRole('alert')).toContainText('This link was made with a different dataset')
  await page.getByRole('button', { name: 'Use this view with the current data' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page).toHaveURL(/area=mit/)
})
