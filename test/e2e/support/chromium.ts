/**
 * The Chromium every browser test and bench launches: the system's (no browser download), with
 * the same flags, so a bench measures the browser the e2e tests check. Used by
 * playwright.config.ts and bench/ui/bench-lib.ts.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
