/**
 * SHA-256 of the dataset text as hex: identifies exactly which data a view or export used.
 * Web Crypto is missing outside secure contexts (a hospital intranet on plain http), so the same
 * algorithm runs in JavaScript there (loaded only then): one hash everywhere, so shared links
 * agree across origins.
 */
export async function contentHash(text: string): Promise<string> {
  return hashBytes(new TextEncoder().encode(text))
}

/**
 * The same hash from a file's bytes, sparing the worker re-encoding 100 MB of text. Only valid when
 * the bytes are exactly the UTF-8 of the text (see `decodeDataset`), so a dataset keeps the stamp
 * it had when it was hashed as text.
 */
export function contentHashOfBytes(bytes: Uint8Array): Promise<string> {
  return hashBytes(bytes)
}

/**
 * Decodes a file as UTF-8 text; `exact` says the bytes are that text's UTF-8 (no byte-order mark,
 * no invalid sequence), so their hash is the text's.
 */
export function decodeDataset(bytes: Uint8Array): { text: string; exact: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (!bom) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), exact: true }
    } catch {
      // invalid UTF-8: decoded below with replacement characters, hashed as that text
    }
  }
  return { text: new TextDecoder().decode(bytes), exact: false }
}

async function hashBytes(bytes: Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle) {
    const digest = await globalThis.crypto.subtle.digest(
      'SHA-256',
      bytes as Uint8Array<ArrayBuffer>,
    )
    return toHex(new Uint8Array(digest))
  }
  const { sha256 } = await import('@noble/hashes/sha2.js')
  return toHex(sha256(bytes))
}

function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}
