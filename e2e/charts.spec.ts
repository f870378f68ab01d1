import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { formatReviewDate } from '../src/domain/dataset/freshness'
import { studyShort } from '../src/domain/dataset/outcome-text'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

const AREAS = ['surgery', 'mit', 'radiation', 'systemic'] as const

async function plottedTable(page: Page) {
  await page.getByRole('checkbox', { name: 'Show as table' }).check()
  const table = page.getByRole('table', { name: /the plotted numbers/ })
  return table
    .locator('tbody')
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
    )
}

test('the first table view does not load the chart code; the charts view does', async ({
  page,
}) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await page.goto('/')
  await expect(page.getByRole('table')).toBeVisible()
  expect(scripts.some((url) => /charts-view/.test(url))).toBe(false)
  await page.getByRole('link', { name: 'Charts' }).click()
  await expect(
    page.getByRole('heading', { name: /Is practice shifting toward radiation therapy/ }),
  ).toBeVisible()
  expect(scripts.some((url) => /charts-view/.test(url))).toBe(true)
})

test('technique timeline: four areas plotted, the table holds the same cumulative counts', async ({
  page,
}) => {
  await page.goto('/?tab=charts&chart=timeline')
  await expect(page.locator('.recharts-area')).toHaveCount(4)
  const rows = await plottedTable(page)
  const years = [...new Set(builtIn.techniques.map((t) => t.firstReported.year))].sort(
    (a, b) => a - b,
  )
  expect(rows.map((r) => r[0])).toEqual(years.map(String))
  const last = rows.at(-1) ?? []
  const expected = AREAS.map((area) =>
    String(builtIn.techniques.filter((t) => t.areaId === area).length),
  )
  expect(last.slice(1, 5)).toEqual(expected)
  expect(last[5]).toBe(String(builtIn.techniques.length))
  await expect(page).toHaveURL(/ch.as=table/)
})

test('a filter changes the charts', async ({ page }) => {
  await page.goto('/?tab=charts&chart=timeline&area=mit&as=table')
  const rows = await plottedTable(page)
  const mit = builtIn.techniques.filter((t) => t.areaId === 'mit')
  const last = rows.at(-1) ?? []
  expect(last.slice(1, 6)).toEqual(['0', String(mit.length), '0', '0', String(mit.length)])
  await expect(page.getByRole('status').filter({ hasText: 'Charts follow' })).toContainText(
    `${mit.length} of ${builtIn.techniques.length} techniques`,
  )
})

test('evidence over time: stacked bars per period, absolute and 100 %', async ({ page }) => {
  await page.goto('/?tab=charts&chart=evidence&bin=10')
  await expect(page.locator('.recharts-bar')).toHaveCount(4)
  // The period holding the review date is not over: marked on the axis and in the table.
  const reviewed = formatReviewDate(builtIn.meta.lastReviewed)
  await expect(page.locator('.chart-plot').getByText(`incomplete: to ${reviewed}`)).toBeVisible()
  const until = `to ${reviewed}, incomplete`
  const rows = await plottedTable(page)
  expect(rows.slice(0, -1).every((r) => /^\d{4}–\d{4}$/.test(r[0] ?? ''))).toBe(true)
  const decade = Math.floor(Number(builtIn.meta.lastReviewed.slice(0, 4)) / 10) * 10
  expect(rows.at(-1)?.[0]).toBe(`${decade}–${decade + 9} (${until})`)
  await page.getByRole('radio', { name: 'Share of total (%)' }).check()
  const shares = await page
    .getByRole('table', { name: /the plotted numbers/ })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
    )
  // Every period with studies adds up to 100 %; an empty period stays empty (0), never a share.
  const sums = shares.map((row) => Math.round(row.reduce((a, b) => a + b, 0)))
  expect(sums.length).toBeGreaterThan(1)
  expect(sums.filter((sum) => sum !== 0 && sum !== 100)).toEqual([])
  expect(sums).toContain(100)
})

test('practice patterns: reported points only, one mark per reported point', async ({ page }) => {
  const ids = ['ncdb-spine-sbrt-share', 'victoria-spine-sbrt-share']
  await page.goto(`/?tab=charts&chart=practice&series=${ids.join('~')}`)
  const figure = page.getByRole('figure', { name: /Practice patterns: one panel per series/ })
  await expect(figure).toBeVisible()
  const points = builtIn.series
    .filter((s) => ids.includes(s.id))
    .reduce((n, s) => n + s.points.length, 0)
  await expect(figure.locator('svg.multiple')).toHaveCount(ids.length)
  await expect(figure.locator('.multiple-point')).toHaveCount(points)
  await expect(figure.locator('.multiple-line')).toHaveCount(0)
  // each series names its source study (or says that no page showed the first author)
  for (const series of builtIn.series.filter((s) => ids.includes(s.id))) {
    const study = builtIn.studies.find((s) => s.id === series.studyId)
    if (!study) throw new Error(`series ${series.id} cites no study of the dataset`)
    await expect(figure).toContainText(studyShort(study))
  }
  const rows = await plottedTable(page)
  expect(rows).toHaveLength(points)
})

