import { describe, expect, it } from 'vitest'
import { EDITABLE_COLUMNS } from './csv-fields'
import { csvHeaders } from './csv-import'

describe('EDITABLE_COLUMNS', () => {
  it.each(['techniques', 'studies'] as const)('lists the %s fields the schema defines', (kind) => {
    expect(EDITABLE_COLUMNS[kind]).toEqual(csvHeaders(kind))
  })
})
