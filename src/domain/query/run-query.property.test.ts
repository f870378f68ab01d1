import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Dataset, Study, Technique } from '../dataset/schema'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { DEFAULT_VIEW, type TableId, type TableView, withTable } from '../view/view-state'
import { MAX_FACET_OPTIONS } from './facets'
import { normaliseText } from './normalise'
import { prepareTables } from './prepared'
import { queryTable } from './run-query'
import type { CellValue, TableSpec } from './table-spec'

/**
 * The pipeline (typed arrays, interned options, incremental search, ranked sort keys) against a
 * plain reference: filter with `includes`, count with loops, sort with `localeCompare`. Both read
 * the same declarative table spec, so this checks the machinery, not the column definitions.
 */

type Ref = { ids: string[]; counts: Map<string, Map<string, number>> }

function reference<Row>(rows: ReadonlyArray<Row>, spec: TableSpec<Row>, table: TableView): Ref {
  const terms = normaliseText(table.q).split(/\s+/).filter(Boolean)
  const known = (facetId: string) =>
    new Set(
      spec.facets
        .find((f) => f.id === facetId)
        ?.options(rows)
        .map((o) => o.value),
    )
  const selected = spec.facets
    .map((f) => ({ f, wanted: (table.facets[f.id] ?? []).filter((v) => known(f.id).has(v)) }))
    .filter((s) => s.wanted.length > 0)
  const passesSearchAndRanges = (row: Row) =>
    terms.every((t) => spec.searchText(row).includes(t)) &&
    spec.ranges.every((r) => {
      const range = table.ranges[r.id]
      if (!range) return true
      const v = r.value(row)
      return (
        v !== null &&
        (range.min === null || v >= range.min) &&
        (range.max === null || v <= range.max)
      )
    })
  const passes = (row: Row, except: string | null) =>
    selected.every(
      ({ f, wanted }) => f.id === except || f.values(row).some((v) => wanted.includes(v)),
    )
  const counts = new Map<string, Map<string, number>>()
  for (const facet of spec.facets) {
    const byValue = new Map<string, number>()
    for (const option of facet.options(rows)) byValue.set(option.value, 0)
    for (const row of rows) {
      if (!passesSearchAndRanges(row) || !passes(row, facet.id)) continue
      for (const v of new Set(facet.values(row)))
        if (byValue.has(v)) byValue.set(v, (byValue.get(v) ?? 0) + 1)
    }
    counts.set(facet.id, byValue)
  }
  const matching = rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => passesSearchAndRanges(row) && passes(row, null))
  const columnIds = new Set(spec.columns.map((c) => c.id))
  const sort = (table.sort.length > 0 ? table.sort : spec.defaultSort).filter((k) =>
    columnIds.has(k.id),
  )
  const text = (v: CellValue) => (Array.isArray(v) ? v.join('; ') : String(v))
  const missing = (v: CellValue) => v === null || v === '' || (Array.isArray(v) && v.length === 0)
  matching.sort((a, b) => {
    for (const key of sort) {
      const column = spec.columns.find((c) => c.id === key.id)
      if (!column) continue
      let va = column.value(a.row)
      let vb = column.value(b.row)
      if (column.kind === 'number') {
        va = typeof va === 'number' && Number.isFinite(va) ? va : null
        vb = typeof vb === 'number' && Number.isFinite(vb) ? vb : null
      }
      const ma = missing(va)
      const mb = missing(vb)
      if (ma || mb) {
        if (ma && mb) continue
        return ma ? 1 : -1
      }
      const order =
        column.kind === 'number'
          ? (va as number) - (vb as number)
          : text(va).localeCompare(text(vb), 'en', { numeric: true, sensitivity: 'base' })
      if (order !== 0) return key.desc ? -order : order
    }
    return a.i - b.i
  })
  return { ids: matching.map(({ row }) => spec.rowId(row)), counts }
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'cement', 'dose', 'spine']
const word = fc.constantFrom(...WORDS)
const areaId = fc.constantFrom('surgery', 'mit', 'radiation', 'systemic') as fc.Arbitrary<
  Technique['areaId']
