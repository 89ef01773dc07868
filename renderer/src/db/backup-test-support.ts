/**
 * Test support for backup-store (node tests only): seeding registers and dumping them decrypted,
 * so that two registers can be compared with one deep equality.
 */
import { sampleIncidents } from '@shared/model'
import { bytesSource, openContainer, packContainer, sha256Hex, type Manifest } from '@shared/backup'

import { Dexie } from 'dexie'

import type { Policy } from '@shared/model'

import {
  createRepository,
  formatReference,
  openAttachmentRow,
  openHistoryRow,
  toIndexRow,
  type Repository
} from './repository'
import { validateIncident } from './validation'
import { withoutEnvelope } from './backup-store'
import {
  openSentinelleDb,
  type AttachmentBlobRow,
  type AttachmentRow,
  type ContentRow,
  type HistoryRow,
  type PolicyRow,
  type SentinelleDb
} from './schema'
import { forgetRegisterCache, toSummary } from './search'
import { isSealedSetting } from './settings'
import { sealBytes, sealJson } from '../crypto/seal'
import { unwrapWithPassphrase } from '../crypto/keys'
import {
  INCIDENT_SEALED_TABLES,
  vaultOf,
  type Envelope,
  type KeyringMetaRow,
  type Vault
} from './vault'

export const TEST_ITERATIONS = 1_000

export async function openTestDb(name = `bk-${crypto.randomUUID()}`): Promise<{
  db: SentinelleDb
  repo: Repository
}> {
  const db = await openSentinelleDb({ name, appVersion: '0.2.0' })
  vaultOf(db, { keyring: { iterations: TEST_ITERATIONS } })
  const repo = createRepository(db)
  await repo.ready()
  return { db, repo }
}

/**
 * A register for the encryption tests: the fake-indexeddb database `name` (a new one, or the same
 * name again to reopen it as the app would after a restart), its vault with TEST_ITERATIONS of
 * PBKDF2, and a repository, both on the test's clock (`now`, in ms since the epoch).
 */
export async function openEncryptedTestRegister(
  name: string,
  now: () => number,
  appVersion = '0.4.0'
): Promise<{ db: SentinelleDb; vault: Vault; repo: Repository }> {
  const db = await openSentinelleDb({ name, appVersion })
  const vault = vaultOf(db, { keyring: { iterations: TEST_ITERATIONS }, now })
  const repo = createRepository(db, { now: () => new Date(now()).toISOString() })
  await repo.ready()
  return { db, vault, repo }
}

/** A fresh Dexie instance on the same database (a new vault: what an app restart sees). */
export async function reopen(db: SentinelleDb): Promise<{ db: SentinelleDb; repo: Repository }> {
  const name = db.name
  db.close()
  return openTestDb(name)
}

/**
 * `count` incidents from the samples (varied content), one attachment on every `attachEvery`-th,
 * some edits (history), a deleted one and an erased one (tombstone).
 */
export async function seedRegister(
  repo: Repository,
  count: number,
  options: { attachEvery?: number; attachmentBytes?: number } = {}
): Promise<string[]> {
  const ids = await seedBulk(repo, count, options)
  if (count >= 4) {
    const stored = (await repo.getIncident(ids[1]!))!.incident
    await repo.saveIncident({ ...stored, narrative: `${stored.narrative} (complété)` })
    await repo.deleteIncident(ids[2]!)
    const erased = ids[count - 1]!
    await repo.deleteIncident(erased)
    await repo.purgeIncident(erased)
    ids.pop()
  }
  await repo.setSetting('timeZone', 'Europe/Paris')
  return ids
}

/**
 * Writes `count` incidents in one transaction the way the repository writes them (index row,
 * content, summary, an 'imported' history entry, attachments): fast enough for 1,000.
 */
async function seedBulk(
  repo: Repository,
  count: number,
  options: { attachEvery?: number; attachmentBytes?: number }
): Promise<string[]> {
  const db = await repo.ready()
  const every = options.attachEvery ?? 4
  const seat = await db.meta.get('seat')
  const writer = seat && seat.key === 'seat' ? seat.writer : 'test'
  const at = '2026-03-01T09:00:00.000Z'
  const ids: string[] = []
  const policies = new Map<string, Policy>()
  await db.transaction(
    'rw',
    [
      db.incidents,
      db.contents,
      db.summaries,
      db.history,
      db.attachments,
      db.attachmentBlobs,
      db.policies,
      db.meta
    ],
    async () => {
      for (let i = 0; i < count; i++) {
        const sample = sampleIncidents[i % sampleIncidents.length]!.file
        const id = crypto.randomUUID()
        ids.push(id)
        for (const p of sample.policies) policies.set(p.id, p)
        const incident = validateIncident({
          ...sample.incident,
          id,
          reference: formatReference(i + 1),
          title: `${sample.incident.title} n°${i}`,
          createdAt: at,
          updatedAt: at
        })
        await db.incidents.add({ ...toIndexRow(incident, undefined, i + 1, undefined), writer })
        await db.contents.add({ id, clear: incident } as ContentRow)
        await db.summaries.add(toSummary(incident))
        await db.history.add({
          incidentId: id,
          kind: 'imported',
          at,
          lastAt: at,
          clear: { changes: [], note: sample.incident.reference }
        } as HistoryRow)
        if (i % every === 0) {
          const size = (options.attachmentBytes ?? 64) + (i % 7)
          const bytes = new Uint8Array(size).map((_, k) => (k * 31 + i) & 255)
          const attachmentId = crypto.randomUUID()
          await db.attachments.add({
            id: attachmentId,
            incidentId: id,
            type: 'application/pdf',
            size,
            addedAt: at,
            clear: {
              name: `piece-${i}.pdf`,
              type: 'application/pdf',
              sha256: await Dexie.waitFor(sha256Hex(bytes))
            }
          } as AttachmentRow)
          await db.attachmentBlobs.add({
            id: attachmentId,
            clear: new Blob([bytes], { type: 'application/pdf' })
          } as AttachmentBlobRow)
        }
      }
      for (const p of policies.values()) {
        await db.policies.add({
          id: p.id,
          kind: p.kind,
          archived: 0,
          createdAt: at,
          updatedAt: at,
          clear: p
        } as PolicyRow)
      }
      await db.meta.put({ key: 'counters', lastRefNumber: count, rev: count })
    }
  )
  forgetRegisterCache(db)
  return ids
}

