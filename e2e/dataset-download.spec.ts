import type { Page } from '@playwright/test'
import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

// Requests must reach the routes below, not the service worker's cache; the failed download
// is logged by the browser.
test.use({ serviceWorkers: 'block', expectedConsoleError: /status of 503/ })

const DATASET = '**/assets/evidence-*.json'
const techniques = (page: Page) => page.getByRole('status').filter({ hasText: /techniques$/ })

async function failDownloads(page: Page) {
  await page.route(DATASET, (route) => route.fulfill({ status: 503, body: 'down' }))
}

test('a failed download says so and offers "Try again"', async ({ page }) => {
  await failDownloads(page)
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('could not be downloaded (HTTP 503)')
  await page.unroute(DATASET)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(techniques(page)).toHaveText(`${builtIn.techniques.length} techniques`)
})

test('with a copy saved on an earlier visit, it is shown, saying which copy it is', async ({
  page,
}) => {
  await page.goto('/')
  await expect(techniques(page)).toHaveText(`${builtIn.techniques.length} techniques`)
  // The copy is saved off the critical path, shortly after the first rows.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise((resolve) => {
              const open = indexedDB.open('keyval-store')
              open.onsuccess = () => {
                const get = open.result
                  .transaction('keyval')
                  .objectStore('keyval')
                  .get('built-in-copy-url')
                get.onsuccess = () => resolve(Boolean(get.result))
                get.onerror = () => resolve(false)
              }
              open.onerror = () => resolve(false)
            }),
        ),
      { timeout: 10_000 },
    )
    .toBe(true)

  await failDownloads(page)
  await page.reload()
  await expect(techniques(page)).toHaveText(`${builtIn.techniques.length} techniques`)
  const notice = page.getByRole('alert').filter({ hasText: 'copy saved on this device' })
  await expect(notice).toHaveText(
    new RegExp(
      `The dataset could not be downloaded \\(HTTP 503\\)\\. Showing the copy saved on this device on \\d{1,2} \\w{3} \\d{4} \\(v${builtIn.meta.version.replaceAll('.', '\\.')}\\)\\.`,
    ),
  )
  await page.unroute(DATASET)
  await notice.getByRole('button', { name: 'Try again' }).click()
  await expect(techniques(page)).toHaveText(`${builtIn.techniques.length} techniques`)
  await expect(page.getByText('copy saved on this device')).toHaveCount(0)
})
