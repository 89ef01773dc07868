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
 * What the raw baseline includes: only the write (the goal's baseline, the faster of its two
 * forms). It reads no file: the rows are already in memory in their stored form. A second raw row
 * reads every entry of the file and JSON.parses its tables first (no checksum, schema or
 * decryption), the least any restore of this format must do. Each step starts after a gc(), and
 * the CPU time of all Chromium processes is printed beside the wall times (chromiumCpuMs).
 *
 * - BENCH_QUICK=1: 1,000 incidents, 3 runs (well under a minute).
 * - BENCH_SIZES (e.g. "1000,10000"; BENCH_RESTORE_SIZE still read; default 100,000), BENCH_RUNS
 *   (default 5), BENCH_ENCRYPTED=0 to skip the encrypted register (=only: only it),
 *   BENCH_RAW_ALL_RUNS (runs with the every-request-at-once raw write; default all, 1 above
 *   10,000 incidents), BENCH_RAW_FROM_FILE=0 (no raw write from the file: shortens a 100k run).
 * - BENCH_BASELINE=<dir>: another source tree (e.g. `git archive <commit> | tar -x -C <dir>`);
 *   its renderer/ and shared/ code restores the same backup too, interleaved in the same page, so
 *   a before/after ratio comes from one run.
 * - BENCH_PROFILE=<file>: one restore after the warm-up runs under the CDP profiler; the profile
 *   goes to the file (open it in Chromium's DevTools) and the top functions by self time print.
 * - BENCH_MEMORY=1: peak memory only. The backup file is kept in IndexedDB and each restore runs
 *   in a fresh page (its own renderer process, holding nothing else: no raw rows, no earlier
 *   restore's heap), current and baseline alternating; prints each one's renderer and browser
 *   peak resident set (VmHWM) and times. In the timed mode the page holds the raw write's rows
 *   and the heaps of the steps before, which hides most of a restore's own peak.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import type { Page } from '@playwright/test'

import { bundleBrowserEntry } from '../../test/e2e/support/seed-register'
import {
  bundleBaseline,
  launchChromium,
  median,
  ms,
  n,
  p95,
  peakMemoryDuring,
  serve
} from './bench-lib'
import type { RestoreBenchApi } from './restore-entry'

const root = resolve(import.meta.dirname, '../..')
const quick = process.env['BENCH_QUICK'] === '1'
const runs = Number(process.env['BENCH_RUNS'] ?? (quick ? 3 : 5))
const sizes = (
  process.env['BENCH_SIZES'] ??
  process.env['BENCH_RESTORE_SIZE'] ??
  (quick ? '1000' : '100000')
)
  .split(',')
  .map(Number)
/** BENCH_ENCRYPTED=0: the clear register only; =only: the encrypted one only. */
const registerKinds =
  process.env['BENCH_ENCRYPTED'] === '0'
    ? [false]
    : process.env['BENCH_ENCRYPTED'] === 'only'
      ? [true]
      : [false, true]
/** Another source tree (e.g. `git worktree`/`git archive` of an older commit): its app code restores too, interleaved. */
const baselineDir = process.env['BENCH_BASELINE']
  ? resolve(process.env['BENCH_BASELINE'])
  : undefined
/** Writes a CPU profile of one restore (after the warm-up) to this file and prints where the time goes. */
const profileFile = process.env['BENCH_PROFILE']
const rendererDir = resolve(root, 'out/renderer')
const port = Number(process.env['BENCH_RESTORE_PORT'] ?? 47_399)
const ORIGIN = `http://127.0.0.1:${port}`
const PASSPHRASE = 'banc d’essai de la restauration'
const NOW = '2026-11-25T10:00:00.000Z'
const GOAL = 1.1

declare global {
  interface Window {
    __benchRestore?: RestoreBenchApi
    __benchRestoreBaseline?: RestoreBenchApi
  }
}

/**
 * CPU time (user + system, ms) of every process of the Chromium running on this profile: the
 * browser (IndexedDB's LevelDB writes), the page's renderer (parsing, checks, serialisation),
 * WebCrypto's threads. On a loaded machine wall time stretches with the other processes' work;
 * CPU time mostly does not, so it compares two codes more steadily (Linux /proc, 100 ticks/s).
 */
function chromiumCpuMs(profileDir: string): number {
  let ticks = 0
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir)) continue
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticks * 10
}

/** CPU ms of each timed step, by step. */
type CpuSample = { restore: number; raw: number; rawFile: number; baseline?: number }

type Sample = {
  cpu: CpuSample
  checkMs: number
  writeMs: number
  rawMs: number
  rawAllMs?: number
  /** The pipelined raw write after reading and JSON.parse-ing the file (no checks). */
  rawFileMs?: number
  baseCheckMs?: number
  baseWriteMs?: number
  /** The page's renderer process: peak resident set during the restore, and its size before. */
  peak: { restore: number; restoreFrom: number; baseline?: number; baselineFrom?: number }
}

