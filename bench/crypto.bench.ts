/**
 * Encryption at rest: key derivation, unlock and search on an ENCRYPTED register, in Node with
 * fake-indexeddb (IndexedDB in Chromium has other costs; WebCrypto is the same API).
 *
 *   npm run bench:crypto                 1,000 and 10,000 incidents
 *   npm run bench:crypto -- --sizes=1000,10000,100000
 *
 * "unlock" = PBKDF2 (600,000 iterations) unwrapping the data key; "first list" = reading and
 * decrypting every summary into the in-memory register and returning the first 100 rows (what
 * the first screen needs after unlock); search = a query typed after the word index is built.
 */
import 'fake-indexeddb/auto'

import { sampleIncidents, type Incident } from '@shared/model'

import {
  PBKDF2_MIN_ITERATIONS,
  createKeyring,
  unwrapWithPassphrase
} from '../renderer/src/crypto/keys'
import { sealJson } from '../renderer/src/crypto/seal'
import { createRepository, formatReference, toIndexRow } from '../renderer/src/db/repository'
import { openSentinelleDb } from '../renderer/src/db/schema'
import { readCounts } from '../renderer/src/db/counts'
import {
  readFirstPage,
  refreshRegisterCache,
  registerCacheOf,
  runIncidentQuery,
  summaryText,
  wordIndexReady
} from '../renderer/src/db/search'
import { vaultOf } from '../renderer/src/db/vault'

const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))
const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [1_000, 10_000]
const PASS = 'phrase secrète du banc de mesure'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
async function time<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await fn()
  return [result, performance.now() - start]
}
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0))

const CLIENTS = ['Lefèvre', 'Dubois', 'Martin', 'Cabinet Roux', 'SCI Moreau', 'Garnier']
function makeIncident(n: number): Incident {
  const base = sampleIncidents[n % sampleIncidents.length]!.file.incident
  return {
    ...base,
    id: `bench-${n}`,
    reference: formatReference(n),
    title: `${base.title} n° ${n}`,
    parties: [{ id: 'p1', role: 'client', name: `${CLIENTS[n % CLIENTS.length]} ${n % 97}` }],
    narrative: `${base.narrative} Dossier ${n}.`
  }
}

// Key derivation alone, several runs.
const kdf: number[] = []
const { keyring } = await createKeyring(PASS)
for (let i = 0; i < 3; i++) kdf.push((await time(() => unwrapWithPassphrase(keyring, PASS)))[1])
console.log(
  `PBKDF2-SHA-256 ${PBKDF2_MIN_ITERATIONS} iterations (unwrap the data key): median ${fmt(median(kdf))} ms (${kdf.map(fmt).join(', ')})`
)

