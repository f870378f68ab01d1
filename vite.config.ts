import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { META_CSP, SECURITY_HEADERS } from './scripts/security-headers.ts'

// The policy and the other security headers have one source, shared with the deploy files.

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

/**
 * Puts the entry stylesheet (about 7 KB gzip) into index.html: as a separate file it blocked the
 * first paint for one more round trip (Lighthouse mobile: about 150 ms). The policy already allows
 * inline styles (charts set them); lazy views keep their own stylesheets.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        html.replace(
          /<link rel="stylesheet"[^>]*href="\/(assets\/index-[\w-]+\.css)"[^>]*>/,
          (link, file: string) => {
            const asset = context.bundle?.[file]
            if (asset?.type !== 'asset') return link
            return `<style>${String(asset.source)}</style>`
          },
        ),
    },
  }
}

/**
 * Installable and offline: a Workbox service worker precaches the app shell, every lazy chunk and
 * the built-in dataset on the first visit. 'prompt': a new release waits until the user chooses
 * to reload. The app registers the worker itself, lazily (src/lib/service-worker.ts), so nothing
 * is injected into index.html but the manifest link.
 */
function pwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The glob below already precaches the icons.
    includeManifestIcons: false,
    manifest: {
      name: 'Spinal metastases evidence explorer',
      short_name: 'Spine evidence',
      description:
        'Explore the evidence for treating spinal metastases: surgery, minimally invasive therapy, radiation therapy and systemic therapy.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f5f8b',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Everything the app can show offline: shell, lazy chunks, workers, the dataset and its
      // previous releases (for "What changed"). Source maps and examples stay online-only.
      globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
      globIgnores: ['examples/**'],
      // The charts chunk is ~500 kB and the dataset ~430 kB; Workbox skips files over 2 MB.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/examples\//, /\/robots\.txt$/, /\/_headers$/],
      cleanupOutdatedCaches: true,
    },
  })
}

function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * SHA-256 of the built-in dataset as built: `npm run data:check` validated exactly these bytes, so
 * the app shows a download with this hash without checking it again (any other bytes are checked).
 */
const builtInSha256 = createHash('sha256')
  .update(readFileSync(new URL('./data/evidence.json', import.meta.url)))
  .digest('hex')

export default defineConfig({
  plugins: [react(), cspMetaTag(), preloadDataset(), inlineEntryCss(), pwa()],
  define: { __BUILT_IN_SHA256__: JSON.stringify(builtInSha256) },
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
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
  },
})
