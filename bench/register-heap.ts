/**
 * What the register engine holds in memory, under Node with the in-process engine: seeds the
 * incidents the browser bench seeds (test/e2e/support/incident-generator.ts, with their stored
 * assessment summaries) in fake-indexeddb, loads the register and its word index, deletes the
 * database (so that only the engine's cache is left), and prints the heap after GC, then a heap
 * snapshot grouped by constructor (self sizes). Prints figures, asserts nothing.
 *
 *   npm run bench:heap -- [--size=100000] [--snapshot]
 *
 * Node does not compress pointers as Chromium does, so object-heavy structures weigh more here
 * than in the Worker; compare builds with this script, and the Worker with bench:ui's heap row.
 */
import 'fake-indexeddb/auto'

import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeHeapSnapshot } from 'node:v8'

import { assess } from '../shared/assessment'
import { summarizeAssessment } from '../renderer/src/db/assessment-summary'
import { toIndexRow } from '../renderer/src/db/repository'
import { openSentinelleDb } from '../renderer/src/db/schema'
import {
  dropRegisterCache,
  refreshRegisterCache,
  runIncidentQuery,
  toSummary,
  wordIndexReady
} from '../renderer/src/db/search'
import { generateIncidents } from '../test/e2e/support/incident-generator'

const sizeArg = process.argv.find((a) => a.startsWith('--size='))
const size = sizeArg ? Number(sizeArg.slice('--size='.length)) : 100_000
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc (npm run bench:heap does)')
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`

async function main() {
  const name = `heap-${size}`
  const db = await openSentinelleDb({ name })
  const now = '2026-11-25T12:00:00.000Z'
  for (let first = 1; first <= size; first += 5_000) {
    const incidents = generateIncidents({
      count: Math.min(5_000, size - first + 1),
      firstNumber: first,
      now
    })
    await db.transaction('rw', [db.incidents, db.summaries, db.meta], async () => {
      await db.incidents.bulkPut(
        incidents.map((incident, i) =>
          toIndexRow(
            incident,
            undefined,
            first + i,
            summarizeAssessment(assess({ incident, policies: [] }, { now }))
          )
        )
      )
      await db.summaries.bulkPut(incidents.map(toSummary))
    })
  }
  await db.meta.put({ key: 'counters', lastRefNumber: size, rev: size })
  // Loaded three times: the figure is the fastest (this machine is shared).
  const loads: number[] = []
  for (let i = 0; i < 3; i++) {
    dropRegisterCache(db)
    gc!()
    const start = performance.now()
    await refreshRegisterCache(db)
    loads.push(performance.now() - start)
  }
  const loadMs = Math.min(...loads)
  const cache = await refreshRegisterCache(db)
  await wordIndexReady(cache)
  runIncidentQuery(cache, { text: 'x', limit: 1 })
  runIncidentQuery(cache, { limit: 100 })
  db.close()
  await db.delete()
  gc!()
  gc!()
  const before = process.memoryUsage().heapUsed
  console.log(
    `${size} incidents: full load ${loadMs.toFixed(0)} ms (fastest of ${loads.map((ms) => ms.toFixed(0)).join(', ')})`
  )
  console.log(`heap after GC with only the register cache left: ${mb(before)}`)
  if (process.argv.includes('--snapshot')) snapshot()
  // The heap with the cache emptied: the difference is what the cache holds.
  dropRegisterCache(db)
  gc!()
  gc!()
  const after = process.memoryUsage().heapUsed
  console.log(
    `held by the register cache (heap before minus after dropping it): ${mb(before - after)}`
  )
}

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
  nodes: number[]
  strings: string[]
}

function snapshot() {
  const file = join(tmpdir(), `register-heap-${process.pid}.heapsnapshot`)
  writeHeapSnapshot(file)
  const data = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  rmSync(file)
  const fields = data.snapshot.meta.node_fields
  const types = data.snapshot.meta.node_types[0]
  const stride = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const groups = new Map<string, { count: number; bytes: number }>()
  for (let i = 0; i < data.nodes.length; i += stride) {
    const type = types[data.nodes[i + typeAt]!]!
    const raw = data.strings[data.nodes[i + nameAt]!]!
    const label =
      type === 'string' || type === 'concatenated string' || type === 'sliced string'
        ? '(string)'
        : type === 'object' || type === 'closure'
          ? raw
          : `(${type}) ${type === 'array' || type === 'code' || type === 'hidden' ? raw.slice(0, 40) : ''}`
    const group = groups.get(label) ?? { count: 0, bytes: 0 }
    group.count++
    group.bytes += data.nodes[i + sizeAt]!
    groups.set(label, group)
  }
  const rows = [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25)
  console.log('\n| constructor / kind | count | self size |\n|---|---:|---:|')
  for (const [label, { count, bytes }] of rows)
    console.log(`| ${label} | ${count.toLocaleString('en')} | ${mb(bytes)} |`)
}

await main()
