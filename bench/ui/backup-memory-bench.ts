/**
 * `npx tsx bench/ui/backup-memory-bench.ts`: peak memory and time of a register backup
 * (createBackup) and of a restore's checks (planRestore, no write) of an ENCRYPTED register, this
 * tree's code against a baseline tree's (BENCH_BASELINE=<dir>, e.g. `git archive <commit> | tar
 * -x -C <dir>`), interleaved in ONE page of the built renderer (out/renderer) on the same seeded
 * register, the order alternating run by run. Figures are printed, never asserted.
 *
 * Peak memory: each Chromium process's peak resident set (VmHWM), reset before each step
 * (`echo 5 > /proc/<pid>/clear_refs`), read after it; "renderer" is the page's process (where
 * the backup's JS runs), "browser" the main process (where Blob bytes are stored). A gc() runs
 * before each step. Also prints whether both codes wrote byte-identical files (same SHA-256).
 *
 * - BENCH_SIZES (default "10000"), BENCH_RUNS (default 2).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { bundleBrowserEntry } from '../../test/e2e/support/seed-register'
import { bundleBaseline, launchChromium, median, ms, n, peakMemoryDuring, serve } from './bench-lib'
import type { BackupMemoryApi } from './backup-memory-entry'

const root = resolve(import.meta.dirname, '../..')
const sizes = (process.env['BENCH_SIZES'] ?? '10000').split(',').map(Number)
const runs = Number(process.env['BENCH_RUNS'] ?? 2)
const baselineDir = process.env['BENCH_BASELINE']
  ? resolve(process.env['BENCH_BASELINE'])
  : undefined
const port = Number(process.env['BENCH_BACKUP_PORT'] ?? 47_401)
const PASSPHRASE = 'banc d’essai de la sauvegarde'
const NOW = '2026-11-30T10:00:00.000Z'
const MiB = 1024 * 1024

type Variant = 'current' | 'baseline'
type Step = { ms: number; rendererPeak: number; rendererBefore: number; browserPeak: number }

async function measured(profileDir: string, run: () => Promise<number>): Promise<Step> {
  let took = 0
  const peaks = await peakMemoryDuring(profileDir, async () => {
    took = await run()
  })
  return { ms: took, ...peaks }
}

const mib = (bytes: number) => `${Math.round(bytes / MiB).toLocaleString('en')} MiB`

async function main(): Promise<void> {
  const entryFile = resolve(import.meta.dirname, 'backup-memory-entry.ts')
  const entry = await bundleBrowserEntry(entryFile)
  const baseline = baselineDir ? await bundleBaseline(baselineDir, entryFile) : undefined
  const variants: Variant[] = baseline ? ['current', 'baseline'] : ['current']
  console.log(
    `bench:backup-memory encrypted ${sizes.map(n).join(' / ')} incidents, ${runs} runs interleaved${baselineDir ? `, baseline ${baselineDir}` : ''}; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`
  )
  const stop = await serve(resolve(root, 'out/renderer'), port)
  try {
    for (const size of sizes) {
      const profileDir = mkdtempSync(join(tmpdir(), 'sentinelle-backup-bench-'))
      const context = await launchChromium(profileDir, ['--js-flags=--expose-gc'])
      try {
        const page = context.pages()[0] ?? (await context.newPage())
        page.on('pageerror', (error) => console.error(`  page error: ${error.message}`))
        await page.goto(`http://127.0.0.1:${port}/`)
        await page.locator('[data-testid="first-run"]').waitFor({ timeout: 120_000 })
        if (baseline) {
          await page.evaluate(baseline)
          await page.evaluate(() => {
            const g = globalThis as unknown as Record<string, unknown>
            g['__benchBackupBaseline'] = g['__benchBackup']
          })
        }
        await page.evaluate(entry)
        const seeded = performance.now()
        await page.evaluate(
          (o) =>
            (globalThis as unknown as { __benchBackup: BackupMemoryApi }).__benchBackup.seed(o),
          { count: size, now: NOW, passphrase: PASSPHRASE }
        )
        console.log(
          `${n(size)} incidents seeded and encrypted in ${ms(performance.now() - seeded)}`
        )
        const results: Record<
          Variant,
          { backup: Step[]; check: Step[]; sha: Set<string>; bytes: number }
        > = {
          current: { backup: [], check: [], sha: new Set(), bytes: 0 },
          baseline: { backup: [], check: [], sha: new Set(), bytes: 0 }
        }
        const gc = () => page.evaluate(() => (globalThis as { gc?: () => void }).gc?.())
        for (let r = 0; r < runs; r++) {
          const order = r % 2 === 0 ? variants : [...variants].reverse()
          for (const variant of order) {
            const name = variant === 'current' ? '__benchBackup' : '__benchBackupBaseline'
            const api = (args: { name: string; op: 'backup' | 'check' | 'drop'; arg: string }) =>
              page.evaluate(async ({ name, op, arg }) => {
                const a = (globalThis as unknown as Record<string, BackupMemoryApi>)[name]!
                if (op === 'drop') return a.drop()
                return op === 'backup' ? a.backup(arg) : a.check(arg)
              }, args)
            await gc()
            let made: { ms: number; bytes: number; sha256: string } | undefined
            const backupStep = await measured(profileDir, async () => {
              made = (await api({ name, op: 'backup', arg: NOW })) as typeof made
              return made!.ms
            })
            results[variant].backup.push(backupStep)
            results[variant].sha.add(made!.sha256)
            results[variant].bytes = made!.bytes
            await gc()
            const checkStep = await measured(profileDir, async () => {
              const checked = (await api({ name, op: 'check', arg: PASSPHRASE })) as { ms: number }
              return checked.ms
            })
            results[variant].check.push(checkStep)
            await api({ name, op: 'drop', arg: '' })
            console.log(
              `  run ${r + 1} ${variant}: backup ${ms(backupStep.ms)}, renderer peak ${mib(backupStep.rendererPeak)} (from ${mib(backupStep.rendererBefore)}), browser peak ${mib(backupStep.browserPeak)}; restore checks ${ms(checkStep.ms)}, renderer peak ${mib(checkStep.rendererPeak)} (from ${mib(checkStep.rendererBefore)}), browser peak ${mib(checkStep.browserPeak)}; load ${loadavg()[0]!.toFixed(2)}`
            )
          }
        }
        for (const variant of variants) {
          const v = results[variant]
          const med = (steps: Step[], k: keyof Step) => median(steps.map((s) => s[k]))
          console.log(
            `${n(size)} ${variant}: file ${mib(v.bytes)}; backup median ${ms(med(v.backup, 'ms'))}, renderer peak ${mib(med(v.backup, 'rendererPeak'))} (+${mib(med(v.backup, 'rendererPeak') - med(v.backup, 'rendererBefore'))}); restore checks median ${ms(med(v.check, 'ms'))}, renderer peak ${mib(med(v.check, 'rendererPeak'))} (+${mib(med(v.check, 'rendererPeak') - med(v.check, 'rendererBefore'))})`
          )
        }
        if (baseline) {
          const same =
            results.current.sha.size === 1 &&
            [...results.current.sha][0] === [...results.baseline.sha][0] &&
            results.baseline.sha.size === 1
          console.log(
            `${n(size)}: files byte-identical (current vs baseline, every run): ${same ? 'yes' : 'NO'}`
          )
        }
      } finally {
        await context.close()
        rmSync(profileDir, { recursive: true, force: true })
      }
    }
  } finally {
    await stop()
  }
}

await main()
