/**
 * `npm run bench:ui`: the register and the start of the BUILT renderer (out/renderer) in headless
 * Chromium, side by side with a trivial React 19 + Vite app (bench/ui/trivial) built by this
 * script and served the same way (electron/main/serve-app.ts, the app:// handler). Figures are
 * printed, never asserted.
 *
 * - A fresh browser per run; runs interleaved: trivial app, empty register, then each size.
 *   The empty register starts twice per run: with its first screen kept (its zero counts: a
 *   start not counted keeps it first) and with it removed, as a first start ever.
 * - Registers are seeded once through the e2e seeding hook (test/e2e/support/seed-entry.ts) into
 *   a persistent Chromium profile per size under out/bench-ui/profiles (gitignored), and reused.
 * - BENCH_QUICK=1: 1,000 incidents, 3 runs (CI runs it so the harness cannot rot).
 * - BENCH_ROWS_ONLY=1: only the start rows (trivial, empty, first rows per size, no keystrokes,
 *   no encrypted rows). The first rows are measured twice per run, interleaved: with the first
 *   screen kept outside IndexedDB (renderer/src/db/first-screen.ts; kept by the previous run),
 *   and with it removed before the page starts (what the first start after a restore, an
 *   erasure or any write that was not followed by a read sees), plus when the live first page
 *   was read from IndexedDB (the store's mark sentinelle:register-first-page).
 * - BENCH_KEYS_ONLY=1: only the keystroke rows at the largest size (typed while the register is
 *   read, typed once in memory, and the encrypted register typed after the unlock): no trivial
 *   app, no start rows. To compare two builds, alternate runs of each (`--renderer`) and pool the
 *   raw samples of out/bench-ui/last-results.json (bench/ui/pool-keys.ts).
 * - BENCH_RUNS, BENCH_SIZES (e.g. "1000,10000"; "0" = only the start rows), BENCH_ENCRYPTED=0 to
 *   skip the encrypted rows, BENCH_QUIET_MS (a key's list settled after this much quiet; 300),
 *   `--renderer <dir>` to measure another build (e.g. a copy of out/renderer before a change).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

import type { BrowserContext, Page, Response } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

import { bundleBrowserEntry } from '../../test/e2e/support/seed-register'
import {
  benchPort,
  chromiumPath,
  launchChromium,
  median,
  ms,
  n,
  p95,
  REGISTER_PASSPHRASE,
  serve
} from './bench-lib'
import { installProbe } from './page-probe'

const root = resolve(import.meta.dirname, '../..')
const cache = resolve(root, 'out/bench-ui')
const quick = process.env['BENCH_QUICK'] === '1'
const runs = Number(process.env['BENCH_RUNS'] ?? (quick ? 3 : 5))
const sizes = (process.env['BENCH_SIZES'] ?? (quick ? '1000' : '1000,10000,100000'))
  .split(',')
  .map(Number)
  .filter((size) => size > 0)
/** BENCH_SIZES=0: only the trivial app and the empty start (no register, no encrypted rows). */
const startOnly = sizes.length === 0
const rowsOnly = process.env['BENCH_ROWS_ONLY'] === '1'
const keysOnly = process.env['BENCH_KEYS_ONLY'] === '1'
const withEncryption = !startOnly && !rowsOnly && process.env['BENCH_ENCRYPTED'] !== '0'
/**
 * The largest register also seeded in transactions of GROWN_PER_TRANSACTION incidents, as a
 * register filled over time is written (BENCH_GROWN=0: not; never in the quick run). The other
 * profiles are written in one transaction, as a restore writes a register.
 */
const withGrown = !startOnly && !quick && !keysOnly && process.env['BENCH_GROWN'] !== '0'
const GROWN_PER_TRANSACTION = 10
/** localStorage key of the app's kept first screen (renderer/src/db/first-screen.ts). */
const FIRST_SCREEN_KEY = 'sentinelle.first-screen.sentinelle'
const rendererArg = process.argv.indexOf('--renderer')
const rendererDir = resolve(
  root,
  rendererArg > 0 ? (process.argv[rendererArg + 1] ?? '') : 'out/renderer'
)
/** Fixed ports: IndexedDB belongs to the origin, so a seeded profile needs the same one. */
const appPort = benchPort
const NOW = '2026-11-25T10:00:00.000Z'

