/**
 * Test-only browser entry, bundled on the fly by seed-register.ts and evaluated in the page:
 * fills the app's own IndexedDB register with generated incidents through the database
 * module's schema and projections, in one bulk transaction. It is never part of the app build,
 * so the shipped renderer has no seeding backdoor.
 */
import { assess } from '../../../shared/assessment'
import { summarizeAssessment } from '../../../renderer/src/db/assessment-summary'
import { readCounts } from '../../../renderer/src/db/counts'
import { removeFirstScreen } from '../../../renderer/src/db/first-screen'
import { createRepository, toIndexRow } from '../../../renderer/src/db/repository'
import { createSentinelleDb } from '../../../renderer/src/db/schema'
import type { CountersMetaRow } from '../../../renderer/src/db/schema'
import { toSummary } from '../../../renderer/src/db/search'
import { generateIncidents } from './incident-generator'

export type SeedOptions = {
  count: number
  seed?: number
  /** "Now" for the generated dates and the stored assessment summaries. */
  now?: string
  /**
   * Positions of incidents stored with a date out of the schema's range (the occurrence in year
   * 0026, as a record saved before dates were bounded would be), to test that exports skip them.
   */
  outOfRangeAt?: number[]
  /** Another IndexedDB database than the app's (the restore bench seeds a source register). */
  dbName?: string
}

export type SeedResult = { written: number; firstReference: string; lastReference: string }

async function seed(options: SeedOptions): Promise<SeedResult> {
  const db = createSentinelleDb(options.dbName === undefined ? {} : { name: options.dbName })
  await createRepository(db).ready()
  // This connection has no first-screen guard (renderer/src/db/app-db.ts): the copy kept outside
  // IndexedDB (an empty register's too, which shows the first-run screen at start) goes first,
  // as the guard removes it before any write.
  removeFirstScreen(db.name)
  try {
    const now = options.now ?? new Date().toISOString()
    return await db.transaction(
      'rw',
      [db.incidents, db.contents, db.summaries, db.history, db.meta],
      async () => {
        // The register's counts stay current, as after the same writes through the repository.
        const counts = { ...(await readCounts(db)) }
        const stored = await db.meta.get('counters')
        const counters: CountersMetaRow =
          stored && stored.key === 'counters'
            ? stored
            : { key: 'counters', lastRefNumber: 0, rev: 0 }
        const incidents = generateIncidents({
          count: options.count,
          firstNumber: counters.lastRefNumber + 1,
          seed: options.seed,
          now
        })
        for (const index of options.outOfRangeAt ?? []) {
          const event = incidents[index]?.timeline[0]
          if (event) event.at = `0026${event.at.slice(4)}`
        }
        let rev = counters.rev
        const rows = incidents.map((incident) => {
          const summary = summarizeAssessment(assess({ incident, policies: [] }, { now }))
          return toIndexRow(incident, undefined, ++rev, summary)
        })
        await db.incidents.bulkPut(rows)
        await db.contents.bulkPut(
          incidents.map((incident) => ({ id: incident.id, clear: incident }))
        )
        await db.summaries.bulkPut(incidents.map(toSummary))
        await db.history.bulkAdd(
          incidents.map((incident) => ({
            incidentId: incident.id,
            kind: 'created' as const,
            at: incident.createdAt,
            lastAt: incident.createdAt,
            clear: { changes: [] }
          }))
        )
        for (const incident of incidents) counts[incident.status]++
        await db.meta.put({
          ...counters,
          counts: { ...counts, atRev: rev },
          rev,
          lastRefNumber: counters.lastRefNumber + incidents.length
        })
        return {
          written: incidents.length,
          firstReference: incidents[0]?.reference ?? '',
          lastReference: incidents[incidents.length - 1]?.reference ?? ''
        }
      }
    )
  } finally {
    db.close()
  }
}

;(globalThis as { __sentinelleSeed?: typeof seed }).__sentinelleSeed = seed
