import type { Page } from '@playwright/test'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

/** Tabs until the focused element matches, asserting focus stays visible on the way. */
async function tabTo(
  page: Page,
  matches: (el: { role: string; name: string }) => boolean,
  limit = 200,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el) return null
      const style = getComputedStyle(el)
      const role = el.getAttribute('role') ?? el.tagName.toLowerCase()
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()
      const visible = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
      return { role, name, visible, type: (el as HTMLInputElement).type ?? '' }
    })
    if (!focused) continue
    expect(focused.visible, `visible focus on ${focused.role} "${focused.name}"`).toBe(true)
    if (matches(focused)) return
  }
  throw new Error('element not reached by Tab')
}

test('the main journey works from the keyboard alone, with visible focus', async ({ page }) => {
  const names = ['separation-surgery', 'cebrt-multi-fraction', 'balloon-kyphoplasty'].map(
    (id) => builtIn.techniques.find((t) => t.id === id)?.name ?? id,
  )
  await page.goto('/')
  await page.getByRole('table').waitFor()

  // search
  await tabTo(page, (el) => el.role === 'input' && el.name === '')
  await expect(page.getByRole('searchbox')).toBeFocused()
  await page.keyboard.type('radio')
  await expect(page).toHaveURL(/q=radio/)
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Backspace')

  // pick a facet value
  await tabTo(page, (el) => el.name.includes('Surgical management') || el.role === 'input')
  const focusedCheckbox = page.locator(':focus')
  await expect(focusedCheckbox).toHaveAttribute('type', 'checkbox')
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/area=/)
  await page.getByRole('button', { name: 'Clear all' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).not.toHaveURL(/area=/)

  // sort by a column
  await page
    .getByRole('columnheader', { name: /First reported/ })
    .getByRole('button')
    .focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('columnheader', { name: /First reported/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )

  // open a record and come back
  await page
    .getByRole('link', { name: names[2] ?? '' })
    .first()
    .focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: names[2] })).toBeVisible()
  await page.getByRole('link', { name: /Back to the techniques table/ }).focus()
  await page.keyboard.press('Enter')

  // tick three techniques and compare
  for (const name of names) {
    await page.getByRole('checkbox', { name: `Compare ${name}` }).focus()
    await page.keyboard.press('Space')
  }
  await page.getByRole('link', { name: 'Compare 3 techniques' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Comparison of 3 techniques' })).toBeVisible()

  // export the comparison as CSV
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /^Download \d+ rows as CSV$/ }).focus()
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/^spinal-metastases-comparison_/)
})
