/**
 * Where the main thread's time goes until a start's target is painted, by function: a sampling
 * CPU profile of N starts per target (interleaved, a fresh browser each), cut at the moment the
 * target was painted (the probe of page-probe.ts), summed over the runs and divided by them.
 * Prints per target the mean self time and the mean inclusive ("total") time per function.
 * Function names are only readable on an unminified build, e.g.
 *   npx electron-vite build -c <a config that sets renderer.build.minify = false> --outDir <abs>
 * A tool for tracing before cutting, not a bench:
 *   npx tsx bench/ui/first-render-profile.ts <runs> <target>...
 * target = `<renderer dir>|<profile>|<css selector>` as for start-timeline.ts. Env: PROFILE_TOP
 * (rows printed, 40), PROFILE_MATCH (a regular expression: only the inclusive rows whose
 * function name matches, e.g. the app's components).
 */
import { cpSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

import { benchPort, launchChromium, serve } from './bench-lib'
import { installProbe } from './page-probe'
import { startTrace } from './trace'

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

const root = resolve(import.meta.dirname, '../..')
const [runsArg = '3', ...targets] = process.argv.slice(2)
const runs = Number(runsArg)
const top = Number(process.env['PROFILE_TOP'] ?? 40)
const match = process.env['PROFILE_MATCH'] ? new RegExp(process.env['PROFILE_MATCH']) : undefined
const port = benchPort

const totals = new Map(
  targets.map((t) => [t, { self: new Map<string, number>(), total: new Map<string, number>() }])
)
const painted = new Map(targets.map((t) => [t, [] as number[]]))
const add = (map: Map<string, number>, key: string, ms: number) =>
  map.set(key, (map.get(key) ?? 0) + ms)

for (let run = 0; run < runs; run++) {
  for (const target of targets) {
    const [dir = 'out/renderer', profileName = 'empty', selector = '[data-testid="first-run"]'] =
      target.split('|')
    const close = await serve(resolve(root, dir), port)
    const profile = `/tmp/first-render-profile/${profileName}`
    rmSync(profile, { recursive: true, force: true })
    cpSync(resolve(root, 'out/bench-ui/profiles', profileName), profile, { recursive: true })
    const context = await launchChromium(profile)
    const page = context.pages()[0] ?? (await context.newPage())
    await context.addInitScript({
      content: `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify({ target: selector })});`
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    const trace = await startTrace(cdp, 'blink.user_timing,loading')
    await page.goto(`http://127.0.0.1:${port}/`)
    const handle = await page.waitForFunction(
      () => window.__bench?.marks['target']?.painted,
      undefined,
      { timeout: 120_000, polling: 20 }
    )
    const paintedAt = (await handle.jsonValue()) as number
    const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: {
        nodes: ProfileNode[]
        startTime: number
        samples: number[]
        timeDeltas: number[]
      }
    }
    const events = await trace.stop()
    await context.close()
    await close()

    const nodes = new Map(cpu.nodes.map((node) => [node.id, node]))
    const parent = new Map<number, number>()
    for (const node of cpu.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id)
    const label = (node: ProfileNode) =>
      `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\//, '')}:${node.callFrame.lineNumber + 1}`
    // The trace and the CPU profile share one clock: the navigation's start on it.
    const navigation = events.find(
      (e) =>
        e.name === 'navigationStart' &&
        String(e.args?.data?.['documentLoaderURL'] ?? '').startsWith(`http://127.0.0.1:${port}`)
    )
    if (navigation === undefined) throw new Error('no navigationStart in the trace')
    let at = cpu.startTime
    const times = cpu.samples.map((_, i) => (at += cpu.timeDeltas[i] ?? 0))
    const { self, total } = totals.get(target)!
    for (let i = 0; i < cpu.samples.length; i++) {
      const sinceNavigation = (times[i]! - navigation.ts) / 1000
      if (sinceNavigation < 0) continue
      if (sinceNavigation > paintedAt) break
      const ms = (cpu.timeDeltas[i + 1] ?? 0) / 1000
      const node = nodes.get(cpu.samples[i]!)!
      add(self, label(node), ms)
      const seen = new Set<string>()
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const name = label(nodes.get(id)!)
        if (seen.has(name)) continue
        seen.add(name)
        add(total, name, ms)
      }
    }
    painted.get(target)!.push(paintedAt)
    console.log(`${target} run ${run + 1}: painted ${paintedAt.toFixed(0)} ms`)
  }
}

for (const [target, { self, total }] of totals) {
  console.log(`\n${target}: mean over ${runs} runs (ms), until painted`)
  const busy = [...self].filter(([name]) => !name.startsWith('(idle)'))
  console.log(
    `  busy (not idle): ${(busy.reduce((sum, [, ms]) => sum + ms, 0) / runs).toFixed(1)} ms`
  )
  console.log('  self:')
  for (const [name, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${(ms / runs).toFixed(1).padStart(8)}  ${name}`)
  console.log('  total (inclusive):')
  for (const [name, ms] of [...total]
    .filter(([name]) => !name.startsWith('(idle)') && (match === undefined || match.test(name)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    console.log(`  ${(ms / runs).toFixed(1).padStart(8)}  ${name}`)
}
