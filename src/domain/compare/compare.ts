import { byReadingOrder } from '../dataset/outcome-groups'
import { strengthText, studyShort } from '../dataset/outcome-text'
import { bestDirectLevel, guidelinesOfTechnique, studiesOfTechnique } from '../dataset/relations'
import type { Dataset, Outcome, Study, Technique } from '../dataset/schema'
import { INVASIVENESS_LABELS, levelLabel, NOMS_LABELS, VERIFICATION_LABELS } from '../query/labels'
import { normaliseText } from '../query/normalise'

/** One outcome value in a comparison cell, with what is needed to cite it. */
export type CompareOutcome = {
  outcome: Outcome
  study: Study | null
  text: string
}

export type CompareCell =
  | { kind: 'text'; values: string[] }
  | { kind: 'outcomes'; outcomes: CompareOutcome[] }

export type CompareRow = {
  id: string
  label: string
  section: 'attributes' | 'guidelines' | 'outcomes'
  cells: CompareCell[]
  /** True when the techniques do not all have the same value (an empty cell counts as a value). */
  differs: boolean
}

export type Comparison = {
  techniques: Technique[]
  /** Ids asked for that the dataset does not have. */
  missing: string[]
  rows: CompareRow[]
  /** Every study cited in the comparison, for the source list and the print-out. */
  sources: Study[]
}

const text = (...values: Array<string | null | undefined>): CompareCell => ({
  kind: 'text',
  values: values.filter((v): v is string => v !== null && v !== undefined && v !== ''),
})

function cellKey(cell: CompareCell): string {
  if (cell.kind === 'text') return [...cell.values].map(normaliseText).sort().join('\u0000')
  return cell.outcomes
    .map((o) => `${o.outcome.value ?? o.outcome.valueText}|${o.outcome.timepoint ?? ''}`)
    .sort()
    .join('\u0000')
}

/** Same measure, same row: outcomes aligned by measure across techniques. */
export function outcomeText(outcome: Outcome, study: Study | null): string {
  // Time points read "3 months", "after radiotherapy", "median follow-up 22 months": no preposition fits all.
  const when = outcome.timepoint ? `, ${outcome.timepoint}` : ''
  const source = study ? ` (${studyShort(study)})` : ''
  return `${outcome.valueText}${when}${source}`
}

