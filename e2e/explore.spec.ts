import { relationsOf } from '../src/domain/dataset/relations'
import { builtIn, ExplorerPage } from './explorer-page'
import { expect, test } from './fixtures'

const total = builtIn.techniques.length
const inArea = (...areas: string[]) =>
  builtIn.techniques.filter((t) => areas.includes(t.areaId)).length
const areaName = (id: string) => builtIn.areas.find((a) => a.id === id)?.name ?? id

test('search narrows the techniques, case- and accent-insensitively', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  await expect(explorer.summary).toHaveText(`${total} techniques`)
  await explorer.search.fill('KYPHÖ')
  await expect(explorer.bodyRows.first()).toContainText('kyphoplasty')
  const expected = builtIn.techniques.filter((t) =>
    [t.name, ...t.aliases, t.summary, t.subgroup].join(' ').toLowerCase().includes('kypho'),
  ).length
  await expect(explorer.bodyRows).toHaveCount(expected)
  await expect(explorer.summary).toHaveText(`${expected} of ${total} techniques matching “KYPHÖ”`)
})

test('two values in one facet widen, a second facet narrows, counts update', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  await explorer.facetOption('Therapy area', areaName('radiation')).check()
  await expect(explorer.bodyRows).toHaveCount(inArea('radiation'))
  await expect(page).toHaveURL(/area=radiation/)

  await explorer.facetOption('Therapy area', areaName('mit')).check()
  await expect(explorer.bodyRows).toHaveCount(inArea('radiation', 'mit'))
  await expect(explorer.summary).toContainText(
    `${inArea('radiation', 'mit')} of ${total} techniques where therapy area is`,
  )

  const percutaneous = builtIn.techniques.filter(
    (t) => ['radiation', 'mit'].includes(t.areaId) && t.invasiveness === 'percutaneous',
  ).length
  await explorer.facetOption('Invasiveness', 'Percutaneous').check()
  await expect(explorer.bodyRows).toHaveCount(percutaneous)
  // The area facet now counts only percutaneous techniques; its own selection is left out.
  const mitPercutaneous = builtIn.techniques.filter(
    (t) => t.areaId === 'mit' && t.invasiveness === 'percutaneous',
  ).length
  await expect(explorer.facetOption('Therapy area', areaName('mit'))).toHaveAccessibleName(
    `${areaName('mit')} (${mitPercutaneous} matching)`,
  )

  await page.getByRole('button', { name: 'Remove filter Invasiveness: Percutaneous' }).click()
  await expect(explorer.bodyRows).toHaveCount(inArea('radiation', 'mit'))
  await page.getByRole('button', { name: 'Clear all' }).click()
  await expect(explorer.bodyRows).toHaveCount(total)
})

test('sorts from the keyboard with aria-sort, multi-column with Shift', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  const yearHeader = explorer.columnHeader(/First reported/)
  await yearHeader.getByRole('button').focus()
  await page.keyboard.press('Enter')
  await expect(yearHeader).toHaveAttribute('aria-sort', 'descending')
  const years = builtIn.techniques.map((t) => t.firstReported.year).sort((a, b) => b - a)
  const yearIndex = await yearHeader.evaluate((th) => (th as HTMLTableCellElement).cellIndex)
  expect((await explorer.columnTexts(yearIndex)).map(Number)).toEqual(years)

  await page.keyboard.press('Space')
  await expect(yearHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/sort=year/)

  const areaHeader = explorer.columnHeader(/Therapy area/)
  await areaHeader.getByRole('button').focus()
  await page.keyboard.press('Shift+Enter')
  await expect(areaHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(yearHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/sort=year~area/)
})

test('the column chooser hides a column and the choice is kept in the URL', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  await expect(explorer.columnHeader(/Sub-group/)).toBeVisible()
  await page.getByRole('button', { name: 'Columns' }).click()
  await page
    .getByRole('group', { name: 'Show columns' })
    .getByRole('checkbox', { name: 'Sub-group' })
    .uncheck()
  await expect(explorer.columnHeader(/Sub-group/)).toHaveCount(0)
  await expect(page).toHaveURL(/cols=/)
  await page.reload()
  await expect(explorer.table).toBeVisible()
  await expect(explorer.columnHeader(/Sub-group/)).toHaveCount(0)
  await expect(explorer.columnHeader(/Therapy area/)).toBeVisible()
})

