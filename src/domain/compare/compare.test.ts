import { describe, expect, it } from 'vitest'
import { comparisonCsv, comparisonFileName } from '../export/comparison-csv'
import {
  makeDataset,
  makeGuideline,
  makeOutcome,
  makeStudy,
  makeTechnique,
} from '../testing/make-dataset'
import { columnAfterRemoval, compareTechniques, comparisonCsvRows, moveColumn } from './compare'

const dataset = makeDataset({
  outcomeMeasures: [
    { id: 'pain-response', name: 'Pain response', unit: '%', better: 'higher', description: 'd' },
    { id: 'complications', name: 'Complications', unit: '%', better: 'lower', description: 'd' },
    { id: 'blood-loss', name: 'Blood loss', unit: 'mL', better: 'lower', description: 'd' },
  ],
  techniques: [
    makeTechnique({
      id: 'a',
      name: 'A',
      indications: ['Pain', 'Fracture'],
      outcomes: [
        makeOutcome({
          measureId: 'pain-response',
          value: 70,
          valueText: '70%',
          timepoint: '3 months',
          studyId: 's1',
        }),
        makeOutcome({ measureId: 'complications', value: 2, valueText: '2%', studyId: 's1' }),
      ],
    }),
    makeTechnique({
      id: 'b',
      name: 'B',
      indications: ['fracture', 'pain'],
      areaId: 'mit',
      outcomes: [
        makeOutcome({
          measureId: 'pain-response',
          value: 70,
          valueText: '70%',
          timepoint: '3 months',
          studyId: 's2',
        }),
      ],
    }),
    makeTechnique({ id: 'c', name: 'C', indications: ['Pain'], outcomes: [] }),
  ],
  studies: [
    makeStudy({
      id: 's1',
      firstAuthor: 'Alpha A',
      year: 2001,
      techniqueIds: ['a'],
      levelOfEvidence: 2,
    }),
    makeStudy({
      id: 's2',
      firstAuthor: 'Beta B',
      year: 2002,
      techniqueIds: ['b', 'c'],
      levelOfEvidence: 4,
    }),
  ],
})

const row = (ids: string[], rowId: string) =>
  compareTechniques(dataset, ids).rows.find((r) => r.id === rowId)

