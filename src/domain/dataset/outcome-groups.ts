import type { Outcome, OutcomeMeasure, Study } from './schema'

export type OutcomeGroup = {
  measureId: string
  /** The measure's name, or its id when the dataset does not define it. */
  measureName: string
  /** Each outcome with its place in the technique's list (a stable key: outcomes have no id). */
  outcomes: ReadonlyArray<{ outcome: Outcome; index: number }>
}

/**
 * The reading order of results for one measure, shared by record pages and the comparison:
 * primary endpoints first, then results with a number, then the strongest evidence, then the
 * newest study.
 */
export function byReadingOrder(
  studyById: ReadonlyMap<string, Study>,
): (a: Outcome, b: Outcome) => number {
  const level = (o: Outcome) => studyById.get(o.studyId)?.levelOfEvidence ?? 6
  const year = (o: Outcome) => studyById.get(o.studyId)?.year ?? 0
  return (a, b) =>
    Number(b.primaryEndpoint) - Number(a.primaryEndpoint) ||
    Number(b.value !== null) - Number(a.value !== null) ||
    level(a) - level(b) ||
    year(b) - year(a)
}

/**
 * A technique's outcomes as a reader compares them: one group per measure, in the dataset's order
 * of measures (unknown measures last), each group in reading order.
 */
export function groupOutcomesByMeasure(
  outcomes: ReadonlyArray<Outcome>,
  measures: ReadonlyArray<OutcomeMeasure>,
  studyById: ReadonlyMap<string, Study>,
): OutcomeGroup[] {
  const measureOrder = new Map(measures.map((m, i) => [m.id, i]))
  const groups = new Map<string, { outcome: Outcome; index: number }[]>()
  outcomes.forEach((outcome, index) => {
    const group = groups.get(outcome.measureId)
    if (group) group.push({ outcome, index })
    else groups.set(outcome.measureId, [{ outcome, index }])
  })
  const rank = (id: string) => measureOrder.get(id) ?? measures.length
  const reading = byReadingOrder(studyById)
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([measureId, items]) => ({
      measureId,
      measureName: measures[rank(measureId)]?.name ?? measureId,
      outcomes: items.sort((a, b) => reading(a.outcome, b.outcome) || a.index - b.index),
    }))
}

/**
 * How many of a technique's results come from patients other than those the explorer is about,
 * and which populations those are (each once, in order of first appearance).
 */
export function indirectResults(
  outcomes: ReadonlyArray<Outcome>,
  studyById: ReadonlyMap<string, Study>,
): { count: number; populations: string[] } {
  const populations = outcomes.flatMap((o) => studyById.get(o.studyId)?.indirectPopulation ?? [])
  return { count: populations.length, populations: [...new Set(populations)] }
}
