import { mkdirSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

/**
 * Draws the app icons (the favicon's four vertebrae on blue) as PNGs for the web app manifest,
 * without an image library: `npx tsx scripts/make-icons.ts` rewrites public/icons/.
 * The maskable icon keeps its drawing inside the central safe zone that launchers may crop to.
 */
type Rect = { x: number; y: number; w: number; h: number; r: number }
// In the favicon's 32-unit grid.
const VERTEBRAE: Rect[] = [4, 11, 18, 25].map((y, i) => ({
  x: 12,
  y,
  w: 8,
  h: i === 3 ? 4 : 5,
  r: 1.5,
}))
const BLUE = [0x1f, 0x5f, 0x8b]

function inside(rect: Rect, x: number, y: number): boolean {
  if (x < rect.x || x > rect.x + rect.w || y < rect.y || y > rect.y + rect.h) return false
  const cx = Math.min(Math.max(x, rect.x + rect.r), rect.x + rect.w - rect.r)
  const cy = Math.min(Math.max(y, rect.y + rect.r), rect.y + rect.h - rect.r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= rect.r ** 2
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function icon(size: number, scale: number): Buffer {
  const rows: Buffer[] = []
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 3)
    for (let px = 0; px < size; px += 1) {
      // Map the pixel centre to the 32-unit grid, shrunk by `scale` around the middle.
      const x = 16 + ((px + 0.5) / size - 0.5) * (32 / scale)
      const y = 16 + ((py + 0.5) / size - 0.5) * (32 / scale)
      const white = VERTEBRAE.some((rect) => inside(rect, x, y))
      row.set(white ? [255, 255, 255] : BLUE, 1 + px * 3)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', new Uint8Array()),
  ])
}

mkdirSync('public/icons', { recursive: true })
writeFileSync('public/icons/icon-192.png', icon(192, 1))
writeFileSync('public/icons/icon-512.png', icon(512, 1))
writeFileSync('public/icons/icon-maskable-512.png', icon(512, 0.7))
writeFileSync('public/icons/apple-touch-icon-180.png', icon(180, 0.85))
console.log('wrote public/icons/')
