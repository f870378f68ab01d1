import { test as base, expect } from '@playwright/test'

type Options = {
  /** Console errors a test provokes on purpose (e.g. a chunk that fails to load). */
  expectedConsoleError: RegExp | null
}

/**
 * Every test fails when the page requests another origin, logs an unexpected console error,
 * throws, or violates the Content-Security-Policy: the explorer must work offline in a
 * locked-down hospital network.
 */
export const test = base.extend<Options & { guard: undefined }>({
  expectedConsoleError: [null, { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleError }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
      const problems: string[] = []
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
        })
      })
      page.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`)
      })
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (!expectedConsoleError?.test(text)) problems.push(`console error: ${text}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await use(undefined)
      expect(
        problems,
        'no foreign requests, console errors, CSP violations or page errors',
      ).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
