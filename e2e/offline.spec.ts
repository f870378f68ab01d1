import { readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { Page } from '@playwright/test'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'
import { startStaticServer } from './static-server'

const [first, second] = builtIn.techniques

/** Resolves once the service worker has installed (precached everything) and is active. */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state
  })
}

test('after one visit, the app works offline: explorer, a record, a comparison, a chart', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: /techniques$/ })).toHaveText(
    `${builtIn.techniques.length} techniques`,
  )
  await serviceWorkerReady(page)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: /techniques$/ })).toHaveText(
    `${builtIn.techniques.length} techniques`,
  )
  await expect(page.getByRole('banner')).toContainText(/Evidence reviewed \d{1,2} \w{3} \d{4}, v/)

  await page.goto(`/?v=2&rec=technique:${first?.id}`)
  await expect(page.getByRole('heading', { level: 2, name: first?.name })).toBeVisible()

  await page.goto(`/?v=2&tab=compare&cmp=${first?.id}~${second?.id}`)
  await expect(page.getByRole('columnheader', { name: second?.name })).toBeVisible()

  await page.goto('/?v=2&tab=charts&ch=timeline')
  await expect(page.locator('.recharts-area')).toHaveCount(4)

  await page.goto('/?v=2&tab=changes')
  await expect(page.getByRole('heading', { name: 'What changed' })).toBeVisible()
})

test.describe
  .serial('a new release', () => {
    // Its own host, whose service worker the test can replace (see static-server.ts).
    const port = (Number(process.env.E2E_PORT) || 4173) + 100
    const replaced = new Map<string, string>()
    let server: Server | undefined
    test.beforeAll(async () => {
      server = await startStaticServer('dist', port, replaced)
    })
    test.afterAll(() => server?.close())
    test.use({ baseURL: `http://127.0.0.1:${port}` })

    for (const visit of ['first', 'second'] as const)
      test(`waits until the user reloads (${visit} visit)`, async ({ page }) => {
        await page.goto('/')
        await serviceWorkerReady(page)
        // On a second visit the page is controlled by the worker; on the first it is not.
        if (visit === 'second') await page.reload()
        await expect(page.getByText('A new version is available')).toHaveCount(0)
        // A new deploy: the same worker script with different bytes.
        const worker = await readFile('dist/sw.js', 'utf8')
        replaced.set('/sw.js', `${worker}\n// next release, ${visit} visit\n`)
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready
          await registration.update()
        })
        const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' })
        await expect(prompt).toHaveText(/A new version is available — reload to use it\./)
        const reloaded = page.waitForEvent('load')
        await prompt.getByRole('button', { name: 'Reload' }).click()
        await reloaded
        await expect(page.getByRole('status').filter({ hasText: /techniques$/ })).toBeVisible()
        await expect(page.getByText('A new version is available')).toHaveCount(0)
        // The new worker now controls the page.
        const state = await page.evaluate(() => navigator.serviceWorker.controller?.state)
        expect(state).toBe('activated')
        replaced.clear()
      })
  })