test('the Columns panel floats over the results, and a click outside or a tab switch closes it', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto('?v=2&t.q=ablation&t.f.area=mit&t.r.year=2000..2015')
  const button = page.getByRole('button', { name: 'Columns' })
  const panel = page.getByRole('group', { name: 'Show columns' })
  await button.click()
  await expect(panel).toBeVisible()
  // Drawn on top, opaque: at its legend and its corners the panel is what is there, not the
  // count line ("…year first reported is 2000–2015") it used to collide with.
  const points = await panel.evaluate((fieldset) => {
    const box = fieldset.parentElement?.getBoundingClientRect() ?? new DOMRect()
    const legend = fieldset.querySelector('legend')?.getBoundingClientRect() ?? new DOMRect()
    return [
      [legend.x + legend.width / 2, legend.y + legend.height / 2],
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
    ].map(([x, y]) => fieldset.parentElement?.contains(document.elementFromPoint(x ?? 0, y ?? 0)))
  })
  expect(points).toEqual([true, true, true, true, true])

  await explorer.summary.click()
  await expect(panel).toBeHidden()
  await expect(button).toBeFocused()

  await button.click()
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Studies' })
    .click()
  await expect(page.getByRole('table', { name: /^Studies/ })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Show columns' })).toBeHidden()
  await page.goBack()
  await expect(explorer.columnHeader(/Sub-group/)).toBeVisible()
  await expect(panel).toBeHidden()
})

test('the first click on "Best evidence level" puts the strongest evidence (level 1) first', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  const header = explorer.columnHeader(/Best evidence level/)
  await header.getByRole('button').click()
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  const index = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex)
  const levels = (await explorer.columnTexts(index)).filter(Boolean).map(Number)
  expect(levels[0]).toBe(1)
  expect(levels).toEqual([...levels].sort((a, b) => a - b))
})

test('search placeholders are read whole in the filter column; the search chip shows the term', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page)
  for (const search of ['', '?v=2&tab=studies']) {
    await explorer.goto(search)
    // The placeholder's text, in the box's own font, against the room inside its padding.
    const fit = await explorer.search.evaluate((input) => {
      const el = input as HTMLInputElement
      const style = getComputedStyle(el, '::placeholder')
      const context = document.createElement('canvas').getContext('2d')
      if (!context) return null
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const room =
        el.clientWidth -
        Number.parseFloat(getComputedStyle(el).paddingLeft) -
        Number.parseFloat(getComputedStyle(el).paddingRight)
      return { text: context.measureText(el.placeholder).width, room }
    })
    expect(fit, 'placeholder measured').not.toBeNull()
    expect(fit?.text ?? 999, `placeholder of ${search || 'techniques'}`).toBeLessThanOrEqual(
      fit?.room ?? 0,
    )
  }
  await explorer.search.fill('kypho')
  await expect(page.getByRole('button', { name: 'Remove filter Search: kypho' })).toBeVisible()
})

test('studies search finds the studies of a technique by its name', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  const technique = builtIn.techniques.find((t) => t.id === 'vertebroplasty')
  const linked = relationsOf(builtIn).studyIdsByTechnique.get('vertebroplasty') ?? []
  expect(technique?.name).toMatch(/vertebroplasty/i)
  await explorer.goto('?v=2&tab=studies&s.q=vertebroplasty')
  // Every study the technique links, and any other that names it in title, author or journal.
  const shown = Number(/^(\d+) of/.exec((await explorer.summary.textContent()) ?? '')?.[1])
  expect(shown).toBeGreaterThanOrEqual(linked.length)
})

