import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { parseAnyFormat } from '../src/domain/dataset/load-dataset'
import type { Dataset } from '../src/domain/dataset/schema'
import { previousRelease, releaseVersion } from '../src/domain/diff/changelog'
import { diffDatasets } from '../src/domain/diff/diff-datasets'
import { expectNoSeriousAxeViolations } from './axe'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

// The expected changes, computed here from the files, independently of the app.
const versions = readdirSync('data/releases')
  .map(releaseVersion)
  .filter((v): v is string => v !== null)
const previous = previousRelease(versions, builtIn.meta.version)
// Validated as the app reads them (older formats migrated, unknown fields dropped).
function read(path: string): Dataset {
  const parsed = parseAnyFormat(readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(`${path} is not valid`)
  return parsed.dataset
}
const current = read('data/evidence.json')
const release: Dataset | null = previous ? read(`data/releases/evidence-${previous}.json`) : null

const summary = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ records?:/ })

async function openFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  await page.getByLabel('Choose a .json or .csv file').setInputFiles(path)
  await page.getByRole('button', { name: 'Explore it' }).click()
}

test('What changed between the previous release and the built-in dataset', async ({ page }) => {
  await page.goto('/?v=2&tab=changes')
  await expect(page.getByRole('heading', { name: 'What changed' })).toBeVisible()
  if (!release) {
    await expect(page.getByText(/there is no earlier release to compare it with/)).toBeVisible()
    return
  }
  const changes = diffDatasets(release, current).changes
  const count = (kind: string) => changes.filter((c) => c.change === kind).length
  await expect(
    page.getByText(`Changes in v${builtIn.meta.version} since v${previous}.`),
  ).toBeVisible()
  await expect(summary(page)).toHaveText(
    `${changes.length} ${changes.length === 1 ? 'record' : 'records'}: ${count('added')} added, ${count('changed')} changed, ${count('removed')} removed`,
  )
  await expectNoSeriousAxeViolations(page)
  // A kind of change with nothing behind it cannot be ticked into an empty list.
  for (const kind of ['added', 'changed', 'removed'] as const) {
    const box = page
      .getByRole('group', { name: 'Kind of change' })
      .getByRole('checkbox', { name: new RegExp(`^${kind}`, 'i') })
    await expect(box).toBeEnabled({ enabled: count(kind) > 0 })
  }
  // A filter narrows the list and is kept in the URL.
  await page
    .getByRole('group', { name: 'Kind of change' })
    .getByRole('checkbox', { name: /^Changed/ })
    .check()
  await expect(page).toHaveURL(/chg\.kind=changed/)
  await expect(summary(page)).toHaveText(new RegExp(`^${count('changed')} records?:`))

  // A changed record's page says so.
  const record = changes.find(
    (c) => (c.kind === 'study' || c.kind === 'technique') && c.change === 'changed',
  )
  expect(record, 'the release changes at least one study or technique').toBeDefined()
  if (record) {
    await page.goto(`/?v=2&rec=${record.kind}:${record.id}`)
    await expect(
      page.getByRole('heading', { name: `Changed in v${builtIn.meta.version}` }),
    ).toBeVisible()
    // The field-level list starts closed, below the heading, and opens on request.
    const fields = page.locator('.change-fields code').first()
    await expect(fields).toBeHidden()
    await page.getByText(/^Show what changed \(\d+ records?\)$/).click()
    await expect(fields).toBeVisible()
    await expect(fields).toHaveText(record.fields[0]?.field ?? '')
  }
})

test('a spreadsheet-edited file: the banner counts the differences, the view shows exactly the edits', async ({
  page,
}) => {
  await page.goto('/?v=2&tab=studies')
  await openFile(page, 'e2e/fixtures/studies-edited-in-libreoffice.csv')
  const banner = page.getByRole('status').filter({ hasText: 'Your file differs' })
  await expect(banner).toHaveText(/Your file differs from the built-in data in 2 records\./)
  await banner.getByRole('link', { name: 'See what changed' }).click()
  await expect(summary(page)).toHaveText('2 records: 0 added, 2 changed, 0 removed')
  const items = page.locator('.change-item')
  await expect(items).toHaveCount(2)
  await expect(items.nth(0)).toContainText('patchell2005')
  await expect(items.nth(0).getByRole('row', { name: /patients/ })).toHaveText(
    /patients\s*101\s*123/,
  )
  await expect(items.nth(1)).toContainText('rtog0631_ryu2023')
  await expect(items.nth(1).getByRole('row', { name: /journal/ })).toHaveText(
    /journal\s*JAMA Oncol\s*JAMA Oncology/,
  )
  // The record page shows its difference too.
  await items.nth(0).getByRole('link').click()
  await expect(page.getByRole('heading', { name: 'Differs from the built-in data' })).toBeVisible()
  await expectNoSeriousAxeViolations(page)
})
