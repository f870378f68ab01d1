import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { SECURITY_HEADERS } from '../scripts/security-headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
}

/**
 * A minimal static host for `dist/` whose files a test can replace while it runs, e.g. a new
 * service worker for the update prompt: the browser fetches worker scripts itself, outside the
 * reach of Playwright's request routing, and the shared preview server must not change.
 */
export async function startStaticServer(
  root: string,
  port: number,
  replaced: Map<string, string>,
): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = path === '/' || !extname(path) ? '/index.html' : normalize(path)
    const body = replaced.get(file)
    const send = (content: string | Buffer) => {
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      response.end(content)
    }
    if (body !== undefined) return send(body)
    readFile(join(root, file)).then(send, () => {
      response.writeHead(404)
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}