describe('compareTechniques', () => {
  it('keeps the requested column order and reports unknown ids', () => {
    const comparison = compareTechniques(dataset, ['c', 'ghost', 'a'])
    expect(comparison.techniques.map((t) => t.id)).toEqual(['c', 'a'])
    expect(comparison.missing).toEqual(['ghost'])
  })

  it('aligns outcomes by measure: same measure, same row, one cell per technique', () => {
    const rows = compareTechniques(dataset, ['a', 'b', 'c']).rows.filter(
      (r) => r.section === 'outcomes',
    )
    expect(rows.map((r) => r.id)).toEqual(['measure:pain-response', 'measure:complications'])
    const pain = rows[0]
    expect(
      pain?.cells.map((c) => (c.kind === 'outcomes' ? c.outcomes.map((o) => o.text) : [])),
    ).toEqual([['70%, 3 months (Alpha A 2001)'], ['70%, 3 months (Beta B 2002)'], []])
  })

  it("lists a cell's results in reading order: primary endpoint, then numbers, then stronger evidence", () => {
    const withResults = makeDataset({
      techniques: [
        makeTechnique({
          id: 'x',
          outcomes: [
            makeOutcome({ studyId: 'weak', value: 10, primaryEndpoint: false }),
            makeOutcome({ studyId: 'strong', value: 20, primaryEndpoint: false }),
            makeOutcome({ studyId: 'weak', value: null, primaryEndpoint: true }),
            makeOutcome({ studyId: 'weak', value: 30, primaryEndpoint: true }),
          ],
        }),
        makeTechnique({ id: 'y', outcomes: [] }),
      ],
      studies: [
        makeStudy({ id: 'weak', levelOfEvidence: 4, techniqueIds: ['x'] }),
        makeStudy({ id: 'strong', levelOfEvidence: 1, techniqueIds: ['x'] }),
      ],
    })
    const cell = compareTechniques(withResults, ['x', 'y']).rows.find(
      (r) => r.section === 'outcomes',
    )?.cells[0]
    expect(cell?.kind === 'outcomes' ? cell.outcomes.map((o) => o.outcome.value) : []).toEqual([
      30,
      null,
      20,
      10,
    ])
  })

  it.each<[string[], string, boolean]>([
    [['a', 'b'], 'indications', false], // same items, other order and case
    [['a', 'c'], 'indications', true],
    [['a', 'b'], 'area', true],
    [['a', 'c'], 'area', false],
    [['a', 'b'], 'measure:pain-response', false], // same value and time point, other study
    [['a', 'b', 'c'], 'measure:pain-response', true], // c has none
    [['a', 'b'], 'measure:complications', true],
    [['a', 'b'], 'level', true],
    [['b', 'c'], 'studies', false],
  ])('%j %s differs: %s', (ids, rowId, expected) => {
    expect(row(ids, rowId)?.differs).toBe(expected)
  })

  it('collects every cited study once, as the source list', () => {
    expect(compareTechniques(dataset, ['a', 'b']).sources.map((s) => s.id)).toEqual(['s1', 's2'])
  })

  it('turns rows into CSV text, one value per technique', () => {
    const csv = comparisonCsvRows(compareTechniques(dataset, ['a', 'c']))
    expect(csv.find((r) => r.label === 'Indications')?.values).toEqual(['Pain; Fracture', 'Pain'])
  })

  it('writes each outcome with its tier and the URL its quote was seen at', () => {
    const quoted = makeDataset({
      techniques: [
        makeTechnique({
          outcomes: [
            makeOutcome({
              verification: 'primary',
              quote: 'Pain responded in 50%.',
              quoteUrl: 'https://example.org/q',
            }),
          ],
        }),
        makeTechnique({ id: 'tech-b', outcomes: [makeOutcome()] }),
      ],
    })
    const csv = comparisonCsvRows(compareTechniques(quoted, ['tech-a', 'tech-b']))
    expect(csv.find((r) => r.label === 'Pain response (%)')?.values).toEqual([
      '50%, 3 months (Alpha A 2010) [Primary source; quote URL: https://example.org/q]',
      '50%, 3 months (Alpha A 2010) [Unverified]',
    ])
  })

  it('has one guideline row with each recommendation and its stated strength', () => {
    const guided = makeDataset({
      techniques: [makeTechnique(), makeTechnique({ id: 'tech-b' })],
      guidelines: [makeGuideline()],
    })
    const row = compareTechniques(guided, ['tech-a', 'tech-b']).rows.find(
      (r) => r.id === 'guidelines',
    )
    expect(row).toMatchObject({
      label: 'What guidelines say',
      section: 'guidelines',
      differs: true,
      cells: [
        {
          kind: 'text',
          values: ['Fictional Society 2020: Offer technique A. (strength: Strong)'],
        },
        { kind: 'text', values: [] },
      ],
    })
  })
})

describe('columnAfterRemoval', () => {
  it.each<[string[], string, string | null]>([
    [['a', 'b', 'c'], 'a', 'b'],
    [['a', 'b', 'c'], 'b', 'c'],
    [['a', 'b', 'c'], 'c', 'b'],
    [['a', 'b'], 'a', null],
    [['a', 'b', 'c'], 'x', null],
  ])('%j without %s → %s', (ids, id, expected) => {
    expect(columnAfterRemoval(ids, id)).toBe(expected)
  })
})

describe('moveColumn', () => {
  it.each<[string, -1 | 1, string[]]>([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
    ['zz', 1, ['a', 'b', 'c']],
  ])('%s by %i', (id, by, expected) => {
    expect(moveColumn(['a', 'b', 'c'], id, by)).toEqual(expected)
  })
})

describe('comparisonCsv', () => {
  it('writes one column per technique and can keep only the differing rows', () => {
    const comparison = compareTechniques(dataset, ['a', 'b'])
    const csv = comparisonCsv(comparison, { bom: false, onlyDifferences: true })
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('Attribute,A,B')
    expect(lines).toContain('Therapy area,Radiation therapy,Minimally invasive therapy')
    expect(csv).not.toContain('Indications')
    expect(comparisonFileName(comparison, new Date('2026-11-28T00:00:00Z'))).toBe(
      'spinal-metastases-comparison_a_b_2026-11-28.csv',
    )
  })
})
