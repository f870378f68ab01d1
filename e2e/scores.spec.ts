import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { matchTechniques } from '../src/domain/scores/lens'
import { parseScores } from '../src/domain/scores/score-url'
import { buildSituation } from '../src/domain/scores/situation'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Moves focus with Tab only until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return
  }
  throw new Error('the element was not reached with Tab')
}

const summary = (page: Page) => page.locator('.score-summary')

test('keyboard only: score SINS, see the band, open the evidence, reload keeps it', async ({
  page,
}) => {
  await page.goto('/?v=2&tab=scores&sc=sins')
  await expect(page.getByRole('heading', { name: 'Scores', level: 2 })).toBeVisible()
  await expect(page.getByText('Nothing you enter leaves this browser')).toBeVisible()
  await expect(summary(page)).toContainText('So far 0–18')

  // First item: Tab into the group, Space picks the focused option (junctional, 3 points),
  // ArrowDown moves to and picks the next one (mobile spine, 2 points).
  await tabTo(page, (el) => (el as HTMLInputElement).name === 'sins-0')
  await page.keyboard.press('Space')
  await expect(page.getByRole('radio', { name: /Junctional/ })).toBeChecked()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /Mobile spine/ })).toBeChecked()
  await expect(summary(page)).toContainText('So far 2–17')
  // The other five items: Tab to the next group, Space picks its first (highest) option.
  for (let item = 1; item < 6; item++) {
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
  }
  await expect(summary(page)).toContainText('Total 17')
  await expect(summary(page)).toContainText('Unstable.')
  await expect(summary(page)).not.toContainText('Missing')

  await tabTo(page, (el) => el.textContent === 'Show the evidence for this situation')
  await page.keyboard.press('Enter')
  // The Techniques table, filtered to the matched techniques, each row saying why it matched.
  const table = page.getByRole('table', { name: /^Techniques/ })
  const expectRows = async () => {
    await expect(
      page.getByText('Evidence for the situation entered on the Scores page'),
    ).toBeVisible()
    const rows = table.locator('tbody').getByRole('row')
    // The same answers through the domain matcher: SINS 17 (and, from its collapse item, a
    // collapsed vertebral body); nothing else is known, so only SINS-only criteria can hold.
    const { situation } = buildSituation(builtIn, parseScores(new URL(page.url()).search))
    expect(situation.sins).toEqual({ min: 17, max: 17 })
    const expected = matchTechniques(builtIn.techniques, situation)
    expect(expected.length).toBeGreaterThan(0)
    await expect(rows).toHaveCount(expected.length)
    for (const row of await rows.all())
      await expect(row).toContainText(/Matched because: .*SINS 13–18 \(here 17\)/)
  }
  await expectRows()
  expect(page.url()).toContain('sc.sins=')
  expect(page.url()).toContain('sc.lens=1')
  expect(page.url()).toContain('t.f.technique=')

  await page.reload()
  await expectRows()
  await tabTo(page, (el) => el.textContent === 'Back to the calculator')
  await page.keyboard.press('Enter')
  await expect(summary(page)).toContainText('Total 17')
  await expect(page.getByRole('radio', { name: /Mobile spine/ })).toBeChecked()
})

test('an incomplete score names the missing items and never shows a band that could change', async ({
  page,
}) => {
  await page.goto('/?v=2&tab=scores&sc=sins&sc.sins=0.0.1')
  await expect(summary(page)).toContainText('So far 7–17')
  await expect(summary(page)).toContainText('Band not settled yet')
  await expect(summary(page)).toContainText('Missing: Radiographic spinal alignment')
  await page.getByRole('button', { name: 'Reset SINS' }).click()
  await expect(summary(page)).toContainText('So far 0–18')
})

test('NOMS guided view states the framework’s wording and the matching techniques', async ({
  page,
}) => {
  await page.goto('/?v=2&tab=scores&sc=noms')
  const statements = page.getByRole('region', { name: 'What the framework states' })
  await expect(statements).toContainText('needs Histology')
  await page.getByRole('radio', { name: /^Grade 3:/ }).check()
  await page.getByRole('radio', { name: /Renal cell carcinoma/ }).check()
  await expect(statements).toContainText(/Radioresistant tumour with high-grade compression/)
  // Each histology names its response, tier and source study, with the source's words.
  await page.getByText(/^Sources of the histology list/).click()
  const sources = page.getByRole('group').filter({ hasText: 'Sources of the histology list' })
  const renalEntry = sources.getByRole('listitem').filter({ hasText: /^Renal cell carcinoma:/ })
  await expect(renalEntry).toContainText('radioresistant')
  await expect(renalEntry.getByRole('link', { name: /Bilsky/ })).toBeVisible()
  await renalEntry.getByText('Quote for Renal cell carcinoma').click()
  await expect(renalEntry).toContainText('tumors considered radioresistant')
  await page.getByRole('link', { name: 'Show the evidence for this situation' }).click()
  const rows = page
    .getByRole('table', { name: /^Techniques/ })
    .locator('tbody')
    .getByRole('row')
  await expect(rows.filter({ hasText: 'Separation surgery' })).toContainText(
    'ESCC grade 2, 3 (here 3)',
  )
  // The Studies table is filtered to the studies behind the same techniques.
  await page.getByRole('link', { name: 'Studies', exact: true }).click()
  await expect(page.getByRole('table', { name: /^Studies/ })).toContainText('Bilsky')
})

