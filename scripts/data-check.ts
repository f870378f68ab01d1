import { readdirSync, readFileSync } from 'node:fs'
import { datasetReport, editorialProblems } from '../src/domain/dataset/dataset-report'
import { parseDataset } from '../src/domain/dataset/validate-dataset'
import {
  changelogSection,
  checkChangelog,
  previousRelease,
  releaseVersion,
} from '../src/domain/diff/changelog'
import { diffDatasets } from '../src/domain/diff/diff-datasets'

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

// The changelog must name every record changed since the previous kept release
// (convention in data/CHANGELOG.md and src/domain/diff/changelog.ts).
const releasesDir = 'data/releases'
const releases = readdirSync(releasesDir)
  .map((name) => releaseVersion(name))
  .filter((version): version is string => version !== null)
const current = result.dataset.meta.version
const previous = previousRelease(releases, current)
if (previous === null) {
  console.log(`no release older than ${current} in ${releasesDir}: changelog not compared`)
} else {
  const old = parseDataset(readFileSync(`${releasesDir}/evidence-${previous}.json`, 'utf8'))
  if (!old.ok) {
    console.error(`${releasesDir}/evidence-${previous}.json is not a valid dataset`)
    process.exit(1)
  }
  const diff = diffDatasets(old.dataset, result.dataset)
  const section = changelogSection(readFileSync('data/CHANGELOG.md', 'utf8'), current)
  if (section === null && diff.changes.length > 0) {
    console.error(`data/CHANGELOG.md has no section for ${current}`)
    process.exit(1)
  }
  const check = checkChangelog(diff, section ?? '')
  console.log(`${diff.changes.length} record(s) changed since ${previous}`)
  for (const reference of check.unmatched)
    console.warn(`  changelog ${current} names \`${reference}\`, which did not change`)
  if (check.unmentioned.length > 0) {
    console.error(
      `data/CHANGELOG.md [${current}] says nothing about ${check.unmentioned.length} changed record(s):`,
    )
    for (const change of check.unmentioned)
      console.error(`  ${change.change} \`${change.kind}:${change.id}\` (${change.label})`)
    process.exit(1)
  }
}
