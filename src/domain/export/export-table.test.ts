import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { runQuery } from '../query/run-query'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { makeView } from '../testing/make-view'
import { exportFileName, exportMetadata, provenanceZip, sourcesOf, tableCsv } from './export-table'

const dataset = makeDataset({
  techniques: [
    makeTechnique({
      id: 'a',
      name: 'Alpha, the first',
      outcomes: [makeOutcome({ studyId: 's1' })],
    }),
    makeTechnique({
      id: 'b',
      name: '=Beta',
      areaId: 'mit',
      firstReported: {
        year: 1990,
        studyId: null,
        citation: 'c',
        url: null,
        verification: 'unverified',
      },
    }),
  ],
  studies: [
    makeStudy({ id: 's1', techniqueIds: ['a'], doi: '10.1000/x', pmid: '123' }),
    makeStudy({ id: 's2', techniqueIds: ['b'], doi: null, pmid: null, year: 2001 }),
  ],
})
const query = (view: Parameters<typeof makeView>[0]) => runQuery(dataset, makeView(view))

describe('tableCsv', () => {
  it('exports the visible columns of the matching rows in display order', () => {
    const result = query({ sort: [{ id: 'year', desc: false }], columns: ['name', 'year'] })
    expect(tableCsv(result, { allColumns: false, bom: false })).toBe(
      'Technique,First reported\r\n"\'=Beta",1990\r\n"Alpha, the first",2000\r\n',
    )
  })

  it('exports every column on request', () => {
    const result = query({ columns: ['name'] })
    const header = tableCsv(result, { allColumns: true, bom: false }).split('\r\n')[0]
    expect(header?.split(',')).toHaveLength(result.spec.columns.length)
  })
})

describe('exportFileName', () => {
  const day = new Date('2026-11-28T10:00:00Z')
  it.each<[Parameters<typeof makeView>[0], string]>([
    [{}, 'spinal-metastases-techniques_2026-11-28.csv'],
    [
      { facets: { area: ['radiation'] } },
      'spinal-metastases-techniques_area-radiation_2026-11-28.csv',
    ],
    [
      { tab: 'studies', q: 'Sørensen / Dexa', ranges: { year: { min: 2010, max: null } } },
      'spinal-metastases-studies_q-sorensen-dexa_year-2010_2026-11-28.csv',
    ],
  ])('%j → %s', (view, expected) => {
    expect(exportFileName(query(view), day)).toBe(expected)
  })

  it('keeps long filter descriptions short and safe', () => {
    const name = exportFileName(query({ q: 'x'.repeat(300) }), day)
    expect(name.length).toBeLessThan(120)
    expect(name).toMatch(/^[a-z0-9_.-]+$/)
  })
})

describe('provenance', () => {
  it('lists the studies behind exported techniques, and zips CSV, metadata and README', () => {
    const result = query({ facets: { area: ['radiation'] } })
    expect(sourcesOf(result, dataset).map((s) => s.id)).toEqual(['s1'])
    const metadata = exportMetadata(
      result,
      {
        dataset,
        contentHash: 'abc',
        shareUrl: 'https://x.test/?area=radiation',
        exportedAt: new Date(0),
      },
      'file.csv',
    )
    expect(metadata.filters.facets).toEqual({ area: ['radiation'] })
    expect(metadata.dataset.contentHash).toBe('sha256:abc')
    expect(metadata.sources[0]?.citation).toContain('doi:10.1000/x PMID:123')
    const files = unzipSync(provenanceZip('a\r\n', 'file.csv', metadata))
    expect(Object.keys(files).sort()).toEqual(['README.md', 'file.csv', 'metadata.json'])
    expect(JSON.parse(strFromU8(files['metadata.json'] ?? new Uint8Array())).rows).toBe(1)
    expect(strFromU8(files['README.md'] ?? new Uint8Array())).toContain(
      'https://x.test/?area=radiation',
    )
  })
})
