import { z } from 'zod'
import { Dataset } from './schema'

/** The JSON Schema committed at `data/evidence.schema.json`, generated from the zod schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { target: 'draft-2020-12' }),
    title: 'Spinal metastases evidence dataset',
  }
}

export function serialiseJsonSchema(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`
}
