import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

const firstGuideline = builtIn.guidelines[0]?.id ?? 'none'

const VIEWS: [string, string, (page: Page) => Promise<unknown>][] = [
  ['techniques table', '/', (p) => p.getByRole('table').waitFor()],
  ['studies table', '/?tab=studies', (p) => p.getByRole('table').waitFor()],
  [
    'technique page',
    '/?technique=balloon-kyphoplasty',
    (p) => p.getByRole('heading', { level: 2 }).waitFor(),
  ],
  ['study page', '/?study=patchell2005', (p) => p.getByRole('heading', { level: 2 }).waitFor()],
  [
    'guideline page',
    `/?guideline=${firstGuideline}`,
    (p) => p.getByRole('heading', { level: 2 }).waitFor(),
  ],
  [
    'technique page with a quote open',
    '/?technique=cebrt-single-fraction',
    async (p) => {
      await p.getByRole('heading', { level: 2 }).waitFor()
      await p.locator('details.quote > summary').first().click()
    },
  ],
  [
    'comparison',
    '/?tab=compare&compare=separation-surgery~cebrt-multi-fraction~balloon-kyphoplasty',
    (p) => p.getByRole('table').waitFor(),
  ],
  [
    'timeline chart',
    '/?tab=charts&chart=timeline',
    (p) => p.locator('.recharts-area').first().waitFor(),
  ],
  [
    'evidence chart',
    '/?tab=charts&chart=evidence',
    (p) => p.locator('.recharts-bar').first().waitFor(),
  ],
  [
    'practice chart',
    '/?tab=charts&chart=practice',
    (p) => p.locator('.recharts-surface').first().waitFor(),
  ],
  ['gap map', '/?tab=charts&chart=gaps', (p) => p.locator('.gap-cell').first().waitFor()],
  [
    'scoring systems',
    '/?tab=tools',
    (p) => p.getByRole('heading', { name: /Decision and scoring systems/ }).waitFor(),
  ],
  ['chart as table', '/?tab=charts&chart=timeline&as=table', (p) => p.getByRole('table').waitFor()],
  [
    'empty result',
    '/?q=zzzz-nothing',
    (p) => p.getByText('No techniques match these filters.').waitFor(),
  ],
]

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme })
    for (const [name, url, ready] of VIEWS) {
      test(`${name} has no serious or critical violations`, async ({ page }) => {
        await page.goto(url)
        await ready(page)
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze()
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')})`,
          )
        expect(serious).toEqual([])
      })
    }
  })
}

test('the open-dataset dialog has no serious or critical violations', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  await page.getByRole('dialog').waitFor()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze()
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([])
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
