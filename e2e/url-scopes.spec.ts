import { builtIn, ExplorerPage } from './explorer-page'
import { expect, test } from './fixtures'

// The v0.1 bugs that came from one flat URL key space, each driven the way a person met it.

test('bug 1: ticking a technique on the Studies tab filters the studies, it opens no record', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto('?v=2&tab=studies')
  const technique = builtIn.techniques.find((t) => t.id === 'balloon-kyphoplasty')
  const name = technique?.name ?? ''
  await explorer.facet('Technique').getByRole('searchbox').fill('kypho')
  await explorer.facetOption('Technique', name).check()
  await expect(page).toHaveURL(/s\.f\.technique=balloon-kyphoplasty/)
  await expect(page.getByRole('heading', { level: 2, name: 'Studies' })).toBeVisible()
  await expect(explorer.summary).toContainText(`where technique is ${name}`)
  await explorer.facetOption('Technique', name).uncheck()
  await expect(page).not.toHaveURL(/s\.f\.technique/)
})

test('bug 2: each table keeps its own filters across tab switches', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto('?v=2&tab=studies&s.r.year=2015..')
  const studiesSince2015 = builtIn.studies.filter((s) => s.year >= 2015).length
  await expect(explorer.summary).toHaveText(
    `${studiesSince2015} of ${builtIn.studies.length} studies where year is 2015 or later`,
  )
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Techniques' })
    .click()
  await expect(explorer.summary).toHaveText(`${builtIn.techniques.length} techniques`)
  await explorer.facetOption('Therapy area', 'Radiation therapy').check()
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Studies' })
    .click()
  await expect(explorer.summary).toHaveText(
    `${studiesSince2015} of ${builtIn.studies.length} studies where year is 2015 or later`,
  )
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Techniques' })
    .click()
  await expect(explorer.summary).toContainText('where therapy area is Radiation therapy')
  await page.goBack()
  await expect(explorer.summary).toContainText('studies where year is 2015 or later')
})

test('bug 3: the last ticked practice series can be unticked, and stays unticked on reload', async ({
  page,
}) => {
  await page.goto('/?v=2&tab=charts&ch=practice')
  // On a desktop the list waits folded above the chart.
  await page.getByText(/^Choose series \(\d+ of \d+ shown\)$/).click()
  const picker = page.getByRole('group', { name: /^Series/ })
  await picker.waitFor()
  const ticked = picker.getByRole('checkbox', { checked: true })
  const defaults = await ticked.count()
  expect(defaults).toBeGreaterThan(0)
  for (let i = 0; i < defaults; i++) await ticked.first().uncheck()
  await expect(ticked).toHaveCount(0)
  await expect(page.getByText('Tick at least one series to plot it.')).toBeVisible()
  await expect(page).toHaveURL(/ch\.series=-/)
  await page.reload()
  await expect(page.getByText('Tick at least one series to plot it.')).toBeVisible()
  await picker.getByRole('checkbox').first().check()
  await expect(page.locator('svg.multiple').first()).toBeVisible()
})
