import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Dataset, Technique } from '../dataset/schema'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { makeView } from '../testing/make-view'
import type { TableId } from '../view/view-state'
import {
  type DatasetHead,
  datasetAssembler,
  packedTransferables,
  packTables,
  prepareTables,
} from './prepared'
import { queryTable } from './run-query'

/**
 * The worker path (prepare → pack → post with transfer → unpack) must give the page exactly the
 * index `buildIndex` gives when the page prepares the dataset itself.
 */
const areas = ['surgery', 'mit', 'radiation', 'systemic'] as const
const word = fc.constantFrom('alpha', 'Béta', 'gamma', 'cement', 'dose', 'spine')

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    techniques: fc.array(
      fc.record({
        name: fc.array(word, { minLength: 1, maxLength: 3 }),
        area: fc.nat({ max: 3 }),
        subgroup: fc.nat({ max: 4 }),
        year: fc.integer({ min: 1950, max: 2025 }),
        noms: fc.subarray(['neurologic', 'oncologic', 'mechanical', 'systemic'] as const),
        outcomes: fc.array(fc.nat({ max: 30 }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    studies: fc.array(
      fc.record({
        title: fc.array(word, { minLength: 1, maxLength: 4 }),
        year: fc.integer({ min: 1980, max: 2025 }),
        patients: fc.option(fc.nat({ max: 500 }), { nil: null }),
        level: fc.integer({ min: 1, max: 5 }),
        techniques: fc.array(fc.nat({ max: 60 }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  })
  .map(({ techniques, studies }) => {
    const studyIds = studies.map((_, i) => `s${i}`)
    return makeDataset({
      techniques: techniques.map(
        (t, i): Technique =>
          makeTechnique({
            id: `t${i}`,
            name: t.name.join(' '),
            areaId: areas[t.area] ?? 'mit',
            subgroup: `Group ${t.subgroup}`,
            firstReported: { ...makeTechnique().firstReported, year: t.year },
            noms: [...t.noms],
            outcomes: t.outcomes
              .filter((s) => s < studyIds.length)
              .map((s) => makeOutcome({ studyId: `s${s}` })),
          }),
      ),
      studies: studies.map((s, i) =>
        makeStudy({
          id: `s${i}`,
          title: s.title.join(' '),
          year: s.year,
          patients: s.patients,
          levelOfEvidence: s.level as 1 | 2 | 3 | 4 | 5,
          techniqueIds: s.techniques.filter((t) => t < techniques.length).map((t) => `t${t}`),
        }),
      ),
    })
  })

/** What the worker does, with `structuredClone` standing in for `postMessage`. */
function throughWorker(dataset: Dataset): Dataset {
  const inWorker = structuredClone(dataset)
  const packed = packTables(prepareTables(inWorker))
  const { techniques: _t, studies: _s, ...head } = inWorker
  const posted = structuredClone(packed, { transfer: packedTransferables(packed) })
  // Rows arrive in chunks of three, as the worker posts them in chunks.
  const assembler = datasetAssembler()
  for (let i = 0; i < posted.techniques.rows.length; i += 3)
    assembler.addTechniques(posted.techniques.rows.slice(i, i + 3))
  for (let i = 0; i < posted.studies.rows.length; i += 3)
    assembler.addStudies(posted.studies.rows.slice(i, i + 3))
  return assembler.finish(structuredClone(head) as DatasetHead, {
    techniques: posted.techniques.index,
    studies: posted.studies.index,
  })
}

describe('prepared tables posted by the worker', () => {
  it('match the tables the page would build, for every facet, range, search text and sort', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const local = prepareTables(dataset)
        const adopted = prepareTables(throughWorker(dataset))
        for (const table of ['techniques', 'studies'] as const) {
          const a = local[table].index
          const b = adopted[table].index
          expect(b.searchTexts).toEqual(a.searchTexts)
          expect(b.ranges).toEqual(a.ranges)
          expect(b.facets.map((f) => [f.id, f.options, [...f.offsets], [...f.flat]])).toEqual(
            a.facets.map((f) => [f.id, f.options, [...f.offsets], [...f.flat]]),
          )
          for (const column of local[table].spec.columns)
            expect(b.sortKeys(column.id)).toEqual(a.sortKeys(column.id))
        }
      }),
      { numRuns: 60, seed: 18 },
    )
  })

  it('give the same query results (rows, counts, summary)', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.constantFrom<TableId>('techniques', 'studies'),
        fc.constantFrom('', 'a', 'beta', 'group 1'),
        fc.boolean(),
        (dataset, table, q, desc) => {
          const view = makeView({
            tab: table === 'studies' ? 'studies' : 'techniques',
            q,
            sort: [{ id: table === 'studies' ? 'title' : 'name', desc }],
          })
          const local = queryTable(dataset, view, table)
          const adopted = queryTable(throughWorker(dataset), view, table)
          const ids = (r: typeof local) => r.rows.map((row) => r.spec.rowId(row as never))
          expect(ids(adopted)).toEqual(ids(local))
          expect(JSON.stringify(adopted.facets)).toBe(JSON.stringify(local.facets))
          expect(adopted.summary).toBe(local.summary)
        },
      ),
      { numRuns: 60, seed: 18 },
    )
  })

  it('refuses an index that does not match its rows', () => {
    const dataset = makeDataset()
    const packed = packTables(prepareTables(structuredClone(dataset)))
    const { techniques: _t, studies: _s, ...head } = dataset
    const assembler = datasetAssembler()
    assembler.addTechniques([...packed.techniques.rows, ...packed.techniques.rows])
    assembler.addStudies(packed.studies.rows)
    expect(() =>
      assembler.finish(head, {
        techniques: packed.techniques.index,
        studies: packed.studies.index,
      }),
    ).toThrow(/does not match/)
  })
})