const SELECTORS = {
  trivial: '[data-bench-ready]',
  firstRun: '[data-testid="first-run"]',
  /** The app's header (name, language): what "render the shell at once" draws first. */
  shell: 'header h1',
  rows: '[data-testid="register-scroll"] [role="listitem"] a',
  unlock: '[data-testid="unlock-secret"]',
  detail: '[data-testid="incident-detail"]'
}

/* ---------------------------------------------------------------------------------------- */
/* Serving and building                                                                      */

async function buildTrivialApp(): Promise<string> {
  const outDir = resolve(cache, 'trivial')
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, 'trivial'),
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true }
  })
  return outDir
}

/** The bench's seeding entry, bundled the way the e2e tests bundle theirs. */
function bundleSeeder(): Promise<string> {
  return bundleBrowserEntry(resolve(import.meta.dirname, 'seed-entry.ts'))
}

/* ---------------------------------------------------------------------------------------- */
/* Browser                                                                                   */

type Profile = { name: string; dir: string; port: number }

async function launch(
  profile: Profile,
  withoutFirstScreen = false
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchChromium(profile.dir, ['--enable-precise-memory-info'])
  const marks = {
    trivial: SELECTORS.trivial,
    firstRun: SELECTORS.firstRun,
    shell: SELECTORS.shell,
    rows: SELECTORS.rows,
    unlock: SELECTORS.unlock
  }
  // As source text: tsx (esbuild keepNames) wraps functions in a __name() helper the page lacks.
  await context.addInitScript({
    content: `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(marks)})`
  })
  // Before the app's scripts: the start without the first screen kept outside IndexedDB.
  if (withoutFirstScreen)
    await context.addInitScript({
      content: `try { localStorage.removeItem(${JSON.stringify(FIRST_SCREEN_KEY)}) } catch {}`
    })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => console.error(`  page error (${profile.name}): ${error.message}`))
  return { context, page }
}

async function markTime(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((mark) => window.__bench?.marks[mark]?.painted, name, {
    timeout: 180_000,
    polling: 50
  })
  return (await handle.jsonValue()) as number
}

type ScriptBytes = { raw: number; gzip: number; files: number }

/** Counts the JS the page fetched from its own origin until `stop()`. */
function countScripts(page: Page): () => Promise<ScriptBytes> {
  const bodies: Promise<Buffer | undefined>[] = []
  const listener = (response: Response): void => {
    if (response.request().resourceType() !== 'script') return
    bodies.push(response.body().catch(() => undefined))
  }
  page.on('response', listener)
  return async () => {
    page.off('response', listener)
    const files = (await Promise.all(bodies)).filter((b): b is Buffer => b !== undefined)
    return {
      raw: files.reduce((sum, b) => sum + b.length, 0),
      gzip: files.reduce((sum, b) => sum + gzipSync(b).length, 0),
      files: files.length
    }
  }
}

/* ---------------------------------------------------------------------------------------- */
/* Seeding (once per profile)                                                                */

function profileFor(name: string, port: number): Profile {
  return { name, dir: resolve(cache, 'profiles', name), port }
}

/**
 * `perTransaction`: the incidents written by each transaction of the seed; undefined, all of them
 * in one (what a restore writes, and how the registers of this bench were always seeded).
 */
