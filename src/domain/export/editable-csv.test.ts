import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importCsv, splitList } from '../dataset/csv-import'
import type { Dataset } from '../dataset/schema'
import { parseDataset } from '../dataset/validate-dataset'
import { diffDatasets } from '../diff/diff-datasets'
import { makeDataset, makeStudy } from '../testing/make-dataset'
import { editableCsv } from './editable-csv'

// Validated, as the app holds it (validation drops fields the schema does not know).
const parsed = parseDataset(
  readFileSync(new URL('../../../data/evidence.json', import.meta.url), 'utf8'),
)
if (!parsed.ok) throw new Error('data/evidence.json is not valid')
const builtIn: Dataset = parsed.dataset
const meta = { fileName: 'export.csv', date: '2026-11-30' }

describe('editable CSV round trip', () => {
  it.each(['studies', 'techniques'] as const)(
    'the built-in %s, exported and opened again, equal the built-in data',
    (kind) => {
      const records = kind === 'studies' ? builtIn.studies : builtIn.techniques
      const csv = editableCsv(kind, records, { bom: true })
      const result = importCsv(csv, builtIn, meta)
      expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([])
      if (!result.ok) return
      expect(diffDatasets(builtIn, result.dataset).changes).toEqual([])
    },
  )

  it('keeps text that looks like a formula, items with "; " and one-item lists', () => {
    const base = makeDataset()
    const study = makeStudy({
      title: '=HYPERLINK("x")',
      keyResults: ['Blood loss lower (p=0.02; n=40)'],
      sourceUrls: ['https://example.org/a;b', 'https://example.org/c'],
      primaryEndpoint: '-5 points on a scale',
    })
    const csv = editableCsv('studies', [study], { bom: false })
    expect(csv).toContain(`'=HYPERLINK`)
    const result = importCsv(csv, base, meta)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.dataset.studies[0]).toEqual(study)
  })
})

describe('splitList', () => {
  it('splits lines, or "; " on one line', () => {
    expect(splitList('a\r\nb; c\n')).toEqual(['a', 'b; c'])
    expect(splitList('a; b;c')).toEqual(['a', 'b;c'])
    expect(splitList("'=x; y")).toEqual(['=x', 'y'])
  })
})
