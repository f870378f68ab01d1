import { describe, expect, it } from 'vitest'
import type { CellValue } from '../query/table-spec'
import { type CsvColumn, toCsv } from './to-csv'

type Row = Record<string, CellValue>
const columns = (...ids: string[]): CsvColumn<Row>[] =>
  ids.map((id) => ({ header: id, value: (row) => row[id] ?? null }))

describe('toCsv golden strings', () => {
  it('writes a header, CRLF line ends and a BOM by default', () => {
    expect(toCsv([{ a: 'x', b: 1 }], columns('a', 'b'))).toBe('\uFEFFa,b\r\nx,1\r\n')
  })

  it('can leave the BOM out', () => {
    expect(toCsv([{ a: 'x' }], columns('a'), { bom: false })).toBe('a\r\nx\r\n')
  })

  it.each<[string, CellValue, string]>([
    ['comma', 'a, b', '"a, b"'],
    ['quote doubled', 'the "NOMS" framework', '"the ""NOMS"" framework"'],
    ['newline in cell', 'line 1\nline 2', '"line 1\nline 2"'],
    ['CRLF in cell', 'line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['null is an empty cell', null, ''],
    ['empty list is an empty cell', [], ''],
    ['list joined with "; "', ['SBRT', 'SRS'], 'SBRT; SRS'],
    ['number stays numeric', 84.5, '84.5'],
    ['negative number stays a number', -8.3, '-8.3'],
    ['zero', 0, '0'],
    ['not-a-number becomes empty', Number.NaN, ''],
    ['accents kept', 'Sørensen', 'Sørensen'],
    ['formula =', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['formula +', '+1+1', `"'+1+1"`],
    ['text minus is neutralised', '-2+3', `"'-2+3"`],
    ['formula @', '@SUM(A1)', `"'@SUM(A1)"`],
    ['leading tab', '\tcmd', `"'\tcmd"`],
    ['leading carriage return', '\rcmd', `"'\rcmd"`],
    ['formula with a newline later', '=cmd\nrest', `"'=cmd\nrest"`],
    ['formula inside a list', ['=1+1', 'b'], `"'=1+1; b"`],
  ])('%s', (_label, value, expected) => {
    expect(toCsv([{ v: value }], columns('v'), { bom: false })).toBe(`v\r\n${expected}\r\n`)
  })

  it('writes several rows in order', () => {
    const rows = [
      { name: 'A', n: 10 },
      { name: 'B', n: null },
    ]
    expect(toCsv(rows, columns('name', 'n'), { bom: false })).toBe('name,n\r\nA,10\r\nB,\r\n')
  })

  it('writes only a header for no rows', () => {
    expect(toCsv([], columns('a', 'b'), { bom: false })).toBe('a,b\r\n')
  })
})
