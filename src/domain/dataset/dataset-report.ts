import type { AreaId, Dataset, Tier } from './schema'

/** Lower is better verified. */
export const RANK: Record<Tier, number> = { primary: 0, secondary: 1, unverified: 2 }

export type AreaCounts = { areaId: AreaId; name: string; techniques: number; studies: number }

export type DatasetReport = {
  areas: AreaCounts[]
  techniques: number
  studies: number
  outcomes: number
  numericOutcomes: number
  unverifiedStudies: number
  guidelines: number
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
    guidelines: dataset.guidelines.length,
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
    if (untraceable && study.verification !== 'unverified')
      problems.push(`studies[${i}]: tier "${study.verification}" but no DOI, PMID or source URL`)
  })
  dataset.milestones.forEach((milestone, i) => {
    if (milestone.verification === 'primary' && milestone.url === null)
      problems.push(`milestones[${i}]: tier "primary" needs the url where it was seen`)
  })
  // A value cannot be better verified than the study it comes from.
  const studyTier = new Map(dataset.studies.map((s) => [s.id, s.verification]))
  const exceeds = (tier: Tier, studyId: string | null) =>
    studyId !== null && RANK[tier] < RANK[studyTier.get(studyId) ?? 'unverified']
  dataset.techniques.forEach((technique, t) => {
    technique.outcomes.forEach((outcome, o) => {
      if (exceeds(outcome.verification, outcome.studyId))
        problems.push(
          `techniques[${t}].outcomes[${o}]: "${outcome.verification}" value from a less verified study "${outcome.studyId}"`,
        )
    })
    const { studyId, verification } = technique.firstReported
    if (exceeds(verification, studyId))
      problems.push(
        `techniques[${t}].firstReported: "${verification}" year citing a less verified study "${studyId}"`,
      )
  })
  dataset.series.forEach((series, i) => {
    if (exceeds(series.verification, series.studyId))
      problems.push(
        `series[${i}]: "${series.verification}" series from a less verified study "${series.studyId}"`,
      )
  })
  dataset.milestones.forEach((milestone, i) => {
    if (exceeds(milestone.verification, milestone.studyId))
      problems.push(
        `milestones[${i}]: "${milestone.verification}" milestone citing a less verified study "${milestone.studyId}"`,
      )
  })
  return problems
}
