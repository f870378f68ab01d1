import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

/**
 * Every chart downloads as an image of the chart itself. recharts also draws its 14-px legend
 * icons as `svg.recharts-surface`, and an exporter that took the first one saved a 28×28 PNG.
 */
const CHARTS = [
  { id: 'shift', tab: 'Is practice shifting?' },
  { id: 'timeline', tab: 'Technique timeline' },
  { id: 'evidence', tab: 'Evidence over time' },
  { id: 'practice', tab: 'Practice patterns' },
  { id: 'gaps', tab: 'Evidence gap map' },
] as const

async function save(page: Page, name: string) {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name }).click()
  return readFile(await (await download).path())
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
})

function svgSize(text: string) {
  const root = text.match(/^<svg[^>]*>/)?.[0] ?? ''
  return {
    width: Number(root.match(/\swidth="([\d.]+)"/)?.[1]),
    height: Number(root.match(/\sheight="([\d.]+)"/)?.[1]),
  }
}

for (const chart of CHARTS) {
  test(`${chart.tab}: PNG and SVG downloads are the chart, not a legend icon`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`/?v=2&tab=charts&ch=${chart.id}`)
    await expect(page.getByRole('link', { name: chart.tab })).toHaveAttribute(
      'aria-current',
      'page',
    )
    const plot = page.locator('.chart-plot svg').first()
    await expect(plot).toBeVisible()
    const title = (await page.getByRole('figure').getByRole('heading').first().textContent()) ?? ''

    const svg = (await save(page, 'Download SVG')).toString('utf8')
    const size = svgSize(svg)
    // The plot spans most of a 1366-px page; an icon is 14 px.
    expect(size.width).toBeGreaterThan(600)
    expect(size.height).toBeGreaterThan(200)
    // The root is the plot (or the panels' box), never a nested 14-px icon.
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    // A slide made from it says what it shows and where the numbers come from.
    expect(svg).toContain(`>${title.replaceAll('&', '&amp;')}</text>`)
    expect(svg).toMatch(/>Sources?:/)

    const png = await save(page, 'Download PNG')
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    // Drawn at twice the SVG's size.
    expect(pngSize(png)).toEqual({
      width: Math.round(size.width * 2),
      height: Math.round(size.height * 2),
    })
  })
}

test('a recharts export keeps its legend: every area is named in the SVG', async ({ page }) => {
  await page.goto('/?v=2&tab=charts&ch=evidence')
  await expect(page.locator('.recharts-bar')).toHaveCount(4)
  const svg = (await save(page, 'Download SVG')).toString('utf8')
  for (const area of builtIn.areas) expect(svg).toContain(`>${area.name}</text>`)
})
