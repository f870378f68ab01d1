import { readFileSync } from 'node:fs'
import { datasetReport, editorialProblems } from '../src/domain/dataset/dataset-report'
import { parseDataset } from '../src/domain/dataset/validate-dataset'

const file = process.argv[2] ?? 'data/evidence.json'
const result = parseDataset(readFileSync(file, 'utf8'))
if (!result.ok) {
  console.error(`${file}: ${result.issues.length} problem(s)`)
  for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`)
  process.exit(1)
}

const report = datasetReport(result.dataset)
console.log(`${file}: valid (schema, unique ids, references resolve)`)
console.table(
  report.areas.map((a) => ({ area: a.name, techniques: a.techniques, studies: a.studies })),
)
console.log(
  `${report.techniques} techniques, ${report.studies} studies (${report.unverifiedStudies} unverified), ` +
    `${report.outcomes} outcomes (${report.numericOutcomes} numeric), ${report.scoringSystems} scoring systems, ` +
    `${report.series} series (${report.seriesPoints} points), ${report.milestones} milestones`,
)

const problems = editorialProblems(result.dataset)
if (problems.length > 0) {
  console.error(`${problems.length} editorial problem(s):`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
