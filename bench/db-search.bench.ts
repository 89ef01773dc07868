/**
 * Register bench: seeds 10,000 and 100,000 incidents in fake-indexeddb through the real schema
 * (same rows the repository writes), then times what a user feels: the first load of the
 * register, search as you type, filters and sorts, an autosave, and the refresh after it.
 * Prints figures, asserts nothing.
 *
 *   npx tsx --tsconfig tsconfig.web.json bench/db-search.bench.ts [--quick] [--sizes=10000,100000]
 *
 * fake-indexeddb is a pure-JS IndexedDB, so load and write figures here are an upper bound of
 * what Chromium does; the in-memory search figures carry over as they are.
 */
import 'fake-indexeddb/auto'

import { createEmptyIncident, type Incident } from '@shared/model'

import { readCounts } from '../renderer/src/db/counts'
import { createRepository, formatReference, toIndexRow } from '../renderer/src/db/repository'
import { openSentinelleDb } from '../renderer/src/db/schema'
import {
  INDEX_CHUNK_ROWS,
  readFirstPage,
  refreshRegisterCache,
  registerCacheOf,
  runIncidentQuery,
  toSummary,
  wordIndexReady
} from '../renderer/src/db/search'
import type { IncidentQuery } from '../renderer/src/db/types'

const quick = process.argv.includes('--quick')
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))
const sizes = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : quick
    ? [10_000]
    : [10_000, 100_000]

// Deterministic pseudo-random numbers, so two runs bench the same register.
// mulberry32: consecutive draws are independent enough for combined filters to match.
let seed = 42
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

const WORDS =
  'ordinateur portable perdu train courriel envoyé erreur client dossier patient rançongiciel chiffré sauvegarde serveur mot de passe hameçonnage facture banque cabinet médecin avocat comptable agence données santé contrat assurance déclaration police plainte clé USB téléphone volé voiture bureau cambriolage prestataire hébergeur messagerie lien partagé tableur fichier prospects salariés paie impôts justificatifs ordonnances radiographies rendez-vous agenda identifiants compte administrateur pare-feu antivirus mise à jour correctif vulnérabilité attaque pirate rançon bitcoin notification CNIL délai heures jours semaine mois réunion Lyon Paris Marseille Lille Nantes Bordeaux Strasbourg Toulouse confidentialité intégrité disponibilité'.split(
    ' '
  )
const NAMES =
  'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez'.split(
    ' '
  )
const ORGS = [
  'Clinique',
  'Cabinet',
  'Boulangerie',
  'Pharmacie',
  'Studio',
  'Atelier',
  'Garage',
  'Étude'
]
const CAUSES = [
  'human_error',
  'loss_theft',
  'inadequate_protection',
  'cyberattack',
  'malicious_employee',
  'other'
] as const
const BREACHES = ['confidentiality', 'integrity', 'availability'] as const

const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ')

function makeIncident(n: number): Incident {
  const created = Date.parse('2020-01-01T00:00:00Z') + Math.floor(random() * 6 * 365 * 86_400_000)
  const base = createEmptyIncident({
    id: `inc-${n}`,
    reference: formatReference(n),
    now: new Date(created).toISOString(),
    timeZone: 'Europe/Paris'
  })
  const occurred = created - Math.floor(random() * 5 * 86_400_000)
  return {
    ...base,
    status: pick(['draft', 'open', 'open', 'closed', 'closed'] as const),
    title: sentence(3 + Math.floor(random() * 5)),
    // 40 to 240 words: a few lines to a long paragraph.
    narrative: sentence(40 + Math.floor(random() * 200)),
    insured: {
      ...base.insured,
      name: `${pick(NAMES)} ${pick(NAMES)}`,
      organisation: `${pick(ORGS)} ${pick(NAMES)}`
    },
    parties: [{ id: 'p1', role: 'client', name: `${pick(ORGS)} ${pick(NAMES)}` }],
    cause: { kind: pick(CAUSES) },
    breachTypes: [pick(BREACHES)],
    timeline: [
      { id: 'o', kind: 'occurred', at: new Date(occurred).toISOString() },
      { id: 'a', kind: 'aware', at: new Date(occurred + 3_600_000).toISOString() },
      ...(random() < 0.4
        ? [{ id: 'n', kind: 'authority_notified' as const, at: new Date(created).toISOString() }]
        : [])
    ]
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const result = await fn()
  return [result, performance.now() - start]
}
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0))
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

