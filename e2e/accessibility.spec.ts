import type { Page } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

const firstGuideline = builtIn.guidelines[0]?.id ?? 'none'

const VIEWS: [string, string, (page: Page) => Promise<unknown>][] = [
  ['techniques table', '/', (p) => p.getByRole('table').waitFor()],
  ['studies table', '/?tab=studies', (p) => p.getByRole('table').waitFor()],
  [
    'technique page',
    '/?v=2&rec=technique:balloon-kyphoplasty',
    (p) => p.getByRole('heading', { level: 2 }).waitFor(),
  ],
  [
    'study page',
    '/?v=2&rec=study:patchell2005',
    (p) => p.getByRole('heading', { level: 2 }).waitFor(),
  ],
  ['guidelines table', '/?v=2&tab=guidelines', (p) => p.getByRole('table').waitFor()],
  [
    'guideline page',
    `/?v=2&rec=guideline:${firstGuideline}`,
    (p) => p.getByRole('heading', { level: 2 }).waitFor(),
  ],
  [
    'technique page with a quote open',
    '/?v=2&rec=technique:cebrt-single-fraction',
    async (p) => {
      await p.getByRole('heading', { level: 2 }).waitFor()
      await p.locator('details.quote > summary').first().click()
    },
  ],
  [
    'comparison',
    '/?v=2&tab=compare&cmp=separation-surgery~cebrt-multi-fraction~balloon-kyphoplasty',
    (p) => p.getByRole('table').waitFor(),
  ],
  ['headline chart', '/?v=2&tab=charts', (p) => p.locator('.shift-row').first().waitFor()],
  [
    'timeline chart',
    '/?v=2&tab=charts&ch=timeline',
    (p) => p.locator('.recharts-area').first().waitFor(),
  ],
  [
    'evidence chart',
    '/?v=2&tab=charts&ch=evidence',
    (p) => p.locator('.recharts-bar').first().waitFor(),
  ],
  [
    'practice chart',
    '/?v=2&tab=charts&ch=practice',
    (p) => p.locator('svg.multiple').first().waitFor(),
  ],
  ['gap map', '/?v=2&tab=charts&ch=gaps', (p) => p.locator('.gap-cell').first().waitFor()],
  [
    'scores',
    '/?v=2&tab=scores',
    (p) => p.getByRole('heading', { name: 'Scores', level: 2 }).waitFor(),
  ],
  ['chart as table', '/?v=2&tab=charts&ch.as=table', (p) => p.getByRole('table').waitFor()],
  [
    'empty result',
    '/?v=2&t.q=zzzz-nothing',
    (p) => p.getByText('No techniques match these filters.').waitFor(),
  ],
]

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme })
    for (const [name, url, ready] of VIEWS) {
      test(`${name} has no serious or critical violations`, async ({ page }) => {
        // axe over a large SVG chart takes a while on a busy two-core machine.
        test.setTimeout(60_000)
        await page.goto(url)
        await ready(page)
        await expectNoSeriousAxeViolations(page)
      })
    }
  })
}

test('the open-dataset dialog has no serious or critical violations', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  await page.getByRole('dialog').waitFor()
  await expectNoSeriousAxeViolations(page)
})

test('the theme follows the system and can be switched', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const dark = await background()
  await page.getByLabel('Theme').selectOption('light')
  expect(await background()).not.toBe(dark)
  await page.reload()
  await expect(page.getByLabel('Theme')).toHaveValue('light')
  expect(await background()).not.toBe(dark)
})
