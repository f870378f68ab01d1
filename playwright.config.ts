import { defineConfig } from '@playwright/test'
import { findChromium } from './e2e/browser'

// E2E_PORT lets several checkouts on one machine test their own build side by side.
const port = Number(process.env.E2E_PORT) || 4173
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      // Without these, Chromium tries to reach Google's services, which this network refuses.
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium' },
      testIgnore: /large-file\.spec\.ts/,
    },
    // Alone, after the rest: it counts main-thread long tasks, which a parallel test would lengthen.
    {
      name: 'large-file',
      use: { browserName: 'chromium' },
      testMatch: /large-file\.spec\.ts/,
      dependencies: ['chromium'],
    },
  ],
  // Tests run against the production build; `npm test` builds before this step.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