async function benchSize(size: number) {
  let db = await openSentinelleDb({ name: `bench-${size}` })

  // Seeding: the rows the repository writes, in bulk (a real register grows one at a time).
  const [, seedMs] = await time(async () => {
    const chunk = 2_000
    for (let start = 1; start <= size; start += chunk) {
      const incidents = Array.from({ length: Math.min(chunk, size - start + 1) }, (_, i) =>
        makeIncident(start + i)
      )
      await db.transaction('rw', [db.incidents, db.contents, db.summaries], async () => {
        await db.incidents.bulkPut(
          incidents.map((inc, i) => toIndexRow(inc, undefined, start + i, undefined))
        )
        await db.contents.bulkPut(
          incidents.map((incident) => ({ id: incident.id, clear: incident }))
        )
        await db.summaries.bulkPut(incidents.map(toSummary))
      })
    }
    await db.meta.put({ key: 'counters', lastRefNumber: size, rev: size })
  })

  // The counts once (the bulk seed bypassed the repository), then a fresh start: counts from
  // meta and the first screen's rows straight from the sort index.
  await readCounts(db)
  db.close()
  db = await openSentinelleDb({ name: `bench-${size}` })
  const firstRows: (number | undefined)[] = []
  for (const sort of [
    { key: 'nextDueAt', direction: 'asc' },
    { key: 'updatedAt', direction: 'desc' }
  ] as const) {
    const [page, ms] = await time(async () =>
      readFirstPage(db, { sort, deleted: 'exclude', closedLast: true }, await readCounts(db))
    )
    // undefined: the index cannot answer (these generated rows store no deadline).
    firstRows.push(page ? ms : undefined)
  }

  // Heap figures are only meaningful with --expose-gc (NODE_OPTIONS=--expose-gc).
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  // First open of the register: every index row and summary into memory.
  const [, loadMs] = await time(() => refreshRegisterCache(db))
  const cache = registerCacheOf(db)
  // The rows' search words are word ids (4 bytes each) since the register is stored by column.
  const searchWordBytes = cache.textFill * 4

  const runs = quick ? 3 : 9
  const measure = (query: IncidentQuery) => {
    runIncidentQuery(cache, query) // warm-up (also builds the sorted view once)
    const times: number[] = []
    const wholeTimes: number[] = []
    let total = 0
    for (let i = 0; i < runs; i++) {
      let start = performance.now()
      total = runIncidentQuery(cache, { ...query, limit: 100 }).total
      times.push(performance.now() - start)
      // The register page asks for every match (its list is virtualised, not paged).
      start = performance.now()
      runIncidentQuery(cache, query)
      wholeTimes.push(performance.now() - start)
    }
    return { ms: median(times), wholeMs: median(wholeTimes), total }
  }

  const [, firstQueryMs] = await time(() => runIncidentQuery(cache, { limit: 100 }))
  // The word index is built chunk by chunk during the load: nothing is pending after it.
  const background = cache.pendingWords !== undefined
  const [, indexMs] = await time(async () => {
    await wordIndexReady(cache)
    runIncidentQuery(cache, { text: 'x', limit: 1 })
  })
  const vocabulary = cache.vocabWords.length
  gc?.()
  const heapAfter = process.memoryUsage().heapUsed
  const [, firstSortMs] = await time(() =>
    runIncidentQuery(cache, { sort: { key: 'title', direction: 'asc' }, limit: 100 })
  )

  const typing = [
    'r',
    'ra',
    'ranç',
    'rançon',
    'rançong',
    'rançongiciel',
    'rançongiciel ca',
    'rançongiciel cabinet'
  ]
  const perKeystroke = typing.map((text) => ({ text, ...measure({ text }) }))
  const scenarios: [string, IncidentQuery][] = [
    ['no query (sorted by last update)', {}],
    ['a client name "lefevre"', { text: 'lefevre' }],
    ['a reference "INC-4217"', { text: 'INC-4217' }],
    ['no match "zzzz"', { text: 'zzzz' }],
    [
      'open + cyberattack + not notified',
      { status: ['open'], causeKinds: ['cyberattack'], authorityNotified: false }
    ],
    [
      'date range 2023 on occurredAt, sort by reference',
      {
        dateRange: { field: 'occurredAt', from: '2023-01-01', to: '2023-12-31' },
        sort: { key: 'reference', direction: 'asc' }
      }
    ],
    [
      'text + filters "courriel client" open, confidentiality',
      { text: 'courriel client', status: ['open'], breachTypes: ['confidentiality'] }
    ]
  ]

  // An autosave through the repository, then the incremental refresh the live list does.
  const repo = createRepository(db)
  const saveTimes: number[] = []
  const refreshTimes: number[] = []
  for (let i = 0; i < (quick ? 5 : 20); i++) {
    const stored = (await repo.getIncident(`inc-${1 + i}`))!
    const [, s] = await time(() =>
      repo.saveIncident({ ...stored.incident, title: `${stored.incident.title} ${i}` })
    )
    saveTimes.push(s)
    const [, r] = await time(() => refreshRegisterCache(db))
    refreshTimes.push(r)
  }

  console.log(`\n## ${size.toLocaleString('en')} incidents\n`)
  console.log(`- seed (bulk, fake-indexeddb): ${fmt(seedMs)} ms`)
  console.log(
    `- FIRST ROWS at start (counts from meta + 40 rows from the sort index): by deadline ${firstRows[0] === undefined ? 'n/a (no stored deadlines here)' : `${fmt(firstRows[0])} ms`}, by last update ${firstRows[1] === undefined ? 'n/a' : `${fmt(firstRows[1])} ms`}`
  )
  console.log(`- full load of the register into memory (after the first paint): ${fmt(loadMs)} ms`)
  console.log(
    `- heap of the in-memory register and word index: ${gc ? mb(heapAfter - heapBefore) : 'n/a (run with NODE_OPTIONS=--expose-gc)'}; of which the rows' search words ~${mb(searchWordBytes)} (word ids)`
  )
  console.log(`- first query after the load (builds the default sort): ${fmt(firstQueryMs)} ms`)
  console.log(
    `- word index ${background ? `rebuilding in the background in chunks of ${INDEX_CHUNK_ROWS} rows, done` : 'built during the load'} after ${fmt(indexMs)} ms (${vocabulary.toLocaleString('en')} distinct words)`
  )
  console.log(`- first sort by title (then cached): ${fmt(firstSortMs)} ms`)
  console.log(
    `- autosave (saveIncident, median): ${fmt(median(saveTimes))} ms; incremental refresh after it: ${fmt(median(refreshTimes))} ms`
  )
  const head = '| matches | ms, first 100 (median) | ms, every match as the register page asks |'
  const keyMs = perKeystroke.map((k) => k.wholeMs)
  console.log(
    `- KEYSTROKE (search, every match): median ${fmt(median(keyMs))} ms, max ${fmt(Math.max(...keyMs))} ms over ${keyMs.length} keys`
  )
  console.log(`\n| search as you type ${head}\n|---|---:|---:|---:|`)
  for (const k of perKeystroke) {
    console.log(`| "${k.text}" | ${k.total} | ${fmt(k.ms)} | ${fmt(k.wholeMs)} |`)
  }
  console.log(`\n| query ${head}\n|---|---:|---:|---:|`)
  for (const [label, query] of scenarios) {
    const r = measure(query)
    console.log(`| ${label} | ${r.total} | ${fmt(r.ms)} | ${fmt(r.wholeMs)} |`)
  }
  db.close()
  await db.delete()
}

console.log(`node ${process.version}; register search bench (${quick ? 'quick' : 'full'})`)
for (const size of sizes) await benchSize(size)
