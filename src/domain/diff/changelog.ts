import type { DatasetDiff, RecordChange } from './diff-datasets'

/**
 * The changelog convention checked by `npm run data:check`: the section of a release
 * (`## [2.0.0] - 2026-12-01`) names every record that changed since the previous release as a
 * code span `kind:id`, e.g. `study:laufer2013_separation` or
 * `outcome:separation-surgery/laufer2013_separation/local-progression`. A trailing `*` names a
 * group: `study:*` (every study), `outcome:separation-surgery/*` (every outcome of a technique).
 */
export type ChangelogCheck = {
  /** Changed records the section does not name. */
  unmentioned: RecordChange[]
  /** References that match no changed record (likely a typo or a stale line). */
  unmatched: string[]
}

/** The text of one release's section, or null when the changelog has none. */
export function changelogSection(markdown: string, version: string): string | null {
  const lines = markdown.split(/\r?\n/)
  const heading = new RegExp(`^##\\s+\\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start < 0) return null
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

const REFERENCE = /`([a-zA-Z]+):([^`\s]+)`/g

export function changelogReferences(section: string): string[] {
  return [...section.matchAll(REFERENCE)].map((match) => `${match[1]}:${match[2]}`)
}

function matches(reference: string, change: RecordChange): boolean {
  const name = `${change.kind}:${change.id}`
  return reference.endsWith('*') ? name.startsWith(reference.slice(0, -1)) : name === reference
}

export function checkChangelog(diff: DatasetDiff, section: string): ChangelogCheck {
  const references = changelogReferences(section)
  return {
    unmentioned: diff.changes.filter((change) => !references.some((r) => matches(r, change))),
    unmatched: references.filter((r) => !diff.changes.some((change) => matches(r, change))),
  }
}

function parts(version: string): number[] {
  return version.split('.').map(Number)
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** The release a version is compared with: the newest kept release older than it. */
export function previousRelease(releases: ReadonlyArray<string>, current: string): string | null {
  const older = releases.filter((v) => compareVersions(v, current) < 0)
  older.sort(compareVersions)
  return older.at(-1) ?? null
}

/** `data/releases/evidence-1.0.0.json` → `1.0.0`. */
export function releaseVersion(fileName: string): string | null {
  return /evidence-(\d+\.\d+\.\d+)\.json$/.exec(fileName)?.[1] ?? null
}
