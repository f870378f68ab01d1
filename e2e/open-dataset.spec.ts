import { writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { generateDataset } from '../scripts/generate-dataset'
import { csvHeaders } from '../src/domain/dataset/csv-import'
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

test('a file over 50 MB is refused before it is read', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('huge.json')
  writeFileSync(path, Buffer.alloc(51 * 1024 * 1024, 32))
  await page.goto('/')
  await openFile(page, path)
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('over the 50 MB limit')
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

  await page.goto('/')
  // While the worker reads and parses, the page must keep painting frames: count the frames
  // painted while the progress bar shows a phase before "Finishing" (the hand-over of the result).
  // Long tasks over 200 ms are reported for the record (issue 18 works on the hand-over).
  await page.evaluate(() => {
    const seen = { frames: 0, longTasks: 0 }
    Object.assign(window, { responsiveness: seen })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 200) seen.longTasks += 1
    }).observe({ type: 'longtask' })
    const tick = () => {
      const bar = document.querySelector('progress, [role="progressbar"]')
      const phase = document.querySelector('dialog')?.textContent ?? ''
      if (bar && !phase.includes('Finishing')) seen.frames += 1
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  await openFile(page, path)
  const progress = page.getByRole('progressbar', { name: 'Loading 100k-studies.csv' })
  await expect(progress).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled()
  await expect(
    page.getByText(/^Opened 100k-studies\.csv: \d+ techniques and 100,000 studies/),
  ).toBeVisible({
    timeout: 90_000,
  })
  const seen = await page.evaluate(
    () =>
      (window as unknown as { responsiveness: { frames: number; longTasks: number } })
        .responsiveness,
  )
  testInfo.annotations.push({
    type: 'main-thread tasks over 200 ms during the whole load',
    description: String(seen.longTasks),
  })
  expect(seen.frames, 'frames painted while the worker read and parsed').toBeGreaterThanOrEqual(10)
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
