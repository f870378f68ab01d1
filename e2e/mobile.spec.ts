import { mkdirSync, writeFileSync } from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import { type AxeResults, expectNoSeriousAxeViolations } from './axe'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

/** Issue 19: the explorer at the bedside, on a phone and on a tablet in both orientations. */
const SIZES = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'tablet-portrait', width: 768, height: 1024 },
  { name: 'tablet-landscape', width: 1024, height: 768 },
] as const

const VIEW_LINKS = [
  'Techniques',
  'Studies',
  'Guidelines',
  'Compare',
  'Charts',
  'Scores',
  'What changed',
]
/** Every chart tab, the headline first (the chart test also reads the tabs off the page). */
const CHARTS = ['shift', 'timeline', 'evidence', 'practice', 'gaps'] as const
const pair = ['separation-surgery', 'balloon-kyphoplasty']
const area = (id: string) => {
  const technique = builtIn.techniques.find((t) => t.id === id)
  return builtIn.areas.find((a) => a.id === technique?.areaId)?.name ?? ''
}

const VIEWS = [
  ['techniques', '/'],
  ['studies', '/?v=2&tab=studies'],
  ['guidelines', '/?v=2&tab=guidelines'],
  ['compare', `/?v=2&tab=compare&cmp=${pair.join('~')}`],
  ...CHARTS.map((chart) => [`charts-${chart}`, `/?v=2&tab=charts&ch=${chart}`] as const),
  ['scores', '/?v=2&tab=scores'],
  ['changes', '/?v=2&tab=changes'],
  ['technique', '/?v=2&rec=technique:separation-surgery'],
  ['study', '/?v=2&rec=study:patchell2005'],
] as const

/** Copies of the attached screenshots, to look at after a run (SHOTS_DIR overrides). */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-mobile'

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const body = await page.screenshot()
  mkdirSync(SHOTS, { recursive: true })
  writeFileSync(`${SHOTS}/${name}.png`, body)
  await testInfo.attach(name, { body, contentType: 'image/png' })
}

/** WCAG 2.2 target size (24 × 24 px or spaced): axe's rule ran and found nothing, of any impact. */
function expectTargetSizes(view: string, results: AxeResults) {
  const rule = (list: AxeResults['violations']) => list.find((r) => r.id === 'target-size')
  expect(rule(results.passes), `${view}: axe checked target sizes`).toBeDefined()
  expect(
    rule(results.violations)?.nodes.map((n) => n.target.join(' ')) ?? [],
    `${view}: targets under 24 px`,
  ).toEqual([])
}

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    x: window.scrollX,
  }))
  expect(widths.page).toBeLessThanOrEqual(widths.viewport)
  expect(widths.x).toBe(0)
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('the header takes at most 15% of the first screen; every view is reachable and the current one marked', async ({
      page,
    }) => {
      await page.goto('/?v=2&tab=studies')
      await expect(page.getByRole('table')).toBeVisible()
      const header = await page.getByRole('banner').boundingBox()
      expect(header?.height ?? Infinity).toBeLessThanOrEqual(size.height * 0.15)
      const nav = page.getByRole('navigation', { name: 'Views' })
      for (const name of VIEW_LINKS) {
        await expect(nav.getByRole('link', { name: new RegExp(`^${name}`) })).toBeInViewport({
          ratio: 1,
        })
      }
      await expect(nav.getByRole('link', { name: 'Studies' })).toHaveAttribute(
        'aria-current',
        'page',
      )
      await noSidewaysScroll(page)

      // The dataset stamp, the theme and "Open dataset…" are one tap away (or on screen).
      const menu = page.getByRole('button', { name: 'Menu' })
      if (await menu.isVisible()) await menu.click()
      await expect(page.getByText(/Built-in dataset · Evidence reviewed/)).toBeInViewport()
      await expect(page.getByRole('combobox', { name: 'Theme' })).toBeInViewport()
      await page.getByRole('button', { name: 'Open dataset…' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await page.keyboard.press('Escape')
    })

    test('every chart view shows its plot on the first screen', async ({ page }) => {
      test.setTimeout(90_000)
      await page.goto('/?v=2&tab=charts')
      // Every tab on the page, so a chart added later is measured too.
      const tabs = page.getByRole('navigation', { name: 'Charts' }).getByRole('link')
      await expect(tabs).toHaveCount(CHARTS.length)
      const charts = await tabs.evaluateAll((links) =>
        links.map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
      )
      for (const chart of charts) {
        await page.goto(chart.href)
        await expect(
          page.getByRole('navigation', { name: 'Charts' }).getByRole('link', { name: chart.name }),
        ).toHaveAttribute('aria-current', 'page')
        // The plot area of the first figure (a wide gap map scrolls inside it, like a table).
        const plot = page.getByRole('figure').first().locator('.chart-plot')
        await expect(plot.locator('svg').first()).toBeVisible()
        const box = await plot.boundingBox()
        expect(await page.evaluate(() => window.scrollY)).toBe(0)
        // At least 100 px of the plot on the first screen, without scrolling.
        expect(
          box?.y ?? Infinity,
          `${chart.name}: the plot starts on the first screen`,
        ).toBeLessThan(size.height - 100)
        await noSidewaysScroll(page)
      }
    })

    test('two compared techniques: both values of one attribute on screen without sideways scrolling', async ({
      page,
    }) => {
      await page.goto(`/?v=2&tab=compare&cmp=${pair.join('~')}`)
      const main = page.getByRole('main')
      const values = pair.map((id) =>
        main.getByText(area(id), { exact: true }).filter({ visible: true }),
      )
      const first = await values[0]?.boundingBox()
      await page.evaluate((y) => window.scrollTo(0, y - 200), first?.y ?? 0)
      for (const value of values) await expect(value).toBeInViewport({ ratio: 1 })
      await noSidewaysScroll(page)
      const inner = await page
        .locator('.table-scroll')
        .filter({ visible: true })
        .evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth))
      expect(inner.every((overflow) => overflow <= 1)).toBe(true)
    })

    test('touch targets and the rest of WCAG 2.2 AA on every main view (axe)', async ({ page }) => {
      test.setTimeout(300_000)
      for (const [name, url] of VIEWS) {
        await page.goto(url)
        await page.getByRole('heading', { level: 2 }).first().waitFor()
        if (name.startsWith('charts-'))
          await page.getByRole('figure').first().locator('.chart-plot svg').first().waitFor()
        expectTargetSizes(name, await expectNoSeriousAxeViolations(page))
      }
      // The phone's menu, open.
      const menu = page.getByRole('button', { name: 'Menu' })
      if (await menu.isVisible()) {
        await menu.click()
        await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible()
        expectTargetSizes('menu', await expectNoSeriousAxeViolations(page))
      }
    })

    test('screenshots of every main view', async ({ page }, testInfo) => {
      test.setTimeout(90_000)
      for (const [name, url] of VIEWS) {
        await page.goto(url)
        await page.getByRole('heading', { level: 2 }).first().waitFor()
        if (name.startsWith('charts-'))
          await page.getByRole('figure').first().locator('.chart-plot svg').first().waitFor()
        await shoot(page, testInfo, `${size.name}-${name}`)
      }
      // Below 1024 px the filters are in a drawer; open, it shows above the results.
      await page.goto('/')
      await page.getByRole('table').waitFor()
      const drawer = page.getByRole('button', { name: 'Show filters' })
      if (await drawer.isVisible()) {
        await drawer.click()
        await expect(page.getByRole('group', { name: 'Therapy area' })).toBeInViewport()
        await shoot(page, testInfo, `${size.name}-filters-open`)
      }
    })
  })
}