for (const size of sizes) {
  const name = `bench-crypto-${size}`
  let db = await openSentinelleDb({ name })
  const vault = vaultOf(db)
  await vault.load()
  await vault.setUp(PASS)
  const key = (vault as unknown as { key: CryptoKey }).key

  const [, seedMs] = await time(async () => {
    const chunk = 1_000
    for (let start = 1; start <= size; start += chunk) {
      const incidents = Array.from({ length: Math.min(chunk, size - start + 1) }, (_, i) =>
        makeIncident(start + i)
      )
      // Sealed before the transaction (as the repository does for large work).
      const contents = await Promise.all(
        incidents.map(async (inc) => ({
          id: inc.id,
          ...(await sealJson(key, 'contents', inc.id, inc))
        }))
      )
      const summaries = await Promise.all(
        incidents.map(async (inc) => ({
          id: inc.id,
          ...(await sealJson(key, 'summaries', inc.id, summaryText(inc)))
        }))
      )
      await db.transaction('rw', [db.incidents, db.contents, db.summaries], async () => {
        await db.incidents.bulkPut(
          incidents.map((inc, i) => toIndexRow(inc, undefined, start + i, undefined))
        )
        await db.contents.bulkPut(contents)
        await db.summaries.bulkPut(summaries)
      })
    }
    await db.meta.put({ key: 'counters', lastRefNumber: size, rev: size })
  })
  db.close()

  // A fresh start: new connection, locked vault.
  db = await openSentinelleDb({ name })
  const repo = createRepository(db)
  await repo.ready()
  const locked = vaultOf(db)
  // The counts once (the bulk seed bypassed the repository, which keeps them); clear data.
  await readCounts(db)
  const [, unlockMs] = await time(() => locked.unlock(PASS))
  // What the app does after unlock: counts from meta, the first screen's rows from the sort
  // index with only their summaries decrypted; the rest follows in the background.
  const registerView = {
    sort: { key: 'nextDueAt', direction: 'asc' },
    deleted: 'exclude',
    closedLast: true
  } as const
  const byUpdate = { sort: { key: 'updatedAt', direction: 'desc' } } as const
  const [firstPage, firstPageMs] = await time(async () =>
    readFirstPage(db, byUpdate, await readCounts(db))
  )
  const [deadlinePage, deadlinePageMs] = await time(async () =>
    readFirstPage(db, registerView, await readCounts(db))
  )
  // The two parts of the first list, measured apart: reading the sealed rows, decrypting them.
  const [rows, readMs] = await time(() => db.summaries.toArray())
  const [, decryptMs] = await time(() =>
    Promise.all(rows.map((row) => locked.open('summaries', row.id, row)))
  )
  const [first, firstListMs] = await time(async () =>
    runIncidentQuery(await refreshRegisterCache(db), { limit: 100 })
  )
  const cache = registerCacheOf(db)
  const [, indexMs] = await time(async () => {
    await wordIndexReady(cache)
    runIncidentQuery(cache, { text: 'x', limit: 1 })
  })
  const [, openOneMs] = await time(() => repo.getIncident('bench-1'))
  const searches: [string, string][] = [
    ['client "lefevre"', 'lefevre'],
    ['prefix "ranç"', 'ranç'],
    ['narrative word "dossier 4217"', 'dossier 4217'],
    ['no match "zzzz"', 'zzzz']
  ]
  const lines = searches.map(([label, text]) => {
    runIncidentQuery(cache, { text })
    const runs: number[] = []
    let total = 0
    for (let i = 0; i < 9; i++) {
      const start = performance.now()
      total = runIncidentQuery(cache, { text, limit: 100 }).total
      runs.push(performance.now() - start)
    }
    return `    search ${label}: ${fmt(median(runs))} ms (${total} matches)`
  })
  console.log(`\n${size} encrypted incidents (seeded in ${fmt(seedMs)} ms)`)
  console.log(`  unlock (PBKDF2 + key unwrap): ${fmt(unlockMs)} ms`)
  console.log(
    `  first screen from the index (counts + ${firstPage?.items.length ?? 'no'} rows by last update, their summaries decrypted): ${fmt(firstPageMs)} ms; by deadline: ${deadlinePage ? `${fmt(deadlinePageMs)} ms` : 'n/a (these samples have no stored deadline: the full cache answers)'}`
  )
  console.log(`  UNLOCK → FIRST ROWS (lazy): ${fmt(unlockMs + firstPageMs)} ms`)
  console.log(
    `  first list after unlock (decrypt ${size} summaries, build cache, 100 rows): ${fmt(firstListMs)} ms (${first.total} rows)`
  )
  console.log(
    `    of which (measured apart) reading ${size} sealed summaries: ${fmt(readMs)} ms, decrypting them: ${fmt(decryptMs)} ms`
  )
  console.log(
    `  unlock → whole register decrypted in memory (background): ${fmt(unlockMs + firstListMs)} ms`
  )
  console.log(`  word index ready after: ${fmt(indexMs)} ms more`)
  console.log(`  open one incident (decrypt its content): ${fmt(openOneMs)} ms`)
  for (const line of lines) console.log(line)
  db.close()
  await db.delete()
}