test('gap map: a cell is reachable by keyboard and lists its studies', async ({ page }) => {
  await page.goto('/?tab=charts&chart=gaps')
  const kypho = builtIn.techniques.find((t) => t.id === 'balloon-kyphoplasty')
  const leakage = new Set(
    kypho?.outcomes.filter((o) => o.measureId === 'cement-leakage').map((o) => o.studyId),
  )
  const cell = page.getByRole('button', { name: /^Balloon kyphoplasty × Cement leakage: / })
  await cell.focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', {
      name: `Balloon kyphoplasty × Cement leakage: ${leakage.size} studies`,
    }),
  ).toBeVisible()
  await expect(page.locator('.gap-detail li')).toHaveCount(leakage.size)
})

test('downloads a chart as PNG, SVG and its data as CSV', async ({ page }) => {
  await page.goto('/?tab=charts&chart=timeline')
  await expect(page.locator('.recharts-area')).toHaveCount(4)
  const save = async (name: string) => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name }).click()
    const file = await download
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
  }
  const png = await save('Download PNG')
  expect(png.name).toMatch(/^spinal-metastases-timeline-absolute_.*\.png$/)
  expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  const svg = await save('Download SVG')
  expect(svg.bytes.toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  const csv = await save('Download data as CSV')
  const records: string[][] = parse(csv.bytes.toString('utf8'), { bom: true })
  expect(records[0]?.[0]).toBe('Year')
  expect(records.at(-1)?.[5]).toBe(String(builtIn.techniques.length))
})

test('chart tooltips are reachable from the keyboard', async ({ page }) => {
  await page.goto('/?tab=charts&chart=evidence')
  const surface = page
    .locator('.recharts-wrapper svg[tabindex="0"], .recharts-surface[tabindex="0"]')
    .first()
  await surface.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.recharts-tooltip-wrapper')).toContainText(/–/)
})

test('practice patterns: a line only for a yearly series, every panel on one year axis', async ({
  page,
}) => {
  const yearly = builtIn.series.filter((s) => s.connectPoints)
  await page.goto(`/?v=2&tab=charts&ch=practice&ch.series=${yearly.map((s) => s.id).join('~')}`)
  const figure = page.getByRole('figure', { name: /Practice patterns: one panel per series/ })
  await expect(figure.locator('.multiple-line')).toHaveCount(yearly.length)
  const axes = await figure
    .locator('svg.multiple')
    .evaluateAll((svgs) =>
      svgs.map((svg) => svg.querySelector('.multiple-tick:last-of-type')?.textContent),
    )
  expect(new Set(axes).size).toBe(1)
})

for (const width of [375, 1400]) {
  test(`timeline milestones: numbers never overlap at ${width} px and name their event`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/?v=2&tab=charts&ch=timeline')
    const marks = page.locator('.milestone-mark')
    await expect(marks.first()).toBeVisible()
    const boxes = await marks.locator('text').evaluateAll((texts) =>
      texts.map((t) => {
        const r = t.getBoundingClientRect()
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
      }),
    )
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        .map(() => i + 1),
    )
    expect(clashes).toEqual([])
    const first = builtIn.milestones.toSorted((a, b) => a.year - b.year)[0]
    const mark = page.getByRole('link', { name: new RegExp(`^Milestone 1: ${first?.year}`) })
    await mark.focus()
    await expect(page.locator('.milestone-active')).toContainText(first?.label ?? '')
    // The mark leads to its entry in the list (on a phone that opens the entry's source and links).
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#timeline-ms-${first?.id}$`))
    const back = page.locator(`#timeline-ms-${first?.id}`).getByRole('link', {
      name: 'mark on the chart',
    })
    await expect(back).toBeVisible()
    await expect(back).toHaveAttribute('href', `#timeline-mark-${first?.id}`)
  })
}

test('small multiples download as one SVG holding every panel', async ({ page }) => {
  await page.goto('/?v=2&tab=charts&ch=practice')
  await expect(page.locator('svg.multiple').first()).toBeVisible()
  const panels = await page.locator('svg.multiple').count()
  expect(panels).toBeGreaterThan(1)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download SVG' }).click()
  const text = (await readFile(await (await download).path())).toString('utf8')
  expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(text.match(/class="chart-svg multiple"/g)).toHaveLength(panels)
})

test('practice patterns: the chart comes first, the series list folded; each panel states its scale', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/?v=2&tab=charts&ch=practice')
  const panels = page.locator('svg.multiple')
  await expect(panels.first()).toBeInViewport()
  await expect(page.getByRole('group', { name: /^Series/ })).toBeHidden()
  // Every panel says its own vertical range, and it is the range its axis shows.
  const scales = await panels.evaluateAll((svgs) =>
    svgs.map((svg) => ({
      said: svg.querySelector('.multiple-scale')?.textContent ?? '',
      top: [...svg.querySelectorAll('.multiple-tick')][1]?.textContent ?? '',
    })),
  )
  expect(scales.length).toBeGreaterThan(1)
  for (const { said, top } of scales)
    expect(said).toMatch(new RegExp(`^Own scale: .+ to ${top}( %)?$`))
})
