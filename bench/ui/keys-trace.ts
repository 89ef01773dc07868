/**
 * A Chromium trace of the register's keystrokes (a tool, not a test): where a key's tail goes, on
 * the page's main thread and in the register Worker. Types the bench's word and erases it, like
 * bench-ui.ts, and prints per key the answer and settled times, then the tasks of at least
 * KEYS_TRACE_MIN_MS (4) that ran on each thread between the key and its list settled, with their
 * heaviest nested events (function calls by name, GC, style, layout...).
 *
 * `npx tsx bench/ui/keys-trace.ts [dir]` with KEYS_CASE=early (typed at the first rows, the
 * register still read; default), late (once the whole register is in memory) or unlock (an
 * encrypted register, typed at once after the unlock), TRACE_PROFILE=r100000 (or enc100000; a
 * copy is used). Run it under `unshare -n` like the bench (fixed port).
 *
 * Per key it also prints what changed in the register's region after the answer was shown (the
 * mutations that made "settled" later than "answered"), and with KEYS_RENDERS=1 the React
 * components rendered by each commit between the key and its list settled (page-probe's
 * stand-in for the DevTools hook; it costs time in the page, so the times are not comparable
 * with a run without it).
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Page } from '@playwright/test'

import { benchPort, launchChromium, REGISTER_PASSPHRASE, serve } from './bench-lib'
import { installProbe } from './page-probe'
import { startTrace, type TraceEvent } from './trace'

const root = resolve(import.meta.dirname, '../..')
const dir = resolve(root, process.argv[2] ?? 'out/renderer')
const mode = process.env['KEYS_CASE'] ?? 'early'
const minMs = Number(process.env['KEYS_TRACE_MIN_MS'] ?? 4)
const TYPED = process.env['KEYS_TYPED'] ?? 'ordinateur'
const ROWS = '[data-testid="register-scroll"] [role="listitem"] a'
const countRenders = process.env['KEYS_RENDERS'] === '1'

const closeServer = await serve(dir, benchPort)
const profile = '/tmp/keys-trace/profile'
rmSync(profile, { recursive: true, force: true })
cpSync(resolve(root, 'out/bench-ui/profiles', process.env['TRACE_PROFILE'] ?? 'r100000'), profile, {
  recursive: true
})
const context = await launchChromium(profile)
await context.addInitScript({
  content: `var __name = (f) => f;\n(${installProbe.toString()})({}, ${JSON.stringify({ countRenders })})`
})
const page = context.pages()[0] ?? (await context.newPage())
page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
await page.goto(`http://127.0.0.1:${benchPort}/`)
if (mode === 'unlock') {
  await page.getByTestId('unlock-secret').fill(REGISTER_PASSPHRASE)
  await page.keyboard.press('Enter')
}
await page.locator(ROWS).first().waitFor({ timeout: 180_000 })
// Like bench-ui.ts: typed once the live first page is read (the database open), not at the
// first screen kept, whose first key waits for the open itself (seconds at 100k).
if (mode === 'early')
  await page.waitForFunction(
    () => performance.getEntriesByName('sentinelle:register-first-page').length > 0,
    undefined,
    { timeout: 180_000, polling: 50 }
  )
if (mode === 'late')
  await page.waitForFunction(
    () => performance.getEntriesByName('sentinelle:register-full').length > 0,
    undefined,
    { timeout: 600_000, polling: 200 }
  )
const cdp = await context.newCDPSession(page)
const trace = await startTrace(
  cdp,
  'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,__metadata'
)
const keys = await typeAndErase(page)
await page.waitForTimeout(200)
const events = await trace.stop()
// KEYS_DUMP=<file>: the trace events and the key samples, for a closer look.
if (process.env['KEYS_DUMP']) writeFileSync(process.env['KEYS_DUMP'], JSON.stringify(events))
await context.close()
await closeServer()

type KeyTrace = {
  answered: number
  settled: number
  late: string[]
  renders: { at: number; components: string[] }[]
}

async function typeAndErase(target: Page): Promise<KeyTrace[]> {
  await target.getByTestId('register-search').focus()
  const samples: KeyTrace[] = []
  for (const key of [...TYPED, ...[...TYPED].map(() => 'Backspace')]) {
    await target.evaluate(() => {
      window.__bench!.armSettle('section[aria-labelledby="register-title"]')
      window.__bench!.takeRenders()
    })
    await target.keyboard.press(key)
    const answered = await target.evaluate(() => window.__bench!.answered())
    const settled = await target.evaluate(() => window.__bench!.settled(300))
    const late = await target.evaluate(() => window.__bench!.lateChanges())
    const renders = await target.evaluate(() => window.__bench!.takeRenders())
    samples.push({ answered, settled, late, renders })
  }
  return samples
}

// Threads by name: the page's main thread and the register Worker.
const threadName = new Map<string, string>()
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name')
    threadName.set(`${e.pid}:${e.tid}`, String(e.args?.['name'] ?? ''))
const keydowns = events
  .filter((e) => e.name === 'EventDispatch' && e.args?.data?.['type'] === 'keydown')
  .sort((a, b) => a.ts - b.ts)
const mainKey = keydowns[0] ? `${keydowns[0].pid}:${keydowns[0].tid}` : ''
const threads = [...threadName].filter(
  ([key, name]) =>
    key === mainKey || (key.startsWith(`${mainKey.split(':')[0]}:`) && /Worker/i.test(name))
)
const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined)
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

function label(e: TraceEvent): string {
  const data = e.args?.data ?? {}
  const fn = data['functionName'] ? String(data['functionName']) : ''
  const url = data['url'] ? String(data['url']).replace(/^.*\//, '') : ''
  const line = data['lineNumber'] !== undefined ? `:${String(data['lineNumber'])}` : ''
  const type = data['type'] ? String(data['type']) : ''
  return [e.name, fn, url ? `${url}${line}` : '', type].filter(Boolean).join(' ')
}

console.log(`keys-trace ${mode}, ${dir.replace(root + '/', '')}, tasks ≥ ${minMs} ms`)
/** Per key, the CPU (thread time) of every task of a thread from the key to its list settled. */
const cpuPerKey = new Map<string, number[]>()
keys.forEach((sample, i) => {
  const at = keydowns[i]?.ts
  if (at === undefined) return
  const end = at + sample.settled * 1000
  // The Worker's threads summed (a dedicated Worker may show more than one thread).
  const sums = new Map<string, number>([
    ['main', 0],
    ['Worker', 0]
  ])
  for (const [thread, name] of threads) {
    const [pid, tid] = thread.split(':').map(Number)
    const cpu = complete
      .filter((e) => e.pid === pid && e.tid === tid && TASK.has(e.name))
      .filter((e) => e.ts < end && e.ts + e.dur! > at)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur!) / 1000, 0)
    const label = /Worker/i.test(name) ? 'Worker' : 'main'
    sums.set(label, sums.get(label)! + cpu)
  }
  for (const [label, cpu] of sums) cpuPerKey.set(label, [...(cpuPerKey.get(label) ?? []), cpu])
})
keys.forEach((sample, i) => {
  const at = keydowns[i]?.ts
  const key = i < TYPED.length ? TYPED[i] : '⌫'
  console.log(
    `\nkey ${String(i + 1).padStart(2)} ${key}: answered ${sample.answered.toFixed(0)} ms, settled ${sample.settled.toFixed(0)} ms`
  )
  for (const change of sample.late) console.log(`  after the answer, ${change}`)
  for (const commit of sample.renders) {
    const names = new Map<string, number>()
    for (const c of commit.components) names.set(c, (names.get(c) ?? 0) + 1)
    const list = [...names].map(([c, k]) => (k > 1 ? `${c}×${k}` : c)).join(' ')
    console.log(
      `  commit at ${commit.at.toFixed(0)} ms: ${commit.components.length} components: ${list}`
    )
  }
  if (at === undefined) return
  const end = at + (sample.settled + 20) * 1000
  for (const [thread, name] of threads) {
    const [pid, tid] = thread.split(':').map(Number)
    const mine = complete.filter((e) => e.pid === pid && e.tid === tid)
    const tasks = mine.filter(
      (e) => TASK.has(e.name) && e.ts < end && e.ts + e.dur! > at - 30_000 && e.dur! >= minMs * 1000
    )
    for (const task of tasks) {
      const inner = mine
        .filter(
          (e) => e !== task && !TASK.has(e.name) && e.ts >= task.ts && e.ts < task.ts + task.dur!
        )
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 5)
      console.log(
        `  ${name.slice(0, 14).padEnd(14)} ${((task.ts - at) / 1000).toFixed(0).padStart(5)} ms +${(task.dur! / 1000).toFixed(1).padStart(5)} (cpu ${((task.tdur ?? NaN) / 1000).toFixed(1)}): ${inner.map((e) => `${label(e)} ${(e.dur! / 1000).toFixed(1)}`).join(' | ')}`
      )
    }
  }
})
// The Worker's query tasks (a message from the page), in thread time: what load does not inflate.
const workerThreads = threads.filter(([, name]) => /Worker/i.test(name)).map(([key]) => key)
const queries = complete.filter(
  (e) =>
    TASK.has(e.name) &&
    workerThreads.includes(`${e.pid}:${e.tid}`) &&
    complete.some(
      (inner) =>
        inner.name === 'HandlePostMessage' &&
        inner.pid === e.pid &&
        inner.tid === e.tid &&
        inner.ts >= e.ts &&
        inner.ts < e.ts + e.dur!
    )
)
const cpu = queries.map((e) => (e.tdur ?? e.dur!) / 1000).sort((a, b) => a - b)
if (cpu.length > 0)
  console.log(
    `\nWorker message tasks (queries): ${cpu.length}, thread time median ${cpu[Math.floor(cpu.length / 2)]!.toFixed(1)} ms, max ${cpu[cpu.length - 1]!.toFixed(1)} ms`
  )
