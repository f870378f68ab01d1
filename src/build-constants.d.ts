/** SHA-256 (hex) of data/evidence.json at build time; see vite.config.ts. */
declare const __BUILT_IN_SHA256__: string
