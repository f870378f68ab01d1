import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { strFromU8, unzipSync } from 'fflate'
import { PAGE_SIZE } from '../src/domain/query/sort-page'
import { builtIn, ExplorerPage } from './explorer-page'
import { expect, test } from './fixtures'

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const download = page.waitForEvent('download')
  await click()
  return download
}

/** What a person sees in the table: header texts and cell texts, row by row. */
async function visibleTable(page: Page) {
  const table = page.getByRole('table')
  const headers = await table
    .getByRole('columnheader')
    .evaluateAll((cells) =>
      cells.map(
        (cell) =>
          (cell.querySelector('.sort-button') ?? cell).childNodes[0]?.textContent?.trim() ?? '',
      ),
    )
  const rows = await table
    .locator('tbody')
    .getByRole('row')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())),
    )
  return { headers, rows }
}

test('CSV after a filter and a sort equals the visible table cell for cell', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto('?tab=studies')
  await explorer.facetOption('Design', 'Randomised trial').check()
  await explorer
    .columnHeader(/^Patients/)
    .getByRole('button')
    .click()
  await expect(explorer.columnHeader(/^Patients/)).toHaveAttribute('aria-sort', 'descending')
  const count = builtIn.studies.filter((s) => s.design === 'rct').length

  const download = await downloadOf(page, () =>
    page.getByRole('button', { name: `Download ${count} rows as CSV` }).click(),
  )
  expect(download.suggestedFilename()).toMatch(
    /^spinal-metastases-studies_design-rct_\d{4}-\d{2}-\d{2}\.csv$/,
  )
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  expect(text).toContain('\r\n')
  const records: string[][] = parse(text, { bom: true, relax_column_count: false })

  const seen = await visibleTable(page)
  expect(records[0]).toEqual(seen.headers)
  expect(records.slice(1)).toHaveLength(count)
  // The page shows the first page of them; the CSV holds all, in the same order. Cell for cell: the
  // CSV has the same values the page shows (tier badges use the CSV's words).
  expect(seen.rows).toHaveLength(Math.min(count, PAGE_SIZE))
  seen.rows.forEach((row, r) => {
    expect(row).toEqual(records[r + 1])
  })
})

test('the zip with provenance holds the CSV, metadata.json with the filters, and README.md', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  await explorer.facetOption('Therapy area', 'Radiation therapy').check()
  await page.getByText('Export options').click()
  await page.getByRole('checkbox', { name: /With provenance/ }).check()
  await page.getByRole('checkbox', { name: 'Byte-order mark for Excel' }).uncheck()
  const rows = builtIn.techniques.filter((t) => t.areaId === 'radiation').length
  const download = await downloadOf(page, () =>
    page
      .getByRole('button', { name: `Download ${rows} rows as CSV with provenance (.zip)` })
      .click(),
  )
  expect(download.suggestedFilename()).toMatch(
    /^spinal-metastases-techniques_area-radiation_.*\.zip$/,
  )
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  const names = Object.keys(files).sort()
  expect(names).toHaveLength(3)
  expect(names).toContain('metadata.json')
  expect(names).toContain('README.md')
  const csvName = names.find((n) => n.endsWith('.csv')) ?? ''
  const csv = strFromU8(files[csvName] ?? new Uint8Array())
  expect(csv.charCodeAt(0)).not.toBe(0xfeff)
  expect(parse(csv)).toHaveLength(rows + 1)
  const metadata = JSON.parse(strFromU8(files['metadata.json'] ?? new Uint8Array()))
  expect(metadata.filters.facets).toEqual({ area: ['radiation'] })
  expect(metadata.rows).toBe(rows)
  expect(metadata.dataset.version).toBe(builtIn.meta.version)
  expect(metadata.dataset.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(metadata.shareUrl).toContain('area=radiation')
  expect(metadata.sources.length).toBeGreaterThan(0)
})
