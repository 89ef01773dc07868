/**
 * Every schema version ever released has a fixture (test/fixtures/db/v<N>.json) and must open
 * in the current app with nothing lost. The old database is seeded with a raw Dexie declaring
 * only that version's stores, exactly as the old app left it; then the app's factory opens it.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'

import { IncidentSchema, PolicySchema } from '@shared/model'

import { decodeBlobs, type DbFixture } from '../../../test/fixtures/db/fixture-format'
import { createRepository } from './repository'
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY, openSentinelleDb } from './schema'

const fixtureDir = fileURLToPath(new URL('../../../test/fixtures/db/', import.meta.url))
const fixtures = readdirSync(fixtureDir)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(`${fixtureDir}${name}`, 'utf8')) as DbFixture)
  .sort((a, b) => a.schemaVersion - b.schemaVersion)

/**
 * What each upgrade is expected to do to the rows of the version before it. An upgrade that
 * transforms rows adds its expectation here (e.g. 2: (tables) => ({ ...tables, incidents: … })).
 * Tables missing from the result must be absent after the upgrade; every other row must be there.
 */
type Row = Record<string, unknown>

/** Moves every field but `keep` into `clear` (or only `field`'s value): the v2 envelope. */
function envelope(rows: unknown[], keep: string[], field?: string): Row[] {
  return (rows as Row[]).map((row) => {
    const out: Row = {}
    const clear: Row = {}
    for (const [k, v] of Object.entries(row)) (keep.includes(k) ? out : clear)[k] = v
    out.clear = field ? clear[field] : clear
    return out
  })
}

const EXPECTED_UPGRADES: Record<number, (tables: DbFixture['tables']) => DbFixture['tables']> = {
  // v2: records become envelopes (clear until set-up), index rows name their writer.
  2: (tables) => ({
    ...tables,
    incidents: (tables.incidents as Row[]).map((row) => ({
      ...row,
      writer: expect.any(String)
    })),
    contents: envelope(tables.contents!, ['id'], 'incident'),
    summaries: envelope(tables.summaries!, ['id']),
    policies: envelope(
      tables.policies!,
      ['id', 'kind', 'archived', 'createdAt', 'updatedAt'],
      'policy'
    ),
    attachments: envelope(tables.attachments!, ['id', 'incidentId', 'size', 'addedAt']),
    attachmentBlobs: envelope(tables.attachmentBlobs!, ['id'], 'blob'),
    history: envelope(tables.history!, ['id', 'incidentId', 'kind', 'at', 'lastAt']),
    tombstones: [],
    meta: [...(tables.meta as Row[]), { key: 'seat', writer: expect.any(String) }]
  }),
  // v3: an empty conflicts table; each index row's content taken as last changed at its rev.
  3: (tables) => ({
    ...tables,
    incidents: (tables.incidents as Row[]).map((row) => ({ ...row, contentRev: row.rev })),
    conflicts: []
  }),
  // v4: an empty incidentKeys table (rows change only after an unlock, see vault.ts migrate).
  4: (tables) => ({ ...tables, incidentKeys: [] })
}

function expectedTables(fixture: DbFixture): DbFixture['tables'] {
  let tables = fixture.tables
  for (const schema of SCHEMA_HISTORY) {
    if (schema.version <= fixture.schemaVersion) continue
    const upgrade = EXPECTED_UPGRADES[schema.version]
    if (schema.upgrade && !upgrade) {
      throw new Error(`v${schema.version} has an upgrade function but no expectation here`)
    }
    if (upgrade) tables = upgrade(tables)
  }
  return tables
}

async function blobToBase64(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return Buffer.from(await value.arrayBuffer()).toString('base64')
  // v2 keeps the bytes of an unencrypted register in the envelope: { clear: Blob }.
  if (typeof value === 'object' && value !== null && 'clear' in value) {
    const clear = (value as { clear: unknown }).clear
    if (clear instanceof Blob) return { clear: await blobToBase64(clear) }
  }
  return value
}

function encodedBlobToBase64(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if ('$blob' in value) return (value as { $blob: { base64: string } }).$blob.base64
  if ('clear' in value) return { clear: encodedBlobToBase64((value as { clear: unknown }).clear) }
  return value
}