async function ensureSeeded(
  profile: Profile,
  count: number,
  encrypted: boolean,
  seeder: () => Promise<string>,
  perTransaction?: number
): Promise<void> {
  const stamp = resolve(profile.dir, 'bench-seeded.json')
  if (existsSync(stamp)) {
    const seeded = JSON.parse(readFileSync(stamp, 'utf8')) as {
      count: number
      encrypted: boolean
      perTransaction?: number
    }
    if (
      seeded.count === count &&
      seeded.encrypted === encrypted &&
      seeded.perTransaction === perTransaction
    )
      return
  }
  rmSync(profile.dir, { recursive: true, force: true })
  mkdirSync(profile.dir, { recursive: true })
  const started = performance.now()
  const { context, page } = await launch(profile)
  try {
    await page.goto(`http://127.0.0.1:${profile.port}/`)
    await markTime(page, 'firstRun')
    if (count > 0) {
      await page.evaluate(await seeder())
      await page.evaluate(
        async ({ count, perTransaction, now }) => {
          const seed = (
            globalThis as unknown as {
              __sentinelleSeed: (o: {
                count: number
                seed: number
                now: string
              }) => Promise<unknown>
            }
          ).__sentinelleSeed
          // One generator seed per transaction: each call numbers on from the counters.
          for (let done = 0, chunk = 0; done < count; done += perTransaction, chunk++)
            await seed({ count: Math.min(perTransaction, count - done), seed: 12 + chunk, now })
        },
        { count, perTransaction: perTransaction ?? count, now: NOW }
      )
    }
    if (encrypted) {
      await page.evaluate(
        (passphrase) =>
          (
            globalThis as unknown as { __benchEncrypt: (p: string) => Promise<unknown> }
          ).__benchEncrypt(passphrase),
        REGISTER_PASSPHRASE
      )
    }
  } finally {
    await context.close()
  }
  writeFileSync(
    stamp,
    JSON.stringify({ count, encrypted, perTransaction, at: new Date().toISOString() })
  )
  console.log(
    `  seeded ${profile.name}: ${count.toLocaleString('en')} incidents${perTransaction ? `, ${perTransaction} per transaction` : ''}${encrypted ? ', encrypted' : ''} in ${((performance.now() - started) / 1000).toFixed(0)} s`
  )
}

/* ---------------------------------------------------------------------------------------- */
/* One run of each kind                                                                      */

type StartSample = { ms: number; shellMs?: number; js?: ScriptBytes }

async function startRun(
  profile: Profile,
  mark: string,
  withJs: boolean,
  withoutFirstScreen = false
): Promise<StartSample> {
  const { context, page } = await launch(profile, withoutFirstScreen)
  try {
    const stop = withJs ? countScripts(page) : undefined
    await page.goto(`http://127.0.0.1:${profile.port}/`)
    const ms = await markTime(page, mark)
    const shellMs = mark === 'firstRun' ? await markTime(page, 'shell') : undefined
    return { ms, shellMs, js: stop ? await stop() : undefined }
  } finally {
    await context.close()
  }
}

/** `late`: what changed in the region after the answer, when settled came later (page-probe). */
type KeySample = { answered: number; settled: number; late?: string[] }

type RegisterSample = {
  rowsMs: number
  /** When the live first page was read from IndexedDB (the store's mark), from navigation start. */
  liveMs: number
  /** Typed at once after the first rows: the register is still being read into memory. */
  keysEarly: KeySample[]
  /** Typed once the whole register is in memory (mark sentinelle:register-full). */
  keysLate: KeySample[]
  backMs: number
  /** When the whole register was in memory (the store's mark), from navigation start. */
  fullMs: number
  /** After a full GC: the page's main thread, and its dedicated Workers (the register engine). */
  heapBytes: number
  workerHeapBytes: number
}

const TYPED = 'ordinateur'
/**
 * Quiet time after which a key's list counts as settled (BENCH_QUIET_MS, 300 by default). The
 * register holds the engine's re-answers while the user types (renderer/src/db/register-store.ts
 * TYPING_PAUSE_MS = 500): a longer window (e.g. 1000) also sees the ones applied at the pause.
 */
const QUIET_MS = Number(process.env['BENCH_QUIET_MS'] ?? 300)

/** Start to first rows; then, on the same page, keystrokes, back-navigation and the heap. */
async function registerRun(
  profile: Profile,
  interact: boolean,
  withoutFirstScreen = false
): Promise<RegisterSample> {
  const { context, page } = await launch(profile, withoutFirstScreen)
  try {
    await page.goto(`http://127.0.0.1:${profile.port}/`)
    const rowsMs = await markTime(page, 'rows')
    const liveMark = await page.waitForFunction(
      () => performance.getEntriesByName('sentinelle:register-first-page')[0]?.startTime,
      undefined,
      { timeout: 180_000, polling: 50 }
    )
    const liveMs = (await liveMark.jsonValue()) as number
    if (!interact)
      return {
        rowsMs,
        liveMs,
        keysEarly: [],
        keysLate: [],
        backMs: NaN,
        fullMs: NaN,
        heapBytes: NaN,
        workerHeapBytes: NaN
      }
    return { rowsMs, liveMs, ...(await interactions(page)) }
  } finally {
    await context.close()
  }
}

