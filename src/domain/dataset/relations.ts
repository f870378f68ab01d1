import type { Dataset, Study, Technique } from './schema'

/**
 * The studies behind a technique: those that name it in `techniqueIds` and those its outcomes
 * cite. One definition, so the technique page, the comparison and the tables agree.
 */
export function studiesOfTechnique(dataset: Dataset, technique: Technique): Study[] {
  const ids = new Set([
    ...dataset.studies.filter((s) => s.techniqueIds.includes(technique.id)).map((s) => s.id),
    ...technique.outcomes.map((o) => o.studyId),
  ])
  return dataset.studies.filter((s) => ids.has(s.id))
}

/** The techniques a study informs, by `techniqueIds` or through an outcome that cites it. */
export function techniquesOfStudy(dataset: Dataset, study: Study): Technique[] {
  return dataset.techniques.filter(
    (t) => study.techniqueIds.includes(t.id) || t.outcomes.some((o) => o.studyId === study.id),
  )
}