test('opens a technique page with cited outcomes and returns to the same filtered view', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  await explorer.search.fill('kypho')
  await explorer.facetOption('Therapy area', areaName('mit')).check()
  const filteredUrl = page.url()
  const rowsBefore = await explorer.bodyRows.count()

  await explorer.table.getByRole('link', { name: 'Balloon kyphoplasty' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Balloon kyphoplasty' })).toBeVisible()
  await expect(page).toHaveURL(/rec=technique:balloon-kyphoplasty/)
  const kypho = builtIn.techniques.find((t) => t.id === 'balloon-kyphoplasty')
  const outcomes = page.getByRole('table', { name: /Outcomes of Balloon kyphoplasty/ })
  // One row per outcome (rows with cells), under one heading row per measure.
  await expect(
    outcomes
      .locator('tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('cell') }),
  ).toHaveCount(kypho?.outcomes.length ?? -1)
  const measureIds = [...new Set(kypho?.outcomes.map((o) => o.measureId))]
  const measureNames = builtIn.outcomeMeasures
    .filter((m) => measureIds.includes(m.id))
    .map(
      (m) => new RegExp(`^${m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ results?\\)$`),
    )
  await expect(outcomes.getByRole('rowheader', { name: /\(\d+ results?\)$/ })).toHaveText(
    measureNames,
  )
  const doiLink = outcomes.getByRole('link', { name: /^DOI / }).first()
  await expect(doiLink).toHaveAttribute('target', '_blank')
  await expect(doiLink).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(doiLink).toHaveAttribute('href', /^https:\/\/doi\.org\/10\./)

  await page.getByRole('link', { name: /Back to the techniques table/ }).click()
  await expect(page).toHaveURL(filteredUrl)
  await expect(explorer.bodyRows).toHaveCount(rowsBefore)
  await expect(explorer.search).toHaveValue('kypho')

  await page.goBack()
  await expect(page.getByRole('heading', { level: 2, name: 'Balloon kyphoplasty' })).toBeVisible()
})

test('reload restores the whole view; typing does not flood the history', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto()
  await explorer.facetOption('Therapy area', areaName('radiation')).check()
  await explorer.search.pressSequentially('stereo')
  await expect(page).toHaveURL(/q=stereo/)
  await explorer
    .columnHeader(/First reported/)
    .getByRole('button')
    .click()
  const url = page.url()
  const rows = await explorer.bodyRows.allInnerTexts()

  await page.reload()
  await expect(page).toHaveURL(url)
  await expect(explorer.search).toHaveValue('stereo')
  await expect(explorer.facetOption('Therapy area', areaName('radiation'))).toBeChecked()
  expect(await explorer.bodyRows.allInnerTexts()).toEqual(rows)

  // One step back undoes the sort, the next the whole search (not one letter), then the facet.
  await page.goBack()
  await expect(explorer.columnHeader(/First reported/)).not.toHaveAttribute('aria-sort')
  await expect(explorer.search).toHaveValue('stereo')
  await page.goBack()
  await expect(explorer.search).toHaveValue('')
  await expect(explorer.facetOption('Therapy area', areaName('radiation'))).toBeChecked()
  await page.goBack()
  await expect(explorer.facetOption('Therapy area', areaName('radiation'))).not.toBeChecked()
})

test('a hand-edited garbage URL still loads and applies what it can', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto(
    '?tab=nonsense&area=radiation&area=atlantis&page=-4&sort=%3Cscript%3E&cols=~~&year=abc..&%E0%A4%A=1&technique=%ZZ&study=<b>',
  )
  await expect(explorer.bodyRows).toHaveCount(inArea('radiation'))
  await expect(explorer.facetOption('Therapy area', areaName('radiation'))).toBeChecked()
})

test('empty results say why and offer a one-click way out', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto('?q=zzzz-no-such-technique')
  await expect(page.getByText('No techniques match these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear all filters' }).click()
  await expect(explorer.bodyRows).toHaveCount(total)
})

test('studies: RCTs since 2010 sorted by year, with a range filter', async ({ page }) => {
  const explorer = new ExplorerPage(page)
  await explorer.goto('?tab=studies')
  await expect(explorer.summary).toHaveText(`${builtIn.studies.length} studies`)
  await explorer.facetOption('Design', 'Randomised trial').check()
  const year = page.getByRole('group', { name: 'Year' })
  await year.getByRole('spinbutton', { name: 'From' }).fill('2010')
  await year.getByRole('spinbutton', { name: 'From' }).press('Enter')
  const expected = builtIn.studies.filter((s) => s.design === 'rct' && s.year >= 2010)
  await expect(explorer.bodyRows).toHaveCount(expected.length)
  await expect(explorer.summary).toContainText(
    'where design is Randomised trial and year is 2010 or later',
  )
  await explorer.columnHeader(/^Year/).getByRole('button').click()
  await expect(explorer.columnHeader(/^Year/)).toHaveAttribute('aria-sort', 'descending')
  await expect(explorer.bodyRows.first()).toContainText(
    String(Math.max(...expected.map((s) => s.year))),
  )
})
