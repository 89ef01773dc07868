/**
 * Where an app start's time goes, without a profiler's overhead: loads built renderers N times
 * each, interleaved (fresh browser each), on a bench profile and prints, per run, the
 * performance marks (the app's `sentinelle:*` marks), the paint entries, when the scripts
 * finished loading, and the long tasks, all in ms from navigation start; then their medians per
 * renderer. A tool for tracing before cutting, not the bench (npm run bench:ui):
 * `npx tsx bench/ui/start-timeline.ts <profile> <selector> <runs> <renderer dir>...`
 * (profile: a directory under out/bench-ui/profiles, copied first: Chromium writes into it).
 */
import { cpSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

import { launchChromium, median, serve } from './bench-lib'
import { installProbe } from './page-probe'

const root = resolve(import.meta.dirname, '../..')
const [profileName = 'empty', selector = '[data-testid="first-run"]', runsArg = '5', ...dirs] =
  process.argv.slice(2)
const runs = Number(runsArg)
if (dirs.length === 0) dirs.push('out/renderer')
const port = Number(process.env['BENCH_UI_PORT'] ?? 47_311)
const samplesOf = new Map(dirs.map((dir) => [dir, new Map<string, number[]>()]))
for (let run = 0; run < runs; run++) {
  for (const dir of dirs) {
    const close = await serve(resolve(root, dir), port)
    const samples = samplesOf.get(dir)!
    const add = (name: string, value: number) =>
      samples.set(name, [...(samples.get(name) ?? []), value])
    const profile = `/tmp/start-timeline/${profileName}`
    rmSync(profile, { recursive: true, force: true })
    cpSync(resolve(root, 'out/bench-ui/profiles', profileName), profile, { recursive: true })
    const context = await launchChromium(profile)
    const page = context.pages()[0] ?? (await context.newPage())
    await context.addInitScript({
      content: `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify({ target: selector })});
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true });`
    })
    await page.goto(`http://127.0.0.1:${port}/`)
    const handle = await page.waitForFunction(
      () => window.__bench?.marks['target']?.painted,
      undefined,
      {
        timeout: 120_000,
        polling: 20
      }
    )
    const painted = (await handle.jsonValue()) as number
    const entries = await page.evaluate(() => ({
      marks: performance
        .getEntriesByType('mark')
        .map((e) => [e.name, Math.round(e.startTime)] as const),
      paints: performance
        .getEntriesByType('paint')
        .map((e) => [e.name, Math.round(e.startTime)] as const),
      scripts: performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            [
              e.name.replace(/^.*\//, ''),
              Math.round((e as PerformanceResourceTiming).responseEnd)
            ] as const
        ),
      longTasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks
    }))
    await context.close()
    add('target painted', painted)
    for (const [name, at] of [...entries.marks, ...entries.paints]) add(name, at)
    for (const [name, at] of entries.scripts) add(`loaded ${name.replace(/-[\w-]{8}\./, '.')}`, at)
    await close()
    console.log(
      `${dir} run ${run + 1}: painted ${painted.toFixed(0)} | ${[...entries.marks, ...entries.paints].map(([n, t]) => `${n.replace('sentinelle:', '')} ${t}`).join(', ')} | long tasks ${entries.longTasks.map(([s, d]) => `${s}+${d}`).join(' ')}`
    )
  }
}
for (const [dir, samples] of samplesOf) {
  console.log(`\n${dir}: medians (ms from navigation start):`)
  for (const [name, values] of [...samples].sort((a, b) => median(a[1]) - median(b[1])))
    console.log(`  ${median(values).toFixed(0).padStart(6)}  ${name}  (${values.length})`)
}
