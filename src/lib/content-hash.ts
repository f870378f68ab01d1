import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * SHA-256 of the dataset text as hex: identifies exactly which data a view or export used.
 * Web Crypto is missing outside secure contexts (a hospital intranet on plain http), so the same
 * algorithm runs in JavaScript there: one hash everywhere, so shared links agree across origins.
 */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  if (globalThis.crypto?.subtle) {
    const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes)
    return bytesToHex(new Uint8Array(digest))
  }
  return bytesToHex(sha256(bytes))
}
