import { readdirSync, readFileSync } from 'node:fs'
import { parseAnyFormat } from '../src/domain/dataset/load-dataset'
import type { Dataset } from '../src/domain/dataset/schema'
import {
  changelogSection,
  checkChangelog,
  previousRelease,
  releaseVersion,
} from '../src/domain/diff/changelog'
import { diffDatasets } from '../src/domain/diff/diff-datasets'

/**
 * Part of `npm run data:check`: data/CHANGELOG.md's section for the current version must name
 * every record changed since the previous release kept in data/releases/ (the convention is in
 * data/CHANGELOG.md and src/domain/diff/changelog.ts). Prints what it finds; false = fail.
 */
export function changelogMatchesReleases(dataset: Dataset): boolean {
  const releasesDir = 'data/releases'
  const releases = readdirSync(releasesDir)
    .map((name) => releaseVersion(name))
    .filter((version): version is string => version !== null)
  const current = dataset.meta.version
  const previous = previousRelease(releases, current)
  if (previous === null) {
    console.log(`no release older than ${current} in ${releasesDir}: changelog not compared`)
  } else {
    const old = parseAnyFormat(readFileSync(`${releasesDir}/evidence-${previous}.json`, 'utf8'))
    if (!old.ok) {
      console.error(`${releasesDir}/evidence-${previous}.json is not a valid dataset`)
      return false
    }
    const diff = diffDatasets(old.dataset, dataset)
    const section = changelogSection(readFileSync('data/CHANGELOG.md', 'utf8'), current)
    if (section === null && diff.changes.length > 0) {
      console.error(`data/CHANGELOG.md has no section for ${current}`)
      return false
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
      return false
    }
  }
  return true
}
