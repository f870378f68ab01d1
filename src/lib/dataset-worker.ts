/// <reference lib="webworker" />
import type { Dataset } from '../domain/dataset/schema'
import type { DatasetIssue } from '../domain/dataset/validate-dataset'
import { packedTransferables, packTables, prepareTables } from '../domain/query/prepared'
import { contentHash, contentHashOfBytes, decodeDataset } from './content-hash'
import type {
  LoadTimings,
  WorkerRequest,
  WorkerResponse,
  WorkerSource,
} from './dataset-worker-protocol'

/**
 * Reads, parses, validates and indexes a dataset off the main thread, then posts the table rows
 * in chunks and the facet and range indexes as transferred typed arrays: the page only stitches
 * them together, and no step of a 100,000-row load blocks it for long.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer)
const progress = (phase: string, fraction: number) => post({ type: 'progress', phase, fraction })

/**
 * Rows per message: a chunk of 200 synthetic techniques (about 0.25 MB) deserialises in about
 * 20 ms on a quiet machine; 500 stretched past 200 ms when the machine was busy.
 */
const CHUNK = 200

/** Reads a file into one buffer with progress, then decodes it once (no string concatenation). */
async function readFile(file: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size)
  const reader = file.stream().getReader()
  let read = 0
  let lastReport = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (read + value.byteLength > bytes.length) throw new Error('the file grew while being read')
    bytes.set(value, read)
    read += value.byteLength
    if (read - lastReport > 1024 * 1024) {
      lastReport = read
      progress('Reading the file', (read / Math.max(1, file.size)) * 0.4)
    }
  }
  return bytes.subarray(0, read)
}

async function readSource(source: WorkerSource): Promise<{ text: string; hash: Promise<string> }> {
  if (source.kind === 'text') return { text: source.text, hash: contentHash(source.text) }
  const bytes = await readFile(source.file)
  const { text, exact } = decodeDataset(bytes)
  return { text, hash: exact ? contentHashOfBytes(bytes) : contentHash(text) }
}

type Parsed =
  | { ok: true; dataset: Dataset; migration: string[] | null }
  | { ok: false; issues: DatasetIssue[] }

type Timer = <T>(phase: string, run: () => T) => T

async function parse(
  request: WorkerRequest,
  text: string,
  hash: Promise<string>,
  time: Timer,
): Promise<Parsed> {
  if (request.format === 'csv') {
    if (!request.base) throw new Error('A CSV needs the built-in dataset as its base')
    progress('Parsing the CSV', 0.45)
    // The CSV reader (papaparse) and the schema (zod) load only for CSV files.
    const { importCsv } = await import('../domain/dataset/csv-import')
    return time('parse and validate', () =>
      importCsv(text, request.base as Dataset, {
        fileName: request.name,
        date: new Date().toISOString().slice(0, 10),
      }),
    )
  }
  // The built-in file with exactly the bytes `npm run data:check` validated at build time is
  // shown without a second check, so its first rows do not wait for the schema code (zod).
  if (request.trustedSha256 && (await hash) === request.trustedSha256) {
    progress('Parsing the JSON', 0.45)
    return { ok: true, dataset: time('parse', () => JSON.parse(text)) as Dataset, migration: null }
  }
  progress('Checking every record', 0.45)
  return time('parse and validate', () => check(text))
}

/**
 * The full check. The checker (zod, most of this worker's code) loads only when a check runs;
 * only a format 1 file loads the upgrade (and its messages).
 */
async function check(text: string): Promise<Parsed> {
  const { isFormat1, readJson, validateDataset } = await import(
    '../domain/dataset/validate-dataset'
  )
  const read = readJson(text)
  if (!read.ok) return read
  const migrate = isFormat1(read.json) ? await import('../domain/dataset/migrate') : null
  const result = validateDataset(read.json, migrate?.migrateDataset)
  if (!result.ok) return result
  const migration = result.migration && migrate ? migrate.migrationMessages(result.migration) : null
  return { ok: true, dataset: result.dataset, migration }
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const startedAt = performance.timeOrigin + performance.now()
  const request = event.data
  const timings: LoadTimings = {}
  const time: Timer = (phase, run) => {
    const start = performance.now()
    const result = run()
    const stop = () => {
      timings[phase] = (timings[phase] ?? 0) + performance.now() - start
    }
    if (result instanceof Promise) return result.finally(stop) as typeof result
    stop()
    return result
  }
  try {
    const { text, hash } = await time('read', () => readSource(request.source))
    const parsed = await parse(request, text, hash, time)
    if (!parsed.ok) return post({ type: 'result', ok: false, issues: parsed.issues })
    progress('Indexing the tables', 0.75)
    const packed = time('index', () => packTables(prepareTables(parsed.dataset)))
    const digest = await time('hash', () => hash)
    progress('Handing over to the page', 0.9)
    time('post', () => {
      for (let i = 0; i < packed.techniques.rows.length; i += CHUNK)
        post({ type: 'techniques', rows: packed.techniques.rows.slice(i, i + CHUNK) })
      for (let i = 0; i < packed.studies.rows.length; i += CHUNK)
        post({ type: 'studies', rows: packed.studies.rows.slice(i, i + CHUNK) })
    })
    const { techniques: _techniques, studies: _studies, ...head } = parsed.dataset
    post(
      {
        type: 'result',
        ok: true,
        head,
        index: { techniques: packed.techniques.index, studies: packed.studies.index },
        hash: digest,
        migration: parsed.migration,
        timings,
        startedAt,
      },
      packedTransferables(packed),
    )
    if (request.base) {
      const base = request.base
      const changedRecords = await import('../domain/diff/diff-datasets')
        .then(({ diffDatasets }) => diffDatasets(base, parsed.dataset).changes.length)
        .catch(() => null)
      post({ type: 'compared', changedRecords })
    }
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
