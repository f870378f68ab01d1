import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { importCsv } from '../src/domain/dataset/csv-import'
import { parseAnyFormat as parseDataset } from '../src/domain/dataset/load-dataset'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

it('the example JSON in public/examples is a valid dataset', () => {
  const result = parseDataset(read('public/examples/example-dataset.json'))
  expect(result.ok ? [] : result.issues).toEqual([])
})

it('the example CSV in public/examples imports against the built-in dataset', () => {
  const base = parseDataset(read('data/evidence.json'))
  if (!base.ok) throw new Error('built-in dataset invalid')
  const result = importCsv(read('public/examples/example-studies.csv'), base.dataset, {
    fileName: 'example-studies.csv',
    date: '2026-11-28',
  })
  expect(result.ok ? [] : result.issues).toEqual([])
  expect(result.ok && result.rows).toBe(6)
})
