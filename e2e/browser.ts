import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * Browsers cannot be downloaded on our machines, so tests use a system Chromium:
 * $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a Playwright-managed browser if present.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    safeBundledPath(),
  ]
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)))
  if (found) return found
  throw new Error(
    'No Chromium found for the end-to-end tests. Install Debian\'s package ("sudo apt-get install chromium") ' +
      'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
  )
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}
