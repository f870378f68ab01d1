import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset, validateDataset } from './validate-dataset'

const full = JSON.parse(
  readFileSync(new URL('../../../data/evidence.json', import.meta.url), 'utf8'),
)

// biome-ignore lint/suspicious/noExplicitAny: a test walks raw JSON of every record kind
type Loose = Record<string, any>
const ids = (list: Loose[]) => new Set(list.map((r) => r.id as string))

/**
 * A valid slice of the built-in dataset (two techniques per area and what they cite), so each of
 * the 500 cases validates a small document: every record kind is still there to be mutated.
 */
function slice(dataset: Loose): Loose {
  const techniques: Loose[] = ['surgery', 'mit', 'radiation', 'systemic'].flatMap((area) =>
    dataset.techniques.filter((t: Loose) => t.areaId === area).slice(0, 2),
  )
  const kept = ids(techniques)
  const cited = new Set(techniques.flatMap((t) => t.outcomes.map((o: Loose) => o.studyId)))
  const studies = dataset.studies
    .filter((s: Loose) => cited.has(s.id) || s.techniqueIds.some((id: string) => kept.has(id)))
    .map((s: Loose) => {
      const named = s.techniqueIds.filter((id: string) => kept.has(id))
      const citing = techniques.find((t) => t.outcomes.some((o: Loose) => o.studyId === s.id))
      return { ...s, techniqueIds: named.length > 0 ? named : [citing?.id] }
    })
  const studyIds = ids(studies)
  const guidelines = dataset.guidelines
    .map((g: Loose) => ({
      ...g,
      recommendations: g.recommendations
        .map((r: Loose) => ({
          ...r,
          techniqueIds: r.techniqueIds.filter((id: string) => kept.has(id)),
        }))
        .filter((r: Loose) => r.techniqueIds.length > 0),
    }))
    .filter((g: Loose) => g.recommendations.length > 0)
  const guidelineIds = ids(guidelines)
  const resolves = (c: Loose) =>
    (c.studyId === null || c.studyId === undefined || studyIds.has(c.studyId)) &&
    (c.guidelineId === null || c.guidelineId === undefined || guidelineIds.has(c.guidelineId))
  return {
    ...dataset,
    techniques: techniques.map((t) => ({
      ...t,
      firstReported: {
        ...t.firstReported,
        studyId: studyIds.has(t.firstReported.studyId) ? t.firstReported.studyId : null,
      },
      indicationCriteria: t.indicationCriteria?.filter(resolves),
    })),
    studies,
    guidelines,
    series: dataset.series.filter((s: Loose) => studyIds.has(s.studyId)),
    milestones: dataset.milestones.filter(
      (m: Loose) => m.studyId === null || studyIds.has(m.studyId),
    ),
    scoringSystems: dataset.scoringSystems
      .filter((s: Loose) => studyIds.has(s.studyId))
      .map((s: Loose) => ({
        ...s,
        validationStudyIds: s.validationStudyIds?.filter((id: string) => studyIds.has(id)),
      })),
    radiosensitivity: dataset.radiosensitivity?.filter((r: Loose) => studyIds.has(r.studyId)),
  }
}
const builtIn = slice(full)

type Json = unknown
/** All paths to values in a JSON document, e.g. ['techniques', 3, 'name']. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix)
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths(item, [...prefix, i], out)
  } else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out)
  return out
}
const allPaths = paths(builtIn).filter((p) => p.length > 0)

const replacement = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constantFrom(
    'http://insecure.example',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    'no-such-id',
  ),
)

function mutate(doc: Json, path: (string | number)[], value: unknown): Json {
  if (doc === null || typeof doc !== 'object') return doc
  const copy = structuredClone(doc) as Record<string | number, unknown>
  let node = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) {
    const next = node[key]
    // an earlier mutation replaced this branch: nothing left to mutate here
    if (next === null || typeof next !== 'object') return copy
    node = next as Record<string | number, unknown>
  }
  const last = path[path.length - 1] as string | number
  if (value === undefined) delete node[last]
  else node[last] = value
  return copy
}

describe('dataset validation under mutation', () => {
  it('starts from a valid slice of the built-in dataset', () => {
    expect(validateDataset(builtIn)).toMatchObject({ ok: true })
    expect(builtIn.studies.length).toBeGreaterThan(10)
  })

  it('accepts or rejects 500 mutated datasets with located problems, never crashing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(allPaths.length - 1), replacement), {
          minLength: 1,
          maxLength: 3,
        }),
        (mutations) => {
          let doc: Json = builtIn
          for (const [index, value] of mutations)
            doc = mutate(doc, allPaths[index] ?? ['meta'], value)
          const result = validateDataset(doc)
          const issues = result.ok ? [] : result.issues
          // Rejected means located problems; accepted means none.
          expect(result.ok || issues.length > 0).toBe(true)
          for (const issue of issues) {
            expect(issue.path).toMatch(/^(\(root\)|[a-zA-Z]+)/)
            expect(issue.message.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: 500, seed: 42 },
    )
    // 500 deep copies and validations of the slice: seconds, more on a busy CI machine.
  }, 60_000)

  it('truncated or garbled JSON text is reported, never thrown (200 cases)', () => {
    const text = JSON.stringify(builtIn)
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 4 }), (at, junk) => {
        const result = parseDataset(text.slice(0, at) + junk)
        // Either the junk happened to complete valid JSON, or the problem is located.
        expect(result.ok || Boolean(result.issues[0]?.path)).toBe(true)
      }),
      { numRuns: 200, seed: 3 },
    )
  }, 60_000)
})
