import Papa from 'papaparse'
import type { z } from 'zod'
import { byRow, headerDelimiter, locate } from './csv-issues'
import { mergeTable } from './csv-merge'
import { type Dataset, Study, Technique } from './schema'
import { type DatasetIssue, validateDataset } from './validate-dataset'

/**
 * Builds a dataset from a CSV of techniques or of studies whose header names are the schema's
 * field names (nested fields dotted: `firstReported.year`), as the app's "editable CSV" export
 * writes them. Cells are coerced by the schema: numbers parsed, empty optional/nullable cells
 * left out/null, lists split on "; ", and the apostrophe the export puts before text that
 * could run as a spreadsheet formula removed.
 *
 * A CSV holds one table, so the rest comes from a base dataset (see `mergeTable`).
 */
export type CsvKind = 'techniques' | 'studies'

export type CsvImportResult =
  | { ok: true; dataset: Dataset; kind: CsvKind; rows: number; migration: string[] | null }
  | { ok: false; issues: DatasetIssue[] }

type Field = {
  key: string
  kind: 'text' | 'number' | 'list' | 'object'
  nullable: boolean
  optional: boolean
  shape?: Fields
}
type Fields = Field[]

/** Reads field kinds from the zod schema, so the CSV rules follow the single data definition. */
function fieldsOf(schema: z.ZodObject): Fields {
  return Object.entries(schema.shape).map(([key, value]) => {
    let type = value as z.ZodType
    let nullable = false
    let optional = false
    for (;;) {
      const def = type._zod.def as { type: string; innerType?: z.ZodType }
      if (def.type === 'nullable') nullable = true
      else if (def.type === 'optional') optional = true
      else break
      if (!def.innerType) break
      type = def.innerType
    }
    const def = type._zod.def as { type: string }
    const kind =
      def.type === 'number'
        ? 'number'
        : def.type === 'array'
          ? 'list'
          : def.type === 'object'
            ? 'object'
            : 'text'
    const shape = kind === 'object' ? fieldsOf(type as z.ZodObject) : undefined
    return { key, kind, nullable, optional, shape }
  })
}

const FIELDS: Record<CsvKind, Fields> = {
  techniques: fieldsOf(Technique),
  studies: fieldsOf(Study),
}
/** Fields a CSV cannot express; filled with an empty value. */
// Nested lists of records cannot be cells: they are kept from the base dataset where they resolve.
const NOT_IN_CSV: Record<CsvKind, string[]> = {
  techniques: ['outcomes', 'indicationCriteria'],
  studies: [],
}

function flatHeaders(fields: Fields, prefix = '', requiredOnly = false): string[] {
  return fields
    .filter((f) => !requiredOnly || !f.optional)
    .flatMap((f) =>
      f.shape ? flatHeaders(f.shape, `${prefix}${f.key}.`, requiredOnly) : [`${prefix}${f.key}`],
    )
}

export function csvHeaders(kind: CsvKind): string[] {
  return flatHeaders(FIELDS[kind].filter((f) => !NOT_IN_CSV[kind].includes(f.key)))
}

/** Which table a header row describes, or null. */
export function detectCsvKind(headers: ReadonlyArray<string>): CsvKind | null {
  const set = new Set(headers)
  if (set.has('firstAuthor') && set.has('techniqueIds')) return 'studies'
  if (set.has('areaId') && set.has('invasiveness')) return 'techniques'
  return null
}

type Coerced = { value: unknown; problem?: string }

/** The export's formula guard (see `toCsv`): "'=x" was written for the text "=x". */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/

/**
 * List cells: one item per line (the editable export's form, safe for items that contain "; "),
 * or on one line separated by "; " (easy to type).
 */
export function splitList(text: string): string[] {
  const items = /[\r\n]/.test(text) ? text.split(/\r?\n|\r/) : text.split(/;\s+|\s*;$/)
  return items.map((item) => item.trim().replace(FORMULA_GUARD, '')).filter((item) => item !== '')
}

function coerce(field: Field, raw: string | undefined): Coerced {
  // Before trimming: a trailing line break marks a one-item list (see splitList).
  if (field.kind === 'list') return { value: splitList(raw ?? '') }
  const text = (raw ?? '').trim().replace(FORMULA_GUARD, '')
  if (text === '') {
    if (field.optional) return { value: undefined }
    if (field.nullable) return { value: null }
    return { value: '', problem: 'is empty but required' }
  }
  if (field.kind === 'number') {
    const number = Number(text)
    return Number.isFinite(number)
      ? { value: number }
      : { value: text, problem: `expected a number, got "${text}"` }
  }
  return { value: text }
}

