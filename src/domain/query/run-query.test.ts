import { describe, expect, it } from 'vitest'
import type { Technique } from '../dataset/schema'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { makeView } from '../testing/make-view'
import type { TableView } from '../view/view-state'
import { runQuery } from './run-query'

const technique = (id: string, overrides: Partial<Technique>) =>
  makeTechnique({ id, name: id.toUpperCase(), ...overrides })

const dataset = makeDataset({
  techniques: [
    technique('kypho', {
      name: 'Balloon kyphoplasty',
      aliases: ['BKP'],
      areaId: 'mit',
      invasiveness: 'percutaneous',
      noms: ['mechanical'],
      firstReported: {
        year: 1998,
        studyId: null,
        citation: 'c',
        url: null,
        verification: 'unverified',
      },
      outcomes: [makeOutcome({ studyId: 's-rct' })],
    }),
    technique('sbrt', {
      name: 'Stereotactic body radiotherapy',
      areaId: 'radiation',
      noms: ['oncologic'],
      firstReported: {
        year: 1995,
        studyId: null,
        citation: 'c',
        url: null,
        verification: 'unverified',
      },
    }),
    technique('cebrt', {
      name: 'Conventional radiotherapy',
      areaId: 'radiation',
      noms: ['oncologic', 'neurologic'],
      firstReported: {
        year: 1950,
        studyId: null,
        citation: 'c',
        url: null,
        verification: 'unverified',
      },
    }),
    technique('open', {
      name: 'Open decompression (Ångström variant)',
      areaId: 'surgery',
      invasiveness: 'open-surgery',
      noms: ['neurologic', 'mechanical'],
      firstReported: {
        year: 1980,
        studyId: null,
        citation: 'c',
        url: null,
        verification: 'unverified',
      },
    }),
  ],
  studies: [
    makeStudy({
      id: 's-rct',
      techniqueIds: ['kypho', 'open'],
      levelOfEvidence: 2,
      year: 2011,
      patients: 134,
    }),
    makeStudy({
      id: 's-case',
      techniqueIds: ['sbrt'],
      levelOfEvidence: 4,
      year: 2005,
      patients: null,
      design: 'case-series',
    }),
  ],
})

const q = (overrides: Parameters<typeof makeView>[0]) => runQuery(dataset, makeView(overrides))
const names = (overrides: Parameters<typeof makeView>[0]) => {
  const result = q(overrides)
  if (result.table === 'techniques') return result.rows.map((r) => r.technique.id)
  if (result.table === 'studies') return result.rows.map((r) => r.study.id)
  return result.rows.map((r) => r.guideline.id)
}

describe('search', () => {
  it.each<[string, string[]]>([
    ['kypho', ['kypho']],
    ['KYPHO', ['kypho']],
    ['bkp', ['kypho']],
    ['angstrom', ['open']],
    ['radiotherapy conventional', ['cebrt']],
    ['radiotherapy', ['sbrt', 'cebrt']],
    ['nothing-matches', []],
  ])('"%s" → %j', (text, expected) => {
    expect(names({ q: text })).toEqual(expected)
  })
})

describe('studies search', () => {
  it('matches the names of the techniques a study informs, not only its title', () => {
    expect(names({ tab: 'studies', q: 'kyphoplasty' })).toEqual(['s-rct'])
    expect(names({ tab: 'studies', q: 'stereotactic' })).toEqual(['s-case'])
    expect(names({ tab: 'studies', q: 'angstrom kyphoplasty' })).toEqual(['s-rct'])
  })
})

