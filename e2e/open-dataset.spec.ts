import { truncateSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
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

test('a shared link made with other data says so', async ({ page }) => {
  await page.goto('/?area=mit&ds=00000000abcd')
  await expect(page.getByRole('alert')).toContainText('This link was made with a different dataset')
  await page.getByRole('button', { name: 'Use this view with the current data' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page).toHaveURL(/area=mit/)
})
