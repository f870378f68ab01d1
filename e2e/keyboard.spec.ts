import type { Page } from '@playwright/test'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

type Focused = { tag: string; type: string; name: string; visible: boolean }

/** What has focus, with its accessible-ish name and whether a focus ring is drawn. */
function focusedElement(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? ''
    const name = (el.getAttribute('aria-label') ?? (labelled || el.textContent) ?? '').trim()
    const visible = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
    return {
      tag: el.tagName.toLowerCase(),
      type: (el as HTMLInputElement).type ?? '',
      name,
      visible,
    }
  })
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, asserting at every stop that
 * focus is visible. Only real key presses move focus: no element is focused by script.
 */
async function tabTo(page: Page, matches: (el: Focused) => boolean, key = 'Tab', limit = 300) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key)
    const focused = await focusedElement(page)
    if (!focused) continue
    expect(focused.visible, `visible focus on ${focused.tag} "${focused.name}"`).toBe(true)
    if (matches(focused)) return
  }
  throw new Error(`no element matched after ${limit} presses of ${key}`)
}

const named = (name: string | RegExp) => (el: Focused) =>
  typeof name === 'string' ? el.name === name : name.test(el.name)

test('the main journey works from the keyboard alone, with visible focus', async ({ page }) => {
  test.setTimeout(90_000)
  const names = ['separation-surgery', 'cebrt-multi-fraction', 'balloon-kyphoplasty'].map(
    (id) => builtIn.techniques.find((t) => t.id === id)?.name ?? id,
  )
  await page.goto('/')
  await page.getByRole('table').waitFor()

  // search
  await tabTo(page, named('Search techniques'))
  await page.keyboard.type('radio')
  await expect(page).toHaveURL(/t\.q=radio/)

  // tick a facet value with Space, then clear everything with Enter
  await tabTo(page, (el) => el.type === 'checkbox' && el.name.startsWith('Radiation therapy'))
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/t\.f\.area=radiation/)
  await tabTo(page, named('Clear all'))
  await page.keyboard.press('Enter')
  await expect(page).not.toHaveURL(/t\.f\.area|t\.q/)

  // sort by a column (the sort buttons come after the filters)
  await tabTo(page, named(/^First reported/))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('columnheader', { name: /First reported/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )

  // open a record, and come back with Shift+Tab to the back link
  await tabTo(page, named(names[2] ?? ''))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: names[2] })).toBeVisible()
  await tabTo(page, named(/Back to the techniques table/))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('table')).toBeVisible()

  // tick three techniques for the comparison, in the order the table lists them
  const listed = await page.getByRole('table').getByRole('link').allTextContents()
  const inTableOrder = [...names].sort((a, b) => listed.indexOf(a) - listed.indexOf(b))
  for (const name of inTableOrder) {
    await tabTo(page, named(`Compare ${name}`))
    await page.keyboard.press('Space')
  }
  await tabTo(page, named('Compare 3 techniques'), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Comparison of 3 techniques' })).toBeVisible()

  // export the comparison as CSV
  const download = page.waitForEvent('download')
  await tabTo(page, named(/^Download \d+ rows as CSV$/))
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/^spinal-metastases-comparison_/)
})

test('the Columns panel opens with Enter, closes with Escape and gives focus back to its button', async ({
  page,
}) => {
  await page.goto('/?v=2&t.q=ablation&t.f.area=mit&t.r.year=2000..2015')
  await page.getByRole('table').waitFor()
  await tabTo(page, named('Columns'))
  await page.keyboard.press('Enter')
  const panel = page.getByRole('group', { name: 'Show columns' })
  await expect(panel).toBeVisible()
  await tabTo(page, (el) => el.type === 'checkbox' && el.name === 'Also known as')
  await page.keyboard.press('Space')
  await expect(page.getByRole('columnheader', { name: /Also known as/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  expect(await focusedElement(page)).toMatchObject({
    tag: 'button',
    name: 'Columns',
    visible: true,
  })
  // Tab past its last box also closes it: it never lies over the table unattended.
  await page.keyboard.press('Enter')
  await expect(panel).toBeVisible()
  await tabTo(page, (el) => el.type === 'checkbox' && el.name === 'Summary')
  await page.keyboard.press('Tab')
  await expect(panel).toBeHidden()
})

test('a skip link passes the filters and lands on the results', async ({ page }) => {
  await page.goto('/?v=2&tab=studies')
  await page.getByRole('table').waitFor()
  await tabTo(page, named('Skip to the studies table'))
  await page.keyboard.press('Enter')
  // The next stop is the first control of the results, not the first filter.
  await page.keyboard.press('Tab')
  const focused = await focusedElement(page)
  expect(focused?.name).toMatch(/^Download \d+ rows as CSV$/)
})
