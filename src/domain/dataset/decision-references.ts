import type { Dataset } from './schema'
import type { DatasetIssue } from './validate-dataset'

/**
 * Cross-record rules of the decision-aid parts: every study they cite must exist. Checked on the
 * built-in data by a unit test rather than in the dataset worker, whose size counts towards the
 * first view's budget; a dangling id only loses a source name on screen.
 */
export function decisionReferenceIssues(dataset: Dataset, studyIds: Set<string>): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const expect = (id: string | null | undefined, path: string) => {
    if (id && !studyIds.has(id)) issues.push({ path, message: `no study with id "${id}"` })
  }
  dataset.scoringSystems.forEach((system, i) => {
    system.validationStudyIds?.forEach((id, v) => {
      expect(id, `scoringSystems[${i}].validationStudyIds[${v}]`)
    })
  })
  dataset.techniques.forEach((technique, t) => {
    technique.indicationCriteria?.forEach((criterion, c) => {
      expect(criterion.studyId, `techniques[${t}].indicationCriteria[${c}].studyId`)
    })
  })
  dataset.radiosensitivity?.forEach((entry, r) => {
    expect(entry.studyId, `radiosensitivity[${r}].studyId`)
  })
  return issues
}
