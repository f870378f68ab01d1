import { HEADER_CSP, META_CSP, SECURITY_HEADERS } from '../scripts/security-headers'
import { expect, test } from './fixtures'

test('the page and the preview server carry the single policy; robots.txt is text', async ({
  page,
  request,
}) => {
  const response = await page.goto('/')
  const headers = response?.headers() ?? {}
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name.toLowerCase()], name).toBe(value)
  expect(headers['content-security-policy']).toBe(HEADER_CSP)
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    META_CSP,
  )
  const robots = await request.get('/robots.txt')
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  expect(await robots.text()).toMatch(/^User-agent: \*/)
  const manifest = await request.get('/manifest.webmanifest')
  expect(await manifest.json()).toMatchObject({ name: 'Spinal metastases evidence explorer' })
})
