import { readFileSync } from 'node:fs'
import { Dataset, type ScoringSystem } from '../dataset/schema'

/** The built-in dataset: the calculators are tested against the definitions users get. */
export const builtIn: Dataset = Dataset.parse(
  JSON.parse(readFileSync(new URL('../../../data/evidence.json', import.meta.url), 'utf8')),
)

export function system(id: string): ScoringSystem {
  const found = builtIn.scoringSystems.find((s) => s.id === id)
  if (!found) throw new Error(`built-in dataset has no scoring system ${id}`)
  return found
}

/** Picks for the options with these labels' starts, one per component in order. */
export function picksByPoints(
  s: ScoringSystem,
  points: ReadonlyArray<number | null>,
): (number | null)[] {
  return s.components.map((component, i) => {
    const wanted = points[i]
    if (wanted === null || wanted === undefined) return null
    const index = component.options.findIndex((o) => o.points === wanted)
    if (index < 0) throw new Error(`${s.id}: ${component.name} has no option worth ${wanted}`)
    return index
  })
}