describe('facets', () => {
  it('several values in one facet widen (OR)', () => {
    expect(names({ facets: { area: ['mit'] } })).toEqual(['kypho'])
    expect(names({ facets: { area: ['mit', 'radiation'] } })).toEqual(['kypho', 'sbrt', 'cebrt'])
  })

  it('different facets narrow (AND)', () => {
    expect(names({ facets: { area: ['mit', 'radiation'], noms: ['oncologic'] } })).toEqual([
      'sbrt',
      'cebrt',
    ])
  })

  it("a facet's counts leave its own selection out but apply the others", () => {
    const result = q({ facets: { area: ['radiation'], noms: ['neurologic'] } })
    const area = result.facets.find((f) => f.id === 'area')
    const noms = result.facets.find((f) => f.id === 'noms')
    // area counts: only the noms=neurologic selection applies → open (surgery), cebrt (radiation)
    expect(area?.options.map((o) => [o.value, o.count, o.selected])).toEqual([
      ['surgery', 1, false],
      ['mit', 0, false],
      ['radiation', 1, true],
    ])
    // noms counts: only area=radiation applies → sbrt, cebrt
    expect(noms?.options.map((o) => [o.value, o.count])).toEqual([
      ['neurologic', 1],
      ['oncologic', 2],
      ['mechanical', 0],
    ])
  })

  it('derives the best level of evidence from the supporting studies', () => {
    expect(names({ facets: { level: ['2'] } })).toEqual(['kypho', 'open'])
    expect(names({ facets: { level: ['4'] } })).toEqual(['sbrt'])
  })

  it('drops facet values the dataset does not know instead of emptying the table', () => {
    expect(names({ facets: { area: ['atlantis'] } })).toEqual(['kypho', 'sbrt', 'cebrt', 'open'])
  })
})

describe('ranges', () => {
  it.each<[TableView['ranges'], string[]]>([
    [{ year: { min: 1990, max: null } }, ['kypho', 'sbrt']],
    [{ year: { min: null, max: 1980 } }, ['cebrt', 'open']],
    [{ year: { min: 1980, max: 1995 } }, ['sbrt', 'open']],
  ])('%j → %j', (ranges, expected) => {
    expect(names({ ranges })).toEqual(expected)
  })

  it('a patients range excludes studies that report no number', () => {
    expect(names({ tab: 'studies', ranges: { patients: { min: 0, max: null } } })).toEqual([
      's-rct',
    ])
  })
})

describe('sort', () => {
  it.each<[TableView['sort'], string[]]>([
    [[{ id: 'year', desc: false }], ['cebrt', 'open', 'sbrt', 'kypho']],
    [[{ id: 'year', desc: true }], ['kypho', 'sbrt', 'open', 'cebrt']],
    [
      [
        { id: 'area', desc: false },
        { id: 'name', desc: true },
      ],
      ['kypho', 'sbrt', 'cebrt', 'open'],
    ],
  ])('%j', (sort, expected) => {
    expect(names({ sort })).toEqual(expected)
  })

  it('puts missing values last in both directions', () => {
    // only kypho and open have a supporting study level (2); sbrt has 4; cebrt none
    expect(names({ sort: [{ id: 'level', desc: false }] }).at(-1)).toBe('cebrt')
    expect(names({ sort: [{ id: 'level', desc: true }] }).at(-1)).toBe('cebrt')
    expect(names({ tab: 'studies', sort: [{ id: 'patients', desc: true }] })).toEqual([
      's-rct',
      's-case',
    ])
    expect(names({ tab: 'studies', sort: [{ id: 'patients', desc: false }] })).toEqual([
      's-rct',
      's-case',
    ])
  })
})

describe('summary and columns', () => {
  it('describes the filter in words', () => {
    expect(q({}).summary).toBe('4 techniques')
    expect(
      q({
        q: 'radio',
        facets: { area: ['radiation', 'mit'] },
        ranges: { year: { min: 1990, max: 2000 } },
      }).summary,
    ).toBe(
      '1 of 4 techniques matching “radio” where therapy area is Minimally invasive therapy or Radiation therapy and year first reported is 1990–2000',
    )
  })

  it('keeps the required name column when the URL hides it and ignores unknown columns', () => {
    const result = q({ columns: ['year', 'bogus'] })
    expect(result.visibleColumns.map((c) => c.id)).toEqual(['name', 'year'])
  })

  it('clamps the page to the last page', () => {
    expect(q({ page: 40 }).page).toBe(1)
  })
})
