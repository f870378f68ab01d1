import { mkdir } from 'node:fs/promises'
import type { Page, TestInfo } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

const verdicts = (page: Page) =>
  page.getByRole('region', { name: /Is practice shifting/ }).getByRole('listitem')

/** Attaches a full-page screenshot to the run (and keeps a copy when SHOTS_DIR is set). */
async function shoot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
) {
  const options = clip ? { clip, fullPage: true } : { fullPage: true }
  const body = await page.screenshot(options)
  await testInfo.attach(name, { body, contentType: 'image/png' })
  const dir = process.env.SHOTS_DIR
  if (dir) {
    await mkdir(dir, { recursive: true })
    await page.screenshot({ ...options, path: `${dir}/${name}.png` })
  }
}

test('Charts opens on the headline: a row per built-in series and a verdict per area', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto('/?v=2&tab=charts')
  await expect(page.getByRole('link', { name: 'Is practice shifting?' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  const areas = new Set(builtIn.series.map((s) => s.areaId))
  await expect(verdicts(page)).toHaveCount(areas.size)
  await expect(verdicts(page).filter({ hasText: 'Radiation therapy:' })).toContainText(
    /\d+ of \d+ series moved toward shorter or more conformal courses/,
  )
  // Counter-evidence is named: surgery rates and volumes rose.
  await expect(verdicts(page).filter({ hasText: 'Surgical management:' })).toContainText(
    /ran against it: surgery rate or volume rose in \d+/,
  )
  // All-indication augmentation series (mostly osteoporotic) are context, never counted.
  const allIndications = builtIn.series.filter(
    (s) => s.areaId === 'mit' && /all indications/i.test(`${s.title} ${s.measure} ${s.unit}`),
  )
  expect(allIndications.length).toBeGreaterThan(0)
  const mit = verdicts(page).filter({ hasText: 'Minimally invasive therapy:' })
  await expect(mit).toContainText(
    `${allIndications.length} shown for context only (all indications, mostly osteoporotic)`,
  )
  await expect(mit).not.toContainText('ran against it')
  await expect(page.locator('#shift-mit-augmentation-rate-all-indications')).toContainText(
    'all indications',
  )
  // Every verdict is visible without scrolling.
  for (const item of await verdicts(page).all()) {
    const box = await item.boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(900)
  }
  // The counter-evidence links to its rows in the chart.
  await verdicts(page).getByRole('link', { name: 'surgery rate or volume' }).click()
  await expect(page).toHaveURL(/#shift-surgery-surgery-rate$/)
  await expect(page.locator('#shift-surgery-surgery-rate')).toBeInViewport()
  await page.evaluate(() => window.scrollTo(0, 0))
  const rows = page.locator('.shift-row')
  await expect(rows).toHaveCount(builtIn.series.length)
  await shoot(page, testInfo, 'shift-1400')
  await page.getByRole('checkbox', { name: 'Show as table' }).check()
  await expect(
    page.getByRole('table', { name: /the plotted numbers/ }).locator('tbody tr'),
  ).toHaveCount(builtIn.series.length)
})

test('each row links to its source study, by keyboard too', async ({ page }, testInfo) => {
  await page.goto('/?v=2&tab=charts')
  const first = builtIn.series.find((s) => s.id === 'ncdb-spine-sbrt-share')
  const link = page.getByRole('link', { name: `${first?.title}:` })
  // Reach it by Tab from the verdict's last link, as a keyboard user would.
  await page.getByRole('link', { name: 'surgery rate or volume' }).focus()
  for (let i = 0; i < 60 && !(await link.evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid')
  await testInfo.attach('row-link-focused', {
    body: await page.screenshot(),
    contentType: 'image/png',
  })
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/focus.png` })
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`rec=study(:|%3A)${first?.studyId}`))
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible()
})

test('filtering to one area changes the verdict', async ({ page }) => {
  await page.goto('/?v=2&tab=charts')
  await expect(verdicts(page).filter({ hasText: 'Radiation therapy:' })).toHaveCount(1)
  const before = await verdicts(page).allTextContents()
  await page.goto('/?v=2&tab=charts&t.f.area=mit')
  await expect(verdicts(page).filter({ hasText: 'Minimally invasive therapy:' })).toHaveCount(1)
  // Only series whose source study informs an MIT technique remain (one surgery source does).
  await expect(verdicts(page).filter({ hasText: 'Radiation therapy:' })).toHaveCount(0)
  expect(await verdicts(page).allTextContents()).not.toEqual(before)
  const mitRows = page.locator('.shift-row')
  expect(await mitRows.count()).toBeLessThan(builtIn.series.length)
})

test('at 375 px the headline fits the width and stays readable', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 })
  await page.goto('/?v=2&tab=charts')
  // The verdict comes as counts per area, its sentences one tap away, so the chart starts on the
  // first screen (e2e/mobile.spec.ts measures that).
  const region = page.getByRole('region', { name: /Is practice shifting/ })
  const counts = region.getByRole('table', { name: 'Series per therapy area, by direction' })
  const areas = new Set(builtIn.series.map((s) => s.areaId))
  await expect(counts.locator('tbody tr')).toHaveCount(areas.size)
  await expect(counts.getByRole('row', { name: /^Radiation therapy/ })).toContainText(/\d+ of \d+/)
  await expect(verdicts(page).first()).toBeHidden()
  await region.getByText('The verdict in words').click()
  await expect(verdicts(page)).toHaveCount(areas.size)
  await expect(verdicts(page).first()).toBeVisible()
  const svg = page.locator('.shift-chart svg')
  const box = await svg.boundingBox()
  expect(box && box.x + box.width).toBeLessThanOrEqual(375)
  await shoot(page, testInfo, 'shift-375')
  // A close-up at real size: the full page is too long to read once scaled down.
  if (box)
    await shoot(page, testInfo, 'shift-375-rows', { x: 0, y: box.y, width: 375, height: 700 })
})

test('the headline passes axe in light and dark', async ({ page }, testInfo) => {
  // Two full axe runs and a screenshot: more than the default budget on a busy machine.
  test.slow()
  await page.setViewportSize({ width: 1400, height: 900 })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/?v=2&tab=charts')
    await page.locator('.shift-row').first().waitFor()
    await expectNoSeriousAxeViolations(page)
  }
  await shoot(page, testInfo, 'shift-1400-dark', { x: 0, y: 0, width: 1400, height: 900 })
})

for (const [width, height] of [
  [1400, 900],
  [375, 812],
] as const) {
  test(`practice multiples and timeline at ${width} px (screenshots)`, async ({
    page,
  }, testInfo) => {
    test.slow()
    await page.setViewportSize({ width, height })
    await page.goto('/?v=2&tab=charts&ch=practice')
    const panels = page.locator('svg.multiple')
    await expect(panels.first()).toBeVisible()
    for (const box of await panels.evaluateAll((svgs) =>
      svgs.map((svg) => svg.getBoundingClientRect().right),
    ))
      expect(box).toBeLessThanOrEqual(width)
    await shoot(page, testInfo, `practice-${width}`)
    const top = (await panels.first().boundingBox())?.y ?? 0
    await shoot(page, testInfo, `practice-${width}-panels`, { x: 0, y: top, width, height: 600 })
    await page.goto('/?v=2&tab=charts&ch=timeline')
    await expect(page.locator('.milestone-mark').first()).toBeVisible()
    await shoot(page, testInfo, `timeline-${width}`)
    const chart = (await page.locator('.recharts-wrapper').first().boundingBox())?.y ?? 0
    await shoot(page, testInfo, `timeline-${width}-chart`, { x: 0, y: chart, width, height: 600 })
  })
}
