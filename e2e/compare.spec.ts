import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { compareTechniques } from '../src/domain/compare/compare'
import { builtIn, ExplorerPage } from './explorer-page'
import { expect, test } from './fixtures'

// Two cement techniques and a radiotherapy: some attributes are the same for all three.
const picks = ['vertebroplasty', 'sbrt-single-fraction', 'balloon-kyphoplasty']
const names = picks.map((id) => builtIn.techniques.find((t) => t.id === id)?.name ?? id)

test('pick three techniques, compare, keep it in the URL, show only differences, remove one, export, print', async ({
  page,
}, testInfo) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  for (const name of names) await page.getByRole('checkbox', { name: `Compare ${name}` }).check()
  await page.getByRole('link', { name: 'Compare 3 techniques' }).click()

  const table = page.getByRole('table')
  const headers = table.locator('thead').getByRole('columnheader')
  await expect(headers).toHaveCount(4)
  for (const [i, name] of names.entries()) await expect(headers.nth(i + 1)).toContainText(name)
  await expect(page).toHaveURL(new RegExp(`cmp=${picks.join('~')}`))

  await page.reload()
  await expect(headers).toHaveCount(4)
  await expect(table.getByRole('rowheader', { name: /^Therapy area/ })).toContainText('differs')

  // Only differences: rows that are the same for all three disappear.
  const allRows = await table.getByRole('rowheader').count()
  await page.getByRole('checkbox', { name: /Show only differences/ }).check()
  await expect(page).toHaveURL(/cmp.diff=1/)
  await expect(table.getByRole('rowheader', { name: /same for all/ })).toHaveCount(0)
  const differing = compareTechniques(builtIn, picks).rows.filter((r) => r.differs).length
  expect(differing).toBeLessThan(allRows)
  await expect(table.getByRole('rowheader')).toHaveCount(differing)

  // Reorder, then remove one.
  await page.getByRole('button', { name: `Move ${names[2]} left` }).click()
  await expect(headers.nth(2)).toContainText(names[2] ?? '')
  await page.getByRole('button', { name: `Remove ${names[0]} from the comparison` }).click()
  await expect(headers).toHaveCount(3)
  await expect(page).toHaveURL(new RegExp(`cmp=${picks[2]}~${picks[1]}`))

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /^Download \d+ rows as CSV$/ }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^spinal-metastases-comparison_${picks[2]}_${picks[1]}_`),
  )
  const records: string[][] = parse(await readFile(await file.path(), 'utf8'), { bom: true })
  expect(records[0]).toEqual(['Attribute', names[2], names[1]])
  const areaRow = records.find((r) => r[0] === 'Therapy area')
  expect(areaRow?.slice(1)).toEqual(['Minimally invasive therapy', 'Radiation therapy'])

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(page.getByRole('heading', { name: /^Sources \(\d+\)$/ })).toBeVisible()
  const shot = await page.screenshot({ fullPage: true })
  await testInfo.attach('comparison-print', { body: shot, contentType: 'image/png' })
})

test('fewer than two techniques shows a clear way to pick them', async ({ page }) => {
  await page.goto(`/?tab=compare&compare=${picks[0]}`)
  await expect(page.getByText('Pick at least two techniques to compare.')).toBeVisible()
  await page.getByRole('link', { name: 'Choose techniques' }).click()
  await expect(page.getByRole('checkbox', { name: `Compare ${names[0]}` })).toBeChecked()
})

test('a technique page adds itself to the comparison', async ({ page }) => {
  await page.goto(`/?technique=${picks[1]}&compare=${picks[0]}`)
  await page.getByRole('link', { name: 'Add to comparison' }).click()
  await page.getByRole('link', { name: 'Open comparison (2)' }).click()
  await expect(page.getByRole('table').locator('thead').getByRole('columnheader')).toHaveCount(3)
})

test('a cell with many results shows the first three in reading order and the rest on request', async ({
  page,
}) => {
  // The busiest outcome cell of the comparison, found from the data the page reads.
  const comparison = compareTechniques(builtIn, picks)
  const busiest = comparison.rows
    .filter((r) => r.section === 'outcomes')
    .flatMap((row) =>
      row.cells.map((cell, column) => ({
        row,
        column,
        count: cell.kind === 'outcomes' ? cell.outcomes.length : 0,
      })),
    )
    .sort((a, b) => b.count - a.count)[0]
  if (!busiest || busiest.count <= 3)
    throw new Error('the comparison needs a cell with more than three results')
  await page.goto(`/?v=2&tab=compare&cmp=${picks.join('~')}`)
  const row = page
    .getByRole('table')
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader', {
        name: new RegExp(`^${busiest.row.label.replace(/[()]/g, '\\$&')}`),
      }),
    })
  const cell = row.getByRole('cell').nth(busiest.column)
  const items = cell.getByRole('listitem')
  await expect(items.filter({ visible: true })).toHaveCount(3)
  const hidden = busiest.count - 3
  await cell
    .getByRole('button', { name: `Show ${hidden} more ${hidden === 1 ? 'result' : 'results'}` })
    .click()
  await expect(items.filter({ visible: true })).toHaveCount(busiest.count)
  await cell.getByRole('button', { name: 'Show fewer results' }).click()
  await expect(items.filter({ visible: true })).toHaveCount(3)
})

test('keyboard focus stays with the columns when they move or go, and their names stay in sight', async ({
  page,
}) => {
  await page.goto(`/?v=2&tab=compare&cmp=open-decompression-stabilisation~${picks.join('~')}`)
  const head = page.getByRole('table').locator('thead')
  const [first, second, third] = [
    'open-decompression-stabilisation',
    'vertebroplasty',
    'sbrt-single-fraction',
  ].map((id) => builtIn.techniques.find((t) => t.id === id)?.name ?? id)

  // Moved: the arrow pressed keeps focus; at the end its other arrow takes it.
  await head.getByRole('button', { name: `Move ${second} left` }).focus()
  await page.keyboard.press('Enter')
  await expect(head.getByRole('columnheader').nth(1)).toContainText(second ?? '')
  await expect(head.getByRole('button', { name: `Move ${second} right` })).toBeFocused()
  await expect(head.getByRole('button', { name: `Move ${second} left` })).toBeDisabled()

  // Removed: the name of the column that took its place has focus, not <body>.
  await head.getByRole('button', { name: `Remove ${first} from the comparison` }).focus()
  await page.keyboard.press('Enter')
  await expect(head.getByRole('columnheader')).toHaveCount(4)
  await expect(head.getByRole('link', { name: third })).toBeFocused()

  // Desktop: the row of technique names sticks at the top while the long rows scroll by.
  const outcomes = page.getByRole('rowheader').last()
  await outcomes.scrollIntoViewIfNeeded()
  await expect(head.getByRole('columnheader').first()).toBeInViewport()
  const box = await head.getByRole('columnheader').nth(1).boundingBox()
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0)
  expect(box?.y ?? 999).toBeLessThan(10)
})

test('with four ticked, the others are disabled and the page says why', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  const names = builtIn.techniques.slice(0, 5).map((t) => t.name)
  for (const name of names.slice(0, 4))
    await page.getByRole('checkbox', { name: `Compare ${name}` }).check()
  await expect(page.getByRole('checkbox', { name: `Compare ${names[4]}` })).toBeDisabled()
  await expect(page.getByRole('note').filter({ hasText: 'is the most' })).toHaveText(
    '4 is the most: untick one to add another',
  )
  await page.getByRole('checkbox', { name: `Compare ${names[0]}` }).uncheck()
  await expect(page.getByRole('checkbox', { name: `Compare ${names[4]}` })).toBeEnabled()
  await expect(page.getByRole('note').filter({ hasText: 'is the most' })).toHaveCount(0)
})
