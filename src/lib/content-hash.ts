/**
 * SHA-256 of the dataset text as hex: identifies exactly which data a view or export used.
 * Web Crypto is missing outside secure contexts (a hospital intranet on plain http), so the same
 * algorithm runs in JavaScript there (loaded only then): one hash everywhere, so shared links
 * agree across origins.
 */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  if (globalThis.crypto?.subtle) {
    const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes)
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
