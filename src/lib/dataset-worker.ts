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

/** Rows per message: a chunk of synthetic techniques (about 0.6 MB) deserialises in well under 50 ms. */
const CHUNK = 500

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
  const bytes = source.kind === 'bytes' ? new Uint8Array(source.bytes) : await readFile(source.file)
  const { text, exact } = decodeDataset(bytes)
  return { text, hash: exact ? contentHashOfBytes(bytes) : contentHash(text) }
}

type Parsed = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] }

async function parse(request: WorkerRequest, text: string, time: Timer): Promise<Parsed> {
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
  progress('Parsing the JSON', 0.45)
  let json: unknown
  try {
    json = time('parse', () => JSON.parse(text))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, issues: [{ path: '(file)', message: `malformed JSON: ${detail}` }] }
  }
  if (request.trusted) return { ok: true, dataset: json as Dataset }
  progress('Checking every record', 0.6)
  return time('load the checker and validate', () => check(json))
}

/** The full check; the schema (zod, most of this worker's code) loads only when it runs. */
async function check(json: unknown): Promise<Parsed> {
  const { validateDataset } = await import('../domain/dataset/validate-dataset')
  return validateDataset(json)
}

type Timer = <T>(phase: string, run: () => T) => T

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
    const parsed = await parse(request, text, time)
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
        timings,
        startedAt,
      },
      packedTransferables(packed),
    )
    if (request.trusted) {
      const verified = await check(parsed.dataset)
      post({ type: 'verified', issues: verified.ok ? [] : verified.issues })
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
