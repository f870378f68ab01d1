import { writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { builtIn, ExplorerPage } from './explorer-page'
import { expect, test } from './fixtures'

/** Format 2 of the dataset: tiers, quotes, guidelines, and format 1 files still opening. */

const quoted = builtIn.techniques.find((t) =>
  t.outcomes.some((o) => o.quote && o.quoteUrl && o.verification !== 'unverified'),
)
const guideline = builtIn.guidelines.find((g) => g.recommendations.length > 0)

test('a technique page shows each value with its tier and, on Enter, the quote and where it was seen', async ({
  page,
}) => {
  // The built-in dataset has quoted values: if it ever loses them, this test says so.
  expect(quoted, 'a technique with a quoted outcome in the built-in dataset').toBeDefined()
  await page.goto(`/?v=2&rec=technique:${quoted?.id}`)
  const outcomes = page.getByRole('table', { name: /^Outcomes of/ })
  await expect(outcomes.getByText(/^(Primary|Secondary) source$/).first()).toBeVisible()
  const summary = outcomes.locator('details.quote > summary').first()
  await summary.focus()
  await page.keyboard.press('Enter')
  const details = outcomes.locator('details.quote[open]').first()
  await expect(details.locator('blockquote')).toBeVisible()
  await expect(details.getByRole('link')).toHaveAttribute('href', /^https:\/\//)
  await expect(page.getByRole('heading', { name: /^What guidelines say/ })).toBeVisible()
})

test('a value keeps its unit on its line, says "1 point", and its Quote starts a line of its own', async ({
  page,
}) => {
  await page.goto('/?v=2&rec=technique:vertebroplasty')
  const outcomes = page.getByRole('table', { name: /^Outcomes of/ })
  // "1 points (0–10)" read wrong; the dataset has pain scores of 1 on this page.
  await expect(outcomes.getByRole('cell', { name: /^1 point \(0–10\)$/ }).first()).toBeVisible()
  await expect(outcomes.getByRole('cell', { name: /^1 points/ })).toHaveCount(0)
  // A quoted value with a number and nothing (note, effect) between its text and its Quote.
  const plain = builtIn.techniques
    .find((t) => t.id === 'vertebroplasty')
    ?.outcomes.find((o) => o.quote && o.value !== null && !o.note && !o.effect)
  expect(plain, 'a plain quoted value on the vertebroplasty page').toBeDefined()
  const row = outcomes.getByRole('row').filter({ hasText: plain?.valueText ?? '' })
  const [result, value] = [row.getByRole('cell').nth(0), row.getByRole('cell').nth(1)]
  await expect(value).toHaveText(/^\d/)
  // One line: its text's line boxes all share one top.
  const lineTops = await value.evaluate((cell) => {
    const range = document.createRange()
    range.selectNodeContents(cell)
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
  })
  expect(lineTops, 'lines in the Value cell').toBe(1)
  const summary = result.getByText(/^Quote for /)
  const [cellBox, summaryBox] = [await result.boundingBox(), await summary.boundingBox()]
  // At the cell's left edge (after its padding), not after the last word of the result.
  expect((summaryBox?.x ?? 999) - (cellBox?.x ?? 0)).toBeLessThan(24)
  // Values held on one line must not push the last column out of the table's box.
  const last = outcomes.getByRole('columnheader', { name: 'Time point' })
  await last.scrollIntoViewIfNeeded()
  await expect(last).toBeInViewport({ ratio: 1 })
})

test('a guideline page lists its recommendations with strength and links to the techniques', async ({
  page,
}) => {
  expect(guideline, 'a guideline with recommendations in the built-in dataset').toBeDefined()
  await page.goto(`/?v=2&rec=guideline:${guideline?.id}`)
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(guideline?.title ?? '')
  const table = page.getByRole('table', { name: /^Recommendations of/ })
  await expect(table.locator('tbody tr')).toHaveCount(guideline?.recommendations.length ?? -1)
  const techniqueId = guideline?.recommendations[0]?.techniqueIds[0] ?? ''
  const name = builtIn.techniques.find((t) => t.id === techniqueId)?.name ?? techniqueId
  await table.getByRole('link', { name }).first().click()
  const advice = page.getByRole('region', { name: /^What guidelines say/ })
  await expect(
    advice.getByRole('link', { name: `${guideline?.issuer} ${guideline?.year}` }).first(),
  ).toBeVisible()
})

test('the comparison has a guideline row and its CSV carries each value’s tier and quote URL', async ({
  page,
}) => {
  const ids = builtIn.techniques
    .filter((t) => t.outcomes.length > 0)
    .slice(0, 2)
    .map((t) => t.id)
  await page.goto(`/?v=2&tab=compare&cmp=${ids.join('~')}`)
  const table = page.getByRole('table')
  await expect(table.getByRole('rowheader', { name: /^What guidelines say/ })).toBeVisible()
  await expect(
    table.getByText(/^(Primary source|Secondary source|Unverified)$/).first(),
  ).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /^Download .* as CSV$/ }).click()
  const text = await readFile(await (await download).path(), 'utf8')
  expect(text).toMatch(
    /\[(Primary source|Secondary source|Unverified)(; quote URL: https:\/\/[^\]]+)?\]/,
  )
  // The address is labelled as an address: "quote:" before a URL read as if it were the words.
  expect(text).toMatch(/; quote URL: https:\/\//)
  expect(text).not.toContain('; quote: ')
  expect(text).toContain('What guidelines say')
})

