import { defineConfig } from '@playwright/test'

// One port per run, chosen by the main process and inherited by the workers through the
// environment, so that two runs on one machine do not collide.
process.env['E2E_PORT'] ??= String(20_000 + (process.pid % 20_000))
const port = Number(process.env['E2E_PORT'])
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/**
 * Browser end-to-end tests run against the BUILT renderer (`npm run build` first), served on
 * 127.0.0.1, in the system's Chromium: no browser download, no Electron binary needed.
 * The Electron test (test/electron) launches the real app when its binary is installed and
 * skips with a printed reason otherwise.
 */
export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: process.env['CI'] ? 2 : 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: Boolean(process.env['CI']),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  },
  webServer: {
    command: `tsx test/e2e/support/static-server.ts out/renderer ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000
  }
})
