import { describe, expect, it } from 'vitest'
import { makeDataset, makeTechnique } from '../testing/make-dataset'
import { csvHeaders, detectCsvKind, importCsv } from './csv-import'

const base = makeDataset({
  techniques: [makeTechnique({ id: 'tech-a' }), makeTechnique({ id: 'tech-b' })],
})
const meta = { fileName: 'sheet.csv', date: '2026-11-28' }
const studyHeader = csvHeaders('studies').join(',')

function studyRow(overrides: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    id: 'smith2019',
    firstAuthor: 'Smith J',
    year: '2019',
    title: '"A trial, with a comma"',
    journal: 'J Test',
    doi: '10.1234/abc',
    pmid: '',
    design: 'rct',
    designDetail: '',
    patients: '120',
    population: '',
    intervention: '',
    comparator: '',
    primaryEndpoint: '',
    keyResults: 'Result one; Result two',
    techniqueIds: 'tech-a; tech-b',
    levelOfEvidence: '2',
    verification: 'unverified',
    verificationNote: '',
    sourceUrls: '',
    ...overrides,
  }
  return csvHeaders('studies')
    .map((h) => values[h] ?? '')
    .join(',')
}

describe('importCsv (studies)', () => {
  it('coerces numbers, lists and empty cells by the schema', () => {
    const result = importCsv(`${studyHeader}\r\n${studyRow()}\r\n`, base, meta)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const study = result.dataset.studies[0]
    expect(study).toMatchObject({
      id: 'smith2019',
      year: 2019,
      patients: 120,
      pmid: null,
      title: 'A trial, with a comma',
      keyResults: ['Result one', 'Result two'],
      techniqueIds: ['tech-a', 'tech-b'],
      sourceUrls: [],
    })
    expect(study && 'verificationNote' in study).toBe(false)
    expect(result.dataset.meta.title).toBe('Imported from sheet.csv')
    // base techniques stay, without outcomes that would cite studies no longer present
    expect(result.dataset.techniques.every((t) => t.outcomes.length === 0)).toBe(true)
  })

  it('accepts a byte-order mark', () => {
    expect(importCsv(`\uFEFF${studyHeader}\n${studyRow()}\n`, base, meta).ok).toBe(true)
  })

  it.each<[string, Record<string, string>, { path: string; message: RegExp }]>([
    [
      'a word where a number belongs',
      { year: 'recent' },
      { path: 'row 3, column "year"', message: /expected a number, got "recent"/ },
    ],
    [
      'an empty required cell',
      { title: '' },
      { path: 'row 3, column "title"', message: /required/ },
    ],
    [
      'an unknown technique',
      { techniqueIds: 'tech-a; ghost' },
      { path: 'row 3, column "techniqueIds"', message: /no technique with id "ghost"/ },
    ],
    [
      'a bad design value',
      { design: 'anecdote' },
      { path: 'row 3, column "design"', message: /./ },
    ],
    [
      'a non-https link',
      { sourceUrls: 'http://x.org' },
      { path: 'row 3, column "sourceUrls"', message: /https/ },
    ],
  ])('reports %s with its row and column', (_label, overrides, expected) => {
    const csv = `${studyHeader}\n${studyRow({ id: 'ok2020' })}\n${studyRow(overrides)}\n`
    const result = importCsv(csv, base, meta)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toContainEqual({
      path: expected.path,
      message: expect.stringMatching(expected.message),
    })
  })

  it("reports every row's problems at once, in row order, in plain words", () => {
    const rows = [
      studyRow({ id: 'a2019', year: 'nineteen' }),
      studyRow({ id: 'b2019', design: 'astrology' }),
      'short,row',
      studyRow({ id: 'c2019', techniqueIds: 'no-such-technique' }),
      studyRow({ id: 'd2019', levelOfEvidence: '9' }),
    ]
    const result = importCsv(`${studyHeader}\n${rows.join('\n')}\n`, base, meta)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => i.path)).toEqual([
      'row 2, column "year"',
      'row 3, column "design"',
      'row 4',
      'row 6, column "levelOfEvidence"',
    ])
    const message = (path: string) => result.issues.find((i) => i.path === path)?.message
    expect(message('row 3, column "design"')).toMatch(/^must be one of: rct, meta-analysis, /)
    expect(message('row 6, column "levelOfEvidence"')).toBe('must be at most 5')
    // References are checked once every row reads as a study: then the unknown technique shows.
    const fixed = importCsv(`${studyHeader}\n${rows[3]}\n`, base, meta)
    expect(fixed.ok ? [] : fixed.issues).toEqual([
      { path: 'row 2, column "techniqueIds"', message: 'no technique with id "no-such-technique"' },
    ])
  })

  it('reads the delimiter from the header: a semicolon file from a comma-decimal spreadsheet opens', () => {
    const header = csvHeaders('studies').join(';')
    const row = studyRow({ title: 'A trial', keyResults: '"One; two"', techniqueIds: 'tech-a' })
      .split(',')
      .join(';')
    const result = importCsv(`${header}\n${row}\n`, base, meta)
    expect(result.ok ? result.dataset.studies.map((s) => s.keyResults) : result.issues).toEqual([
      ['One', 'two'],
    ])
  })

  it('reports a duplicate id at the second row', () => {
    const result = importCsv(`${studyHeader}\n${studyRow()}\n${studyRow()}\n`, base, meta)
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: 'row 3, column "id"',
        message: 'duplicate id "smith2019" (first used at studies[0])',
      },
    ])
  })

  it('reports unknown and missing columns in the header', () => {
    const result = importCsv('id,firstAuthor,techniqueIds,colour\nx,y,tech-a,red\n', base, meta)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => i.message).join('\n')).toMatch(/unknown column\(s\): colour/)
    expect(result.issues.map((i) => i.message).join('\n')).toMatch(
      /missing column\(s\): year, title/,
    )
  })

  it('refuses a table it does not recognise', () => {
    const result = importCsv('name,age\nA,3\n', base, meta)
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['row 1 (header)'])
  })
})

