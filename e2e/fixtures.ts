import { test as base, expect } from '@playwright/test'

/**
 * Every test fails when the page requests another origin, logs a console error or throws:
 * the explorer must work offline in a locked-down hospital network.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
      const problems: string[] = []
      page.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`)
      })
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await use(undefined)
      expect(problems, 'no foreign requests, console errors or page errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
