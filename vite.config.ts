import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * Content-Security-Policy of the built app: only its own origin, no inline script, no eval.
 * Inline style attributes stay allowed (React and recharts set them); data: and blob: images
 * serve chart exports. Sent by the preview server and written as a meta tag at build time
 * (not in `npm run dev`, whose hot reload needs inline script).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * Starts downloading the dataset and the worker that validates it together with the app code,
 * instead of after React has mounted: the first rows appear sooner.
 */
function preloadDataset(): Plugin {
  return {
    name: 'preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const files = Object.keys(context.bundle ?? {})
        const dataset = files.find((file) => /assets\/evidence-[\w-]+\.json$/.test(file))
        const worker = files.find((file) => /assets\/dataset-worker-[\w-]+\.js$/.test(file))
        return [
          ...(dataset
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'preload', href: `/${dataset}`, as: 'fetch', crossorigin: '' },
                  injectTo: 'head' as const,
                },
              ]
            : []),
          ...(worker
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'modulepreload', href: `/${worker}` },
                  injectTo: 'head' as const,
                },
              ]
            : []),
        ]
      },
    },
  }
}

function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [react(), cspMetaTag(), preloadDataset()],
  build: {
    // The dataset must ship as its own file (fetched and validated at start), never inlined.
    assetsInlineLimit: 0,
    sourcemap: true,
    // The charts chunk (recharts, ~500 kB) loads only when a chart opens; the first view has its own
    // budget, checked by `npm run bundle:check`.
    chunkSizeWarningLimit: 600,
  },
  // Module workers can split code: the CSV reader loads only when a CSV is opened.
  worker: { format: 'es' },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      // frame-ancestors only works as a header, so it is added here and not in the meta tag.
      'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
  },
})
