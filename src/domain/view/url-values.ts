import type { Range, SortKey } from './view-state'

/**
 * Value grammars shared by every URL scope. Each reader is lenient: a malformed value reads as
 * "not given", never as an error, because links get mangled by mail clients and chat apps.
 */

export const ID = /^[a-z0-9][a-z0-9_-]{0,99}$/
export const MAX_VALUE_LENGTH = 200
export const MAX_VALUES_PER_KEY = 50
export const MAX_QUERY_LENGTH = 200
const RANGE = /^(-?\d{1,9}(?:\.\d+)?)?\.\.(-?\d{1,9}(?:\.\d+)?)?$/

/** `a~b~c` → unique valid ids, at most `limit`. */
export function readIdList(value: string | null, limit: number): string[] {
  if (value === null) return []
  return [...new Set(value.split('~').filter((id) => ID.test(id)))].slice(0, limit)
}

export function readRange(value: string | null): Range | null {
  const match = value === null ? null : RANGE.exec(value.trim())
  if (!match) return null
  const min = match[1] === undefined ? null : Number(match[1])
  const max = match[2] === undefined ? null : Number(match[2])
  if (min === null && max === null) return null
  if (min !== null && max !== null && min > max) return { min: max, max: min }
  return { min, max }
}

export function writeRange(range: Range): string {
  return `${range.min ?? ''}..${range.max ?? ''}`
}

/** `-year~name`: "-" marks descending; duplicates keep the first. */
export function readSort(value: string | null): SortKey[] {
  if (!value) return []
  const keys: SortKey[] = []
  for (const part of value.split('~').slice(0, 10)) {
    const desc = part.startsWith('-')
    const id = desc ? part.slice(1) : part
    if (ID.test(id) && !keys.some((key) => key.id === id)) keys.push({ id, desc })
  }
  return keys
}

export function writeSort(sort: ReadonlyArray<SortKey>): string {
  return sort.map((s) => `${s.desc ? '-' : ''}${s.id}`).join('~')
}

export function readPage(value: string | null): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return 1
  return Math.max(1, Number(value))
}

/** Facet values: non-empty, bounded, unique, and never something that reads as a range. */
export function readFacetValues(values: string[]): string[] {
  const kept = values.filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH && !RANGE.test(v))
  return [...new Set(kept)].slice(0, MAX_VALUES_PER_KEY)
}

export function readStamp(value: string | null): string | null {
  return value !== null && /^[0-9a-f]{4,64}$/.test(value) ? value : null
}

export function pick<T extends string>(options: ReadonlyArray<T>, value: string | null): T | null {
  return options.find((option) => option === value) ?? null
}
