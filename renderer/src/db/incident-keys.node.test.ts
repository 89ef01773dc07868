/**
 * Crypto-shredding (register v4): one key per incident, sealed under the data key, erased with
 * the incident. PBKDF2 runs with 1,000 iterations here to keep the suite fast.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { Incident } from '@shared/model'

import { IncidentKeyGoneError, sealingIncident } from '../crypto/incident-keys'
import { unwrapWithPassphrase } from '../crypto/keys'
import { DamagedRecordError, openBytes } from '../crypto/seal'
import { asEncryptedByV3, openEncryptedTestRegister } from './backup-test-support'
import type { SentinelleDbError } from './errors'
import type { Repository } from './repository'
import type { SentinelleDb } from './schema'
import { INCIDENT_SEALED_TABLES, type KeyringMetaRow, type Vault } from './vault'

const PASS = 'une phrase secrète assez longue'
const TZ = { timeZone: 'Europe/Paris' }
const FILE_BYTES = 'CONTENU-PIECE-Brontosaure'

let db: SentinelleDb
let repo: Repository
let vault: Vault
let clock = 0

const open = (name: string) => openEncryptedTestRegister(name, () => clock, '0.4.0')

beforeEach(async () => {
  clock = Date.parse('2026-03-01T09:00:00Z')
  ;({ db, vault, repo } = await open(`ik-${crypto.randomUUID()}`))
})
afterEach(async () => {
  db.close()
  await db.delete()
})

async function incidentWithEverything(narrative: string): Promise<Incident> {
  const id = await repo.createDraftIncident(TZ)
  const stored = (await repo.getIncident(id))!.incident
  const incident: Incident = { ...stored, title: `Fuite ${narrative}`, narrative }
  const saved = await repo.saveIncident(incident)
  await repo.addAttachment(
    id,
    Object.assign(new Blob([FILE_BYTES], { type: 'application/pdf' }), { name: 'piece.pdf' })
  )
  // A refused save from a stale revision: a conflict record.
  await repo.saveIncident(
    { ...incident, narrative: `${narrative} A` },
    { baseRev: saved.index.rev }
  )
  await repo
    .saveIncident({ ...incident, narrative: `${narrative} B` }, { baseRev: saved.index.rev })
    .catch(() => undefined)
  return incident
}

type AnyRow = Record<string, unknown> & { id: string | number }

/** Every incident-scoped row of `incidentId`, as stored. */
async function rowsOf(incidentId: string): Promise<{ table: string; row: AnyRow }[]> {
  const attachmentIds = await db.attachments.where('incidentId').equals(incidentId).primaryKeys()
  const out: { table: string; row: AnyRow }[] = []
  const push = (table: string, rows: unknown[]) => {
    for (const row of rows) if (row) out.push({ table, row: row as AnyRow })
  }
  push('contents', [await db.contents.get(incidentId)])
  push('summaries', [await db.summaries.get(incidentId)])
  push('history', await db.history.where('incidentId').equals(incidentId).toArray())
  push('attachments', await db.attachments.where('incidentId').equals(incidentId).toArray())
  push('attachmentBlobs', await db.attachmentBlobs.bulkGet(attachmentIds))
  push('conflicts', await db.conflicts.where('incidentId').equals(incidentId).toArray())
  return out
}

async function dataKey(): Promise<CryptoKey> {
  const row = (await db.meta.get('keyring')) as KeyringMetaRow
  return unwrapWithPassphrase(row.keyring, PASS)
}

