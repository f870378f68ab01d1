/**
 * Describes one explorable table (techniques, studies) independently of React: its rows, what
 * quick search looks at, its facets, range filters and columns. `runQuery` interprets a spec;
 * the table, summary line, charts and CSV export all read the same result.
 */

export type CellValue = string | number | null | ReadonlyArray<string>

export type ColumnSpec<Row> = {
  id: string
  header: string
  /** Unit shown in the header and CSV column name, e.g. "%" or "patients". */
  unit?: string
  kind: 'text' | 'number' | 'list'
  value: (row: Row) => CellValue
  defaultVisible: boolean
  /** Columns that cannot be hidden (the record name). */
  required?: boolean
  /**
   * The direction of a header's first click: numbers go most-first by default, text A–Z. Levels
   * of evidence say 'asc', since level 1 is the strongest and "best first" is what is wanted.
   */
  firstSort?: 'asc' | 'desc'
}

export type FacetOption = { value: string; label: string }

export type FacetSpec<Row> = {
  id: string
  label: string
  /** The facet values a row has (several for list fields such as NOMS dimensions). */
  values: (row: Row) => ReadonlyArray<string>
  /** Display label for a value; also orders the options (option order = list order). */
  options: (rows: ReadonlyArray<Row>) => FacetOption[]
  /** Set from a link (e.g. the Scores page's evidence) and shown as an active filter, not listed. */
  hidden?: boolean
}

export type RangeSpec<Row> = {
  id: string
  label: string
  /** Years read "2010 or later", amounts "100 or more". */
  kind: 'year' | 'amount'
  value: (row: Row) => number | null
}

export type TableSpec<Row> = {
  id: 'techniques' | 'studies' | 'guidelines'
  /** Singular and plural nouns for the count line: "12 of 41 techniques". */
  noun: [singular: string, plural: string]
  rowId: (row: Row) => string
  searchText: (row: Row) => string
  facets: ReadonlyArray<FacetSpec<Row>>
  ranges: ReadonlyArray<RangeSpec<Row>>
  columns: ReadonlyArray<ColumnSpec<Row>>
  defaultSort: ReadonlyArray<{ id: string; desc: boolean }>
}
