import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

test('the scoring systems page shows each system with its points, bands and reference', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Scores' }).click()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    `Decision and scoring systems (${builtIn.scoringSystems.length})`,
  )
  const sins = builtIn.scoringSystems.find((s) => s.id === 'sins')
  expect(sins).toBeDefined()
  const card = page.getByRole('article', { name: /Spinal Instability Neoplastic Score/ })
  for (const component of sins?.components ?? [])
    await expect(card.getByRole('table', { name: component.name, exact: true })).toBeVisible()
  const bands = card.getByRole('table', { name: 'Interpretation' }).locator('tbody tr')
  await expect(bands).toHaveCount(sins?.bands.length ?? 0)
  await expect(bands.first()).toContainText(`${sins?.bands[0]?.min}–${sins?.bands[0]?.max}`)
  await card.getByRole('link', { name: /\d{4}/ }).click()
  await expect(page.getByRole('link', { name: /Back to the scoring systems/ })).toBeVisible()
})
