/**
 * What the browser benches and tools share (bench-ui.ts, restore-bench.ts, start-trace.ts,
 * idb-open-probe.ts, finish-migration.ts, seed-chunked.ts): serving a built renderer the way the
 * e2e tests serve it (test/e2e/support/app-server.ts: the app:// handler of
 * electron/main/serve-app.ts), launching headless Chromium with the e2e tests' flags on a
 * persistent profile, and the median / p95 of the printed tables. Figures are printed, never
 * asserted.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { chromium } from '@playwright/test'
import type { BrowserContext, Page } from '@playwright/test'
import { build, type Plugin, type Rollup } from 'vite'

import type { CloseServer } from '../../test/e2e/support/app-server'
import { listenLocal, serveBuiltRenderer } from '../../test/e2e/support/app-server'
import { chromiumArgs, chromiumPath } from '../../test/e2e/support/chromium'

export { chromiumPath }

/**
 * The port the benches serve on. Seeded profiles are tied to it: IndexedDB belongs to the origin,
 * so a profile seeded on one port is empty on another.
 */
export const benchPort = Number(process.env['BENCH_UI_PORT'] ?? 47_311)

/** The passphrase the encrypted profiles (enc1000...) are sealed with by bench-ui's seeding. */
export const REGISTER_PASSPHRASE = 'banc d’essai du registre chiffré'

/**
 * Serves `dir` (a built renderer) on 127.0.0.1:`port`, uncached unless `cacheAssets` (its hashed
 * /assets/ files). Resolves to a close function.
 */
export function serve(dir: string, port: number, cacheAssets = false): Promise<CloseServer> {
  return serveBuiltRenderer(dir, port, cacheAssets)
}

/** Serves one fixed HTML page at every path of 127.0.0.1:`port` (a probe page, no app code). */
export function serveHtml(html: string, port: number): Promise<CloseServer> {
  return listenLocal(port, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' })
    response.end(html)
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
    args: [...chromiumArgs, ...extraArgs]
  })
}

/**
 * A start of the build in `dir` on a fresh copy (`copy`) of a seeded profile (`source`), served
 * on the bench's port: the probes that compare builds interleaved start each run this way.
 */
export async function startOnProfileCopy(
  dir: string,
  source: string,
  copy: string
): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const closeServer = await serve(dir, benchPort)
  rmSync(copy, { recursive: true, force: true })
  cpSync(source, copy, { recursive: true })
  const context = await launchChromium(copy)
  const page = context.pages()[0] ?? (await context.newPage())
  const close = async () => {
    await context.close()
    await closeServer()
  }
  return { context, page, close }
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

/* ---------------------------------------------------------------------------------------- */
/* Before/after in one page                                                                  */

const root = resolve(import.meta.dirname, '../..')

/**
 * The baseline tree's app code (renderer/, shared/) bundled with THIS tree's bench `entry`: only
 * the code under test differs. The baseline tree borrows this tree's node_modules if it has none.
 */
export async function bundleBaseline(base: string, entry: string): Promise<string> {
  if (!existsSync(join(base, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'))
  const redirect: Plugin = {
    name: 'bench-baseline-app-code',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (!resolved) return null
      for (const dir of ['/renderer/', '/shared/']) {
        if (resolved.id.startsWith(root + dir))
          return { ...resolved, id: base + resolved.id.slice(root.length) }
      }
      return resolved
    }
  }
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [redirect],
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    // A browser bundle: library mode keeps `process.env.NODE_ENV`, which React reads (the
    // register store imports it, through the typing pause) and a page does not have.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      lib: {
        entry,
        formats: ['iife'],
        name: 'SentinelleBaselineEntry',
        fileName: 'entry'
      }
    }
  })
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[]
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk')
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('baseline bundle is empty')
  return chunk.code
}

/** The Chromium processes of this profile: the browser (its command line names the profile) and its children. */
export function chromiumProcesses(profileDir: string): { pid: number; type: string }[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n')
  const rows = lines.flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)
    return m ? [{ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }] : []
  })
  const browser = rows.find((r) => r.args.includes(profileDir) && !r.args.includes('--type='))
  if (!browser) throw new Error('bench: Chromium browser process not found')
  const out = [{ pid: browser.pid, type: 'browser' }]
  for (let i = 0; i < out.length; i++) {
    for (const r of rows.filter((row) => row.ppid === out[i]!.pid)) {
      out.push({ pid: r.pid, type: /--type=([a-z-]+)/.exec(r.args)?.[1] ?? 'other' })
    }
  }
  return out
}

/** A process's VmHWM (peak resident set since the last reset) or VmRSS, in bytes (Linux /proc). */
export const processMemory = (pid: number, field: 'VmHWM' | 'VmRSS'): number => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) * 1024 : 0
}

/**
 * Peak memory of a step: each Chromium process's peak resident set (VmHWM) is reset before it
 * (`echo 5 > /proc/<pid>/clear_refs`) and read after it. "renderer" is the page's process (where
 * the app's JS runs), "browser" the main process (where Blob bytes and IndexedDB live).
 */
export async function peakMemoryDuring(
  profileDir: string,
  run: () => Promise<void>
): Promise<{ rendererPeak: number; rendererBefore: number; browserPeak: number }> {
  const processes = chromiumProcesses(profileDir)
  const renderers = processes.filter((p) => p.type === 'renderer')
  const browser = processes.find((p) => p.type === 'browser')!
  for (const p of processes) writeFileSync(`/proc/${p.pid}/clear_refs`, '5')
  const rendererBefore = Math.max(...renderers.map((p) => processMemory(p.pid, 'VmRSS')))
  await run()
  return {
    rendererPeak: Math.max(...renderers.map((p) => processMemory(p.pid, 'VmHWM'))),
    rendererBefore,
    browserPeak: processMemory(browser.pid, 'VmHWM')
  }
}
