/**
 * What per-incident keys cost when summaries are opened (Node WebCrypto, no IndexedDB: the key
 * rows are served from memory, so this is the crypto and the cache only). Prints medians of
 * RUNS runs for N summaries: one data key for all, vs each summary under its incident's key
 * (unwrap + importKey + decrypt, through createIncidentKeyCache in batches of BATCH ids, as the
 * register's first screen and full load ask for them).
 *   npx tsx --tsconfig tsconfig.web.json bench/incident-keys.bench.ts [N=20000] [RUNS=5] [BATCH=2000]
 */
import {
  createIncidentKey,
  createIncidentKeyCache,
  openSummaryEnvelope,
  sealWithIncidentKey,
  type WrappedIncidentKey
} from '../renderer/src/crypto/incident-keys'
import { openJson, sealJson, type Sealed } from '../renderer/src/crypto/seal'

const [n = 20_000, runs = 5, batch = 2_000] = process.argv.slice(2).map(Number)
const AES = { name: 'AES-GCM', length: 256 } as const
const summary = {
  title: 'Perte d’un ordinateur portable',
  client: 'Cabinet',
  searchText: 'perte ordinateur portable cabinet client'
}

const dataKey = (await crypto.subtle.generateKey(AES, false, ['encrypt', 'decrypt'])) as CryptoKey
const ids = Array.from(
  { length: n },
  (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
)
const rows = new Map<string, WrappedIncidentKey>()
const underIncident: Sealed[] = []
const underData: Sealed[] = []
for (const id of ids) {
  const made = await createIncidentKey(dataKey, id)
  rows.set(id, made.row)
  underIncident.push(await sealWithIncidentKey(made.key, id, 'summaries', id, summary))
  underData.push(await sealJson(dataKey, 'summaries', id, summary))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function time(fn: () => Promise<void>): Promise<number[]> {
  const out: number[] = []
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    await fn()
    out.push(performance.now() - t0)
  }
  return out
}

const oneKey = await time(async () => {
  for (let i = 0; i < n; i += batch) {
    await Promise.all(
      ids.slice(i, i + batch).map((id, j) => openJson(dataKey, 'summaries', id, underData[i + j]!))
    )
  }
})
let reads = 0
const perIncident = await time(async () => {
  // A fresh cache per run: every key unwrapped once, as after an unlock.
  const keys = createIncidentKeyCache(dataKey, async (wanted) => {
    reads++
    return new Map(wanted.map((id) => [id, rows.get(id)!]))
  })
  for (let i = 0; i < n; i += batch) {
    await Promise.all(
      ids.slice(i, i + batch).map((id, j) => openSummaryEnvelope(keys, id, underIncident[i + j]!))
    )
  }
})
const first50 = await time(async () => {
  const keys = createIncidentKeyCache(
    dataKey,
    async (wanted) => new Map(wanted.map((id) => [id, rows.get(id)!]))
  )
  await Promise.all(
    ids.slice(0, 50).map((id, j) => openSummaryEnvelope(keys, id, underIncident[j]!))
  )
})

console.log(`${n} summaries, ${runs} runs, batches of ${batch} (Node ${process.version})`)
console.log(`one data key (decrypt):                        median ${median(oneKey).toFixed(0)} ms`)
console.log(
  `per-incident key (unwrap + import + decrypt):  median ${median(perIncident).toFixed(0)} ms, ${reads / runs} key-row reads per run`
)
console.log(
  `first screen, 50 summaries, per-incident key:  median ${median(first50).toFixed(1)} ms`
)
