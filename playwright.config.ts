import { defineConfig } from '@playwright/test'

import { chromiumArgs, chromiumPath } from './test/e2e/support/chromium'

// One port per run, chosen by the main process and inherited by the workers through the
// environment, so that two runs on one machine do not collide.
process.env['E2E_PORT'] ??= String(20_000 + (process.pid % 20_000))
const port = Number(process.env['E2E_PORT'])

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
  // Measured on the 2-core CI machine while other jobs loaded it (load average 14 to 23), whole
  // suite: 2 workers 6.3 min, 1 worker 12.5 min. Two Chromiums get more of a shared machine.
  workers: 2,
  // A safety net on CI only. Every test that needed a retry is listed at the end of the run
  // (retry-reporter.ts, and the list reporter's "flaky" summary): each one is a race to fix.
  retries: process.env['CI'] ? 1 : 0,
  // Budgets for a busy 2-core CI machine, where a step takes several times longer than on a
  // quiet one. Measured there: the slowest default-budget test took 71 s at load average 15 and
  // 96 s at 27 (two copies of the suite plus other jobs). They only bound how long a failing wait
  // lasts; a passing test is not slowed by them. Long stories: test/e2e/support/budgets.ts.
  timeout: 240_000,
  expect: { timeout: 45_000 },
  reporter: [['list'], ['./test/e2e/support/retry-reporter.ts']],
  forbidOnly: Boolean(process.env['CI']),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    // As a user who asked for less motion (the theme honours it): a click never races a
    // dialog's 200 ms entrance on a loaded machine (register.spec 'a new user…' once clicked
    // "Retirer" while the dialog was still scaling in: mousedown on it, mouseup beside it).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...chromiumArgs]
    }
  },
  webServer: {
    command: `tsx test/e2e/support/static-server.ts out/renderer ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000
  }
})
