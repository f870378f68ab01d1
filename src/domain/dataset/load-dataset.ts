import { migrateDataset } from './migrate'
import { type ParseResult, parseDataset, validateDataset } from './validate-dataset'

/**
 * Validation that also reads format 1 files (upgraded by `migrate.ts`, with a report): for the
 * data check, the merge, CSV import and tests. The app's worker imports the upgrade only when a
 * file is format 1, to keep it out of the first view's JavaScript.
 */
export function validateAnyFormat(json: unknown): ParseResult {
  return validateDataset(json, migrateDataset)
}

export function parseAnyFormat(text: string): ParseResult {
  return parseDataset(text, migrateDataset)
}
