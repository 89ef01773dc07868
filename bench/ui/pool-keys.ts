/**
 * Pools the raw keystroke samples of several `bench:ui` runs per build (copies of
 * out/bench-ui/last-results.json) and prints median and p95 per case, build beside build: how
 * two builds benched alternately (BENCH_KEYS_ONLY=1 BENCH_RUNS=1, `--renderer`) compare.
 *
 * `npx tsx bench/ui/pool-keys.ts <label>=<file>,<file>... <label>=<file>,...`
 */
import { readFileSync } from 'node:fs'

import { median, ms, p95 } from './bench-lib'

type KeySample = { answered: number; settled: number; late?: string[] }
type Results = {
  keys: { early: KeySample[]; late: KeySample[]; unlock: Record<string, KeySample[]> }
}

const builds = process.argv.slice(2).map((arg) => {
  const [label, files] = arg.split('=') as [string, string]
  const results = files.split(',').map((file) => JSON.parse(readFileSync(file, 'utf8')) as Results)
  const cases: Record<string, KeySample[]> = {
    'typed while the register is read': results.flatMap((r) => r.keys.early),
    'typed in memory': results.flatMap((r) => r.keys.late),
    'encrypted, typed after unlock': results.flatMap((r) => Object.values(r.keys.unlock).flat())
  }
  return { label, cases }
})
const figures = (values: number[]) => {
  const kept = values.filter((v) => !Number.isNaN(v))
  return `${String(kept.length).padStart(3)} keys, median ${ms(median(kept)).padStart(6)}, p95 ${ms(p95(kept)).padStart(6)}`
}
for (const name of Object.keys(builds[0]?.cases ?? {})) {
  console.log(`\n${name}`)
  for (const { label, cases } of builds) {
    const samples = cases[name] ?? []
    if (samples.length === 0) continue
    console.log(`  ${label.padEnd(10)} answer shown: ${figures(samples.map((s) => s.answered))}`)
    console.log(`  ${label.padEnd(10)} settled:      ${figures(samples.map((s) => s.settled))}`)
    // The keys whose list settled 20 ms or more after the answer, and the last change in each.
    const tails = samples.filter((s) => s.late !== undefined && s.late.length > 0)
    for (const s of tails.sort((a, b) => b.settled - a.settled).slice(0, 8))
      console.log(
        `  ${''.padEnd(10)}   settled ${ms(s.settled)} (answer ${ms(s.answered)}): ${s.late!.at(-1) ?? ''}`
      )
  }
}