export function compareTechniques(dataset: Dataset, ids: ReadonlyArray<string>): Comparison {
  const byId = new Map(dataset.techniques.map((t) => [t.id, t]))
  const techniques = ids.map((id) => byId.get(id)).filter((t): t is Technique => t !== undefined)
  const missing = ids.filter((id) => !byId.has(id))
  const studyById = new Map(dataset.studies.map((s) => [s.id, s]))
  const reading = byReadingOrder(studyById)
  const areaName = new Map(dataset.areas.map((a) => [a.id, a.name]))

  const supportingOf = techniques.map((technique) => studiesOfTechnique(dataset, technique.id))

  const attribute = (
    id: string,
    label: string,
    cellOf: (t: Technique, i: number) => CompareCell,
  ): CompareRow => {
    const cells = techniques.map(cellOf)
    return { id, label, section: 'attributes', cells, differs: differs(cells) }
  }

  const rows: CompareRow[] = [
    attribute('area', 'Therapy area', (t) => text(areaName.get(t.areaId) ?? t.areaId)),
    attribute('subgroup', 'Sub-group', (t) => text(t.subgroup)),
    attribute('invasiveness', 'Invasiveness', (t) => text(INVASIVENESS_LABELS[t.invasiveness])),
    attribute('setting', 'Typical setting', (t) => text(t.setting)),
    attribute('anaesthesia', 'Anaesthesia', (t) => text(t.anaesthesia)),
    attribute('year', 'Year first reported', (t) => text(String(t.firstReported.year))),
    attribute('indications', 'Indications', (t) => text(...t.indications)),
    attribute('contraindications', 'Contraindications', (t) => text(...t.contraindications)),
    attribute('advantages', 'Advantages', (t) => text(...t.advantages)),
    attribute('limitations', 'Limitations', (t) => text(...t.limitations)),
    attribute('complications', 'Complications', (t) => text(...t.complications)),
    attribute('noms', 'NOMS dimensions', (t) => text(...t.noms.map((n) => NOMS_LABELS[n]))),
    attribute('level', 'Best level of evidence', (_t, i) => {
      const best = bestDirectLevel(supportingOf[i] ?? [])
      return text(best === null ? null : levelLabel(best))
    }),
    attribute('studies', 'Supporting studies', (_t, i) =>
      text(String(supportingOf[i]?.length ?? 0)),
    ),
  ]

  // One row for guidance: each recommendation about the technique, newest guideline first.
  const advice = techniques.map((t) =>
    text(
      ...guidelinesOfTechnique(dataset, t.id).map(
        ({ guideline, recommendation: r }) =>
          `${guideline.issuer} ${guideline.year}: ${r.statement} (${strengthText(r.strength, r.certainty)})`,
      ),
    ),
  )
  rows.push({
    id: 'guidelines',
    label: 'What guidelines say',
    section: 'guidelines',
    cells: advice,
    differs: differs(advice),
  })

  // Outcome measures in vocabulary order, only those reported by at least one technique.
  for (const measure of dataset.outcomeMeasures) {
    if (!techniques.some((t) => t.outcomes.some((o) => o.measureId === measure.id))) continue
    const cells: CompareCell[] = techniques.map((t) => ({
      kind: 'outcomes',
      outcomes: t.outcomes
        .filter((o) => o.measureId === measure.id)
        .sort(reading)
        .map((outcome) => {
          const study = studyById.get(outcome.studyId) ?? null
          return { outcome, study, text: outcomeText(outcome, study) }
        }),
    }))
    rows.push({
      id: `measure:${measure.id}`,
      label: `${measure.name} (${measure.unit})`,
      section: 'outcomes',
      cells,
      differs: differs(cells),
    })
  }

  const cited = new Map<string, Study>()
  for (const row of rows)
    for (const cell of row.cells)
      if (cell.kind === 'outcomes')
        for (const o of cell.outcomes) if (o.study) cited.set(o.study.id, o.study)
  for (const list of supportingOf) for (const s of list) cited.set(s.id, s)

  return {
    techniques,
    missing,
    rows,
    sources: [...cited.values()].sort(
      (a, b) => (a.firstAuthor ?? '').localeCompare(b.firstAuthor ?? '') || a.year - b.year,
    ),
  }
}

function differs(cells: CompareCell[]): boolean {
  return new Set(cells.map(cellKey)).size > 1
}

/**
 * An outcome for CSV: the text plus its tier and the page its quote was seen on. Labelled
 * "quote URL", not "quote": the cell holds the address, and a reader must not take it for words.
 */
export function outcomeCsvText({ outcome, text }: CompareOutcome): string {
  const tier = VERIFICATION_LABELS[outcome.verification] ?? outcome.verification
  const quoteUrl = outcome.quoteUrl ? `; quote URL: ${outcome.quoteUrl}` : ''
  return `${text} [${tier}${quoteUrl}]`
}

/** Rows as plain text for CSV: one column per technique. */
export function comparisonCsvRows(comparison: Comparison): { label: string; values: string[] }[] {
  return comparison.rows.map((row) => ({
    label: row.label,
    values: row.cells.map((cell) =>
      cell.kind === 'text' ? cell.values.join('; ') : cell.outcomes.map(outcomeCsvText).join('; '),
    ),
  }))
}

/** Moves a technique one column left (-1) or right (+1) in the comparison order. */
export function moveColumn(ids: ReadonlyArray<string>, id: string, by: -1 | 1): string[] {
  const next = [...ids]
  const from = next.indexOf(id)
  const to = from + by
  if (from < 0 || to < 0 || to >= next.length) return next
  next.splice(from, 1)
  next.splice(to, 0, id)
  return next
}

/**
 * The column that takes a removed one's place: the next, or the previous when it was the last;
 * null when fewer than two would be left (the comparison then asks for more techniques).
 */
export function columnAfterRemoval(ids: ReadonlyArray<string>, id: string): string | null {
  const from = ids.indexOf(id)
  const left = ids.filter((other) => other !== id)
  if (from < 0 || left.length < 2) return null
  return left[Math.min(from, left.length - 1)] ?? null
}