test.describe('phone only', () => {
  test('record pages with wide tables and long source notes do not scroll sideways', async ({
    page,
  }) => {
    // Technique pages hold outcome and guideline tables (hidden labels inside them once widened
    // the page); practice sources hold long addresses of the pages read.
    for (const search of [
      'rec=technique:open-decompression-stabilisation',
      'rec=technique:vertebroplasty',
      'tab=charts&ch=practice',
    ]) {
      await page.goto(`/?v=2&${search}`)
      await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible()
      await expect(page.getByRole('table').or(page.getByRole('figure')).first()).toBeVisible()
      await noSidewaysScroll(page)
    }
  })

  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true })

  test('the menu holds the theme and the dataset stamp; the series and chart options open as sheets', async ({
    page,
  }, testInfo) => {
    await page.goto('/?v=2&tab=charts&ch=practice')
    await page.getByRole('button', { name: 'Menu' }).click()
    const stamp = page.getByRole('button', { name: /^#[0-9a-f]{12}$/ })
    await expect(stamp).toBeInViewport()
    // The full SHA-256 is a tap away (no hover on a phone), and the menu stays open under it.
    await stamp.tap()
    const short = ((await stamp.textContent()) ?? '').slice(1)
    const tip = page.getByRole('tooltip')
    await expect(tip).toHaveText(new RegExp(`^SHA-256 content hash: ${short}[0-9a-f]{52}$`))
    await expect(tip).toBeInViewport({ ratio: 1 })
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible()
    await shoot(page, testInfo, 'phone-menu-open')
    await page.keyboard.press('Escape')
    await expect(tip).toBeHidden()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden()

    const choose = page.getByRole('button', { name: /^Choose series \(\d+ of \d+\)$/ })
    const before = Number(/\((\d+) of/.exec((await choose.textContent()) ?? '')?.[1])
    await choose.click()
    const box = page
      .getByRole('group', { name: /^Series/ })
      .getByRole('checkbox')
      .first()
    await expect(box).toBeInViewport()
    await shoot(page, testInfo, 'phone-series-sheet')
    await box.click()
    await page.getByRole('button', { name: 'Done' }).click()
    await expect(choose).not.toHaveText(new RegExp(`\\(${before} of`))

    await page.goto('/?v=2&tab=charts&ch=evidence')
    await page.getByRole('button', { name: 'Chart options' }).click()
    await page.getByRole('radio', { name: /Share of total/ }).check()
    await expect(page).toHaveURL(/ch.mode=share/)
    await shoot(page, testInfo, 'phone-chart-options-sheet')
  })

  test('rows as cards show the visible columns as label–value pairs; active filters sit above them', async ({
    page,
  }, testInfo) => {
    await page.goto('/?v=2&t.f.area=radiation')
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible()
    await page.getByRole('button', { name: 'Show rows as cards' }).click()
    const cards = page.getByRole('list', { name: 'Techniques' })
    await expect(cards.getByRole('listitem').first()).toBeVisible()
    await expect(page.getByRole('table')).toBeHidden()
    const card = cards.getByRole('listitem').first()
    await expect(card.getByRole('term').first()).toBeVisible()
    await expect(card.getByRole('checkbox', { name: /^Compare / })).toBeVisible()
    await noSidewaysScroll(page)
    await shoot(page, testInfo, 'phone-cards')
  })
})

test.describe('record outcomes at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('each result is a card: its value and time point on screen without sideways scrolling, an opened quote fits', async ({
    page,
  }, testInfo) => {
    await page.goto('/?v=2&rec=technique:vertebroplasty')
    const outcomes = page.getByRole('table', { name: /^Outcomes of/ })
    const first = outcomes
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .first()
    const value = first.getByRole('cell', { name: /^Value/ })
    const time = first.getByRole('cell', { name: /^Time point/ })
    const within = async (name: string, box: { x: number; width: number } | null) => {
      expect(box, `${name} has a box`).not.toBeNull()
      expect(box?.x ?? -1, `${name} starts on screen`).toBeGreaterThanOrEqual(0)
      expect((box?.x ?? 0) + (box?.width ?? 0), `${name} ends on screen`).toBeLessThanOrEqual(390)
    }
    await value.scrollIntoViewIfNeeded()
    await expect(value).toBeInViewport({ ratio: 1 })
    await expect(time).toBeInViewport({ ratio: 1 })
    await within('Value', await value.boundingBox())
    await within('Time point', await time.boundingBox())
    await expect(value).toHaveText(/^\d/)

    await first.getByText(/^Quote for /).click()
    const quote = first.getByRole('blockquote')
    await expect(quote).toBeVisible()
    await within('The opened quote', await quote.boundingBox())
    await expect(quote).toBeInViewport()
    await noSidewaysScroll(page)
    await shoot(page, testInfo, 'phone-390-outcome-cards')
  })
})

