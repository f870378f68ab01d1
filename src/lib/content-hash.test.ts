import { createHash } from 'node:crypto'
import { afterEach, expect, it, vi } from 'vitest'
import { contentHash, contentHashOfBytes, decodeDataset } from './content-hash'

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

it.each([
  ['plain UTF-8', new TextEncoder().encode('{"a":"Sørensen"}')],
  ['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{}')])],
  ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d])],
])('a file with %s gets the stamp of its decoded text', async (_label, bytes) => {
  const { text, exact } = decodeDataset(bytes)
  const hash = exact ? await contentHashOfBytes(bytes) : await contentHash(text)
  expect(hash).toBe(await contentHash(text))
})