describe('incident keys', () => {
  it('seal every record of an incident with its own key, marked; register-wide ones stay under the data key', async () => {
    const before = await incidentWithEverything('avant la mise en place')
    await repo.savePolicy({
      kind: 'cyber',
      insurer: 'Assureur',
      policyNumber: 'CY-1',
      confidentialityClause: 'yes',
      exclusions: []
    })
    await vault.setUp(PASS)
    const after = await incidentWithEverything('après la mise en place')
    expect(await db.incidentKeys.count()).toBe(2)
    const key = await dataKey()
    for (const incident of [before, after]) {
      const rows = await rowsOf(incident.id)
      expect(new Set(rows.map((r) => r.table))).toEqual(new Set(INCIDENT_SEALED_TABLES))
      for (const { table, row } of rows) {
        expect(sealingIncident(row), `${table}/${row.id}`).toBe(incident.id)
        // Not openable with the data key: it really is another key.
        await expect(openBytes(key, table, String(row.id), row as never)).rejects.toBeInstanceOf(
          DamagedRecordError
        )
      }
    }
    // The key row itself is sealed under the data key, bound to its incident.
    const keyRow = (await db.incidentKeys.get(after.id))!
    expect(Object.keys(keyRow).sort()).toEqual(['ciphertext', 'createdAt', 'id', 'iv'])
    expect((await openBytes(key, 'incidentKeys', after.id, keyRow)).byteLength).toBe(32)
    await expect(openBytes(key, 'incidentKeys', before.id, keyRow)).rejects.toBeInstanceOf(
      DamagedRecordError
    )
    const [policy] = await db.policies.toArray()
    expect(sealingIncident(policy)).toBeUndefined()
    expect((await repo.listPolicies())[0]!.insurer).toBe('Assureur')
    // Everything reads back.
    expect((await repo.getIncident(before.id))!.incident.narrative).toMatch(/^avant/)
    expect((await repo.listIncidents({ text: 'après' })).total).toBe(1)
    const [meta] = await repo.listAttachments(after.id)
    expect(await (await repo.getAttachmentBlob(meta!.id))!.text()).toBe(FILE_BYTES)
    expect((await repo.listConflicts(after.id)).length).toBe(1)
    expect((await repo.getHistory(after.id)).length).toBeGreaterThan(1)
  })

  it('erasure deletes the key: captured rows no longer open, even with the unlocked data key', async () => {
    await vault.setUp(PASS)
    const erased = await incidentWithEverything('à effacer')
    const kept = await incidentWithEverything('à garder')
    const journal = await vault.seal('journal', erased.id, 'frappe en cours', erased.id)
    const captured = await rowsOf(erased.id)
    // Every captured row opens before the erasure.
    for (const { table, row } of captured) {
      if (table === 'attachmentBlobs') await vault.openBlob(String(row.id), row as never, '')
      else await vault.open(table as never, String(row.id), row as never)
    }
    await repo.deleteIncident(erased.id)
    await repo.purgeIncident(erased.id, { keepArt33Entry: true })
    expect(await db.incidentKeys.get(erased.id)).toBeUndefined()
    expect(vault.status()).toBe('unlocked')
    const key = await dataKey()
    for (const { table, row } of [
      ...captured,
      { table: 'journal', row: { id: erased.id, ...journal } }
    ]) {
      const id = String(row.id)
      const error = await (
        table === 'attachmentBlobs'
          ? vault.openBlob(id, row as never, '')
          : vault.open(table as never, id, row as never)
      ).catch((e: unknown) => e)
      expect((error as SentinelleDbError).detail, `${table}/${id}`).toEqual({
        kind: 'damaged',
        table,
        id
      })
      // Because its key is gone, not because the row was not found.
      expect((error as Error).cause).toBeInstanceOf(IncidentKeyGoneError)
      await expect(openBytes(key, table, id, row as never)).rejects.toBeInstanceOf(
        DamagedRecordError
      )
    }
    // The Art. 33(5) entry (data key) and the other incident still read.
    const [entry] = await repo.listKeptArt33Entries()
    expect(entry!.entry).toBeDefined()
    expect((await repo.getIncident(kept.id))!.incident.narrative).toBe('à garder A')
  })

  it('automatic erasure deletes the key too', async () => {
    await vault.setUp(PASS)
    const incident = await incidentWithEverything('expirée')
    await repo.deleteIncident(incident.id)
    clock += 31 * 86_400_000
    expect(await repo.eraseExpired(30)).toEqual([incident.id])
    expect(await db.incidentKeys.count()).toBe(0)
  })

  it('a damaged key row makes that incident damaged, the others readable', async () => {
    const a = await incidentWithEverything('alpha')
    const b = await incidentWithEverything('bravo')
    await vault.setUp(PASS)
    vault.lock()
    const row = (await db.incidentKeys.get(a.id))!
    const bytes = new Uint8Array(row.ciphertext.slice(0))
    bytes[3] = bytes[3]! ^ 0x01
    await db.incidentKeys.put({ ...row, ciphertext: bytes.buffer })
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    const error = await repo.getIncident(a.id).catch((e: unknown) => e)
    expect((error as SentinelleDbError).detail).toEqual({
      kind: 'damaged',
      table: 'contents',
      id: a.id
    })
    expect((await repo.getIncident(b.id))!.incident.narrative).toBe('bravo A')
    const list = await repo.listIncidents()
    expect(list.items.find((i) => i.id === a.id)!.damaged).toBe(true)
    expect(list.items.find((i) => i.id === b.id)!.title).toBe('Fuite bravo')
  })

  it('a flipped byte in one incident-key record damages that record only', async () => {
    await vault.setUp(PASS)
    const a = await incidentWithEverything('alpha')
    const row = (await db.summaries.get(a.id)) as { ciphertext: ArrayBuffer }
    const bytes = new Uint8Array(row.ciphertext.slice(0))
    bytes[5] = bytes[5]! ^ 0x01
    await db.summaries.put({ ...row, ciphertext: bytes.buffer } as never)
    const list = await repo.listIncidents()
    expect(list.items.find((i) => i.id === a.id)!.damaged).toBe(true)
    // Its content, under the same key, is intact.
    expect((await repo.getIncident(a.id))!.incident.narrative).toBe('alpha A')
  })

  it('the cache of unwrapped keys is dropped on lock', async () => {
    await vault.setUp(PASS)
    const a = await incidentWithEverything('alpha')
    vault.lock()
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    await repo.getIncident(a.id)
    expect(vault.cachedIncidentKeyCount).toBeGreaterThan(0)
    vault.lock()
    expect(vault.cachedIncidentKeyCount).toBe(0)
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    expect(vault.cachedIncidentKeyCount).toBe(0)
    expect((await repo.getIncident(a.id))!.incident.narrative).toBe('alpha A')
  })
})