describe('importCsv (techniques)', () => {
  it('reads dotted nested columns and lists', () => {
    const headers = csvHeaders('techniques')
    expect(headers).toContain('firstReported.year')
    expect(headers).not.toContain('outcomes')
    const values: Record<string, string> = {
      id: 'new-tech',
      name: 'New technique',
      aliases: 'NT; N-T',
      areaId: 'mit',
      subgroup: 'Group',
      summary: 'Summary',
      mechanism: 'Mechanism',
      'firstReported.year': '2020',
      'firstReported.studyId': '',
      'firstReported.citation': 'Ref',
      'firstReported.url': 'https://example.org/ref',
      'firstReported.verification': 'unverified',
      'firstReported.note': '',
      invasiveness: 'percutaneous',
      noms: 'mechanical; oncologic',
    }
    const csv = `${headers.join(',')}\n${headers.map((h) => values[h] ?? '').join(',')}\n`
    const result = importCsv(csv, base, meta)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.kind).toBe('techniques')
    expect(result.dataset.techniques[0]).toMatchObject({
      aliases: ['NT', 'N-T'],
      noms: ['mechanical', 'oncologic'],
      firstReported: { year: 2020, studyId: null, url: 'https://example.org/ref' },
      setting: null,
      outcomes: [],
    })
  })
})

describe('detectCsvKind', () => {
  it.each<[string[], string | null]>([
    [['id', 'firstAuthor', 'techniqueIds'], 'studies'],
    [['id', 'areaId', 'invasiveness'], 'techniques'],
    [['a', 'b'], null],
  ])('%j → %s', (headers, expected) => {
    expect(detectCsvKind(headers)).toBe(expected)
  })
})
