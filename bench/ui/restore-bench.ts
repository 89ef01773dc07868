/**
 * `npm run bench:restore` (also run by `npm run bench`): issue 12's row "restore of 100k ≤ 1.1× a
 * raw IndexedDB bulk write", in headless Chromium on a page of the BUILT renderer (out/renderer,
 * served through the app:// handler electron/main/serve-app.ts). Figures are printed, never
 * asserted.
 *
 * In ONE page (bench/ui/restore-entry.ts, bundled and evaluated there like the e2e seeding hook):
 * a register of N incidents is seeded and backed up with the app's code; then, interleaved (the
 * order alternates), each run restores the backup into an empty database with the app's
 * planRestore + applyRestore (renderer/src/db/backup-store.ts), and writes the very rows that
 * restore wrote with plain IndexedDB `put` in one transaction into an empty database of the same
 * schema. A persistent profile (a temporary directory): an incognito context keeps IndexedDB in
 * memory, which would flatter both sides.
 *
 * - BENCH_QUICK=1: 1,000 incidents, 3 runs (well under a minute).
 * - BENCH_RESTORE_SIZE (default 100,000), BENCH_RUNS (default 5), BENCH_ENCRYPTED=0 to skip the
 *   encrypted register, BENCH_RAW_ALL_RUNS (runs with the every-request-at-once raw write;
 *   default all, 1 above 10,000 incidents).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'

import { APP_ORIGIN } from '../../electron/main/app-protocol'
import { serveAppRequest } from '../../electron/main/serve-app'
import { bundleBrowserEntry } from '../../test/e2e/support/seed-register'
import type { RestoreBenchApi } from './restore-entry'

const root = resolve(import.meta.dirname, '../..')
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const quick = process.env['BENCH_QUICK'] === '1'
const runs = Number(process.env['BENCH_RUNS'] ?? (quick ? 3 : 5))
const size = Number(process.env['BENCH_RESTORE_SIZE'] ?? (quick ? 1_000 : 100_000))
const withEncryption = process.env['BENCH_ENCRYPTED'] !== '0'
/** Sending every request at once is slow at 100k (minutes): measured in the first run only. */
const rawAllRuns = Number(process.env['BENCH_RAW_ALL_RUNS'] ?? (size > 10_000 ? 1 : runs))
const rendererDir = resolve(root, 'out/renderer')
/** Served by page.route, never listening: a localhost origin is a secure context (WebCrypto). */
const ORIGIN = 'http://127.0.0.1:47399'
const PASSPHRASE = 'banc d’essai de la restauration'
const NOW = '2026-11-25T10:00:00.000Z'
const GOAL = 1.1

declare global {
  interface Window {
    __benchRestore?: RestoreBenchApi
  }
}

type Sample = { checkMs: number; writeMs: number; rawMs: number; rawAllMs?: number }