test.describe('no hover-only information', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true })

  test('a tier badge says what it means on a tap and on keyboard focus', async ({
    page,
  }, testInfo) => {
    await page.goto('/?v=2&tab=studies')
    const badge = page
      .getByRole('table')
      .getByRole('button', { name: /^(Primary source|Secondary source|Unverified)$/ })
      .first()
    await badge.tap()
    const tip = page.getByRole('tooltip')
    await expect(tip).toHaveText(/^(Seen|Not yet seen) /)
    await expect(tip).toBeInViewport({ ratio: 1 })
    await shoot(page, testInfo, 'phone-badge-tip')
    // A tap elsewhere closes it.
    await page.getByRole('heading', { level: 2 }).first().tap({ force: true })
    await expect(tip).toBeHidden()
    // Keyboard focus opens it; moving on closes it.
    await badge.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect(badge).toBeFocused()
    await expect(tip).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(tip).toBeHidden()
  })

  test('a milestone marked on the timeline opens its source and links on a tap', async ({
    page,
  }) => {
    await page.goto('/?v=2&tab=charts&ch=timeline')
    const first = builtIn.milestones.toSorted((a, b) => a.year - b.year)[0]
    const entry = page.locator(`#timeline-ms-${first?.id}`)
    const back = entry.getByRole('link', { name: 'mark on the chart' })
    await expect(back).toBeHidden()
    await entry.getByText(first?.label ?? '').tap()
    await expect(back).toBeVisible()
    await expect(entry.getByText(first?.citation ?? '')).toBeVisible()
  })
})

test.describe('tablet comparison', () => {
  for (const width of [768, 1024]) {
    test(`at ${width} px three compared techniques show every column`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 768 ? 1024 : 768 })
      await page.goto(
        '/?v=2&tab=compare&cmp=separation-surgery~cebrt-multi-fraction~balloon-kyphoplasty',
      )
      const scroller = page.locator('.table-scroll').filter({ visible: true })
      await expect(page.getByRole('table').locator('thead').getByRole('columnheader')).toHaveCount(
        4,
      )
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(
        1,
      )
      await noSidewaysScroll(page)
    })
  }
})
