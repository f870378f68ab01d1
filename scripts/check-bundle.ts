import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Deterministic budget: the JavaScript the first table view needs (the entry script and the
 * modules index.html preloads) must stay under 120 KB gzip. Charts, export writers and the
 * dataset worker load on demand and are not counted.
 */
export const FIRST_VIEW_BUDGET_BYTES = 120 * 1024

export function firstViewScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? '')
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  )
  return [...new Set([...scripts, ...preloads])].filter(Boolean)
}

/**
 * The dataset worker reads the built-in dataset before the first rows, so it counts too. Bytes
 * with the SHA-256 validated at build time need no second check; the checker (zod) loads in a
 * chunk of its own only for other files.
 */
export function workerScripts(entrySource: string): string[] {
  return [
    ...new Set(
      [...entrySource.matchAll(/dataset-worker-[\w-]+\.js/g)].map((m) => `/assets/${m[0]}`),
    ),
  ]
}

if (process.argv[1]?.endsWith('check-bundle.ts')) {
  const dist = 'dist'
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const entries = firstViewScripts(html)
  const entrySource = entries
    .map((file) => readFileSync(join(dist, file.replace(/^\//, '')), 'utf8'))
    .join('\n')
  const files = [...new Set([...entries, ...workerScripts(entrySource)])]
  let total = 0
  for (const file of files) {
    const size = gzipSync(readFileSync(join(dist, file.replace(/^\//, '')))).length
    total += size
    console.log(`${file}: ${(size / 1024).toFixed(1)} KB gzip`)
  }
  const verdict = total <= FIRST_VIEW_BUDGET_BYTES ? 'within' : 'OVER'
  console.log(
    `first-view JavaScript: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the ${FIRST_VIEW_BUDGET_BYTES / 1024} KB budget`,
  )
  if (files.length === 0 || total > FIRST_VIEW_BUDGET_BYTES) process.exit(1)
}
