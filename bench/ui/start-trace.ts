/**
 * A Chromium trace of one start of the built renderer on an empty register (a profile the
 * bench seeded: out/bench-ui/profiles/empty; TRACE_PROFILE=r100000 and TRACE_SELECTOR=<css> for
 * another profile and the element that ends the start, e.g. the register's first row). Prints, per script/stylesheet, the main thread's
 * time in compile, evaluate, and parse; the style/layout/paint time; and the heaviest
 * functions by self time from a CPU profile. A tool, not a test: `npx tsx bench/ui/start-trace.ts [dir]`.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { benchPort, launchChromium, serve } from './bench-lib'
import { startTrace } from './trace'

const root = resolve(import.meta.dirname, '../..')
const dir = resolve(root, process.argv[2] ?? 'out/renderer')
const port = benchPort
const closeServer = await serve(dir, port)
// Per process: two traces at once must not copy a profile over each other's.
const profile = `/tmp/start-trace/${process.pid}`
rmSync(profile, { recursive: true, force: true })
cpSync(resolve(root, 'out/bench-ui/profiles', process.env['TRACE_PROFILE'] ?? 'empty'), profile, {
  recursive: true
})
const context = await launchChromium(profile)
const page = context.pages()[0] ?? (await context.newPage())
const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
await cdp.send('Profiler.start')
const trace = await startTrace(
  cdp,
  'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing,loading,blink,disabled-by-default-v8.compile'
)
await page.goto(`http://127.0.0.1:${port}/`)
await page
  .locator(process.env['TRACE_SELECTOR'] ?? '[data-testid="first-run"]')
  .first()
  .waitFor()
const firstRunAt = await page.evaluate(
  () =>
    new Promise<number>((ok) =>
      requestAnimationFrame(() => setTimeout(() => ok(performance.now())))
    )
)
// The first contentful paint: a dumped profile can be cut there (work before the first paint).
const firstPaintAt = await page.evaluate(
  () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime
)
await page.waitForTimeout(300)
const { profile: cpu } = await cdp.send('Profiler.stop')
const events = await trace.stop()
await context.close()
await closeServer()
rmSync(profile, { recursive: true, force: true })

// The renderer main thread: the thread of the first EvaluateScript of our origin.
const origin = `http://127.0.0.1:${port}/`
const navStart = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')
const evalEv = events.find(
  (e) => e.name === 'EvaluateScript' && String(e.args?.data?.['url'] ?? '').startsWith(origin)
)
const main = evalEv ? { pid: evalEv.pid, tid: evalEv.tid } : undefined
const onMain = events.filter(
  (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X'
)
const t0 = navStart?.ts ?? Math.min(...onMain.map((e) => e.ts))
console.log(`first screen painted at ${firstRunAt.toFixed(0)} ms (performance.now)`)
const byName = new Map<string, { n: number; ms: number }>()
for (const e of onMain) {
  const cur = byName.get(e.name) ?? { n: 0, ms: 0 }
  cur.n++
  cur.ms += (e.dur ?? 0) / 1000
  byName.set(e.name, cur)
}
console.log('\nmain thread, top-level event totals (ms, nested events counted in each):')
for (const [name, v] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 28))
  console.log(`  ${name.padEnd(36)} ${v.ms.toFixed(1).padStart(8)}  ×${v.n}`)
console.log('\ntimeline (ms from navigation start), events ≥ 3 ms:')
for (const e of onMain.filter((e) => (e.dur ?? 0) >= 3000).sort((a, b) => a.ts - b.ts))
  console.log(
    `  ${((e.ts - t0) / 1000).toFixed(0).padStart(6)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} ${String(e.args?.data?.['url'] ?? e.args?.data?.['functionName'] ?? e.args?.data?.['type'] ?? '').replace(origin, '')}`
  )
console.log('\nresources (ms from navigation start):')
for (const e of events.filter(
  (e) => e.name === 'ResourceSendRequest' || e.name === 'ResourceFinish'
))
  console.log(
    `  ${((e.ts - t0) / 1000).toFixed(0).padStart(6)} ${e.name} ${String(e.args?.data?.['url'] ?? e.args?.data?.['requestId'] ?? '').replace(origin, '')}`
  )
// CPU profile: self time per function and per URL (and the raw profile, for a source map).
if (process.env['TRACE_DUMP'])
  writeFileSync(
    process.env['TRACE_DUMP'],
    // navigationStartUs: the trace clock, which the CPU profile's timestamps share.
    JSON.stringify({ cpu, firstRunAt, firstPaintAt, navigationStartUs: navStart?.ts })
  )
const nodes = new Map(cpu.nodes.map((n) => [n.id, n]))
const self = new Map<number, number>()
const samples = cpu.samples ?? []
const deltas = cpu.timeDeltas ?? []
for (let i = 0; i < samples.length; i++)
  self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
const perFn = new Map<string, number>()
const perUrl = new Map<string, number>()
for (const [id, ms] of self) {
  const f = nodes.get(id)!.callFrame
  const key = `${f.functionName || '(anon)'} ${f.url.replace(origin, '')}:${f.lineNumber}:${f.columnNumber}`
  perFn.set(key, (perFn.get(key) ?? 0) + ms)
  const u = f.url.replace(origin, '') || f.functionName
  perUrl.set(u, (perUrl.get(u) ?? 0) + ms)
}
console.log('\nCPU self time per URL (ms):')
for (const [k, v] of [...perUrl].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`  ${v.toFixed(1).padStart(8)} ${k}`)
console.log('\nCPU self time per function (ms):')
for (const [k, v] of [...perFn].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`  ${v.toFixed(1).padStart(8)} ${k}`)
