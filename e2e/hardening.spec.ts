import { builtIn } from './explorer-page'
import { expect, test } from './fixtures'

const HOSTILE = [
  // Servers refuse URLs past ~8 KB; 6,000 characters is as long as a link can usefully get.
  `?q=${'x'.repeat(6000)}`,
  `?area=${'mit&area='.repeat(500)}radiation`,
  '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?technique=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?tab=charts&chart=%00&mode=%FF&bin=-1&series=~~~',
  '?%E0%A4%A=%E0%A4%A&q=%E0%A4%A',
  `?sort=-${'~-'.repeat(300)}`,
  '?year=1e309..-1e309&patients=NaN..Infinity',
  '?compare=javascript:alert(1)~a~b~c~d~e',
  '?page=99999999999999999999&cols=%0A%0D',
  '?study=patchell2005&technique=vertebroplasty&tab=compare',
  '?ds=zzzz&diff=1&as=table&mode=share',
]

for (const [i, search] of HOSTILE.entries()) {
  test(`hostile URL ${i + 1} still gives a working page`, async ({ page }) => {
    await page.goto(`/${search}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible()
    // no script from the URL ran and nothing from it became markup
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0)
    await expect(page.getByRole('main')).not.toBeEmpty()
  })
}

test.describe('content security policy', () => {
  test.use({ expectedConsoleError: /CSP violation|Content Security Policy/ })

  test('the preview server sends a Content-Security-Policy and the page carries it as a meta tag', async ({
    page,
  }) => {
    const response = await page.goto('/')
    const header = response?.headers()['content-security-policy'] ?? ''
    expect(header).toContain("default-src 'self'")
    expect(header).toContain("script-src 'self'")
    expect(header).not.toContain('unsafe-eval')
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(meta).toContain("script-src 'self'")
    // an inline script injected at run time is refused
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true })
          const script = document.createElement('script')
          script.textContent = 'window.__injected = true'
          document.body.append(script)
          setTimeout(() => resolve(false), 1000)
        }),
    )
    expect(blocked).toBe(true)
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined()
  })
})

test.describe('resilience', () => {
  test.use({
    expectedConsoleError:
      /charts failed|Failed to fetch dynamically imported module|net::ERR|Failed to load resource/,
  })

  test('a chart view that fails to load shows a contained error with a retry; the rest keeps working', async ({
    page,
  }) => {
    let fail = true
    await page.route('**/assets/charts-view-*.js', (route) =>
      fail ? route.abort() : route.continue(),
    )
    await page.goto('/?tab=charts')
    const alert = page.getByRole('alert').filter({ hasText: 'The charts could not be shown' })
    await expect(alert).toBeVisible()
    await page.getByRole('link', { name: 'Techniques' }).click()
    await expect(page.getByRole('table')).toBeVisible()
    await page.getByRole('link', { name: 'Charts' }).click()
    fail = false
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.locator('.recharts-area').first()).toBeVisible()
  })
})

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 375, height: 800 } })

  test('at 375 px the filters are in a drawer and the table scrolls with its first column pinned', async ({
    page,
  }, testInfo) => {
    await page.goto('/')
    await expect(page.getByRole('table')).toBeVisible()
    await expect(page.getByRole('group', { name: 'Therapy area' })).toBeHidden()
    await page.getByRole('button', { name: 'Show filters' }).click()
    await page.getByRole('group', { name: 'Therapy area' }).getByRole('checkbox').first().check()
    await expect(page.getByRole('button', { name: /Hide filters \(1 active\)/ })).toBeVisible()
    await page.getByRole('button', { name: /Hide filters/ }).click()

    const scroller = page.locator('.table-scroll')
    const overflow = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)
    expect(overflow).toBe(true)
    const firstName = page.locator('tbody th.pinned').first()
    await scroller.evaluate((el) => el.scrollBy(400, 0))
    // scrolled sideways, the name column stays at the left edge of the table area
    const after = await firstName.boundingBox()
    const area = await scroller.boundingBox()
    expect(Math.abs((after?.x ?? -100) - (area?.x ?? 0))).toBeLessThanOrEqual(2)
    await expect(firstName).toBeInViewport()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376)
    await testInfo.attach('phone-375', {
      body: await page.screenshot({ fullPage: false }),
      contentType: 'image/png',
    })
  })
})

test('desktop screenshot of the main views', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  for (const [name, url] of [
    ['techniques', '/'],
    ['studies', '/?tab=studies'],
    ['technique', `/?technique=${builtIn.techniques[0]?.id}`],
  ] as const) {
    await page.goto(url)
    await expect(page.getByRole('main')).not.toBeEmpty()
    await page.getByRole('heading', { level: 2 }).first().waitFor()
    await testInfo.attach(`desktop-${name}`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    })
  }
})
