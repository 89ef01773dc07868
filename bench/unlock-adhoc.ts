/**
 * Ad-hoc browser measurement of unlocking an ENCRYPTED register (issue 10 §3): the built
 * renderer in the system Chromium, a fresh browser per run, the register seeded once through the
 * e2e seeding hook and then encrypted through the app's own set-up screen. Prints, never asserts.
 *
 *   npm run build
 *   npx tsx bench/unlock-adhoc.ts out/renderer 10000 [runs]
 *
 * "unlock → first row" runs from the click on Unlock (PBKDF2 included) to the first register row
 * painted; the full cache and the word index follow in the background (marks printed).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'

import { chromium } from '@playwright/test'

import { APP_ORIGIN } from '../electron/main/app-protocol'
import { serveAppRequest } from '../electron/main/serve-app'
import { seedRegister } from '../test/e2e/support/seed-register'

const root = resolve(process.argv[2] ?? 'out/renderer')
const size = Number(process.argv[3] ?? 10_000)
const runs = Number(process.argv[4] ?? 3)
const port = 4393
const profile = `/tmp/sentinelle-adhoc-unlock-${size}`
const PASSPHRASE = 'une phrase secrète pour le banc'

const server = createServer((request, response) => {
  const appUrl = new URL(request.url ?? '/', APP_ORIGIN)
  void serveAppRequest(root, new Request(appUrl, { method: request.method ?? 'GET' }))
    .then(async (served) => {
      response.writeHead(served.status, Object.fromEntries(served.headers))
      response.end(Buffer.from(await served.arrayBuffer()))
    })
    .catch(() => response.writeHead(500).end())
})
await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
const base = `http://127.0.0.1:${port}/`
const launch = () =>
  chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 800 }
  })

if (!existsSync(`${profile}/encrypted`)) {
  mkdirSync(profile, { recursive: true })
  const context = await launch()
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(base)
  await page.getByTestId('first-run').waitFor({ timeout: 120_000 })
  await seedRegister(page, { count: size, seed: 11, now: '2026-11-25T12:00:00.000Z' })
  await page.reload()
  await page.getByTestId('setup-open').click({ timeout: 300_000 })
  await page.getByTestId('setup-passphrase').fill(PASSPHRASE)
  await page.getByTestId('setup-confirm').fill(PASSPHRASE)
  const started = Date.now()
  await page.getByTestId('setup-submit').click()
  await page.getByTestId('recovery-key').waitFor({ timeout: 1_200_000 })
  console.log(`encrypted ${size} incidents in ${Date.now() - started} ms`)
  await page.getByLabel('J’ai conservé la clé de secours').check()
  await page.getByTestId('recovery-done').click()
  await context.close()
  writeFileSync(`${profile}/encrypted`, 'yes')
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!
const results: number[] = []
for (let i = 0; i <= runs; i++) {
  const context = await launch()
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(base)
  await page.getByTestId('unlock-secret').fill(PASSPHRASE, { timeout: 120_000 })
  const button = page.getByRole('button', { name: 'Déverrouiller' })
  await button.evaluate((element) => {
    const w = window as unknown as { __clickAt?: number; __firstRow?: number }
    element.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true })
    new MutationObserver(() => {
      if (w.__firstRow === undefined && document.querySelector('[role="listitem"]')) {
        w.__firstRow = performance.now()
      }
    }).observe(document.body, { childList: true, subtree: true })
  })
  await button.click()
  await page.waitForFunction(
    () => (window as unknown as { __firstRow?: number }).__firstRow !== undefined,
    undefined,
    { timeout: 300_000, polling: 50 }
  )
  const { clickAt, firstRow } = await page.evaluate(() => {
    const w = window as unknown as { __clickAt: number; __firstRow: number }
    return { clickAt: w.__clickAt, firstRow: w.__firstRow }
  })
  await page
    .waitForFunction(
      () => performance.getEntriesByName('sentinelle:register-words-ready').length > 0,
      undefined,
      { timeout: 120_000, polling: 100 }
    )
    .catch(() => undefined)
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('sentinelle:'))
      .map((m) => `${m.name.slice('sentinelle:register-'.length)} ${Math.round(m.startTime)}`)
      .join(', ')
  )
  await context.close()
  if (i === 0) continue // warm-up
  results.push(firstRow - clickAt)
  console.log(
    `  run ${i}: unlock click → first row ${Math.round(firstRow - clickAt)} ms (click at ${Math.round(clickAt)}; marks: ${marks || 'none'})`
  )
}
console.log(
  `${root} — ${size.toLocaleString('en')} encrypted incidents: unlock click → first register row, median ${Math.round(median(results))} ms (${results.map(Math.round).join(', ')})`
)
server.close()
