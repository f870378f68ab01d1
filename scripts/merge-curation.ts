import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { NotFoundList } from '../src/domain/dataset/data-rules'
import { type Fragment, mergeFragments } from './merge-curation-lib'

/**
 * `npm run data:merge -- <curation dir> [--out data/evidence.json] [--date YYYY-MM-DD]
 * [--version 2.0.0]`: merges the curation fragments into the dataset (see merge-curation-lib).
 */
/** The list of trials whose primary endpoint was not found; copied beside the dataset. */
const NOT_FOUND = 'not-found.json'
const FILES = [
  'shared-v1.json',
  'surgery.json',
  'mit.json',
  'radiation.json',
  'systemic.json',
  'decision.json',
  'guidelines.json',
  'indications.json',
]

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback
}
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
if (!dir) {
  console.error('usage: npm run data:merge -- <curation dir> [--out file] [--date YYYY-MM-DD]')
  process.exit(2)
}
const out = option('--out', 'data/evidence.json')
const date = option('--date', new Date().toISOString().slice(0, 10))
const version = option('--version', '2.0.0')

const fragments: Fragment[] = []
const problems: string[] = []
for (const file of FILES) {
  const path = join(dir, file)
  if (!existsSync(path)) {
    if (file !== 'indications.json' && file !== 'guidelines.json') problems.push(`${file}: missing`)
    continue
  }
  try {
    fragments.push({ file, json: JSON.parse(readFileSync(path, 'utf8')) })
  } catch (error) {
    problems.push(`${file}: malformed JSON: ${error instanceof Error ? error.message : error}`)
  }
}
const ignored = readdirSync(dir).filter(
  (f) => f.endsWith('.json') && !FILES.includes(f) && f !== NOT_FOUND,
)
if (ignored.length > 0) console.warn(`not merged (unknown fragment files): ${ignored.join(', ')}`)
if (problems.length > 0) {
  console.error(`${problems.length} problem(s):`)
  for (const p of problems) console.error(`  ${p}`)
  process.exit(1)
}

const result = mergeFragments(fragments, { date, version })
for (const note of result.notes) console.warn(note)
if (!result.ok) {
  console.error(`merge failed: ${result.errors.length} problem(s)`)
  for (const e of result.errors) console.error(`  ${e}`)
  process.exit(1)
}
writeFileSync(out, `${JSON.stringify(result.dataset, null, 2)}\n`)
const notFoundPath = join(dir, NOT_FOUND)
if (existsSync(notFoundPath)) {
  const list = NotFoundList.safeParse(JSON.parse(readFileSync(notFoundPath, 'utf8')))
  if (!list.success) {
    console.error(`${NOT_FOUND}: ${list.error.message}`)
    process.exit(1)
  }
  const target = join(dirname(out), NOT_FOUND)
  writeFileSync(target, `${JSON.stringify(list.data, null, 2)}\n`)
  console.warn(`wrote ${target}: ${list.data.length} studies whose primary endpoint was not found`)
}
const count = (key: string) => (result.dataset[key] as unknown[] | undefined)?.length ?? 0
console.warn(
  `wrote ${out}: ${count('techniques')} techniques, ${count('studies')} studies, ${count('guidelines')} guidelines, ${count('series')} series, ${count('milestones')} milestones (version ${version}, ${date}); run npm run data:check`,
)
