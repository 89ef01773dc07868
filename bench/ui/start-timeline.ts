/**
 * Where an app start's time goes, without a profiler's overhead: starts each target N times,
 * interleaved (a fresh browser each), and prints per run the performance marks (the app's
 * `sentinelle:*` marks), the paint entries, the long tasks, and the renderer main thread's CPU
 * time until the target was painted (the thread time of its top-level tasks in a Chromium trace:
 * unlike wall time, it barely moves when other processes share the cores); then medians.
 * A tool for tracing before cutting, not the bench (npm run bench:ui):
 *   npx tsx bench/ui/start-timeline.ts <runs> <target>...
 * target = `<renderer dir>|<profile>|<css selector>` (profile: a directory under
 * out/bench-ui/profiles, copied first since Chromium writes into it), e.g.
 *   'out/renderer|empty|[data-testid="first-run"]'  'out/bench-ui/trivial|trivial|[data-bench-ready]'
 * START_CACHED=1: warm starts with compiled code cached, as the Electron app's `app://` scheme
 * does (privilege `codeCache`, electron/main/app-protocol.ts): the hashed /assets/ files are
 * served cacheable, each target keeps its own profile copy from run to run, and two starts per
 * target are made first, not counted (Chromium caches a script's compiled code from its second
 * load on, and uses it from the third).
 * The targets' order is reversed every other run: a start made right after another pays more
 * CPU (session 13, same two builds of the empty start, 10 to 29 pairs, load 7 to 16: the build
 * started second +9 ms on average, the same build started first -9 ms), which a fixed order
 * charges to one target. START_ORDER=fixed: the order given, at every run.
 */
import { cpSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

import { benchPort, launchChromium, median, serve } from './bench-lib'
import { installProbe } from './page-probe'
import { startTrace } from './trace'

const root = resolve(import.meta.dirname, '../..')
const [runsArg = '5', ...targets] = process.argv.slice(2)
const runs = Number(runsArg)
const port = benchPort

const cached = process.env['START_CACHED'] === '1'
// One scratch folder per process: two benches at once (in their own network namespaces) must
// not copy profiles over each other's.
const scratch = `/tmp/start-timeline/${process.pid}`
const warmUps = cached ? 2 : 0
const samplesOf = new Map(targets.map((target) => [target, new Map<string, number[]>()]))
const alternate = process.env['START_ORDER'] !== 'fixed'
for (let run = -warmUps; run < runs; run++) {
  // `index` stays the target's own (its cached profile copy), whatever the order of this run.
  const order = [...targets.entries()]
  if (alternate && run % 2 !== 0) order.reverse()
  for (const [index, target] of order) {
    const [dir = 'out/renderer', profileName = 'empty', selector = '[data-testid="first-run"]'] =
      target.split('|')
    const close = await serve(resolve(root, dir), port, cached)
    const samples = samplesOf.get(target)!
    // A warm-up start (START_CACHED) is not counted.
    const add = (name: string, value: number) => {
      if (run >= 0) samples.set(name, [...(samples.get(name) ?? []), value])
    }
    // Cached: one copy per target, kept from run to run (its HTTP and code caches).
    const profile = cached ? `${scratch}/${index}-${profileName}` : `${scratch}/${profileName}`
    if (!cached || run === -warmUps) {
      rmSync(profile, { recursive: true, force: true })
      cpSync(resolve(root, 'out/bench-ui/profiles', profileName), profile, { recursive: true })
    }
    const context = await launchChromium(profile)
    const page = context.pages()[0] ?? (await context.newPage())
    await context.addInitScript({
      content: `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify({ target: selector })});
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true });`
    })
    const cdp = await context.newCDPSession(page)
    const trace = await startTrace(
      cdp,
      'disabled-by-default-devtools.timeline,devtools.timeline,loading,blink.user_timing'
    )
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
      origin: performance.timeOrigin,
      marks: performance
        .getEntriesByType('mark')
        .map((e) => [e.name, Math.round(e.startTime)] as const),
      paints: performance
        .getEntriesByType('paint')
        .map((e) => [e.name, Math.round(e.startTime)] as const),
      longTasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
      resources: [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource')
      ].map((e) => {
        const r = e as PerformanceResourceTiming
        return [
          r.name.replace(/^.*\//, ''),
          Math.round(r.startTime),
          Math.round(r.responseEnd)
        ] as const
      })
    }))
    const events = await trace.stop()
    await context.close()
    await close()
    // The renderer's main thread: where our origin's document was committed.
    const commit = events.find(
      (e) =>
        e.name === 'navigationStart' &&
        String(e.args?.data?.['documentLoaderURL'] ?? '').startsWith(`http://127.0.0.1:${port}`)
    )
    const main = commit ?? events.find((e) => e.name === 'navigationStart')
    // Complete events on that thread from the navigation to the paint (nested ones included).
    const onMain = main
      ? events.filter(
          (e) =>
            e.pid === main.pid &&
            e.tid === main.tid &&
            e.ph === 'X' &&
            e.ts >= main.ts &&
            e.ts < main.ts + painted * 1000
        )
      : []
    const cpuMs = main
      ? onMain.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
      : NaN
    // TIMELINE_DETAIL=1: the main thread's CPU time by event name (nested events counted in each).
    if (process.env['TIMELINE_DETAIL'] === '1') {
      const byName = new Map<string, number>()
      for (const e of onMain) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000)
      for (const [name, cpu] of byName) if (cpu >= 2) add(`cpu ${name}`, cpu)
    }
    add('target painted', painted)
    add('main thread CPU until painted', cpuMs)
    for (const [name, at] of [...entries.marks, ...entries.paints]) add(name, at)
    // START_REQUESTS=1: each request's start and end (ms from navigation start), in order.
    if (process.env['START_REQUESTS'] === '1')
      console.log(
        `  requests: ${entries.resources.map(([name, start, end]) => `${name || '/'} ${start}→${end}`).join(', ')}`
      )
    console.log(
      `${dir} ${profileName} ${run < 0 ? 'warm-up' : `run ${run + 1}`}: painted ${painted.toFixed(0)}, main-thread CPU ${cpuMs.toFixed(0)} ms | ${[...entries.marks, ...entries.paints].map(([n, t]) => `${n.replace('sentinelle:', '')} ${t}`).join(', ')} | long tasks ${entries.longTasks.map(([s, d]) => `${s}+${d}`).join(' ')}`
    )
  }
}
rmSync(scratch, { recursive: true, force: true })
for (const [target, samples] of samplesOf) {
  console.log(`\n${target}: medians (ms; times from navigation start):`)
  for (const [name, values] of [...samples].sort((a, b) => median(a[1]) - median(b[1])))
    console.log(`  ${median(values).toFixed(0).padStart(6)}  ${name}  (${values.length})`)
}