const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('migration fixtures', () => {
  it('cover every released schema version', () => {
    expect(fixtures.map((f) => f.schemaVersion)).toEqual(SCHEMA_HISTORY.map((s) => s.version))
    expect(fixtures.at(-1)?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
  })

  for (const fixture of fixtures) {
    it(`v${fixture.schemaVersion} (written by ${fixture.writtenBy}) opens in v${CURRENT_SCHEMA_VERSION} with nothing lost`, async () => {
      const name = `upgrade-from-v${fixture.schemaVersion}-${crypto.randomUUID()}`
      const schema = SCHEMA_HISTORY.find((s) => s.version === fixture.schemaVersion)!

      // The database as the old app left it.
      const old = new Dexie(name)
      old.version(schema.version).stores({ ...schema.stores })
      await old.open()
      for (const [table, rows] of Object.entries(fixture.tables)) {
        await old.table(table).bulkAdd(decodeBlobs(rows) as object[])
      }
      old.close()

      const db = await openSentinelleDb({ name, appVersion: '99.0.0-test' })
      opened.push(db)
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)

      // Every row of every table, as expected after the upgrades (blobs compared by bytes).
      const expected = expectedTables(fixture)
      for (const [table, rows] of Object.entries(expected)) {
        const actual = await db.table(table).toArray()
        const comparable = await Promise.all(
          actual.map(async (row: Record<string, unknown>) =>
            Object.fromEntries(
              await Promise.all(
                Object.entries(row).map(async ([k, v]) => [k, await blobToBase64(v)] as const)
              )
            )
          )
        )
        const wanted = (rows as Record<string, unknown>[]).map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, encodedBlobToBase64(v)]))
        )
        if (table === 'meta') {
          // The schema row records the new writer; everything else in meta is kept.
          const schemaRow = comparable.find((r) => r.key === 'schema')
          expect(schemaRow).toMatchObject({
            schemaVersion: CURRENT_SCHEMA_VERSION,
            appVersion: '99.0.0-test',
            createdBy: wanted.find((r) => r.key === 'schema')?.createdBy
          })
          expect(comparable.filter((r) => r.key !== 'schema')).toEqual(
            wanted.filter((r) => r.key !== 'schema')
          )
        } else {
          expect(comparable, `table ${table}`).toEqual(wanted)
        }
      }

      // And the app works on it: every stored incident and policy is valid today, search,
      // history and attachments read back, the next reference continues, a save succeeds.
      const repo = createRepository(db)
      const contentIds = await db.contents.toCollection().primaryKeys()
      expect(contentIds.length).toBeGreaterThan(0)
      const contents = await Promise.all(
        contentIds.map(async (id) => ({ incident: (await repo.getIncident(id))!.incident }))
      )
      for (const { incident } of contents) {
        expect(IncidentSchema.safeParse(incident).success, incident.reference).toBe(true)
      }
      for (const policy of await repo.listPolicies({ includeArchived: true })) {
        expect(PolicySchema.safeParse(policy).success).toBe(true)
      }
      const live = (expected.incidents as { deleted: number }[]).filter((r) => r.deleted === 0)
      expect((await repo.listIncidents()).total).toBe(live.length)
      const first = contents[0]!.incident
      const hit = await repo.listIncidents({ text: first.title, deleted: 'include' })
      expect(hit.items.map((i) => i.id)).toContain(first.id)
      const incidentIds = contents.map((c) => c.incident.id)
      const attachments = (
        await Promise.all(incidentIds.map((id) => repo.listAttachments(id)))
      ).flat()
      expect(attachments.length).toBe(await db.attachments.count())
      for (const meta of attachments) {
        const blob = await repo.getAttachmentBlob(meta.id)
        const hash = createHash('sha256')
          .update(Buffer.from(await blob!.arrayBuffer()))
          .digest('hex')
        expect(hash).toBe(meta.sha256)
      }
      for (const { incident } of contents) {
        expect((await repo.getHistory(incident.id)).length).toBeGreaterThan(0)
      }
      const next = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
      // An erased incident's number is never given again (the counters record keeps it).
      const counters = (expected.meta as { key: string; lastRefNumber?: number }[]).find(
        (row) => row.key === 'counters'
      )
      const refs = [
        ...contents.map((c) => Number(c.incident.reference.replace(/\D/g, ''))),
        counters?.lastRefNumber ?? 0
      ]
      expect((await repo.getIncident(next))!.incident.reference).toBe(
        `INC-${String(Math.max(...refs) + 1).padStart(4, '0')}`
      )
      const open = contents.find((c) => c.incident.status === 'open')!.incident
      await repo.saveIncident({ ...open, title: `${open.title} (modifié)` })
      expect((await repo.getIncident(open.id))!.incident.title).toMatch(/\(modifié\)$/)
    })
  }
})