/** Every table, decrypted, sorted by key; attachment bytes as SHA-256. Meta is left out. */
export async function dumpRegister(db: SentinelleDb): Promise<Record<string, unknown[]>> {
  const vault = vaultOf(db)
  await vault.load()
  const byId = <T extends { id?: unknown; key?: unknown }>(rows: T[]) =>
    rows.sort((a, b) => {
      const x = a.id ?? a.key
      const y = b.id ?? b.key
      if (typeof x === 'number' && typeof y === 'number') return x - y
      return String(x) < String(y) ? -1 : 1
    })
  const contents = await Promise.all(
    (await db.contents.toArray()).map(async (r) => vault.open('contents', r.id, r))
  )
  const summaries = await Promise.all(
    (await db.summaries.toArray()).map(async (r) => ({
      id: r.id,
      ...(await vault.open('summaries', r.id, r))
    }))
  )
  const policies = await Promise.all(
    (await db.policies.toArray()).map(async (r) => ({
      id: r.id,
      kind: r.kind,
      archived: r.archived,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      policy: await vault.open('policies', r.id, r)
    }))
  )
  const history = await Promise.all((await db.history.toArray()).map((r) => openHistoryRow(db, r)))
  const attachments = await Promise.all(
    (await db.attachments.toArray()).map((r) => openAttachmentRow(db, r))
  )
  const blobs = await Promise.all(
    (await db.attachmentBlobs.toArray()).map(async (r) => {
      const meta = attachments.find((a) => a.id === r.id)!
      const blob = await vault.openBlob(r.id, r, meta.type)
      return { id: r.id, sha256: await sha256Hex(await blob.arrayBuffer()), size: blob.size }
    })
  )
  return {
    incidents: byId(await db.incidents.toArray()),
    contents: byId(contents),
    summaries: byId(summaries),
    policies: byId(policies),
    history: byId(history),
    attachments: byId(attachments),
    blobs: byId(blobs),
    // Sealed parts opened, so that registers sealed with different keys compare too.
    tombstones: byId(
      await Promise.all(
        (await db.tombstones.toArray()).map(async ({ art33, ...rest }) =>
          art33 ? { ...rest, art33: await vault.open('tombstones', rest.id, art33) } : rest
        )
      )
    ),
    settings: byId(
      await Promise.all(
        (await db.settings.toArray()).map(async (row) =>
          isSealedSetting(row.key)
            ? {
                key: row.key,
                value: await vault.open('settings', row.key, row.value as Envelope<unknown>)
              }
            : row
        )
      )
    ),
    conflicts: byId(
      await Promise.all(
        (await db.conflicts.toArray()).map(async (r) => ({
          ...withoutEnvelope(r),
          ...(await vault.open('conflicts', r.id, r))
        }))
      )
    )
  }
}

/**
 * Turns an encrypted (v4) register back into what register v3 left: every incident record
 * sealed under the data key, no incident keys, the re-sealing not done; and, as before the media
 * type was sealed, a clear copy of it on attachment rows. The vault must be unlocked.
 */
export async function asEncryptedByV3(db: SentinelleDb, passphrase: string): Promise<void> {
  const vault = vaultOf(db)
  const keyringRow = (await db.meta.get('keyring')) as KeyringMetaRow
  const dataKey = await unwrapWithPassphrase(keyringRow.keyring, passphrase)
  for (const table of INCIDENT_SEALED_TABLES) {
    const rows = (await db.table(table).toArray()) as (Record<string, unknown> & { id: string })[]
    for (const row of rows) {
      const { ik: _ik, iv: _iv, ciphertext: _c, ...rest } = row
      const id = String(row.id)
      const envelope =
        table === 'attachmentBlobs'
          ? await sealBytes(
              dataKey,
              table,
              id,
              await (await vault.openBlob(id, row as never, '')).arrayBuffer()
            )
          : await sealJson(dataKey, table, id, await vault.open(table, id, row as never))
      const stale = table === 'attachments' ? { type: 'application/pdf' } : {}
      await db.table(table).put({ ...rest, ...stale, ...envelope })
    }
  }
  await db.incidentKeys.clear()
  const { incidentKeys: _done, ...keyring } = keyringRow
  await db.meta.put(keyring)
  vault.forgetIncidentKeys()
}

/** A backup or case file taken apart into its manifest header and its entries' bytes. */
export type Unpacked = {
  header: Omit<Manifest, 'entries'>
  entries: { name: string; data: Uint8Array; iv?: string }[]
}

export async function unpack(bytes: Uint8Array): Promise<Unpacked> {
  const container = await openContainer(bytesSource(bytes))
  const { entries, ...header } = container.manifest
  const out: Unpacked['entries'] = []
  for (const entry of entries) {
    out.push({ name: entry.name, data: new Uint8Array(await container.read(entry)), iv: entry.iv })
  }
  return { header, entries: out }
}

/** Packs the entries again (new offsets and checksums): a mutated entry passes the checksums. */
export async function repack(u: Unpacked): Promise<Uint8Array> {
  const blob = await packContainer(u.header, u.entries)
  return new Uint8Array(await blob.arrayBuffer())
}
