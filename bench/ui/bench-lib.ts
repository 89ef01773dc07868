/**
 * What the browser benches share (bench-ui.ts, restore-bench.ts): serving a built renderer the
 * way the app:// handler serves it (electron/main/serve-app.ts), launching headless Chromium on a
 * persistent profile, and the median / p95 of the printed tables. Figures are printed, never
 * asserted.
 */
import { createServer } from 'node:http'

import { chromium } from '@playwright/test'
import type { BrowserContext } from '@playwright/test'

import { APP_ORIGIN } from '../../electron/main/app-protocol'
import { serveAppRequest } from '../../electron/main/serve-app'

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/**
 * Serves `dir` (a built renderer) on 127.0.0.1:`port` through the app's own handler, uncached.
 * A localhost origin is a secure context (WebCrypto, IndexedDB). Resolves to a close function.
 */
export function serve(dir: string, port: number): Promise<() => Promise<void>> {
  const server = createServer((request, response) => {
    const appUrl = new URL(request.url ?? '/', APP_ORIGIN)
    void serveAppRequest(dir, new Request(appUrl, { method: request.method ?? 'GET' }))
      .then(async (served) => {
        response.writeHead(served.status, {
          ...Object.fromEntries(served.headers),
          'Cache-Control': 'no-store'
        })
        response.end(Buffer.from(await served.arrayBuffer()))
      })
      .catch(() => response.writeHead(500).end())
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () =>
      done(() => new Promise((closed) => server.close(() => closed())))
    )
  })
}

/**
 * Headless Chromium on a persistent profile directory (an incognito context keeps IndexedDB in
 * memory, which would flatter every figure), French locale and Paris time like the e2e tests.
 */
export function launchChromium(
  profileDir: string,
  extraArgs: readonly string[] = []
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs
    ]
  })
}

/* ---------------------------------------------------------------------------------------- */
/* Statistics and formatting                                                                 */

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
export const median = (values: number[]): number => {
  const s = sorted(values)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
// Both give NaN for no samples (a row with none is left out of the table).
/** Nearest-rank 95th percentile (with 5 runs: the slowest). */
export const p95 = (values: number[]): number =>
  sorted(values)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? NaN
export const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`
export const n = (count: number): string => count.toLocaleString('en')
