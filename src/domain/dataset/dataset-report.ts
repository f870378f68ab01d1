import type { AreaId, Dataset } from './schema'

export type AreaCounts = { areaId: AreaId; name: string; techniques: number; studies: number }

export type DatasetReport = {
  areas: AreaCounts[]
  techniques: number
  studies: number
  outcomes: number
  numericOutcomes: number
  unverifiedStudies: number
  scoringSystems: number
  series: number
  seriesPoints: number
  milestones: number
}

/** Counts for the data check and the README: how much evidence each therapy area holds. */
export function datasetReport(dataset: Dataset): DatasetReport {
  const areaOfTechnique = new Map(dataset.techniques.map((t) => [t.id, t.areaId]))
  const areas = dataset.areas.map((area) => ({
    areaId: area.id,
    name: area.name,
    techniques: dataset.techniques.filter((t) => t.areaId === area.id).length,
    studies: dataset.studies.filter((s) =>
      s.techniqueIds.some((id) => areaOfTechnique.get(id) === area.id),
    ).length,
  }))
  const outcomes = dataset.techniques.flatMap((t) => t.outcomes)
  return {
    areas,
    techniques: dataset.techniques.length,
    studies: dataset.studies.length,
    outcomes: outcomes.length,
    numericOutcomes: outcomes.filter((o) => o.value !== null).length,
    unverifiedStudies: dataset.studies.filter((s) => s.verification === 'unverified').length,
    scoringSystems: dataset.scoringSystems.length,
    series: dataset.series.length,
    seriesPoints: dataset.series.reduce((sum, s) => sum + s.points.length, 0),
    milestones: dataset.milestones.length,
  }
}

/**
 * Editorial rules beyond validity, checked by `npm run data:check`: the content the product
 * promises (coverage per area) and plausibility of the time series.
 */
export function editorialProblems(dataset: Dataset, minimums = { techniquesPerArea: 6 }): string[] {
  const problems: string[] = []
  for (const area of datasetReport(dataset).areas) {
    if (area.techniques < minimums.techniquesPerArea)
      problems.push(
        `area "${area.areaId}" has ${area.techniques} techniques (at least ${minimums.techniquesPerArea} expected)`,
      )
  }
  dataset.series.forEach((series, i) => {
    const years = series.points.map((p) => p.year)
    if (years.some((year, k) => k > 0 && year <= (years[k - 1] ?? year)))
      problems.push(`series[${i}].points: years must be strictly increasing`)
  })
  dataset.studies.forEach((study, i) => {
    const untraceable = study.doi === null && study.pmid === null && study.sourceUrls.length === 0
    if (untraceable && study.verification === 'verified')
      problems.push(`studies[${i}]: marked verified but has no DOI, PMID or source URL`)
  })
  // A value cannot be better verified than the study it comes from.
  const studyVerification = new Map(dataset.studies.map((s) => [s.id, s.verification]))
  dataset.techniques.forEach((technique, t) => {
    technique.outcomes.forEach((outcome, o) => {
      if (
        outcome.verification === 'verified' &&
        studyVerification.get(outcome.studyId) !== 'verified'
      )
        problems.push(
          `techniques[${t}].outcomes[${o}]: verified value from an unverified study "${outcome.studyId}"`,
        )
    })
  })
  dataset.series.forEach((series, i) => {
    if (series.verification === 'verified' && studyVerification.get(series.studyId) !== 'verified')
      problems.push(`series[${i}]: verified series from an unverified study "${series.studyId}"`)
  })
  dataset.milestones.forEach((milestone, i) => {
    const id = milestone.studyId
    if (
      milestone.verification === 'verified' &&
      id !== null &&
      studyVerification.get(id) !== 'verified'
    )
      problems.push(`milestones[${i}]: verified milestone citing an unverified study "${id}"`)
  })
  dataset.techniques.forEach((technique, t) => {
    const { studyId, verification } = technique.firstReported
    if (
      verification === 'verified' &&
      studyId !== null &&
      studyVerification.get(studyId) !== 'verified'
    )
      problems.push(
        `techniques[${t}].firstReported: verified year citing an unverified study "${studyId}"`,
      )
  })
  return problems
}
