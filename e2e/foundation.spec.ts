import { readFileSync } from 'node:fs'
import { makeDataset, makeStudy, makeTechnique } from '../src/domain/testing/make-dataset'
import { expect, test } from './fixtures'

const builtIn = JSON.parse(readFileSync(new URL('../data/evidence.json', import.meta.url), 'utf8'))

test('loads the built-in dataset and shows every technique in the table', async ({ page }) => {
  await page.goto('/')
  const table = page.getByRole('table', { name: 'Techniques' })
  await expect(table).toBeVisible()
  const count: number = builtIn.techniques.length
  await expect(page.getByRole('status').filter({ hasText: /techniques?$/ })).toHaveText(
    new RegExp(`^${count} techniques?$`),
  )
  await expect(table.getByRole('row')).toHaveCount(count + 1)
})

test('an invalid dataset shows an alert listing each problem with its JSON path', async ({
  page,
}) => {
  const broken = makeDataset({
    techniques: [makeTechnique(), makeTechnique({ id: 'tech-b', name: 'Technique B' })],
    studies: [
      makeStudy({ techniqueIds: ['tech-a', 'smith2019'] }),
      makeStudy({ id: 'beta2012', sourceUrls: ['http://insecure.example'] }),
    ],
  })
  const json = JSON.parse(JSON.stringify(broken))
  delete json.techniques[1].name
  json.studies[1].year = 'recent'
  await page.route('**/evidence*.json', (route) => route.fulfill({ json }))

  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('3 problems')
  await expect(alert.getByRole('listitem')).toHaveText([
    /^techniques\[1\]\.name: /,
    /^studies\[1\]\.year: /,
    /^studies\[1\]\.sourceUrls\[0\]: links must be absolute https:\/\/ URLs$/,
  ])
  await expect(page.getByRole('table')).toHaveCount(0)
})

test('a dangling reference is reported with its path and the missing id', async ({ page }) => {
  const json = makeDataset({ studies: [makeStudy({ techniqueIds: ['tech-a', 'smith2019'] })] })
  await page.route('**/evidence*.json', (route) => route.fulfill({ json }))
  await page.goto('/')
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
    'studies[0].techniqueIds[1]: no technique with id "smith2019"',
  ])
})

test('malformed JSON is reported, not a blank page', async ({ page }) => {
  await page.route('**/evidence*.json', (route) =>
    route.fulfill({ body: '{"meta": {', contentType: 'application/json' }),
  )
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('malformed JSON')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('shows a loading indicator while the dataset is on its way', async ({ page }) => {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/evidence*.json', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible()
  release()
  await expect(page.getByRole('table', { name: 'Techniques' })).toBeVisible()
})

// The guard in fixtures.ts must really fail a test whose page calls another origin.
test.fail(
  'the no-foreign-request guard fails a test that calls another origin',
  async ({ page }) => {
    await page.goto('/')
    await page.evaluate(() => fetch('https://example.org/beacon').catch(() => undefined))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  },
)
