/**
 * Equality for dataset values where list order carries no meaning: `sourceUrls`, `aliases` or a
 * series' points listed in another order are the same data, so a reordering is not a change.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

/** A stable text form: object keys sorted, list items sorted by their own canonical form. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export type FieldChange = {
  /** Dotted path of the field, e.g. `patients` or `firstReported.year`. */
  field: string
  before: unknown
  after: unknown
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Field-level differences between two versions of one record. Nested objects are walked so a
 * change reads `firstReported.year`, not the whole object; lists are compared whole (ignoring
 * order), because their items have no identity of their own. A missing optional field and an
 * absent one are the same.
 */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  skip: ReadonlyArray<string> = [],
  prefix = '',
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !skip.includes(key),
  )
  const changes: FieldChange[] = []
  for (const key of keys) {
    const a = before[key]
    const b = after[key]
    if (sameValue(a, b)) continue
    if (isPlainObject(a) && isPlainObject(b)) {
      changes.push(...fieldChanges(a, b, [], `${prefix}${key}.`))
    } else {
      changes.push({ field: `${prefix}${key}`, before: a ?? null, after: b ?? null })
    }
  }
  return changes
}