async function openPage(profileDir: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
  })
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(new URL(route.request().url()).pathname, APP_ORIGIN)
    const served = await serveAppRequest(rendererDir, new Request(url))
    await route.fulfill({
      status: served.status,
      headers: Object.fromEntries(served.headers),
      body: Buffer.from(await served.arrayBuffer())
    })
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`))
  await page.goto(`${ORIGIN}/`)
  await page.locator('[data-testid="first-run"]').waitFor({ timeout: 120_000 })
  return { page, close: () => context.close() }
}

async function measure(page: Page, encrypted: boolean): Promise<Sample[]> {
  const prepared = await page.evaluate((options) => window.__benchRestore!.prepareBackup(options), {
    count: size,
    now: NOW,
    ...(encrypted ? { passphrase: PASSPHRASE } : {})
  })
  console.log(
    `  ${encrypted ? 'encrypted' : 'clear'} backup of ${n(size)} incidents: ${(prepared.bytes / 2 ** 20).toFixed(1)} MiB, made in ${ms(prepared.backupMs)}`
  )
  // One restore before the runs: it records the rows the raw write puts (and warms the code).
  const first = await page.evaluate(() => window.__benchRestore!.restoreRun())
  console.log(
    `  warm-up restore: ${n(first.rows)} rows; check ${ms(first.checkMs)}, write ${ms(first.writeMs)}`
  )
  const samples: Sample[] = []
  const restore = () => page.evaluate(() => window.__benchRestore!.restoreRun())
  const raw = async (mode: 'all' | 'pipelined') =>
    (await page.evaluate((m) => window.__benchRestore!.rawRun(m), mode)).writeMs
  for (let run = 0; run < runs; run++) {
    // The order rotates from run to run, so that a slow spell of the machine hits each in turn.
    const steps = [
      async (s: Partial<Sample>) => {
        const restored = await restore()
        s.checkMs = restored.checkMs
        s.writeMs = restored.writeMs
      },
      async (s: Partial<Sample>) => {
        s.rawMs = await raw('pipelined')
      },
      async (s: Partial<Sample>) => {
        if (run < rawAllRuns) s.rawAllMs = await raw('all')
      }
    ]
    const sample: Partial<Sample> = {}
    for (let i = 0; i < steps.length; i++) await steps[(run + i) % steps.length]!(sample)
    const done = sample as Sample
    samples.push(done)
    console.log(
      `  run ${run + 1}/${runs}: check ${ms(done.checkMs)}, write ${ms(done.writeMs)}, raw pipelined ${ms(done.rawMs)}${done.rawAllMs === undefined ? '' : `, raw all at once ${ms(done.rawAllMs)}`}`
    )
  }
  return samples
}

/* ---------------------------------------------------------------------------------------- */

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
const median = (values: number[]) => {
  const s = sorted(values)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
/** Nearest-rank 95th percentile (with 5 runs: the slowest). */
const p95 = (values: number[]) => sorted(values)[Math.max(0, Math.ceil(values.length * 0.95) - 1)]!
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`
const n = (count: number) => count.toLocaleString('en')

function printTable(label: string, samples: Sample[]): void {
  const pipelined = samples.map((s) => s.rawMs)
  const all = samples.flatMap((s) => (s.rawAllMs === undefined ? [] : [s.rawAllMs]))
  const whole = samples.map((s) => s.checkMs + s.writeMs)
  const write = samples.map((s) => s.writeMs)
  // The goal's baseline: the faster of the two plain writes.
  const allFaster = all.length > 0 && median(all) < median(pipelined)
  const base = allFaster ? median(all) : median(pipelined)
  const line = (work: string, values: number[], goal = '', holds = '—') =>
    console.log(
      `| ${work} | ${values.length} | ${ms(median(values))} | ${ms(p95(values))} | ${(median(values) / base).toFixed(2)}× raw | ${goal} | ${holds} |`
    )
  const verdict = (values: number[]) => (median(values) / base <= GOAL ? 'yes' : '**no**')
  console.log(
    `\n${label}, ${n(size)} incidents, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`
  )
  console.log('| work | runs | median | p95 | ratio | goal | holds |')
  console.log('|---|---:|---:|---:|---:|---|---|')
  line(
    'raw IndexedDB write of the same rows: put, one transaction, batches of 500 pipelined',
    pipelined,
    allFaster ? '' : 'baseline (faster raw)'
  )
  if (all.length > 0)
    line(
      'raw IndexedDB write of the same rows: put, one transaction, every request at once',
      all,
      allFaster ? 'baseline (faster raw)' : ''
    )
  line('restore, whole (check + write)', whole, `≤ ${GOAL}× raw`, verdict(whole))
  line(
    'restore, check phase (planRestore: every check, nothing written)',
    samples.map((s) => s.checkMs)
  )
  line('restore, write phase (applyRestore)', write, `≤ ${GOAL}× raw`, verdict(write))
}

async function main(): Promise<void> {
  const entry = await bundleBrowserEntry(resolve(import.meta.dirname, 'restore-entry.ts'))
  console.log(
    `bench:restore ${quick ? '(quick) ' : ''}${n(size)} incidents, ${runs} runs interleaved, Chromium ${chromiumPath}, out/renderer`
  )
  for (const encrypted of withEncryption ? [false, true] : [false]) {
    const profileDir = mkdtempSync(join(tmpdir(), 'sentinelle-restore-bench-'))
    const { page, close } = await openPage(profileDir)
    try {
      await page.evaluate(entry)
      printTable(
        encrypted ? 'encrypted register' : 'clear register',
        await measure(page, encrypted)
      )
    } finally {
      await close()
      rmSync(profileDir, { recursive: true, force: true })
    }
  }
}

await main()
