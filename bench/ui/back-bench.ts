/**
 * Back to the register from an incident, alone (bench-ui's "back" row, without the rest of its
 * run): per build, interleaved, a fresh browser per run on a copy of a seeded profile. Each run
 * does what bench-ui does before its back: first rows, the search typed and erased (answers
 * waited for), the whole register in memory, the search typed and erased again, a click on the
 * first row, the incident shown; then `history.back()` until the first row is painted, traced.
 * Prints per run the wall time and the renderer main thread's CPU time between the two (thread
 * time of its top-level tasks; nested events by name with BACK_DETAIL=1), and medians.
 *   npx tsx bench/ui/back-bench.ts <runs> <renderer dir>...
 * BACK_PROFILE (a profile under out/bench-ui/profiles; r100000), BACK_TYPE=0 (no typing before),
 * BACK_CPUPROFILE=1 (a V8 CPU profile of the back: self time by function, sampled every 100 µs;
 * its overhead inflates the wall time).
 */
import { cpSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

import type { CDPSession, Page } from '@playwright/test'

import { benchPort, launchChromium, median, serve } from './bench-lib'
import { installProbe } from './page-probe'
import { startTrace } from './trace'
import type { TraceEvent } from './trace'

const root = resolve(import.meta.dirname, '../..')
const [runsArg = '3', ...dirs] = process.argv.slice(2)
const runs = Number(runsArg)
const profileName = process.env['BACK_PROFILE'] ?? 'r100000'
const typeFirst = process.env['BACK_TYPE'] !== '0'
const detail = process.env['BACK_DETAIL'] === '1'
const cpuProfile = process.env['BACK_CPUPROFILE'] === '1'
const scratch = `/tmp/back-bench/${process.pid}`
const ROWS = '[data-testid="register-scroll"] [role="listitem"] a'
const DETAIL = '[data-testid="incident-detail"]'
const TYPED = 'ordinateur'

async function typeAndErase(page: Page): Promise<void> {
  await page.getByTestId('register-search').focus()
  for (const key of [...TYPED, ...[...TYPED].map(() => 'Backspace')]) {
    await page.evaluate(() =>
      window.__bench!.armSettle('section[aria-labelledby="register-title"]')
    )
    await page.keyboard.press(key)
    await page.evaluate(() => window.__bench!.answered())
    await page.evaluate(() => window.__bench!.settled(300))
  }
}

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}
type CpuProfile = {
  nodes: (ProfileNode & { children?: number[] })[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/**
 * Time per function between `from` and `to` (µs, the trace's clock): self and inclusive (each
 * function counted once per sample it is on the stack of), sampled.
 */
function functionTimes(profile: CpuProfile, from: number, to: number): [string, number, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const label = (id: number) => {
    const frame = byId.get(id)!.callFrame
    const file = frame.url.replace(/^.*\//, '')
    return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
  }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let at = profile.startTime
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0
    if (at < from || at > to) return
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000
    self.set(label(id), (self.get(label(id)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = label(node)
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + ms)
    }
  })
  return [...total]
    .map(([name, inclusive]): [string, number, number] => [name, self.get(name) ?? 0, inclusive])
    .sort((a, b) => b[2] - a[2])
}

async function backOnce(
  page: Page,
  cdp: CDPSession
): Promise<{
  wallMs: number
  cpuMs: number
  byName: Map<string, number>
  top: [string, number, number][]
}> {
  const trace = await startTrace(
    cdp,
    'disabled-by-default-devtools.timeline,devtools.timeline,blink.user_timing'
  )
  if (cpuProfile) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
  }
  const wallMs = await page.evaluate(async (rows) => {
    const painted = window.__bench!.watchShown(rows)
    performance.mark('back:start')
    const start = performance.now()
    history.back()
    const at = await painted
    performance.mark('back:painted')
    return at - start
  }, ROWS)
  const profile = cpuProfile
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile
    : undefined
  const events: TraceEvent[] = await trace.stop()
  const start = events.find((e) => e.name === 'back:start')
  const end = events.find((e) => e.name === 'back:painted')
  if (!start || !end) return { wallMs, cpuMs: NaN, byName: new Map(), top: [] }
  const inWindow = events.filter(
    (e) =>
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ph === 'X' &&
      e.ts >= start.ts &&
      e.ts < end.ts
  )
  const cpuMs =
    inWindow.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
  const byName = new Map<string, number>()
  for (const e of inWindow) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000)
  return {
    wallMs,
    cpuMs,
    byName,
    top: profile ? functionTimes(profile, start.ts, end.ts).slice(0, 60) : []
  }
}

const samples = new Map(dirs.map((dir) => [dir, { wall: [] as number[], cpu: [] as number[] }]))
for (let run = 0; run < runs; run++) {
  for (const [index, dir] of dirs.entries()) {
    const close = await serve(resolve(root, dir), benchPort)
    const profile = `${scratch}/${index}`
    // One copy per build, kept from run to run (like bench-ui's profile, reused).
    if (run === 0) {
      rmSync(profile, { recursive: true, force: true })
      cpSync(resolve(root, 'out/bench-ui/profiles', profileName), profile, { recursive: true })
    }
    const context = await launchChromium(profile)
    try {
      await context.addInitScript({
        content: `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify({ rows: ROWS })})`
      })
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(`http://127.0.0.1:${benchPort}/`)
      await page.locator(ROWS).first().waitFor({ timeout: 120_000 })
      if (typeFirst) await typeAndErase(page)
      await page.waitForFunction(
        () => performance.getEntriesByName('sentinelle:register-full').length > 0,
        undefined,
        { timeout: 600_000, polling: 200 }
      )
      if (typeFirst) await typeAndErase(page)
      await page.locator(ROWS).first().click()
      await page.locator(DETAIL).waitFor()
      const cdp = await context.newCDPSession(page)
      const { wallMs, cpuMs, byName, top } = await backOnce(page, cdp)
      samples.get(dir)!.wall.push(wallMs)
      samples.get(dir)!.cpu.push(cpuMs)
      const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()
      console.log(
        `${dir} run ${run + 1}: back ${wallMs.toFixed(0)} ms, main-thread CPU ${cpuMs.toFixed(1)} ms (load ${load})`
      )
      if (detail)
        console.log(
          `  ${[...byName]
            .filter(([, cpu]) => cpu >= 0.5)
            .sort((a, b) => b[1] - a[1])
            .map(([name, cpu]) => `${name} ${cpu.toFixed(1)}`)
            .join(', ')}`
        )
      for (const [name, selfMs, totalMs] of top)
        console.log(`  ${totalMs.toFixed(1).padStart(6)} ${selfMs.toFixed(1).padStart(6)}  ${name}`)
    } finally {
      await context.close()
      await close()
    }
  }
}
rmSync(scratch, { recursive: true, force: true })
for (const [dir, { wall, cpu }] of samples)
  console.log(
    `${dir}: back median ${median(wall).toFixed(0)} ms (${wall.map((v) => v.toFixed(0)).join(', ')}), main-thread CPU median ${median(cpu).toFixed(1)} ms (${cpu.map((v) => v.toFixed(1)).join(', ')})`
  )
