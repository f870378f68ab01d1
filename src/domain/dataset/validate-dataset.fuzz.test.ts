import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset, validateDataset } from './validate-dataset'

const builtIn = JSON.parse(
  readFileSync(new URL('../../../data/evidence.json', import.meta.url), 'utf8'),
)

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

/** Mutates `doc` in place (the caller copies the dataset once per run, not once per mutation). */
function mutate(doc: Json, path: (string | number)[], value: unknown): Json {
  if (doc === null || typeof doc !== 'object') return doc
  const copy = doc as Record<string | number, unknown>
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
  it('accepts or rejects 500 mutated datasets with located problems, never crashing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(allPaths.length - 1), replacement), {
          minLength: 1,
          maxLength: 3,
        }),
        (mutations) => {
          let doc: Json = structuredClone(builtIn)
          for (const [index, value] of mutations)
            doc = mutate(doc, allPaths[index] ?? ['meta'], value)
          const result = validateDataset(doc)
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0)
            for (const issue of result.issues) {
              expect(issue.path).toMatch(/^(\(root\)|[a-zA-Z]+)/)
              expect(issue.message.length).toBeGreaterThan(0)
            }
          }
        },
      ),
      { numRuns: 500, seed: 42 },
    )
    // 500 deep copies and validations of the full dataset (about 1.5 MB since format 2): tens of
    // seconds, more on a busy CI machine.
  }, 180_000)

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
