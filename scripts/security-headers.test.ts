import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import viteConfig from '../vite.config'
import {
  ALWAYS_REVALIDATE,
  HEADER_CSP,
  headersFile,
  LONG_CACHE,
  META_CSP,
  nginxConfig,
  SECURITY_HEADERS,
} from './security-headers'

const headersText = readFileSync('public/_headers', 'utf8')
const nginxText = readFileSync('deploy/nginx.conf', 'utf8')

/** Every value a file gives a header, e.g. all Content-Security-Policy lines. */
function valuesIn(text: string, name: string): string[] {
  const netlify = [...text.matchAll(new RegExp(`^\\s+${name}: (.+)$`, 'gm'))].map((m) => m[1])
  const nginx = [...text.matchAll(new RegExp(`add_header ${name} "([^"]+)" always;`, 'g'))].map(
    (m) => m[1],
  )
  return [...netlify, ...nginx].filter((v): v is string => v !== undefined)
}

describe('security headers: one source, identical copies', () => {
  it('the committed files are what the generator writes (npm run headers:write)', () => {
    expect(headersText).toBe(headersFile())
    expect(nginxText).toBe(nginxConfig())
  })

  it('every copy of every header carries the same value as the source', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const copies = [...valuesIn(headersText, name), ...valuesIn(nginxText, name)]
      expect(copies.length, name).toBeGreaterThanOrEqual(4)
      expect(new Set(copies), name).toEqual(new Set([value]))
    }
  })

  it('the preview server sends the same headers', () => {
    expect(viteConfig.preview?.headers).toEqual(SECURITY_HEADERS)
  })

  it('the meta tag policy is the header policy without frame-ancestors', () => {
    expect(HEADER_CSP).toBe(`${META_CSP}; frame-ancestors 'none'`)
    expect(META_CSP).not.toMatch(/unsafe-eval|frame-ancestors/)
    expect(META_CSP).toMatch(/script-src 'self'(;|$)/)
  })

  it('hashed assets are cached for a year; the shell, worker and manifest always revalidate', () => {
    expect(headersText).toMatch(new RegExp(`/assets/\\*\\n  Cache-Control: ${LONG_CACHE}`))
    for (const path of ALWAYS_REVALIDATE)
      expect(headersText).toContain(`\n${path}\n  Cache-Control: no-cache`)
    expect(nginxText).toMatch(
      /location \/assets\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/,
    )
    expect(nginxText).toMatch(/sw\\\.js[^}]*Cache-Control "no-cache"/)
  })
})