async function openPage(profileDir: string): Promise<{ page: Page; close: () => Promise<void> }> {
  // gc() between steps: each step starts with the garbage of the one before collected (without
  // it, an A/A run, the same code in both slots, put one slot's check phase at 2× the other's).
  const context = await launchChromium(profileDir, ['--js-flags=--expose-gc'])
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`))
  await page.goto(`${ORIGIN}/`)
  await page.locator('[data-testid="first-run"]').waitFor({ timeout: 120_000 })
  return { page, close: () => context.close() }
}

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

/** One restore under the CDP profiler: the profile to a file, and the top functions by self time. */
async function profileOneRestore(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const restored = await page.evaluate(() => window.__benchRestore!.restoreRun())
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  }
  writeFileSync(file, JSON.stringify(profile))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]! / 1000)
  )
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + (self.get(node.id) ?? 0))
  }
  console.log(
    `  profiled restore: check ${ms(restored.checkMs)}, write ${ms(restored.writeMs)} → ${file}; self time:`
  )
  for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`    ${ms(time).padStart(9)}  ${name}`)
}

async function measure(
  page: Page,
  profileDir: string,
  size: number,
  encrypted: boolean
): Promise<Sample[]> {
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
  if (baselineDir) {
    const base = await page.evaluate(() => {
      window.__benchRestoreBaseline!.adoptBackup(window.__benchRestore!.sharedBackup())
      return window.__benchRestoreBaseline!.restoreRun()
    })
    console.log(
      `  warm-up restore (baseline): ${n(base.rows)} rows; check ${ms(base.checkMs)}, write ${ms(base.writeMs)}`
    )
  }
  if (profileFile) await profileOneRestore(page, profileFile)
  /** BENCH_RAW_FROM_FILE=0: no raw write from the file (a 100k encrypted run is long enough). */
  const rawFromFile = process.env['BENCH_RAW_FROM_FILE'] !== '0'
  /** Sending every request at once is slow at 100k (minutes): measured in the first run only. */
  const rawAllRuns = Number(process.env['BENCH_RAW_ALL_RUNS'] ?? (size > 10_000 ? 1 : runs))
  const samples: Sample[] = []
  const raw = async (mode: 'all' | 'pipelined' | 'from-file') =>
    (await page.evaluate((m) => window.__benchRestore!.rawRun(m), mode)).writeMs
  for (let run = 0; run < runs; run++) {
    // The order rotates from run to run, so that a slow spell of the machine hits each in turn.
    const steps = [
      async (s: Partial<Sample>) => {
        const memory = await peakMemoryDuring(profileDir, async () => {
          const restored = await page.evaluate(() => window.__benchRestore!.restoreRun())
          s.checkMs = restored.checkMs
          s.writeMs = restored.writeMs
        })
        s.peak = {
          ...s.peak,
          restore: memory.rendererPeak,
          restoreFrom: memory.rendererBefore
        }
      },
      async (s: Partial<Sample>) => {
        s.rawMs = await raw('pipelined')
      },
      async (s: Partial<Sample>) => {
        if (run < rawAllRuns) s.rawAllMs = await raw('all')
      },
      async (s: Partial<Sample>) => {
        if (rawFromFile) s.rawFileMs = await raw('from-file')
      },
      async (s: Partial<Sample>) => {
        if (!baselineDir) return
        const memory = await peakMemoryDuring(profileDir, async () => {
          const restored = await page.evaluate(() => window.__benchRestoreBaseline!.restoreRun())
          s.baseCheckMs = restored.checkMs
          s.baseWriteMs = restored.writeMs
        })
        s.peak = {
          restore: 0,
          restoreFrom: 0,
          ...s.peak,
          baseline: memory.rendererPeak,
          baselineFrom: memory.rendererBefore
        }
      }
    ]
    const sample: Partial<Sample> = {}
    const cpu: Partial<CpuSample>[] = []
    for (let i = 0; i < steps.length; i++) {
      await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.())
      const step = (run + i) % steps.length
      const before = chromiumCpuMs(profileDir)
      await steps[step]!(sample)
      const used = chromiumCpuMs(profileDir) - before
      const name = (['restore', 'raw', undefined, 'rawFile', 'baseline'] as const)[step]
      if (name && (name !== 'baseline' || baselineDir) && (name !== 'rawFile' || rawFromFile))
        cpu.push({ [name]: used })
    }
    sample.cpu = Object.assign({}, ...cpu) as CpuSample
    const done = sample as Sample
    samples.push(done)
    console.log(
      `  run ${run + 1}/${runs}: check ${ms(done.checkMs)}, write ${ms(done.writeMs)}, raw pipelined ${ms(done.rawMs)}${done.rawFileMs === undefined ? '' : `, raw from the file ${ms(done.rawFileMs)}`}${done.rawAllMs === undefined ? '' : `, raw all at once ${ms(done.rawAllMs)}`}${done.baseCheckMs === undefined ? '' : `; baseline check ${ms(done.baseCheckMs)}, write ${ms(done.baseWriteMs!)}`}; renderer peak: restore ${mib(done.peak.restore)} (from ${mib(done.peak.restoreFrom)})${done.peak.baseline === undefined ? '' : `, baseline ${mib(done.peak.baseline)} (from ${mib(done.peak.baselineFrom!)})`}; CPU ${Object.entries(
        done.cpu
      )
        .map(([step, used]) => `${step} ${ms(used)}`)
        .join(', ')}; load ${loadavg()[0]!.toFixed(1)}`
    )
  }
  return samples
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MiB`

/* ---------------------------------------------------------------------------------------- */

function printTable(label: string, size: number, samples: Sample[]): void {
  const pipelined = samples.map((s) => s.rawMs)
  const all = samples.flatMap((s) => (s.rawAllMs === undefined ? [] : [s.rawAllMs]))
  const whole = samples.map((s) => s.checkMs + s.writeMs)
  const write = samples.map((s) => s.writeMs)
  // The goal's baseline: the faster of the two plain writes.
  const allFaster = all.length > 0 && median(all) < median(pipelined)
  const base = allFaster ? median(all) : median(pipelined)
  const fromFiles = samples.flatMap((s) => (s.rawFileMs === undefined ? [] : [s.rawFileMs]))
  const fromFile = median(fromFiles)
  const line = (work: string, values: number[], goal = '', holds = '—', against = base) =>
    console.log(
      `| ${work} | ${values.length} | ${ms(median(values))} | ${ms(p95(values))} | ${(median(values) / against).toFixed(2)}× ${against === base ? 'raw' : 'raw from the file'} | ${goal} | ${holds} |`
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
  if (fromFiles.length > 0)
    line(
      'raw write of the same rows after reading the file and JSON.parse of its tables (no checksum, schema or decryption), pipelined',
      fromFiles
    )
  line('restore, whole (check + write)', whole, `≤ ${GOAL}× raw`, verdict(whole))
  if (fromFiles.length > 0)
    line(
      'restore, whole, against the raw write from the file',
      whole,
      '',
      median(whole) / fromFile <= GOAL ? 'yes' : '**no**',
      fromFile
    )
  line(
    'restore, check phase (planRestore: every check, nothing written)',
    samples.map((s) => s.checkMs)
  )
  line('restore, write phase (applyRestore)', write, `≤ ${GOAL}× raw`, verdict(write))
  const cpuOf = (key: keyof CpuSample) =>
    samples.flatMap((s) => (s.cpu[key] === undefined ? [] : [s.cpu[key]]))
  const rawCpu = median(cpuOf('raw'))
  for (const [work, key] of [
    ['CPU time, all Chromium processes: raw write, pipelined', 'raw'],
    ['CPU time: raw write from the file (read + JSON.parse + write)', 'rawFile'],
    ['CPU time: restore, whole (check + write)', 'restore'],
    ['CPU time: baseline restore, whole', 'baseline']
  ] as const) {
    const values = cpuOf(key)
    if (values.length === 0) continue
    console.log(
      `| ${work} | ${values.length} | ${ms(median(values))} | ${ms(p95(values))} | ${(median(values) / rawCpu).toFixed(2)}× raw CPU | | — |`
    )
  }
  const baseCheck = samples.flatMap((s) => (s.baseCheckMs === undefined ? [] : [s.baseCheckMs]))
  if (baseCheck.length > 0) {
    const baseWrite = samples.map((s) => s.baseWriteMs!)
    line(
      `baseline ${baselineDir}: restore, whole`,
      samples.map((s) => s.baseCheckMs! + s.baseWriteMs!)
    )
    line('baseline: check phase', baseCheck)
    line('baseline: write phase', baseWrite)
  }
  const peaks = (key: 'restore' | 'baseline', from: 'restoreFrom' | 'baselineFrom') =>
    samples.flatMap((s) =>
      s.peak[key] === undefined ? [] : [{ peak: s.peak[key], from: s.peak[from]! }]
    )
  for (const [work, key, from] of [
    ['restore', 'restore', 'restoreFrom'],
    ['baseline restore', 'baseline', 'baselineFrom']
  ] as const) {
    const values = peaks(key, from)
    if (values.length === 0) continue
    console.log(
      `| renderer peak resident set (VmHWM) during the ${work} | ${values.length} | ${mib(median(values.map((v) => v.peak)))} | ${mib(p95(values.map((v) => v.peak)))} | +${mib(median(values.map((v) => v.peak - v.from)))} over before | | — |`
    )
  }
}

const memoryMode = process.env['BENCH_MEMORY'] === '1'

/** BENCH_MEMORY=1: each restore in a fresh page, its peak memory (see the header). */
async function measureMemory(
  profileDir: string,
  size: number,
  encrypted: boolean,
  entry: string,
  baselineEntry: string | undefined
): Promise<void> {
  const context = await launchChromium(profileDir, ['--js-flags=--expose-gc'])
  const load = async () => {
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`))
    await page.goto(`${ORIGIN}/`)
    await page.locator('[data-testid="first-run"]').waitFor({ timeout: 120_000 })
    if (baselineEntry) {
      await page.evaluate(baselineEntry)
      await page.evaluate(() => {
        window.__benchRestoreBaseline = window.__benchRestore
      })
    }
    await page.evaluate(entry)
    return page
  }
  try {
    for (const open of context.pages()) await open.close()
    const first = await load()
    const prepared = await first.evaluate(
      (options) => window.__benchRestore!.prepareBackup(options),
      {
        count: size,
        now: NOW,
        ...(encrypted ? { passphrase: PASSPHRASE } : {})
      }
    )
    await first.evaluate(() => window.__benchRestore!.keepBackupFile())
    await first.close()
    console.log(
      `  ${encrypted ? 'encrypted' : 'clear'} backup of ${n(size)} incidents: ${(prepared.bytes / 2 ** 20).toFixed(1)} MiB, made in ${ms(prepared.backupMs)}`
    )
    const variants = baselineEntry ? (['current', 'baseline'] as const) : (['current'] as const)
    const peaks: Record<string, number[]> = { current: [], baseline: [] }
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? [...variants] : [...variants].reverse()
      for (const variant of order) {
        const page = await load()
        try {
          await page.evaluate(async (baseline) => {
            await window.__benchRestore!.loadBackupFile()
            if (baseline)
              window.__benchRestoreBaseline!.adoptBackup(window.__benchRestore!.sharedBackup())
            ;(globalThis as { gc?: () => void }).gc?.()
          }, variant === 'baseline')
          let times = { checkMs: 0, writeMs: 0 }
          const memory = await peakMemoryDuring(profileDir, async () => {
            times = await page.evaluate(
              (baseline) =>
                (baseline ? window.__benchRestoreBaseline! : window.__benchRestore!).restoreRun({
                  keepRows: false
                }),
              variant === 'baseline'
            )
          })
          peaks[variant]!.push(memory.rendererPeak)
          console.log(
            `  run ${run + 1}/${runs} ${variant}: check ${ms(times.checkMs)}, write ${ms(times.writeMs)}; renderer peak ${mib(memory.rendererPeak)} (from ${mib(memory.rendererBefore)}), browser peak ${mib(memory.browserPeak)}; load ${loadavg()[0]!.toFixed(1)}`
          )
        } finally {
          await page.close()
        }
      }
    }
    for (const variant of variants)
      console.log(
        `${encrypted ? 'encrypted' : 'clear'} ${n(size)}, ${variant}: renderer peak median ${mib(median(peaks[variant]!))} (${peaks[variant]!.length} runs)`
      )
  } finally {
    await context.close()
  }
}

async function main(): Promise<void> {
  const entry = await bundleBrowserEntry(resolve(import.meta.dirname, 'restore-entry.ts'))
  const baselineEntry = baselineDir
    ? await bundleBaseline(baselineDir, resolve(import.meta.dirname, 'restore-entry.ts'))
    : undefined
  console.log(
    `bench:restore ${quick ? '(quick) ' : ''}${sizes.map(n).join(' / ')} incidents, ${runs} runs interleaved${baselineDir ? ` with the app code of ${baselineDir}` : ''}, Chromium, out/renderer`
  )
  const stop = await serve(rendererDir, port)
  try {
    for (const size of sizes) {
      for (const encrypted of registerKinds) {
        const profileDir = mkdtempSync(join(tmpdir(), 'sentinelle-restore-bench-'))
        if (memoryMode) {
          try {
            await measureMemory(profileDir, size, encrypted, entry, baselineEntry)
          } finally {
            rmSync(profileDir, { recursive: true, force: true })
          }
          continue
        }
        const { page, close } = await openPage(profileDir)
        try {
          if (baselineEntry) {
            await page.evaluate(baselineEntry)
            await page.evaluate(() => {
              window.__benchRestoreBaseline = window.__benchRestore
            })
          }
          await page.evaluate(entry)
          printTable(
            encrypted ? 'encrypted register' : 'clear register',
            size,
            await measure(page, profileDir, size, encrypted)
          )
        } finally {
          await close()
          rmSync(profileDir, { recursive: true, force: true })
        }
      }
    }
  } finally {
    await stop()
  }
}

await main()
