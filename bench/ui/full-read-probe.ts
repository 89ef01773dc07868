/**
 * Time to the whole register in memory (the store's `sentinelle:register-full` mark) at start,
 * for one or more builds, interleaved: `npx tsx bench/ui/full-read-probe.ts <dir> [<dir>...]`
 * (PROBE_PROFILE=r100000, PROBE_RUNS=3). A tool, not a test. An encrypted profile (PROBE_PROFILE=
 * enc10000) is unlocked with the bench's passphrase, and its time counts from the unlock (Enter).
 */
import { resolve } from 'node:path'

import { benchPort, median, REGISTER_PASSPHRASE, startOnProfileCopy } from './bench-lib'

const root = resolve(import.meta.dirname, '../..')
const dirs = process.argv.slice(2).map((d) => resolve(root, d))
const runs = Number(process.env['PROBE_RUNS'] ?? 3)
const source = resolve(root, 'out/bench-ui/profiles', process.env['PROBE_PROFILE'] ?? 'r100000')
const profile = '/tmp/full-read-probe/profile'
const encrypted = (process.env['PROBE_PROFILE'] ?? '').startsWith('enc')
const results = new Map<string, number[]>()
for (let run = 0; run < runs; run++) {
  for (const dir of run % 2 ? [...dirs].reverse() : dirs) {
    const { page, close } = await startOnProfileCopy(dir, source, profile)
    await page.goto(`http://127.0.0.1:${benchPort}/`)
    const mark = (name: string) =>
      page
        .waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, {
          timeout: 600_000
        })
        .then((handle) => handle.jsonValue() as Promise<number>)
    let from = 0
    if (encrypted) {
      await page.getByTestId('unlock-secret').fill(REGISTER_PASSPHRASE)
      from = await page.evaluate(() => performance.now())
      await page.keyboard.press('Enter')
    }
    const first = (await mark('sentinelle:register-first-page')) - from
    const full = (await mark('sentinelle:register-full')) - from
    await close()
    results.set(dir, [...(results.get(dir) ?? []), full])
    console.log(
      `${dir.replace(root + '/', '')}: first page ${Math.round(first)} ms, full ${Math.round(full)} ms`
    )
  }
}
for (const [dir, fulls] of results) {
  console.log(
    `${dir.replace(root + '/', '')}: full read median ${Math.round(median(fulls))} ms over ${fulls.length}`
  )
}