/** Probe waits that did not end within PROBE_DEADLINE_MS (printed with the table). */
let probeTimeouts = 0
const PROBE_DEADLINE_MS = 30_000

/**
 * A probe's wait, or NaN after PROBE_DEADLINE_MS: the bench prints figures and must never hang
 * (CI once waited forever on one keystroke's answer); the samples lost are counted and printed.
 */
async function withinProbeDeadline(wait: Promise<number>): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      probeTimeouts++
      resolve(NaN)
    }, PROBE_DEADLINE_MS)
  })
  // The page's wait may still settle (or fail when its page closes) after the deadline.
  wait.catch(() => undefined)
  try {
    return await Promise.race([wait, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Types TYPED then erases it, one key at a time: keystroke → answer shown, → list settled. */
async function typeAndErase(page: Page): Promise<KeySample[]> {
  const search = page.getByTestId('register-search')
  await search.focus()
  const samples: KeySample[] = []
  const keys = [...TYPED, ...[...TYPED].map(() => 'Backspace')]
  for (const key of keys) {
    await page.evaluate(() =>
      window.__bench!.armSettle('section[aria-labelledby="register-title"]')
    )
    await page.keyboard.press(key)
    const answered = await withinProbeDeadline(page.evaluate(() => window.__bench!.answered()))
    const settled = Number.isNaN(answered)
      ? NaN
      : await withinProbeDeadline(
          page.evaluate((quiet) => window.__bench!.settled(quiet), QUIET_MS)
        )
    // What changed after the answer (page-probe lateChanges), kept with the raw samples.
    const late =
      settled - answered > 20 ? await page.evaluate(() => window.__bench!.lateChanges()) : []
    samples.push(late.length > 0 ? { answered, settled, late } : { answered, settled })
    // A key with no answer: the rest of this word would likely wait as long (CI must end).
    if (Number.isNaN(answered)) break
  }
  return samples
}

/** Resolves once the whole register is in memory (the store's mark), within 10 minutes. */
async function fullyLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('sentinelle:register-full').length > 0,
    undefined,
    { timeout: 600_000, polling: 200 }
  )
}

type HeapUsage = { main: number; workers: number }

/**
 * The JS heap after a full GC, of the page's main thread and of each dedicated Worker it runs
 * (attached through the page's CDP session, non-flat: one message each way per command).
 */
async function heapAfterGc(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    const sessions: string[] = []
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') sessions.push(event.sessionId)
    })
    const replies = new Map<string, (result: unknown) => void>()
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown }
      if (message.id !== undefined)
        replies.get(`${event.sessionId}:${message.id}`)?.(message.result)
    })
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false
    })
    await page.evaluate(() => new Promise((done) => setTimeout(done, 200)))
    let id = 0
    const send = (sessionId: string, method: string) =>
      new Promise<unknown>((resolve) => {
        const key = `${sessionId}:${++id}`
        replies.set(key, resolve)
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method })
        })
      })
    let workers = 0
    for (const sessionId of sessions) {
      await send(sessionId, 'HeapProfiler.collectGarbage')
      await send(sessionId, 'HeapProfiler.collectGarbage')
      const usage = (await send(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number }
      workers += usage.usedSize
    }
    return { main: usedSize, workers }
  } finally {
    await cdp.detach()
  }
}

async function interactions(page: Page): Promise<Omit<RegisterSample, 'rowsMs' | 'liveMs'>> {
  const keysEarly = await typeAndErase(page)
  await fullyLoaded(page)
  const fullMs = await page.evaluate(
    () => performance.getEntriesByName('sentinelle:register-full')[0]!.startTime
  )
  const keysLate = await typeAndErase(page)
  // Back to the register from an incident (history.back(), like the browser's back button).
  await page.locator(SELECTORS.rows).first().click()
  await page.locator(SELECTORS.detail).waitFor()
  const backMs = await page.evaluate(async (rows) => {
    // Shown, not only present: the register kept hidden while the incident was open has rows.
    const painted = window.__bench!.watchShown(rows)
    const start = performance.now()
    history.back()
    return (await painted) - start
  }, SELECTORS.rows)
  // The JS heap after a full GC, once the page is quiet.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 1000)))
  const heap = await heapAfterGc(page)
  return {
    keysEarly,
    keysLate,
    backMs,
    fullMs,
    heapBytes: heap.main,
    workerHeapBytes: heap.workers
  }
}

