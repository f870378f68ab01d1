import type { MigrationReport } from '../src/domain/dataset/migrate'

/** Helpers of the curation merge: types, reporting and the location of problems. */
export type Json = Record<string, unknown>
export type Located = { item: Json; at: string }

export const COLLECTIONS = [
  'techniques',
  'studies',
  'scoringSystems',
  'series',
  'milestones',
  'guidelines',
  'radiosensitivity',
] as const
export type Collection = (typeof COLLECTIONS)[number]

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown) => (typeof v === 'string' ? v : '')

export function migrationNote(file: string, report: MigrationReport): string | null {
  const parts: string[] = []
  const mapped = report.verifiedToPrimary
  if (mapped.length > 0)
    parts.push(
      `${mapped.length} "verified" read as "primary" (${mapped.slice(0, 3).join(', ')}${mapped.length > 3 ? ', …' : ''})`,
    )
  if (report.primaryEndpointAdded > 0)
    parts.push(`${report.primaryEndpointAdded} outcomes given primaryEndpoint: false`)
  return parts.length > 0 ? `${file}: format 1 values upgraded: ${parts.join('; ')}` : null
}

export const LINK_KEYS = new Set(['url', 'quoteUrl', 'sourceUrls'])

/**
 * Curators copy page addresses as the search tool shows them, sometimes http://; the app opens
 * only https links, and the journals, PubMed and PMC all serve https. Rewritten in place; the
 * paths are reported so nothing changes silently.
 */
export function httpsLinks(value: unknown, path: string, key = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => {
      if (LINK_KEYS.has(key) && typeof item === 'string' && item.startsWith('http://')) {
        value[i] = `https://${item.slice(7)}`
        return [`${path}[${i}]`]
      }
      return httpsLinks(item, `${path}[${i}]`, key)
    })
  if (!isObject(value)) return []
  return Object.entries(value).flatMap(([k, v]) => {
    const at = path ? `${path}.${k}` : k
    if (LINK_KEYS.has(k) && typeof v === 'string' && v.startsWith('http://')) {
      value[k] = `https://${v.slice(7)}`
      return [at]
    }
    return httpsLinks(v, at, k)
  })
}

/** Turns a merged path such as `studies[57].title` back into the fragment and record it came from. */
export function locate(path: string, dataset: Json, items: Record<Collection, Located[]>): string {
  const match = /^(\w+)\[(\d+)\](.*)$/.exec(path)
  if (!match) return path
  const [, collection = '', index = '', rest = ''] = match
  const list = dataset[collection]
  const record = Array.isArray(list) ? list[Number(index)] : undefined
  const id = isObject(record) ? str(record.id) : ''
  const origin = (items[collection as Collection] ?? []).find(({ item }) => str(item.id) === id)
  return origin ? `${origin.at}${rest} (id "${id}")` : path
}