function buildRecord(
  fields: Fields,
  row: Record<string, string>,
  prefix: string,
  problems: Map<string, string>,
) {
  const record: Record<string, unknown> = {}
  for (const field of fields) {
    const column = `${prefix}${field.key}`
    if (field.shape) {
      // An optional group (e.g. evidenceSearch) whose cells are all empty is left out.
      const cells = flatHeaders(field.shape, `${column}.`).map((h) => (row[h] ?? '').trim())
      if (field.optional && cells.every((cell) => cell === '')) continue
      record[field.key] = buildRecord(field.shape, row, `${column}.`, problems)
      continue
    }
    if (!(column in row)) continue
    const { value, problem } = coerce(field, row[column])
    if (problem) problems.set(column, problem)
    if (value !== undefined) record[field.key] = value
  }
  return record
}

export function importCsv(
  text: string,
  base: Dataset,
  meta: { fileName: string; date: string },
): CsvImportResult {
  const body = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter: headerDelimiter(body),
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  })
  const headers = parsed.meta.fields ?? []
  const kind = detectCsvKind(headers)
  if (!kind) {
    // The table export for reading has display headers ("First author"); say how to get one
    // that opens again.
    const readable = headers.includes('Study') || headers.includes('Technique')
    const hint = readable
      ? ' This looks like a table exported for reading: export with "Editable CSV" to edit it and open it again.'
      : ''
    return {
      ok: false,
      issues: [
        {
          path: 'row 1 (header)',
          message: `not a techniques or studies table: expected the schema's field names, e.g. ${csvHeaders('studies').slice(0, 6).join(', ')}…${hint}`,
        },
      ],
    }
  }
  const issues: DatasetIssue[] = parsed.errors.map((e) => ({
    path: e.row === undefined ? '(file)' : `row ${e.row + 2}`,
    message: `CSV syntax: ${e.message}`,
  }))
  const known = new Set(csvHeaders(kind))
  const unknown = headers.filter((h) => !known.has(h))
  if (unknown.length > 0)
    issues.push({
      path: 'row 1 (header)',
      message: `unknown column(s): ${unknown.join(', ')}; expected ${[...known].join(', ')}`,
    })
  // Optional columns may be left out: a format 1 file has no verificationSource column.
  const required = flatHeaders(
    FIELDS[kind].filter((f) => !NOT_IN_CSV[kind].includes(f.key)),
    '',
    true,
  )
  const missing = required.filter((h) => !headers.includes(h))
  const coercionIssues: DatasetIssue[] = []
  let verified = 0
  const records = parsed.data.map((row, index) => {
    const problems = new Map<string, string>()
    const record = buildRecord(FIELDS[kind], row, '', problems)
    // Format 1 tables say "verified"; read as tier "primary" and say so (see migrate.ts).
    const tiered = kind === 'studies' ? record : (record.firstReported as Record<string, unknown>)
    if (tiered?.verification === 'verified') {
      tiered.verification = 'primary'
      verified += 1
    }
    for (const [column, message] of problems)
      coercionIssues.push({ path: `row ${index + 2}, column "${column}"`, message })
    return record
  })
  if (missing.length > 0)
    issues.push({ path: 'row 1 (header)', message: `missing column(s): ${missing.join(', ')}` })
  // A header problem makes every row suspect; otherwise the rows are checked whole, so a file
  // with a short row still hears about every other row's problems in one go.
  const headerProblem = unknown.length > 0 || missing.length > 0
  if (headerProblem) return { ok: false, issues: byRow([...issues, ...coercionIssues]) }

  const candidate = {
    ...mergeTable(base, kind, records),
    meta: {
      ...base.meta,
      title: `Imported from ${meta.fileName}`,
      version: '1.0.0',
      lastReviewed: meta.date,
      license: 'As provided by the file’s authors',
      citation: `User-provided file ${meta.fileName}`,
    },
  }
  const result = validateDataset(candidate)
  const early = [...issues, ...coercionIssues]
  if (!result.ok || early.length > 0) {
    // A cell already reported as unreadable, or a row already reported as malformed, is not
    // reported again as missing.
    const reported = new Set(coercionIssues.map((issue) => issue.path))
    const brokenRows = new Set(issues.map((issue) => /^row (\d+)/.exec(issue.path)?.[1]))
    const located = result.ok
      ? []
      : result.issues
          .map((issue) => locate(kind, issue))
          .filter((i) => !reported.has(i.path) && !brokenRows.has(/^row (\d+)/.exec(i.path)?.[1]))
    return { ok: false, issues: byRow([...early, ...located]) }
  }
  const migration =
    verified > 0
      ? [
          `This table uses dataset format 1: ${verified} “verified” ${verified === 1 ? 'value was' : 'values were'} read as “primary” (format 1 did not record which source was seen, nor quote it).`,
        ]
      : null
  return { ok: true, dataset: result.dataset, kind, rows: records.length, migration }
}
