/**
 * Keys whose answer changes the rows shown, for one or more builds, interleaved (a tool, not a
 * test): `npx tsx bench/ui/row-change-probe.ts <dir> [<dir>...]` (PROBE_PROFILE=r1000,
 * PROBE_RUNS=4, PROBE_PAIRS=6). The bench's word changes the rows at its first key only (its
 * later prefixes keep the same incidents at the top), so its keystroke p95 rests on 5 such keys
 * per run; here every key changes them: "o" typed, then erased, PROBE_PAIRS times per start, once
 * the whole register is in memory. Prints per build the median and p95 of keydown → list settled
 * (the bench's probe, 300 ms quiet) and of the main thread's busy time over the same span (CDP
 * Performance.getMetrics TaskDuration), and how many rows each key changed.
 *
 * PROBE_WAIT=first-page types instead at the first page read live (`sentinelle:register-first-
 * page`, the register still being read, as the bench's "typed at the first rows"), at once after
 * the focus: then the first key of each start is printed apart (PROBE_PROFILE=r100000).
 */
import { resolve } from 'node:path'

import type { Page } from '@playwright/test'

import { benchPort, median, ms, p95, startOnProfileCopy } from './bench-lib'
import { installProbe } from './page-probe'

const root = resolve(import.meta.dirname, '../..')
const dirs = process.argv.slice(2).map((d) => resolve(root, d))
const runs = Number(process.env['PROBE_RUNS'] ?? 4)
const pairs = Number(process.env['PROBE_PAIRS'] ?? 6)
const source = resolve(root, 'out/bench-ui/profiles', process.env['PROBE_PROFILE'] ?? 'r1000')
const profile = '/tmp/row-change-probe/profile'
const ROWS = '[data-testid="register-scroll"] [role="listitem"] a'
const early = process.env['PROBE_WAIT'] === 'first-page'
const mark = early ? 'sentinelle:register-first-page' : 'sentinelle:register-full'

type Sample = { settled: number; busy: number; changed: number }
const results = new Map<string, Sample[]>()

/** A build's directory as printed: relative to the repository when inside it. */
const label = (dir: string) => dir.replace(root + '/', '')

const hrefs = (page: Page) =>
  page.$$eval(ROWS, (links) => links.map((link) => link.getAttribute('href') ?? ''))

for (let run = 0; run < runs; run++) {
  for (const dir of run % 2 ? [...dirs].reverse() : dirs) {
    const { context, page, close } = await startOnProfileCopy(dir, source, profile)
    await context.addInitScript({
      content: `var __name = (f) => f;\n(${installProbe.toString()})({})`
    })
    await page.goto(`http://127.0.0.1:${benchPort}/`)
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 600_000,
      polling: early ? 20 : 200
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const busy = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
    }
    await page.getByTestId('register-search').focus()
    if (!early) await page.waitForTimeout(500)
    const samples: Sample[] = []
    for (let i = 0; i < pairs * 2; i++) {
      const before = await hrefs(page)
      await page.evaluate(() =>
        window.__bench!.armSettle('section[aria-labelledby="register-title"]')
      )
      const busyBefore = await busy()
      await page.keyboard.press(i % 2 === 0 ? 'o' : 'Backspace')
      const settled = await page.evaluate(() => window.__bench!.settled(300))
      const busyAfter = await busy()
      const after = await hrefs(page)
      const changed = after.filter((href, index) => before[index] !== href).length
      samples.push({ settled, busy: busyAfter - busyBefore, changed })
    }
    await close()
    results.set(dir, [...(results.get(dir) ?? []), ...samples])
    console.log(
      `${label(dir)}: settled ${samples.map((s) => Math.round(s.settled)).join(' ')} ms; rows changed ${samples.map((s) => s.changed).join(' ')}`
    )
  }
}
for (const [dir, samples] of results) {
  if (early) {
    const firsts = samples.filter((_, i) => i % (pairs * 2) === 0).map((s) => s.settled)
    console.log(
      `${label(dir).padEnd(24)} first key per start: median ${ms(median(firsts))}, max ${ms(Math.max(...firsts))} (${firsts.map(Math.round).join(' ')})`
    )
  }
  const settled = samples.map((s) => s.settled)
  const busy = samples.map((s) => s.busy)
  console.log(
    `${label(dir).padEnd(24)} ${samples.length} keys: settled median ${ms(median(settled))}, p95 ${ms(p95(settled))}; main thread busy median ${ms(median(busy))}, p95 ${ms(p95(busy))}`
  )
}
