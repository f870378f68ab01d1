import type { Dataset, Guideline, Recommendation, Study, Technique } from './schema'

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
