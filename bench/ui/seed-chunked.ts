/**
 * `npx tsx bench/ui/seed-chunked.ts <profile dir> <count> <per transaction>`: seeds a bench
 * profile like bench-ui.ts does (the e2e seeding hook), but in many small transactions instead
 * of one, to compare how the two open (bench/ui/idb-open-probe.ts). A diagnosis tool.
 */
import { resolve } from 'node:path'

import { bundleBrowserEntry } from '../../test/e2e/support/seed-register'
import { benchPort, launchChromium, serveHtml } from './bench-lib'

const [dirArg, countArg, chunkArg] = process.argv.slice(2)
const dir = resolve(dirArg ?? 'out/bench-ui/profiles/chunked')
const count = Number(countArg ?? 10_000)
const chunk = Number(chunkArg ?? 200)
const port = benchPort

const closeServer = await serveHtml('<!doctype html><title>seed</title>', port)
const context = await launchChromium(dir)
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.evaluate(await bundleBrowserEntry(resolve(import.meta.dirname, 'seed-entry.ts')))
  const started = performance.now()
  for (let done = 0, seed = 12; done < count; done += chunk, seed++) {
    await page.evaluate(
      (options) =>
        (
          globalThis as unknown as { __sentinelleSeed: (o: typeof options) => Promise<unknown> }
        ).__sentinelleSeed(options),
      { count: Math.min(chunk, count - done), seed, now: '2026-11-25T10:00:00.000Z' }
    )
  }
  console.log(
    `seeded ${count} in transactions of ${chunk} in ${((performance.now() - started) / 1000).toFixed(0)} s`
  )
} finally {
  await context.close()
  await closeServer()
}