type UnlockSample = { unlockMs: number; keys: KeySample[] }

/** Unlock → first rows; then the search typed at once (the register still being read). */
async function unlockRun(profile: Profile): Promise<UnlockSample> {
  const { context, page } = await launch(profile)
  try {
    await page.goto(`http://127.0.0.1:${profile.port}/`)
    await markTime(page, 'unlock')
    await page.getByTestId('unlock-secret').fill(REGISTER_PASSPHRASE)
    await page.evaluate((rows) => window.__bench!.watchLater(rows), SELECTORS.rows)
    await page.keyboard.press('Enter')
    const unlockMs = await withinProbeDeadline(
      page.evaluate(async () => (await window.__bench!.later!) - window.__bench!.lastKeyAt!)
    )
    return { unlockMs, keys: await typeAndErase(page) }
  } finally {
    await context.close()
  }
}

/* ---------------------------------------------------------------------------------------- */
/* Statistics and the table                                                                  */

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`

type Row = {
  work: string
  runs: number
  median: string
  p95: string
  ratio: string
  goal: string
  holds: string
}
const verdict = (ok: boolean | undefined) => (ok === undefined ? '—' : ok ? 'yes' : '**no**')

type KeyResults = {
  early: KeySample[]
  late: KeySample[]
  fullMs: number[]
  unlock: Record<number, KeySample[]>
}

/** The table and the raw keystroke samples (to pool alternated runs of two builds: pool-keys.ts). */
function saveResults(rows: Row[], keys: KeyResults): void {
  writeFileSync(
    resolve(cache, 'last-results.json'),
    JSON.stringify({ at: new Date().toISOString(), renderer: rendererDir, runs, sizes, rows, keys })
  )
}

/** Adds a keystroke case's two rows (answer shown, list settled) to `rows`. */
function keyRowsInto(rows: Row[]): (work: string, samples: KeySample[]) => void {
  return (work, samples) => {
    const answered = samples.map((k) => k.answered).filter((v) => !Number.isNaN(v))
    const settled = samples.map((k) => k.settled).filter((v) => !Number.isNaN(v))
    rows.push({
      work: `${work}: keystroke → answer shown`,
      runs: answered.length,
      median: ms(median(answered)),
      p95: ms(p95(answered)),
      ratio: '',
      goal: 'p95 < 50 ms',
      holds: verdict(p95(answered) < 50)
    })
    rows.push({
      work: `${work}: keystroke → list settled (${QUIET_MS} ms quiet)`,
      runs: settled.length,
      median: ms(median(settled)),
      p95: ms(p95(settled)),
      ratio: '',
      goal: 'p95 < 50 ms',
      holds: verdict(p95(settled) < 50)
    })
  }
}

function printTable(rows: Row[]): void {
  console.log('\n| work | runs | median | p95 | ratio | goal | holds |')
  console.log('|---|---:|---:|---:|---:|---|---|')
  for (const r of rows)
    console.log(
      `| ${r.work} | ${r.runs} | ${r.median} | ${r.p95} | ${r.ratio} | ${r.goal} | ${r.holds} |`
    )
}

/* ---------------------------------------------------------------------------------------- */

async function main(): Promise<void> {
  if (!existsSync(resolve(rendererDir, 'index.html')))
    throw new Error(`${rendererDir}/index.html is missing: run npm run build first`)
  mkdirSync(cache, { recursive: true })
  const closeApp = await serve(rendererDir, appPort)
  const closeTrivial = keysOnly
    ? async () => undefined
    : await serve(await buildTrivialApp(), appPort + 1)
  const largest = Math.max(...sizes)
  console.log(
    `bench:ui ${quick ? '(quick) ' : ''}${rendererDir.replace(root + '/', '')} vs bench/ui/trivial, ${runs} runs, sizes ${sizes.map(n).join(' / ')}, Chromium ${chromiumPath}`
  )
  try {
    let seederCode: Promise<string> | undefined
    const seeder = () => (seederCode ??= bundleSeeder())
    const trivial = profileFor('trivial', appPort + 1)
    const empty = profileFor('empty', appPort)
    const registers = sizes.map((size) => ({ size, profile: profileFor(`r${size}`, appPort) }))
    const grown = withGrown ? profileFor(`g${largest}`, appPort) : undefined
    const encrypted = withEncryption
      ? sizes
          .filter((size) => !keysOnly || size === largest)
          .map((size) => ({ size, profile: profileFor(`enc${size}`, appPort) }))
      : []
    if (keysOnly) {
      const big = profileFor(`r${largest}`, appPort)
      await ensureSeeded(big, largest, false, seeder)
      for (const r of encrypted) await ensureSeeded(r.profile, r.size, true, seeder)
      const samples: RegisterSample[] = []
      const unlocked: UnlockSample[] = []
      for (let run = 0; run < runs; run++) {
        samples.push(await registerRun(big, true))
        for (const r of encrypted) unlocked.push(await unlockRun(r.profile))
        process.stdout.write(`  run ${run + 1}/${runs} done\n`)
      }
      const keys: KeyResults = {
        early: samples.flatMap((s) => s.keysEarly),
        late: samples.flatMap((s) => s.keysLate),
        fullMs: samples.map((s) => s.fullMs),
        unlock: { [largest]: unlocked.flatMap((u) => u.keys) }
      }
      const rows: Row[] = []
      const keyRows = keyRowsInto(rows)
      keyRows(`${n(largest)}, typed at the first rows (register still being read)`, keys.early)
      keyRows(`${n(largest)}, typed once the whole register is in memory`, keys.late)
      if (encrypted.length > 0)
        keyRows(
          `encrypted, ${n(largest)}, search typed at once after unlock`,
          keys.unlock[largest]!
        )
      printTable(rows)
      saveResults(rows, keys)
      return
    }
    // Each profile is its own IndexedDB; the trivial one only needs to exist.
    mkdirSync(trivial.dir, { recursive: true })
    await ensureSeeded(empty, 0, false, seeder)
    for (const r of registers) await ensureSeeded(r.profile, r.size, false, seeder)
    for (const r of encrypted) await ensureSeeded(r.profile, r.size, true, seeder)
    if (grown) await ensureSeeded(grown, largest, false, seeder, GROWN_PER_TRANSACTION)

    const trivialStarts: StartSample[] = []
    const emptyStarts: StartSample[] = []
    const emptyStartsWithout: StartSample[] = []
    const bySize = new Map<number, RegisterSample[]>(sizes.map((s) => [s, []]))
    const bySizeWithout = new Map<number, RegisterSample[]>(sizes.map((s) => [s, []]))
    const unlocks = new Map<number, UnlockSample[]>(sizes.map((s) => [s, []]))
    const grownStarts: RegisterSample[] = []
    // Rows only: one start per size first, not counted (it keeps the first screen, as any start
    // that read the register does), so that every counted "kept" run has one.
    if (rowsOnly) for (const r of registers) await registerRun(r.profile, false)
    if (grown) await registerRun(grown, false)
    // The same for the empty register (its zero counts are kept too): not counted, so that
    // every counted empty start has its kept first screen, as any start after the first has.
    await startRun(empty, 'firstRun', false)
    for (let run = 0; run < runs; run++) {
      trivialStarts.push(await startRun(trivial, 'trivial', true))
      emptyStarts.push(await startRun(empty, 'firstRun', true))
      emptyStartsWithout.push(await startRun(empty, 'firstRun', false, true))
      for (const r of registers) {
        bySize.get(r.size)!.push(await registerRun(r.profile, !rowsOnly && r.size === largest))
        bySizeWithout.get(r.size)!.push(await registerRun(r.profile, false, true))
      }
      if (grown) grownStarts.push(await registerRun(grown, false))
      for (const r of encrypted) unlocks.get(r.size)!.push(await unlockRun(r.profile))
      process.stdout.write(`  run ${run + 1}/${runs} done\n`)
    }

    const rows: Row[] = []
    const trivialMs = trivialStarts.map((s) => s.ms)
    const emptyMs = emptyStarts.map((s) => s.ms)
    const startRatio = median(emptyMs) / median(trivialMs)
    rows.push({
      work: 'trivial React 19 + Vite app: start → first screen painted',
      runs: trivialMs.length,
      median: ms(median(trivialMs)),
      p95: ms(p95(trivialMs)),
      ratio: '1×',
      goal: 'baseline',
      holds: '—'
    })
    rows.push({
      work: 'start, empty register → first screen painted',
      runs: emptyMs.length,
      median: ms(median(emptyMs)),
      p95: ms(p95(emptyMs)),
      ratio: `${startRatio.toFixed(2)}× trivial`,
      goal: '≤ 1.5× the trivial app',
      holds: verdict(startRatio <= 1.5)
    })
    const emptyWithoutMs = emptyStartsWithout.map((s) => s.ms)
    rows.push({
      work: 'start, empty register, first screen NOT kept (a first start) → first screen painted',
      runs: emptyWithoutMs.length,
      median: ms(median(emptyWithoutMs)),
      p95: ms(p95(emptyWithoutMs)),
      ratio: `${(median(emptyWithoutMs) / median(trivialMs)).toFixed(2)}× trivial`,
      goal: '(waits for the database open)',
      holds: '—'
    })
    const shellMs = emptyStarts.map((s) => s.shellMs!)
    rows.push({
      work: 'start, empty register → app shell painted (header: name, language)',
      runs: shellMs.length,
      median: ms(median(shellMs)),
      p95: ms(p95(shellMs)),
      ratio: `${(median(shellMs) / median(trivialMs)).toFixed(2)}× trivial`,
      goal: '(shell at once)',
      holds: '—'
    })
    for (const size of sizes) {
      const values = bySize.get(size)!.map((s) => s.rowsMs)
      const ratio = median(values) / median(emptyMs)
      const isGoal = size === largest
      rows.push({
        work: `start → first register rows, ${n(size)} incidents`,
        runs: values.length,
        median: ms(median(values)),
        p95: ms(p95(values)),
        ratio: `${ratio.toFixed(2)}× empty start`,
        goal: isGoal ? `≤ 1.2× the empty start (goal set at 100k)` : '(flat in size)',
        holds: isGoal ? verdict(ratio <= 1.2) : '—'
      })
      const live = bySize.get(size)!.map((s) => s.liveMs)
      rows.push({
        work: `  same starts: live first page read from IndexedDB, ${n(size)}`,
        runs: live.length,
        median: ms(median(live)),
        p95: ms(p95(live)),
        ratio: `${(median(live) / median(emptyMs)).toFixed(2)}× empty start`,
        goal: '(replaces the rows kept)',
        holds: '—'
      })
      const without = bySizeWithout.get(size)!.map((s) => s.rowsMs)
      const withoutRatio = median(without) / median(emptyMs)
      rows.push({
        work: `start → first register rows, ${n(size)}, first screen NOT kept (removed before the start)`,
        runs: without.length,
        median: ms(median(without)),
        p95: ms(p95(without)),
        ratio: `${withoutRatio.toFixed(2)}× empty start`,
        goal: '(after a write not yet followed by a read)',
        holds: '—'
      })
    }
    if (grown) {
      const values = grownStarts.map((s) => s.rowsMs)
      const ratio = median(values) / median(emptyMs)
      rows.push({
        work: `start → first register rows, ${n(largest)} written ${GROWN_PER_TRANSACTION} per transaction (a register grown over time)`,
        runs: values.length,
        median: ms(median(values)),
        p95: ms(p95(values)),
        ratio: `${ratio.toFixed(2)}× empty start`,
        goal: '(the same register, not written at once)',
        holds: '—'
      })
      const live = grownStarts.map((s) => s.liveMs)
      rows.push({
        work: `  same starts: live first page read from IndexedDB, ${n(largest)} written ${GROWN_PER_TRANSACTION} per transaction`,
        runs: live.length,
        median: ms(median(live)),
        p95: ms(p95(live)),
        ratio: `${(median(live) / median(emptyMs)).toFixed(2)}× empty start`,
        goal: '(replaces the rows kept)',
        holds: '—'
      })
    }
    if (rowsOnly) {
      printTable(rows)
      return
    }
    const big = bySize.get(largest) ?? []
    const keyRows = keyRowsInto(rows)
    keyRows(
      `${n(largest)}, typed at the first rows (register still being read)`,
      big.flatMap((s) => s.keysEarly)
    )
    keyRows(
      `${n(largest)}, typed once the whole register is in memory`,
      big.flatMap((s) => s.keysLate)
    )
    const back = big.map((s) => s.backMs)
    rows.push({
      work: `back to the register from an incident, ${n(largest)}`,
      runs: back.length,
      median: ms(median(back)),
      p95: ms(p95(back)),
      ratio: '',
      goal: '< 100 ms',
      holds: verdict(median(back) < 100)
    })
    const heap = big.map((s) => s.heapBytes / 2 ** 20)
    rows.push({
      work: `JS heap after GC, ${n(largest)}: page main thread`,
      runs: heap.length,
      median: `${median(heap).toFixed(0)} MB`,
      p95: `${p95(heap).toFixed(0)} MB`,
      ratio: '',
      goal: '< 100 MB',
      holds: verdict(median(heap) < 100)
    })
    const workerHeap = big.map((s) => s.workerHeapBytes / 2 ** 20)
    const total = big.map((s) => (s.heapBytes + s.workerHeapBytes) / 2 ** 20)
    rows.push({
      work: `JS heap after GC, ${n(largest)}: its Workers (register engine); main + Workers`,
      runs: workerHeap.length,
      median: `${median(workerHeap).toFixed(0)} MB; ${median(total).toFixed(0)} MB`,
      p95: `${p95(workerHeap).toFixed(0)} MB; ${p95(total).toFixed(0)} MB`,
      ratio: '',
      goal: '(moved off the main thread, not gone)',
      holds: '—'
    })
    const appJs = emptyStarts[0]!.js!
    const trivialJs = trivialStarts[0]!.js!
    rows.push({
      work: `JS loaded at start (${appJs.files} files; trivial app ${trivialJs.files})`,
      runs: 1,
      median: `${kb(appJs.gzip)} gzip (${kb(appJs.raw)} raw)`,
      p95: '',
      ratio: `${(appJs.gzip / trivialJs.gzip).toFixed(1)}× trivial (${kb(trivialJs.gzip)} gzip)`,
      goal: 'only what the first screen needs',
      holds: '—'
    })
    for (const { size } of encrypted) {
      const values = unlocks
        .get(size)!
        .map((u) => u.unlockMs)
        .filter((v) => !Number.isNaN(v))
      const ratio = median(values) / median(emptyMs)
      rows.push({
        work: `encrypted register: unlock (Enter) → first rows, ${n(size)}`,
        runs: values.length,
        median: ms(median(values)),
        p95: ms(p95(values)),
        ratio: `${ratio.toFixed(2)}× empty start`,
        goal: size >= 10_000 ? '< 1 s (issue 10)' : '',
        holds: size >= 10_000 ? verdict(median(values) < 1000) : '—'
      })
    }
    for (const { size } of encrypted)
      keyRows(
        `encrypted, ${n(size)}, search typed at once after unlock`,
        unlocks.get(size)!.flatMap((u) => u.keys)
      )
    // Start only: the register rows have no samples (NaN) and are left out.
    printTable(startOnly ? rows.filter((row) => !row.median.startsWith('NaN')) : rows)
    if (probeTimeouts > 0)
      console.log(
        `\n${probeTimeouts} probe wait(s) gave no answer within ${PROBE_DEADLINE_MS / 1000} s: those samples are left out of the rows above.`
      )
    saveResults(rows, {
      early: big.flatMap((s) => s.keysEarly),
      late: big.flatMap((s) => s.keysLate),
      fullMs: big.map((s) => s.fullMs),
      unlock: Object.fromEntries(
        encrypted.map(({ size }) => [size, unlocks.get(size)!.flatMap((u) => u.keys)])
      )
    })
  } finally {
    await closeApp()
    await closeTrivial()
  }
}

await main()