test('a format 1 file still opens and says what was read how', async ({ page }, testInfo) => {
  const example = JSON.parse(
    await readFile(new URL('../public/examples/example-dataset.json', import.meta.url), 'utf8'),
  )
  // Write the example back in format 1: a yes/no flag, no primary endpoints, no guidelines.
  delete example.meta.schemaVersion
  delete example.guidelines
  let verified = 0
  const flag = (record: { verification: string; verificationSource?: string }) => {
    delete record.verificationSource
    if (record.verification === 'unverified') return
    record.verification = 'verified'
    verified += 1
  }
  for (const study of example.studies) flag(study)
  for (const technique of example.techniques) {
    flag(technique.firstReported)
    for (const outcome of technique.outcomes) {
      flag(outcome)
      delete outcome.primaryEndpoint
      delete outcome.quote
      delete outcome.quoteUrl
      delete outcome.effect
    }
  }
  const path = testInfo.outputPath('format-1.json')
  writeFileSync(path, JSON.stringify(example))

  await page.goto('/')
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  await page.getByLabel('Choose a .json or .csv file').setInputFiles(path)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('This file uses dataset format v1')
  await expect(dialog).toContainText(`${verified} “verified” flags were read as “primary”`)
  await page.getByRole('button', { name: 'Explore it' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'uses dataset format v1' }),
  ).toContainText('format-1.json uses dataset format v1.')
})

test('the guidelines table has facets, keeps them in the URL under g., and exports what it shows', async ({
  page,
}) => {
  expect(builtIn.guidelines.length).toBeGreaterThanOrEqual(2)
  const explorer = new ExplorerPage(page)
  await explorer.goto('?v=2&tab=guidelines')
  await expect(explorer.summary).toHaveText(`${builtIn.guidelines.length} guidelines`)
  const issuer = builtIn.guidelines[0]?.issuer ?? ''
  const count = builtIn.guidelines.filter((g) => g.issuer === issuer).length
  await explorer.facetOption('Issuer', issuer).check()
  await expect(page).toHaveURL(/g\.f\.issuer=/)
  await expect(explorer.bodyRows).toHaveCount(count)
  const download = page.waitForEvent('download')
  await page
    .getByRole('button', { name: `Download ${count} ${count === 1 ? 'row' : 'rows'} as CSV` })
    .click()
  const records: string[][] = parse(await readFile(await (await download).path(), 'utf8'), {
    bom: true,
  })
  expect(records[0]).toEqual(
    expect.arrayContaining(['Guideline', 'Issuer', 'Year', 'Verification']),
  )
  expect(records.slice(1).map((r) => r[1])).toEqual(Array(count).fill(issuer))
  await explorer.bodyRows.first().getByRole('link').click()
  await expect(page).toHaveURL(/rec=guideline:/)
  await expect(page.getByRole('link', { name: '← Back to the guidelines table' })).toBeVisible()
})

test('results from other populations are marked wherever they are shown', async ({ page }) => {
  // The technique with the most results from patients other than those with spinal metastases.
  const indirect = new Set(builtIn.studies.filter((s) => s.indirectPopulation).map((s) => s.id))
  const counts = builtIn.techniques
    .map((t) => ({ t, n: t.outcomes.filter((o) => indirect.has(o.studyId)).length }))
    .sort((a, b) => b.n - a.n)
  const top = counts[0]
  if (!top || top.n === 0) throw new Error('the built-in dataset marks indirect populations')
  await page.goto(`/?v=2&rec=technique:${top.t.id}`)
  const all = top.n === top.t.outcomes.length ? 'All' : `${top.n} of ${top.t.outcomes.length}`
  const notice = page.getByRole('note').filter({ hasText: 'come from other populations' })
  await expect(notice).toContainText(`${all} results come from other populations`)
  // The notice names this technique's populations, not a generic list.
  const populations = new Set(
    top.t.outcomes.flatMap(
      (o) => builtIn.studies.find((s) => s.id === o.studyId)?.indirectPopulation ?? [],
    ),
  )
  for (const population of populations) await expect(notice).toContainText(population)
  const outcomes = page.getByRole('table', { name: /^Outcomes of/ })
  await expect(outcomes.getByText(/^⚠ Indirect evidence: /)).toHaveCount(top.n)
  // With every study indirect, the page gives no level of evidence for spinal metastases.
  const direct = builtIn.studies.filter(
    (s) => s.techniqueIds.includes(top.t.id) && !s.indirectPopulation,
  )
  expect(direct, 'the technique with most indirect results has only indirect studies').toEqual([])
  await expect(page.getByText('None in patients with spinal metastases')).toBeVisible()
})
