/**
 * The restore's fast row checks (shared/backup/fast-accept.ts) must refuse exactly what zod
 * refuses, with the same message: every backup below is opened twice, with the closures and with
 * zod alone, and both outcomes (the tables read, or the error's kind, part and FR/EN text) must be
 * equal. The backups are real ones (clear and encrypted, with attachments, a conflict, a kept
 * Art. 33(5) entry, a staged removal and a personal setting), mutated near the schemas' limits.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { isBackupError, openBackup, bytesSource } from '@shared/backup'
import { acceptorOf, setFastAccept } from '@shared/backup/fast-accept'
import * as backupSchemas from '@shared/backup/schemas'
import { IncidentSchema, PolicySchema } from '@shared/model'

import { createBackup } from './backup-store'
import { openTestDb, repack, seedRegister, unpack, type Unpacked } from './backup-test-support'
import { vaultOf } from './vault'

const PASS = 'phrase des contrôles rapides'

async function registerBackup(encrypted: boolean): Promise<Uint8Array> {
  const { db, repo } = await openTestDb()
  const ids = await seedRegister(repo, 6, { attachEvery: 2 })
  const { incident, index } = (await repo.getIncident(ids[1]!))!
  await repo.saveIncident({ ...incident, title: 'Version A' }, { baseRev: index.rev })
  await expect(
    repo.saveIncident({ ...incident, title: 'Version B' }, { baseRev: index.rev })
  ).rejects.toMatchObject({ detail: { kind: 'conflict' } })
  await repo.purgeIncident(ids[2]!, { keepArt33Entry: true })
  await repo.stageAttachmentRemoval((await db.attachments.toArray())[0]!.id)
  await repo.setSetting('defaultInsured', (await repo.getIncident(ids[0]!))!.incident.insured)
  if (encrypted) await vaultOf(db).setUp(PASS)
  const bytes = new Uint8Array(await (await createBackup(db)).blob.arrayBuffer())
  db.close()
  return bytes
}

/** What opening a backup gave: its tables and clear values, or its error as the user sees it. */
async function outcome(bytes: Uint8Array, secret?: string): Promise<unknown> {
  try {
    const opened = await openBackup(bytesSource(bytes), { secret })
    return { tables: opened.tables, clear: opened.clear }
  } catch (error) {
    if (!isBackupError(error)) throw error
    return { kind: error.kind, part: error.part, detail: error.detail }
  }
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

const STRING_LENGTHS = [0, 1, 15, 16, 17, 40, 41, 50, 51, 100, 101, 200, 201, 300, 301, 1000, 1001]
const STRINGS = [
  '',
  ' ',
  'nope',
  'draft',
  'confidentiality',
  '2026-03-01T09:00:00.000Z',
  '2026-03-01T09:00:00',
  '1969-12-31T23:59:59.000Z',
  '2101-01-01T00:00:00.000Z',
  '2026-02-30',
  '2026-03-01',
  'Europe/Paris',
  'Mars/Olympus',
  'AAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAA',
  'not base64!',
  'a'.repeat(64),
  'A'.repeat(64)
]
const NUMBERS = [-1, 0, 1, 1.5, 1000, 1001, 2 ** 53, 2 ** 53 - 1, 1e308]

/** One value near a limit, of the value's own type most of the time. */
function nearValue(current: unknown, next: () => number): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const roll = next()
  if (roll < 0.1) return pick([null, true, {}, [], 0, 'x'])
  if (typeof current === 'string') {
    if (roll < 0.55) return 'x'.repeat(pick(STRING_LENGTHS))
    return pick(STRINGS)
  }
  if (typeof current === 'number') return pick(NUMBERS)
  if (Array.isArray(current))
    return roll < 0.5 ? [] : [...current, pick(current.length ? current : [1])]
  if (current !== null && typeof current === 'object') return { ...current, extra: 1 }
  return pick(STRINGS)
}

/** Mutates one value somewhere in one table entry (or drops a key, or adds one). */
function mutate(u: Unpacked, next: () => number): Unpacked {
  const tables = u.entries.filter((e) => e.name.startsWith('tables/') || e.name.endsWith('.json'))
  const entry = tables[Math.floor(next() * tables.length)]!
  const root = JSON.parse(new TextDecoder().decode(entry.data)) as unknown
  // Walk down a random path, then change what is there.
  let parent: Record<string, unknown> | unknown[] | undefined
  let key: string | number | undefined
  let cur: unknown = root
  while (cur !== null && typeof cur === 'object' && (next() < 0.8 || parent === undefined)) {
    const keys = Object.keys(cur)
    if (keys.length === 0) break
    parent = cur as Record<string, unknown>
    key = keys[Math.floor(next() * keys.length)]!
    cur = (cur as Record<string, unknown>)[key]
  }
  if (parent === undefined || key === undefined) return u
  const target = parent as Record<string, unknown>
  const roll = next()
  if (roll < 0.1 && !Array.isArray(parent)) delete target[key]
  else if (roll < 0.15 && !Array.isArray(parent)) target['unexpected'] = cur
  else target[key] = nearValue(cur, next)
  return {
    ...u,
    entries: u.entries.map((e) =>
      e === entry ? { ...e, data: new TextEncoder().encode(JSON.stringify(root)) } : e
    )
  }
}

describe('fast row checks of a restore', () => {
  afterEach(() => setFastAccept(true))

  it('have a closure for every hot schema (else the restore silently falls back to zod)', () => {
    const s = backupSchemas
    for (const schema of [
      s.IndexRowSchema,
      IncidentSchema,
      PolicySchema,
      s.SummaryTextSchema,
      s.HistorySecretSchema,
      s.AttachmentSecretSchema,
      s.ConflictVersionsSchema,
      s.TombstoneSchema,
      s.BlobRowSchema,
      s.IncidentKeyRowSchema
    ]) {
      expect(acceptorOf(schema)).toBeTypeOf('function')
    }
  })

  for (const encrypted of [false, true]) {
    describe(encrypted ? 'encrypted backup' : 'clear backup', () => {
      let base: Unpacked
      beforeAll(async () => {
        base = await unpack(await registerBackup(encrypted))
      }, 60_000)

      it('refuse exactly what zod refuses, with the same message, and read the same tables', async () => {
        const next = random(encrypted ? 7 : 3)
        const secret = encrypted ? PASS : undefined
        let refused = 0
        const runs = 400
        for (let i = 0; i < runs; i++) {
          const bytes = await repack(mutate(base, next))
          const fast = await outcome(bytes, secret)
          setFastAccept(false)
          const zodOnly = await outcome(bytes, secret)
          setFastAccept(true)
          expect(fast, `mutation ${i}`).toEqual(zodOnly)
          if (!('tables' in (fast as object))) refused++
        }
        // The mutations do hit the checks (most are refused, some still valid).
        expect(refused).toBeGreaterThan(runs / 4)
        expect(refused).toBeLessThan(runs)
      }, 120_000)
    })
  }
})
