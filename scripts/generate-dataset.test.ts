import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { validateDataset } from '../src/domain/dataset/validate-dataset'
import { generateDataset } from './generate-dataset'

const base = JSON.parse(readFileSync(new URL('../data/evidence.json', import.meta.url), 'utf8'))

it('generates a valid, deterministic dataset', () => {
  const a = generateDataset(base, 50, 80, 7)
  const b = generateDataset(base, 50, 80, 7)
  expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  const result = validateDataset(a)
  expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([])
  expect(a.techniques).toHaveLength(50)
  expect(a.studies).toHaveLength(80)
})
