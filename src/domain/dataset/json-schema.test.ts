import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { serialiseJsonSchema } from './json-schema'

it('the committed data/evidence.schema.json matches the zod schema (run npm run schema:write)', () => {
  const committed = readFileSync(
    new URL('../../../data/evidence.schema.json', import.meta.url),
    'utf8',
  )
  expect(committed).toBe(serialiseJsonSchema())
})