// The main thread's CPU per key by kind of task: the key's own events (and the render they
// run), the Worker's answer arriving (its render), the frames (style, layout, paint), GC, the
// rest (IndexedDB callbacks, timers, the probe's own evaluations).
const kinds = ['key events', 'answer message', 'frame', 'GC', 'other'] as const
function kindOf(inner: TraceEvent[]): (typeof kinds)[number] {
  const names = new Set(inner.map((e) => e.name))
  if (names.has('EventDispatch')) return 'key events'
  if (names.has('HandlePostMessage')) return 'answer message'
  if (['Paint', 'Commit', 'PrePaint', 'Layerize', 'UpdateLayoutTree'].some((n) => names.has(n)))
    return 'frame'
  if (names.has('MinorGC') || names.has('MajorGC')) return 'GC'
  return 'other'
}
const mainThread = threads.find(([, name]) => !/Worker/i.test(name))?.[0]
if (mainThread !== undefined) {
  const [pid, tid] = mainThread.split(':').map(Number)
  const mine = complete.filter((e) => e.pid === pid && e.tid === tid)
  const perKind = new Map<string, number[]>(kinds.map((k) => [k, []]))
  keys.forEach((sample, i) => {
    const at = keydowns[i]?.ts
    if (at === undefined) return
    const end = at + sample.settled * 1000
    const sums = new Map<string, number>(kinds.map((k) => [k, 0]))
    for (const task of mine.filter((e) => TASK.has(e.name) && e.ts < end && e.ts + e.dur! > at)) {
      const inner = mine.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur! && !TASK.has(e.name)
      )
      const kind = kindOf(inner)
      sums.set(kind, sums.get(kind)! + (task.tdur ?? task.dur!) / 1000)
    }
    for (const [kind, cpu] of sums) perKind.get(kind)!.push(cpu)
  })
  const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0
  const total = (values: number[]) => values.reduce((a, b) => a + b, 0)
  console.log(
    `main thread CPU per key by task (median; total): ${[...perKind]
      .map(([kind, v]) => `${kind} ${medianOf(v).toFixed(1)}; ${total(v).toFixed(0)} ms`)
      .join(' | ')}`
  )
}
for (const [thread, values] of cpuPerKey) {
  const s = [...values].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1)
  console.log(
    `CPU per key, key to list settled, ${thread} thread: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms, total ${s.reduce((a, b) => a + b, 0).toFixed(0)} ms`
  )
}
const pick = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  return `median ${s[Math.floor(s.length / 2)]!.toFixed(0)}, max ${s[s.length - 1]!.toFixed(0)}`
}
console.log(
  `\nanswered ${pick(keys.map((k) => k.answered))}; settled ${pick(keys.map((k) => k.settled))}`
)
