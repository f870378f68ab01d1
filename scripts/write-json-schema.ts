import { writeFileSync } from 'node:fs'
import { serialiseJsonSchema } from '../src/domain/dataset/json-schema'

writeFileSync(new URL('../data/evidence.schema.json', import.meta.url), serialiseJsonSchema())
console.log('wrote data/evidence.schema.json')