const CALCULATORS = builtIn.scoringSystems.map((s) => s.id)

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`scores axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme })
    for (const id of [...CALCULATORS, 'evidence']) {
      test(`${id} has no axe violations`, async ({ page }) => {
        const url =
          id === 'evidence'
            ? '/?v=2&tab=techniques&t.f.technique=open-decompression-stabilisation&sc.sins=0.0.0.0.0.0&sc.lens=1'
            : `/?v=2&tab=scores&sc=${id}`
        await page.goto(url)
        await page.locator('.calculator, .lens-notice').first().waitFor()
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
      })
    }
  })
}

test('ESCC reads as a grade, Tomita says which totals it cannot reach, NESMS says it is capped', async ({
  page,
}) => {
  await page.goto('/?v=2&tab=scores&sc=escc-bilsky')
  await expect(summary(page)).toContainText('No grade chosen yet.')
  await page.getByRole('radio', { name: /^Grade 2:/ }).check()
  await expect(summary(page)).toContainText('Grade 2')
  await expect(summary(page)).not.toContainText('Total')
  await expect(summary(page)).toContainText('High grade')

  // The bands of the built-in Tomita run past what its items can give (an option is missing).
  const tomita = builtIn.scoringSystems.find((s) => s.id === 'tomita')
  if (!tomita) throw new Error('the built-in dataset has the Tomita score')
  const reachable = tomita.components.reduce(
    (sum, c) => sum + Math.max(...c.options.map((o) => o.points)),
    0,
  )
  const published = Math.max(...tomita.bands.map((b) => b.max ?? 0))
  expect(published).toBeGreaterThan(reachable)
  await page.goto('/?v=2&tab=scores&sc=tomita')
  await expect(page.getByRole('note').filter({ hasText: 'Incomplete score.' })).toContainText(
    `reaches at most ${reachable}, while the published bands run to ${published}`,
  )

  // NESMS: every item at its highest option adds up past the ceiling, and the page says so.
  const nesms = builtIn.scoringSystems.find((s) => s.id === 'nesms')
  if (!nesms?.ceiling) throw new Error('the built-in NESMS has a ceiling')
  await page.goto('/?v=2&tab=scores&sc=nesms')
  for (const component of nesms.components) {
    const top = component.options.reduce((a, b) => (b.points > a.points ? b : a))
    await page
      .getByRole('group', { name: component.name })
      .getByRole('radio', { name: top.label })
      .check()
  }
  await expect(summary(page)).toContainText(`Total ${nesms.ceiling}`)
  await expect(summary(page)).toContainText(`the published score is capped at ${nesms.ceiling}`)
  await expect(
    page.getByText('No finding the indication criteria use has been entered yet.'),
  ).toBeVisible()
})

test('NOMS offers "Other or not listed" and then states no radiosensitivity', async ({ page }) => {
  await page.goto('/?v=2&tab=scores&sc=noms')
  await page.getByRole('radio', { name: /^Other or not listed/ }).check()
  await expect(page.getByRole('region', { name: 'What the framework states' })).toContainText(
    'not in the dataset’s sourced radiosensitivity list',
  )
})

test('the evidence says it replaces your own filters, and Back returns to them', async ({
  page,
}) => {
  const sinsSystem = builtIn.scoringSystems.find((s) => s.id === 'sins')
  if (!sinsSystem) throw new Error('the built-in dataset has SINS')
  // Every SINS item at its highest option: an unstable spine, which the built-in criteria match.
  const top = sinsSystem.components
    .map((c) =>
      c.options.findIndex((o) => o.points === Math.max(...c.options.map((x) => x.points))),
    )
    .join('.')
  await page.goto(`/?v=2&tab=scores&sc=sins&sc.sins=${top}&t.q=decompression`)
  await expect(
    page.getByText(/It replaces the filters you set on the Techniques and Studies tables/),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Show the evidence for this situation' }).click()
  await expect(
    page.getByRole('note').filter({ hasText: 'Evidence for the situation' }),
  ).toContainText('Any filters you had set on this table were replaced')
  await expect(page).not.toHaveURL(/t\.q=decompression/)
  await page.goBack()
  await expect(page).toHaveURL(/t\.q=decompression/)
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Techniques', exact: true })
    .click()
  await expect(page.getByRole('searchbox', { name: /Search techniques/ })).toHaveValue(
    'decompression',
  )
})