describe('v3 → v4: re-sealing an encrypted register per incident', () => {
  it('resumes after an interruption, keeps every record readable meanwhile, loses nothing', async () => {
    const incidents: Incident[] = []
    await vault.setUp(PASS)
    for (let i = 0; i < 4; i++) incidents.push(await incidentWithEverything(`numéro ${i}`))
    await asEncryptedByV3(db, PASS)
    vault.lock()
    const snapshot = async () =>
      Promise.all(
        incidents.map(async (incident) => ({
          incident: (await repo.getIncident(incident.id))!.incident,
          history: await repo.getHistory(incident.id),
          attachments: await repo.listAttachments(incident.id),
          conflicts: await repo.listConflicts(incident.id)
        }))
      )
    // The v3 state opens with the data key (without running the migration: unlock would).
    db.close()
    let next = await open(db.name)
    db = next.db
    repo = next.repo
    vault = next.vault
    expect(vault.migrationDone).toBe(false)
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    const wanted = await snapshot()
    expect(vault.migrationDone).toBe(true)
    // Back to v3, then interrupted after 3 batches.
    await asEncryptedByV3(db, PASS)
    const partial = await vault.migrate({ batchSize: 2, maxBatches: 3 })
    expect(partial.done).toBe(false)
    const marks = (await db.contents.toArray()).map((row) => sealingIncident(row))
    expect(marks.filter((m) => m !== undefined).length).toBeGreaterThan(0)
    expect((await db.summaries.toArray()).every((row) => sealingIncident(row) === undefined)).toBe(
      true
    )
    // Meanwhile everything reads: some rows under incident keys, the rest under the data key.
    expect(await snapshot()).toEqual(wanted)
    // The app closes; the next unlock finishes the job.
    db.close()
    next = await open(db.name)
    db = next.db
    repo = next.repo
    vault = next.vault
    expect(vault.migrationDone).toBe(false)
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    expect(vault.migrationDone).toBe(true)
    expect(await db.incidentKeys.count()).toBe(incidents.length)
    for (const incident of incidents) {
      for (const { table, row } of await rowsOf(incident.id)) {
        expect(sealingIncident(row), `${table}/${row.id}`).toBe(incident.id)
      }
    }
    // The clear media type of old attachment rows is gone, and still read from the envelope.
    for (const row of await db.attachments.toArray()) expect('type' in row).toBe(false)
    expect(await snapshot()).toEqual(wanted)
  })

  it('the set-up of a clear register seals directly per incident and strips a clear media type', async () => {
    const incident = await incidentWithEverything('claire')
    const [attachment] = await db.attachments.toArray()
    await db.attachments.put({ ...attachment!, type: 'application/pdf' } as never)
    const setUp = await vault.setUp(PASS, { batchSize: 1, maxBatches: 2 })
    expect(setUp.migration.done).toBe(false)
    expect(await vault.migrate()).toMatchObject({ done: true })
    for (const { table, row } of await rowsOf(incident.id)) {
      expect('clear' in row, table).toBe(false)
      expect(sealingIncident(row), table).toBe(incident.id)
    }
    const row = (await db.attachments.get(attachment!.id))!
    expect('type' in row).toBe(false)
    expect((await repo.listAttachments(incident.id))[0]!.type).toBe('application/pdf')
  })
})
