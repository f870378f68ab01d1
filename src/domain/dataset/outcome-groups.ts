import type { Outcome, OutcomeMeasure, Study } from './schema'

export type OutcomeGroup = {
  measureId: string
  /** The measure's name, or its id when the dataset does not define it. */
  measureName: string
  /** Each outcome with its place in the technique's list (a stable key: outcomes have no id). */
  outcomes: ReadonlyArray<{ outcome: Outcome; index: number }>
}

/**
 * A technique's outcomes as a reader compares them: one group per measure, in the dataset's order
 * of measures (unknown measures last), and inside a group primary endpoints first, then results
 * with a number, then the strongest evidence, then the newest study.
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
  const level = (o: Outcome) => studyById.get(o.studyId)?.levelOfEvidence ?? 6
  const year = (o: Outcome) => studyById.get(o.studyId)?.year ?? 0
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([measureId, items]) => ({
      measureId,
      measureName: measures[rank(measureId)]?.name ?? measureId,
      outcomes: items.sort(
        (a, b) =>
          Number(b.outcome.primaryEndpoint) - Number(a.outcome.primaryEndpoint) ||
          Number(b.outcome.value !== null) - Number(a.outcome.value !== null) ||
          level(a.outcome) - level(b.outcome) ||
          year(b.outcome) - year(a.outcome) ||
          a.index - b.index,
      ),
    }))
}
