import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { findChromium } from '../e2e/browser'

/**
 * Lighthouse (performance category only) against Debian's Chromium, once with its default mobile
 * preset (a mid-range phone, simulated 4G and 4× CPU slowdown) and once with the desktop preset.
 * Throttling is simulated from the trace, so these figures vary less with machine load than the
 * timings do.
 */
export type LighthouseFigures = {
  score: number
  cls: number
  lcpMs: number
  tbtMs: number
  /** The elements that shifted, as Lighthouse names them. */
  shifted: string[]
}

export async function runLighthouse(url: string, preset: 'mobile' | 'desktop') {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error('Lighthouse returned nothing')
    const { lhr } = result
    const audit = (id: string) => lhr.audits[id]
    const details = audit('layout-shifts')?.details as
      | { items?: { node?: { selector?: string } }[] }
      | undefined
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      cls: Math.round((audit('cumulative-layout-shift')?.numericValue ?? 0) * 1000) / 1000,
      lcpMs: Math.round(audit('largest-contentful-paint')?.numericValue ?? 0),
      tbtMs: Math.round(audit('total-blocking-time')?.numericValue ?? 0),
      shifted: (details?.items ?? []).map((item) => item.node?.selector ?? '?'),
    } satisfies LighthouseFigures
  } finally {
    chrome.kill()
  }
}
