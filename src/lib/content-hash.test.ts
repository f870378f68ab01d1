import { createHash } from 'node:crypto'
import { afterEach, expect, it, vi } from 'vitest'
import { contentHash } from './content-hash'

afterEach(() => vi.unstubAllGlobals())

const texts = ['', 'abc', '{"meta":{"title":"Spinal metastases — Sørensen"}}', 'x'.repeat(100_000)]

it.each(texts.map((t) => [t.slice(0, 20), t]))(
  'Web Crypto and the JavaScript fallback give the same SHA-256 (%s…)',
  async (_label, text) => {
    const expected = createHash('sha256').update(text, 'utf8').digest('hex')
    expect(await contentHash(text)).toBe(expected)
    vi.stubGlobal('crypto', {})
    expect(await contentHash(text)).toBe(expected)
  },
)
