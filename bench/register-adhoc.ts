/**
 * Ad-hoc browser measurement of the register (data layer, issue 12): the BUILT renderer in the
 * system Chromium, a fresh browser per run, the register seeded once per size through the e2e
 * seeding hook into a persistent profile. Prints figures, asserts nothing. The formal harness is
 * `npm run bench:ui`; this one only exists to compare two builds of the data layer.
 *
 *   npm run build
 *   npx tsx bench/register-adhoc.ts out/renderer 10000 [runs]
 *
 * Reports: navigation → first register row painted; each keystroke of a search → list settled
 * (last DOM change); incident → back to the register → first row; JS heap after GC.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'

import { chromium, type BrowserContext, type Page } from '@playwright/test'

import { APP_ORIGIN } from '../electron/main/app-protocol'
import { serveAppRequest } from '../electron/main/serve-app'
import { seedRegister } from '../test/e2e/support/seed-register'

const root = resolve(process.argv[2] ?? 'out/renderer')
const size = Number(process.argv[3] ?? 10_000)
const runs = Number(process.argv[4] ?? 3)
// The same origin for every build compared, so that they open the same seeded IndexedDB.
const port = 4391
const profile = `/tmp/sentinelle-adhoc-profile-${size}`
const NOW = '2026-11-25T12:00:00.000Z'
const TYPED = 'ordinateur'

const server = createServer((request, response) => {
  const appUrl = new URL(request.url ?? '/', APP_ORIGIN)
  void serveAppRequest(root, new Request(appUrl, { method: request.method ?? 'GET' }))
    .then(async (served) => {
      response.writeHead(served.status, {
        ...Object.fromEntries(served.headers),
        'Cache-Control': 'no-store'
      })
      response.end(Buffer.from(await served.arrayBuffer()))
    })
    .catch(() => response.writeHead(500).end())
})
await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
const base = `http://127.0.0.1:${port}/`

const launch = () =>
  chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--js-flags=--expose-gc'],
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 800 }
  })

// Records, from navigation start, when the first register row appears, and every DOM change.
const INIT = () => {
  const w = window as unknown as { __firstRow?: number; __lastMutation?: number; __keyAt?: number }
  document.addEventListener('keydown', () => (w.__keyAt = performance.now()), true)
  const observer = new MutationObserver(() => {
    w.__lastMutation = performance.now()
    if (w.__firstRow === undefined && document.querySelector('[role="listitem"]')) {
      w.__firstRow = performance.now()
    }
  })
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  )
}

async function settle(page: Page, quietMs: number): Promise<number> {
  return page.evaluate(async (quiet) => {
    const w = window as unknown as { __lastMutation?: number }
    for (;;) {
      await new Promise((r) => setTimeout(r, 25))
      if (performance.now() - (w.__lastMutation ?? 0) >= quiet) return w.__lastMutation ?? 0
    }
  }, quietMs)
}

if (!existsSync(`${profile}/seeded`)) {
  mkdirSync(profile, { recursive: true })
  const context = await launch()
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(base)
  await page.getByTestId('first-run').waitFor({ timeout: 120_000 })
  const started = Date.now()
  await seedRegister(page, { count: size, seed: 11, now: NOW })
  console.log(`seeded ${size} in ${Date.now() - started} ms`)
  await context.close()
  writeFileSync(`${profile}/seeded`, 'yes')
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!
const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.ceil(v.length * 0.95) - 1]!
const fmt = (ms: number) => ms.toFixed(0)

async function oneRun(warmUp: boolean) {
  const context: BrowserContext = await launch()
  const page = context.pages()[0] ?? (await context.newPage())
  await page.addInitScript(INIT)
  await page.goto(base)
  await page.waitForFunction(
    () => (window as { __firstRow?: number }).__firstRow !== undefined,
    undefined,
    {
      timeout: 300_000,
      polling: 50
    }
  )
  const firstRow = await page.evaluate(
    () => (window as unknown as { __firstRow: number }).__firstRow
  )
  // Let the background work (full cache, word index) finish before typing; the builds before
  // these marks existed had it done at the first row.
  await page
    .waitForFunction(
      () => performance.getEntriesByName('sentinelle:register-words-ready').length > 0,
      undefined,
      { timeout: 120_000, polling: 100 }
    )
    .catch(() => undefined)
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('sentinelle:'))
        .map((m) => [m.name.slice('sentinelle:register-'.length), Math.round(m.startTime)])
    )
  )
  if (Object.keys(marks).length > 0)
    console.log(`  marks: ${JSON.stringify(marks)}, first row ${Math.round(firstRow)}`)
  await settle(page, 1500)
  await page.waitForTimeout(size >= 100_000 ? 2000 : 500)
  const search = page.getByTestId('register-search')
  await search.click()
  const keys: number[] = []
  for (const char of TYPED) {
    await page.keyboard.type(char)
    // Settled = the main thread free again (a frame and a task after the key) and the last DOM
    // change made, whichever comes later.
    const free = await page.evaluate(
      () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => setTimeout(() => r(performance.now())))
        )
    )
    const last = await settle(page, 300)
    const keyAt = await page.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt)
    keys.push(Math.max(free, last) - keyAt)
  }
  await search.fill('')
  await settle(page, 500)
  // Open the first incident, then come back.
  await page.locator('[role="listitem"] a').first().click()
  await page.waitForURL(/#\/incident\//)
  await settle(page, 800)
  const back = await page.evaluate(async () => {
    const start = performance.now()
    location.hash = '#/'
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r))
      if (document.querySelector('[role="listitem"]')) return performance.now() - start
    }
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await context.close()
  return { warmUp, firstRow, keys, back, heapMb: heap.usedSize / 1024 / 1024 }
}

const results = []
await oneRun(true)
for (let i = 0; i < runs; i++) results.push(await oneRun(false))
const allKeys = results.flatMap((r) => r.keys)
console.log(`\n${root} — ${size.toLocaleString('en')} incidents, ${runs} runs (fresh browser each)`)
console.log(
  `  start → first register row: median ${fmt(median(results.map((r) => r.firstRow)))} ms (${results.map((r) => fmt(r.firstRow)).join(', ')})`
)
console.log(
  `  keystroke → list settled ("${TYPED}"): median ${fmt(median(allKeys))} ms, p95 ${fmt(p95(allKeys))} ms, first key ${results.map((r) => fmt(r.keys[0]!)).join(', ')} ms`
)
console.log(
  `  back to the register from an incident: median ${fmt(median(results.map((r) => r.back)))} ms (${results.map((r) => fmt(r.back)).join(', ')})`
)
console.log(`  JS heap after GC: median ${median(results.map((r) => r.heapMb)).toFixed(0)} MB`)
server.close()
