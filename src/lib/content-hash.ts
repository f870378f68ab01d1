/** SHA-256 of the dataset text as hex: identifies exactly which data a view or export used. */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', bytes)
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
  }
  // Outside secure contexts crypto.subtle is missing; FNV-1a keeps the hash deterministic.
  let hash = 0x811c9dc5
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return `fnv1a-${hash.toString(16).padStart(8, '0')}`
}
