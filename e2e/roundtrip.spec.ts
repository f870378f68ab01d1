import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

async function exportEditable(page: Page, rows: number) {
  await page.getByText('Export options').click()
  await page.getByLabel(/^Editable CSV/).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: `Download ${rows} rows as CSV` }).click()
  const file = await download
  const name = file.suggestedFilename()
  expect(name).toMatch(/\.editable\.csv$/)
  return { name, mimeType: 'text/csv', buffer: await readFile(await file.path()) }
}

for (const table of ['studies', 'techniques'] as const) {
  test(`the editable ${table} CSV opens again with the same rows and values`, async ({ page }) => {
    const rows = table === 'studies' ? builtIn.studies.length : builtIn.techniques.length
    await page.goto(`/?v=2&tab=${table}`)
    const file = await exportEditable(page, rows)

    await page.getByRole('button', { name: 'Open dataset…' }).click()
    await page.getByLabel('Choose a .json or .csv file').setInputFiles(file)
    await page.getByRole('button', { name: 'Explore it' }).click()
    await expect(page.getByRole('banner')).toContainText(/Your dataset: .*\.editable\.csv/)
    await expect(page.getByRole('status').filter({ hasText: new RegExp(`${table}$`) })).toHaveText(
      `${rows} ${table}`,
    )
    // Nothing differs from the built-in data: no banner, and the list is empty.
    await page.goto('/?v=2&tab=changes')
    await expect(page.getByText(/compared with the built-in data/)).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /^\d+ records?:/ })).toHaveText(
      '0 records: 0 added, 0 changed, 0 removed',
    )
    await expect(page.getByText('Your file differs')).toHaveCount(0)
  })
}

test('the table export for reading, opened as a dataset, says how to get an editable one', async ({
  page,
}) => {
  await page.goto('/?v=2&tab=studies')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: `Download ${builtIn.studies.length} rows as CSV` }).click()
  const path = await (await download).path()
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  await page.getByLabel('Choose a .json or .csv file').setInputFiles(path)
  await expect(
    page.getByText(/export with "Editable CSV" to edit it and open it again/),
  ).toBeVisible()
})
