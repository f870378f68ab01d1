import type { Dataset, Guideline, Recommendation, Study, Technique } from './schema'

/**
 * The study–technique relation, defined once: a study informs a technique when it names it in
 * `techniqueIds` or when one of the technique's outcomes cites it. Both tables, the record pages,
 * the comparison, every chart and every caption read it from here, so a technique never has two
 * study counts.
 */
export type Relations = {
  /** Study ids per technique id, in dataset order of the studies. */
  studyIdsByTechnique: ReadonlyMap<string, ReadonlyArray<string>>
  /** Technique ids per study id, in dataset order of the techniques. */
  techniqueIdsByStudy: ReadonlyMap<string, ReadonlyArray<string>>
  studyById: ReadonlyMap<string, Study>
  techniqueById: ReadonlyMap<string, Technique>
}

// Computed once per dataset object; datasets are immutable once loaded.
const cache = new WeakMap<Dataset, Relations>()

export function relationsOf(dataset: Dataset): Relations {
  const cached = cache.get(dataset)
  if (cached) return cached
  const techniqueOrder = new Map(dataset.techniques.map((t, i) => [t.id, i]))
  const citedBy = new Map<string, string[]>()
  for (const technique of dataset.techniques)
    for (const outcome of technique.outcomes) push(citedBy, outcome.studyId, technique.id)

  const studyIdsByTechnique = new Map<string, string[]>()
  const techniqueIdsByStudy = new Map<string, string[]>()
  for (const study of dataset.studies) {
    const ids = [...new Set([...study.techniqueIds, ...(citedBy.get(study.id) ?? [])])]
      .filter((id) => techniqueOrder.has(id))
      .sort((a, b) => (techniqueOrder.get(a) ?? 0) - (techniqueOrder.get(b) ?? 0))
    techniqueIdsByStudy.set(study.id, ids)
    for (const id of ids) push(studyIdsByTechnique, id, study.id)
  }
  const relations: Relations = {
    studyIdsByTechnique,
    techniqueIdsByStudy,
    studyById: new Map(dataset.studies.map((s) => [s.id, s])),
    techniqueById: new Map(dataset.techniques.map((t) => [t.id, t])),
  }
  cache.set(dataset, relations)
  return relations
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The studies behind a technique, in dataset order. */
export function studiesOfTechnique(dataset: Dataset, techniqueId: string): Study[] {
  const relations = relationsOf(dataset)
  return (relations.studyIdsByTechnique.get(techniqueId) ?? []).flatMap((id) => {
    const study = relations.studyById.get(id)
    return study ? [study] : []
  })
}

/** The techniques a study informs, in dataset order. */
export function techniquesOfStudy(dataset: Dataset, studyId: string): Technique[] {
  const relations = relationsOf(dataset)
  return (relations.techniqueIdsByStudy.get(studyId) ?? []).flatMap((id) => {
    const technique = relations.techniqueById.get(id)
    return technique ? [technique] : []
  })
}

/** The studies informing any of the given techniques, each once, in dataset order. */
export function studiesOfTechniques(dataset: Dataset, techniqueIds: Iterable<string>): Study[] {
  const wanted = new Set(techniqueIds)
  const relations = relationsOf(dataset)
  return dataset.studies.filter((study) =>
    (relations.techniqueIdsByStudy.get(study.id) ?? []).some((id) => wanted.has(id)),
  )
}

export type GuidelineAdvice = { guideline: Guideline; recommendation: Recommendation }

/** What guidelines recommend about a technique, newest guideline first. */
export function guidelinesOfTechnique(dataset: Dataset, techniqueId: string): GuidelineAdvice[] {
  return [...dataset.guidelines]
    .sort((a, b) => b.year - a.year || a.issuer.localeCompare(b.issuer))
    .flatMap((guideline) =>
      guideline.recommendations
        .filter((r) => r.techniqueIds.includes(techniqueId))
        .map((recommendation) => ({ guideline, recommendation })),
    )
}

/**
 * The strongest level of evidence among studies of the explorer's own population: a technique
 * whose only trials are in primary chordoma or osteoporotic fractures has no level for spinal
 * metastases (null), however strong those trials are. The same rule for the table, the technique
 * page and the comparison.
 */
export function bestDirectLevel(studies: ReadonlyArray<Study>): number | null {
  const levels = studies
    .filter((s) => s.indirectPopulation === undefined)
    .map((s) => s.levelOfEvidence)
  return levels.length > 0 ? Math.min(...levels) : null
}
