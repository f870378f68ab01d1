import type { z } from 'zod'
import { FirstReport, Outcome, ScoringSystem, Study, Technique } from '../src/domain/dataset/schema'
import { Guideline, Recommendation } from '../src/domain/dataset/schema-guideline'
import { Milestone, Series, SeriesPoint } from '../src/domain/dataset/schema-series'

/**
 * Writes every record's keys in the schema's order (unknown keys, such as fields another branch
 * adds, follow in their given order), so the merged file reads the same whoever curated it.
 */
type Json = Record<string, unknown>
type Order = { keys: string[]; nested?: Record<string, Order> }

const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape)
const POINT: Order = { keys: keysOf(SeriesPoint) }
const ORDERS: Record<string, Order> = {
  techniques: {
    keys: keysOf(Technique),
    nested: { firstReported: { keys: keysOf(FirstReport) }, outcomes: { keys: keysOf(Outcome) } },
  },
  studies: { keys: keysOf(Study) },
  scoringSystems: { keys: keysOf(ScoringSystem) },
  series: { keys: keysOf(Series), nested: { points: POINT } },
  milestones: { keys: keysOf(Milestone) },
  guidelines: {
    keys: keysOf(Guideline),
    nested: { recommendations: { keys: keysOf(Recommendation) } },
  },
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function order(value: unknown, spec: Order): unknown {
  if (Array.isArray(value)) return value.map((v) => order(v, spec))
  if (!isObject(value)) return value
  const out: Json = {}
  const keys = [
    ...spec.keys.filter((k) => k in value),
    ...Object.keys(value).filter((k) => !spec.keys.includes(k)),
  ]
  for (const key of keys) {
    const nested = spec.nested?.[key]
    out[key] = nested ? order(value[key], nested) : value[key]
  }
  return out
}

export function canonicalKeys(dataset: Json): Json {
  const out: Json = {}
  for (const [key, value] of Object.entries(dataset)) {
    const spec = ORDERS[key]
    out[key] = spec ? order(value, spec) : value
  }
  return out
}