>

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    // Sometimes more sub-groups than a facet lists, to exercise truncation.
    many: fc.boolean(),
    techniques: fc.array(
      fc.record({
        name: fc.array(word, { minLength: 1, maxLength: 3 }),
        areaId,
        subgroup: fc.integer({ min: 0, max: 5 }),
        year: fc.integer({ min: 1950, max: 2025 }),
        noms: fc.subarray(['neurologic', 'oncologic', 'mechanical', 'systemic'] as const),
        measures: fc.subarray(['pain-response', 'local-control']),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    studies: fc.array(
      fc.record({
        title: fc.array(word, { minLength: 1, maxLength: 4 }),
        year: fc.integer({ min: 1980, max: 2025 }),
        patients: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
        level: fc.integer({ min: 1, max: 5 }),
        design: fc.constantFrom('rct', 'prospective', 'case-series') as fc.Arbitrary<
          Study['design']
        >,
        techniques: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 20 },
    ),
  })
  .map(({ many, techniques, studies }) => {
    const count = many ? MAX_FACET_OPTIONS + 20 : techniques.length
    const made = Array.from({ length: count }, (_, i) => {
      const t = techniques[i % techniques.length]
      if (!t) throw new Error('unreachable: at least one technique')
      return makeTechnique({
        id: `t${i}`,
        name: t.name.join(' '),
        areaId: t.areaId,
        subgroup: many ? `Group ${i % (MAX_FACET_OPTIONS + 10)}` : `Group ${t.subgroup}`,
        noms: [...t.noms],
        firstReported: { ...makeTechnique().firstReported, year: t.year },
        outcomes: t.measures.map((measureId, k) =>
          makeOutcome({ measureId, studyId: `s${(i + k) % studies.length}` }),
        ),
      })
    })
    const madeStudies = studies.map((s, i) =>
      makeStudy({
        id: `s${i}`,
        title: s.title.join(' '),
        year: s.year,
        patients: s.patients,
        levelOfEvidence: s.level,
        design: s.design,
        techniqueIds: [...new Set(s.techniques.map((n) => `t${n % count}`))],
      }),
    )
    return makeDataset({
      techniques: made,
      studies: madeStudies,
      outcomeMeasures: [
        {
          id: 'pain-response',
          name: 'Pain response',
          unit: '%',
          better: 'higher',
          description: 'd',
        },
        {
          id: 'local-control',
          name: 'Local control',
          unit: '%',
          better: 'higher',
          description: 'd',
        },
      ],
    })
  })

const tableViewArb = (table: TableId): fc.Arbitrary<TableView> =>
  fc.record({
    q: fc
      .array(
        fc.oneof(
          word,
          word.map((w) => w.slice(0, 3)),
          fc.constant('zzz'),
        ),
        { maxLength: 2 },
      )
      .map((w) => w.join(' ')),
    facets: fc.dictionary(
      fc.constantFrom(
        ...(table === 'techniques'
          ? ['area', 'subgroup', 'noms', 'level', 'measure']
          : ['design', 'level', 'area', 'technique', 'verification']),
      ),
      fc.array(
        fc.oneof(
          fc.constantFrom(
            'mit',
            'radiation',
            'Group 1',
            'Group 7',
            'oncologic',
            '1',
            '2',
            'rct',
            't0',
            't3',
            'pain-response',
            'unverified',
          ),
          fc.constant('unknown-value'),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    ),
    ranges: fc.dictionary(
      fc.constantFrom(...(table === 'techniques' ? ['year'] : ['year', 'patients'])),
      fc.record({
        min: fc.option(fc.integer({ min: 0, max: 2025 }), { nil: null }),
        max: fc.option(fc.integer({ min: 0, max: 2025 }), { nil: null }),
      }),
    ),
    sort: fc
      .array(
        fc.record({
          id: fc.constantFrom(
            'name',
            'area',
            'year',
            'level',
            'studies',
            'study',
            'title',
            'patients',
            'techniques',
            'noms',
          ),
          desc: fc.boolean(),
        }),
        { maxLength: 2 },
      )
      .map((keys) => keys.filter((k, i) => keys.findIndex((o) => o.id === k.id) === i)),
    columns: fc.constant(null),
    page: fc.integer({ min: 1, max: 3 }),
  })

function check(dataset: Dataset, table: TableId, tableView: TableView) {
  const result = queryTable(dataset, withTable(DEFAULT_VIEW, table, tableView), table)
  const { spec, index } = prepareTables(dataset)[table] as unknown as {
    spec: TableSpec<unknown>
    index: { rows: unknown[] }
  }
  const ref = reference(index.rows, spec, tableView)
  expect((result.rows as unknown[]).map((r) => spec.rowId(r))).toEqual(ref.ids)
  for (const facet of result.facets) {
    const all = ref.counts.get(facet.id) ?? new Map()
    expect(facet.optionCount).toBe(all.size)
    for (const option of facet.options)
      expect([option.value, option.count]).toEqual([option.value, all.get(option.value)])
    expect(facet.hiddenCount).toBe(all.size - facet.options.length)
    const wanted = tableView.facets[facet.id] ?? []
    if (all.size > MAX_FACET_OPTIONS) {
      // The listed values are the most frequent (ties in facet order) plus every selected one.
      const order = [...all.keys()]
      const top = [...order]
        .sort(
          (a, b) => (all.get(b) ?? 0) - (all.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
        )
        .slice(0, MAX_FACET_OPTIONS)
      const expected = order.filter((v) => top.includes(v) || wanted.includes(v))
      expect(facet.options.map((o) => o.value)).toEqual(expected)
    } else expect(facet.options.map((o) => o.value)).toEqual([...all.keys()])
  }
}

describe('runQuery against a plain reference implementation', () => {
  it('same rows, order and facet counts on random datasets and views (500 cases)', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.constantFrom<TableId>('techniques', 'studies'),
        fc.nat(),
        (dataset, table, seed) => {
          const view =
            fc.sample(tableViewArb(table), { numRuns: 1, seed })[0] ??
            DEFAULT_VIEW.tables.techniques
          check(dataset, table, view)
        },
      ),
      { numRuns: 500, seed: 20261130 },
    )
  }, 120_000)

  it('typing, deleting and retyping a search gives the reference rows at every step (200 cases)', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(
          fc.oneof(
            word,
            word.map((w) => w.slice(0, 2)),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (dataset, words, deletes) => {
          const text = words.join(' ')
          // Type forward one character at a time, then edit backwards and forwards again.
          const steps: string[] = []
          for (let i = 1; i <= text.length; i++) steps.push(text.slice(0, i))
          let current = text
          for (const del of deletes) {
            current = del ? current.slice(0, -1) : `${current}a`
            steps.push(current)
          }
          for (const q of steps)
            check(dataset, 'techniques', { ...DEFAULT_VIEW.tables.techniques, q })
        },
      ),
      { numRuns: 200, seed: 7 },
    )
  }, 120_000)
})
