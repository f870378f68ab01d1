/// <reference lib="webworker" />
import type { Dataset } from '../domain/dataset/schema'
import { contentHash } from './content-hash'
import type { WorkerRequest, WorkerResponse } from './dataset-worker-protocol'

/**
 * The built-in file with exactly the bytes `npm run data:check` validated at build time is shown
 * without a second check, so the first rows do not wait for the schema code (zod). Any other
 * bytes (a damaged download, another release) return false and are checked in full.
 */
async function showTrusted(text: string, trustedSha256: string): Promise<boolean> {
  const hash = await contentHash(text)
  if (hash !== trustedSha256) return false
  post({
    type: 'result',
    ok: true,
    dataset: JSON.parse(text) as Dataset,
    text: null,
    hash,
    migration: null,
  })
  return true
}

/**
 * Parses and validates a dataset off the main thread: reading, JSON/CSV parsing and schema
 * validation of a large file would otherwise freeze the page.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: WorkerResponse) => scope.postMessage(message)

async function readWithProgress(file: Blob): Promise<string> {
  const reader = file.stream().getReader()
  const decoder = new TextDecoder()
  let text = ''
  let read = 0
  let lastReport = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    read += value.byteLength
    text += decoder.decode(value, { stream: true })
    if (read - lastReport > 256 * 1024) {
      lastReport = read
      post({
        type: 'progress',
        phase: 'Reading the file',
        fraction: (read / Math.max(1, file.size)) * 0.6,
      })
    }
  }
  return text + decoder.decode()
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  try {
    const text =
      request.source.kind === 'text'
        ? request.source.text
        : await readWithProgress(request.source.file)
    const isCsv = request.format === 'csv'
    post({
      type: 'progress',
      phase: isCsv ? 'Parsing the CSV' : 'Parsing the JSON',
      fraction: 0.65,
    })
    let dataset: Dataset
    let migration: string[] | null = null
    if (isCsv) {
      if (!request.base) throw new Error('A CSV needs the built-in dataset as its base')
      // The CSV reader (papaparse) loads only for CSV files.
      const { importCsv } = await import('../domain/dataset/csv-import')
      const result = importCsv(text, request.base, {
        fileName: request.name,
        date: new Date().toISOString().slice(0, 10),
      })
      if (!result.ok) return post({ type: 'result', ok: false, issues: result.issues })
      dataset = result.dataset
      migration = result.migration
    } else {
      const shown = request.trustedSha256 ? await showTrusted(text, request.trustedSha256) : false
      if (shown) return
      post({ type: 'progress', phase: 'Checking every record', fraction: 0.75 })
      // The checker (zod, most of this worker's code) loads only when a check runs; only a
      // format 1 file loads the upgrade (and its messages).
      const { isFormat1, readJson, validateDataset } = await import(
        '../domain/dataset/validate-dataset'
      )
      const read = readJson(text)
      if (!read.ok) return post({ type: 'result', ok: false, issues: read.issues })
      const migrate = isFormat1(read.json) ? await import('../domain/dataset/migrate') : null
      const result = validateDataset(read.json, migrate?.migrateDataset)
      if (!result.ok) return post({ type: 'result', ok: false, issues: result.issues })
      dataset = result.dataset
      migration = result.migration && migrate ? migrate.migrationMessages(result.migration) : null
    }
    post({ type: 'progress', phase: 'Finishing', fraction: 0.95 })
    post({
      type: 'result',
      ok: true,
      dataset,
      text: request.keepText ? text : null,
      hash: await contentHash(text),
      migration,
    })
  } catch (error) {
    post({
      type: 'result',
      ok: false,
      issues: [
        {
          path: '(file)',
          message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    })
  }
}
