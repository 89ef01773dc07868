/**
 * Encryption at rest: what reaches the disk, keys, damage, migration, idle lock and erasure.
 * PBKDF2 runs with 1,000 iterations here to keep the suite fast; the app uses 600,000 (checked).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { sampleIncidents, type Incident } from '@shared/model'

import { PBKDF2_MIN_ITERATIONS } from '../crypto/keys'
import { startIdleLock } from '../lock/idle-lock'
import { openEncryptedTestRegister } from './backup-test-support'
import type { SentinelleDbError } from './errors'
import type { Repository } from './repository'
import { openSentinelleDb, type SentinelleDb } from './schema'
import { registerCacheOf } from './search'
import { vaultOf, type KeyringMetaRow, type Vault } from './vault'

const NARRATIVE = 'Zorglubienne fuite de bilans chez Maître Quenouille'
const CLIENT = 'Établissements Pimprenelle-Vautrin'
const FILE_NAME = 'releve-Xylophonique-42.pdf'
const FILE_BYTES = 'CONTENU-PIECE-Brontosaure'
const PASS = 'une phrase secrète assez longue'
const TZ = { timeZone: 'Europe/Paris' }

let db: SentinelleDb
let repo: Repository
let vault: Vault
let clock = 0

const open = (name: string) => openEncryptedTestRegister(name, () => clock, '0.2.0')

beforeEach(async () => {
  clock = Date.parse('2026-03-01T09:00:00Z')
  ;({ db, vault, repo } = await open(`enc-${crypto.randomUUID()}`))
})
afterEach(async () => {
  db.close()
  await db.delete()
})

async function distinctiveIncident(): Promise<Incident> {
  const id = await repo.createDraftIncident(TZ)
  const stored = (await repo.getIncident(id))!.incident
  const incident: Incident = {
    ...stored,
    title: 'Fuite chez un client',
    narrative: NARRATIVE,
    parties: [{ id: 'p1', role: 'client', name: CLIENT }]
  }
  await repo.saveIncident(incident)
  await repo.addAttachment(
    id,
    Object.assign(new Blob([FILE_BYTES], { type: 'application/pdf' }), { name: FILE_NAME })
  )
  return incident
}

/** Every byte of every store as text: strings, and ArrayBuffers/Blobs decoded as UTF-8. */
async function rawDump(database: SentinelleDb): Promise<string> {
  const parts: string[] = []
  const visit = async (value: unknown): Promise<void> => {
    if (value instanceof Blob) parts.push(await value.text())
    else if (value instanceof ArrayBuffer) parts.push(new TextDecoder().decode(value))
    else if (ArrayBuffer.isView(value)) parts.push(new TextDecoder().decode(value))
    else if (Array.isArray(value)) for (const v of value) await visit(v)
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        parts.push(k)
        await visit(v)
      }
    } else parts.push(String(value))
  }
  for (const table of database.tables) await visit(await table.toArray())
  return parts.join('\n')
}

const INSURED_NAME = 'Cabinet Quetzalcoatl-Berlingot'
const SECRETS = [
  NARRATIVE,
  CLIENT,
  FILE_NAME,
  FILE_BYTES,
  'Zorglubienne',
  'Pimprenelle',
  INSURED_NAME,
  'Quetzalcoatl'
]

async function setDefaultInsured(name: string) {
  const insured = (await repo.getIncident(await repo.createDraftIncident(TZ)))!.incident.insured
  await repo.setSetting('defaultInsured', { ...insured, name, address: `${name}, 3 rue Haute` })
}

describe('raw stores', () => {
  it('hold the narrative, client and attachment in clear without a passphrase (the control)', async () => {
    await distinctiveIncident()
    const dump = await rawDump(db)
    for (const secret of [NARRATIVE, CLIENT, FILE_NAME, FILE_BYTES]) expect(dump).toContain(secret)
  })

  it('hold none of them once encrypted, whether written before set-up or after', async () => {
    await distinctiveIncident()
    await setDefaultInsured(INSURED_NAME)
    expect(await rawDump(db)).toContain(INSURED_NAME)
    const { recoveryKey, migration } = await vault.setUp(PASS)
    expect(migration.done).toBe(true)
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
    const after = await distinctiveIncident()
    await repo.savePolicy({
      kind: 'cyber',
      insurer: 'Assurances Pimprenelle',
      policyNumber: 'CY-1',
      confidentialityClause: 'yes',
      exclusions: []
    })
    const dump = await rawDump(db)
    for (const secret of SECRETS) expect(dump).not.toContain(secret)
    // The personal setting, sealed at set-up, still reads back, and so does a new one.
    expect((await repo.getSetting('defaultInsured'))!.name).toBe(INSURED_NAME)
    await setDefaultInsured(`${INSURED_NAME} bis`)
    expect(await rawDump(db)).not.toContain('Quetzalcoatl')
    expect((await repo.getSetting('defaultInsured'))!.name).toBe(`${INSURED_NAME} bis`)
    // And it all reads back, search included.
    expect((await repo.getIncident(after.id))!.incident.narrative).toBe(NARRATIVE)
    expect((await repo.listIncidents({ text: 'pimprenelle' })).total).toBe(2)
    const [meta] = await repo.listAttachments(after.id)
    expect(meta!.name).toBe(FILE_NAME)
    // Only id, incident, size and date stay clear: the media type is sealed with the name
    // (`ik` names the incident whose key sealed it, v4).
    expect(meta!.type).toBe('application/pdf')
    expect(Object.keys((await db.attachments.get(meta!.id))!).sort()).toEqual(
      ['addedAt', 'ciphertext', 'id', 'ik', 'incidentId', 'iv', 'size'].sort()
    )
    expect(await (await repo.getAttachmentBlob(meta!.id))!.text()).toBe(FILE_BYTES)
    expect((await repo.getHistory(after.id)).some((h) => h.note?.includes(FILE_NAME))).toBe(true)
  })

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    const name = `enc-default-${crypto.randomUUID()}`
    const database = await openSentinelleDb({ name })
    try {
      await vaultOf(database).load()
      await vaultOf(database).setUp(PASS)
      const row = (await database.meta.get('keyring')) as KeyringMetaRow
      expect(row.keyring.passphrase.kdf.iterations).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS)
      expect(PBKDF2_MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    } finally {
      database.close()
      await database.delete()
    }
  })
})

describe('keys', () => {
  async function reopen() {
    db.close()
    const next = await open(db.name)
    db = next.db
    repo = next.repo
    vault = next.vault
  }

  it('a wrong passphrase unlocks nothing and says so; repeated failures slow down', async () => {
    const incident = await distinctiveIncident()
    await vault.setUp(PASS)
    await reopen()
    expect(vault.status()).toBe('locked')
    const locked = await repo.getIncident(incident.id).catch((e: unknown) => e)
    expect((locked as SentinelleDbError).detail.kind).toBe('locked')
    expect(await vault.unlock('pas la bonne')).toEqual({ ok: false, reason: 'wrong-secret' })
    expect(vault.status()).toBe('locked')
    await vault.unlock('toujours pas')
    await vault.unlock('encore raté')
    // The third failure blocks the next attempt, even with the right passphrase, for a while.
    const blocked = await vault.unlock(PASS)
    expect(blocked).toMatchObject({ ok: false, reason: 'wait' })
    clock += 1_001
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    expect((await repo.getIncident(incident.id))!.incident.narrative).toBe(NARRATIVE)
  })

  it('wrong current passphrases in a passphrase change slow down too', async () => {
    await vault.setUp(PASS)
    for (const guess of ['un', 'deux', 'trois']) {
      expect(await vault.changePassphrase({ passphrase: guess }, 'nouvelle phrase')).toEqual({
        ok: false,
        reason: 'wrong-secret'
      })
    }
    expect(await vault.changePassphrase({ passphrase: PASS }, 'nouvelle phrase')).toMatchObject({
      ok: false,
      reason: 'wait'
    })
    clock += 1_001
    expect(await vault.changePassphrase({ passphrase: PASS }, 'nouvelle phrase')).toEqual({
      ok: true
    })
  })

  it('a passphrase change re-wraps the key only: the old one stops working, records unchanged', async () => {
    const incident = await distinctiveIncident()
    await setDefaultInsured(INSURED_NAME)
    await vault.setUp(PASS)
    // Every stored record but the keyring, ciphertexts included, byte for byte.
    const everything = async () => {
      const out: Record<string, unknown[]> = {}
      for (const table of db.tables) {
        out[table.name] = (await table.toArray()).filter(
          (row: { key?: string }) => row.key !== 'keyring' && row.key !== 'schema'
        )
      }
      return out
    }
    const before = await everything()
    expect(before.contents).toHaveLength(2)
    const contentBefore = await db.contents.get(incident.id)
    expect(await vault.changePassphrase({ passphrase: 'faux' }, 'nouvelle')).toEqual({
      ok: false,
      reason: 'wrong-secret'
    })
    expect(await vault.changePassphrase({ passphrase: PASS }, 'nouvelle phrase')).toEqual({
      ok: true
    })
    expect(await db.contents.get(incident.id)).toEqual(contentBefore)
    expect(await everything()).toEqual(before)
    await reopen()
    expect((await vault.unlock(PASS)).ok).toBe(false)
    expect(await vault.unlock('nouvelle phrase')).toEqual({ ok: true })
    expect((await repo.getIncident(incident.id))!.incident.narrative).toBe(NARRATIVE)
  })

  it('the recovery key unlocks and can set a new passphrase', async () => {
    const incident = await distinctiveIncident()
    const { recoveryKey } = await vault.setUp(PASS)
    await reopen()
    expect((await vault.unlockWithRecoveryKey('AAAA-BBBB')).ok).toBe(false)
    // Typed in lower case, with spaces instead of dashes: still accepted.
    expect(await vault.unlockWithRecoveryKey(recoveryKey.toLowerCase().replace(/-/g, ' '))).toEqual(
      { ok: true }
    )
    expect((await repo.getIncident(incident.id))!.incident.narrative).toBe(NARRATIVE)
    expect(await vault.changePassphrase({ recoveryKey }, 'oubliée puis refaite')).toEqual({
      ok: true
    })
    await reopen()
    expect(await vault.unlock('oubliée puis refaite')).toEqual({ ok: true })
  })
})

describe('a damaged record', () => {
  it('is reported damaged, never shown, and the others stay readable', async () => {
    const a = await distinctiveIncident()
    const b = await distinctiveIncident()
    await vault.setUp(PASS)
    for (const table of [db.contents, db.summaries]) {
      const row = (await table.get(a.id)) as { ciphertext: ArrayBuffer }
      const bytes = new Uint8Array(row.ciphertext.slice(0))
      bytes[5] = bytes[5]! ^ 0x01
      await table.put({ ...row, ciphertext: bytes.buffer } as never)
    }
    const error = await repo.getIncident(a.id).catch((e: unknown) => e)
    expect((error as SentinelleDbError).detail).toEqual({
      kind: 'damaged',
      table: 'contents',
      id: a.id
    })
    expect((await repo.getIncident(b.id))!.incident.narrative).toBe(NARRATIVE)
    const list = await repo.listIncidents()
    const damaged = list.items.find((item) => item.id === a.id)!
    expect(damaged.damaged).toBe(true)
    expect(damaged.title).toBe('')
    expect(list.items.find((item) => item.id === b.id)!.title).toBe('Fuite chez un client')
  })

  it('copied onto another record fails too (table and id are authenticated)', async () => {
    const a = await distinctiveIncident()
    const b = await distinctiveIncident()
    await vault.setUp(PASS)
    const rowA = await db.contents.get(a.id)
    await db.contents.put({ ...rowA!, id: b.id })
    const error = await repo.getIncident(b.id).catch((e: unknown) => e)
    expect((error as SentinelleDbError).detail.kind).toBe('damaged')
  })
})

describe('migration of a clear register', () => {
  it('resumes after an interruption and leaves no clear record', async () => {
    for (let i = 0; i < 6; i++) await distinctiveIncident()
    const setUp = await vault.setUp(PASS, { batchSize: 2, maxBatches: 3 })
    expect(setUp.migration.done).toBe(false)
    expect(await rawDump(db)).toContain(NARRATIVE)
    // The app is closed mid-way, then opened and unlocked: the migration continues.
    db.close()
    const next = await open(db.name)
    db = next.db
    repo = next.repo
    expect(next.vault.migrationDone).toBe(false)
    expect(await next.vault.unlock(PASS)).toEqual({ ok: true })
    expect(next.vault.migrationDone).toBe(true)
    const dump = await rawDump(db)
    for (const secret of SECRETS) expect(dump).not.toContain(secret)
    const list = await repo.listIncidents({ text: 'zorglubienne' })
    expect(list.total).toBe(6)
    for (const item of list.items) {
      expect((await repo.getIncident(item.id))!.incident.narrative).toBe(NARRATIVE)
    }
  })
})

describe('lock', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('after the idle time forgets the key and the decrypted search snapshot', async () => {
    await distinctiveIncident()
    await vault.setUp(PASS)
    await repo.listIncidents({ text: 'pimprenelle' })
    const cache = registerCacheOf(db)
    expect(cache.list.length).toBe(1)
    vi.useFakeTimers()
    const idle = startIdleLock(15 * 60_000, () => vault.lock())
    vi.advanceTimersByTime(14 * 60_000)
    idle.activity()
    vi.advanceTimersByTime(14 * 60_000)
    expect(vault.status()).toBe('unlocked')
    vi.advanceTimersByTime(60_001)
    expect(vault.status()).toBe('locked')
    idle.stop()
    vi.useRealTimers()
    // The old snapshot is no longer the register's, and a new one cannot be built locked.
    expect(registerCacheOf(db)).not.toBe(cache)
    expect(registerCacheOf(db).list).toEqual([])
    const error = await repo.listIncidents().catch((e: unknown) => e)
    expect((error as SentinelleDbError).detail.kind).toBe('locked')
  })
})

describe('bin and erasure', () => {
  it('delete → bin → restore; erase now leaves a tombstone and nothing else', async () => {
    const incident = await distinctiveIncident()
    await vault.setUp(PASS)
    await repo.deleteIncident(incident.id)
    expect((await repo.listIncidents()).total).toBe(0)
    expect((await repo.listIncidents({ deleted: 'only' })).total).toBe(1)
    await repo.undoDelete(incident.id)
    expect((await repo.listIncidents()).total).toBe(1)
    await repo.deleteIncident(incident.id)
    await repo.purgeIncident(incident.id)
    for (const table of db.tables) {
      if (table.name === 'tombstones' || table.name === 'meta' || table.name === 'settings')
        continue
      expect(await table.count(), table.name).toBe(0)
    }
    const [tombstone] = await repo.listTombstones()
    expect(tombstone).toMatchObject({ id: incident.id, erasedAt: new Date(clock).toISOString() })
    expect(Object.keys(tombstone!).sort()).toEqual(['erasedAt', 'id', 'rev', 'writer'])
  })

  it('erases automatically what has been in the bin longer than the limit (fake clock)', async () => {
    const old = await distinctiveIncident()
    const recent = await distinctiveIncident()
    await repo.deleteIncident(old.id)
    clock += 20 * 86_400_000
    await repo.deleteIncident(recent.id)
    clock += 11 * 86_400_000
    expect(await repo.eraseExpired(30)).toEqual([old.id])
    expect((await repo.listIncidents({ deleted: 'only' })).items.map((i) => i.id)).toEqual([
      recent.id
    ])
    expect((await repo.listTombstones()).map((t) => t.id)).toEqual([old.id])
    expect(await repo.listAttachments(old.id)).toEqual([])
    expect(await db.attachmentBlobs.count()).toBe(1)
  })

  it('erase now can keep the Art. 33(5) entry, sealed in the tombstone; nothing else stays', async () => {
    const incident = await distinctiveIncident()
    const stored = (await repo.getIncident(incident.id))!.incident
    await repo.saveIncident({
      ...stored,
      breachTypes: ['confidentiality'],
      data: { ...stored.data, categories: ['identity'], personsCount: 12 },
      measures: [{ id: 'm1', description: 'Mots de passe Ornithorynque changés' }],
      timeline: [
        ...stored.timeline,
        { id: 't1', kind: 'occurred', at: '2026-02-27T08:00:00Z' },
        { id: 't2', kind: 'authority_notified', at: '2026-02-28T10:00:00Z', reference: 'CNIL-77' }
      ]
    })
    await vault.setUp(PASS)
    await repo.deleteIncident(incident.id)
    await repo.purgeIncident(incident.id, { keepArt33Entry: true })
    // Content, summary, history, attachments: gone.
    for (const table of [db.incidents, db.contents, db.summaries, db.history, db.attachments]) {
      expect(await table.count(), table.name).toBe(0)
    }
    expect(await db.attachmentBlobs.count()).toBe(0)
    // The entry is sealed: neither the facts nor the measures are readable on disk.
    const dump = await rawDump(db)
    for (const secret of [...SECRETS, 'Ornithorynque', 'CNIL-77']) {
      expect(dump).not.toContain(secret)
    }
    const [kept] = await repo.listKeptArt33Entries()
    expect(kept!.id).toBe(incident.id)
    expect(kept!.entry).toMatchObject({
      reference: stored.reference,
      narrative: NARRATIVE,
      breachTypes: ['confidentiality'],
      occurredAt: '2026-02-27T08:00:00.000Z',
      effects: { categories: ['identity'], personsCount: 12 },
      measures: [{ description: 'Mots de passe Ornithorynque changés' }],
      notifications: [
        { kind: 'authority_notified', at: '2026-02-28T10:00:00Z', reference: 'CNIL-77' }
      ]
    })
    // Not the parties (the client), not the insured, not the evidence.
    const entryText = JSON.stringify(kept!.entry)
    expect(entryText).not.toContain(CLIENT)
    expect(entryText).not.toContain(FILE_NAME)
    expect(Object.keys(kept!.entry!)).not.toContain('parties')
    expect(Object.keys(kept!.entry!)).not.toContain('insured')
    // Locked, it cannot be read.
    vault.lock()
    const error = await repo.listKeptArt33Entries().catch((e: unknown) => e)
    expect((error as SentinelleDbError).detail.kind).toBe('locked')
  })

  it('erase without keeping leaves a bare tombstone; a kept entry written clear is sealed at set-up', async () => {
    const a = await distinctiveIncident()
    const b = await distinctiveIncident()
    await repo.deleteIncident(a.id)
    await repo.deleteIncident(b.id)
    await repo.purgeIncident(a.id)
    clock += 86_400_000 * 31
    // Automatic erasure may keep the entry too (the bin's setting).
    expect(await repo.eraseExpired(30, { keepArt33Entry: true })).toEqual([b.id])
    expect((await repo.listKeptArt33Entries()).map((k) => k.id)).toEqual([b.id])
    expect(await rawDump(db)).toContain(NARRATIVE)
    await vault.setUp(PASS)
    expect(await rawDump(db)).not.toContain(NARRATIVE)
    expect((await repo.listKeptArt33Entries())[0]!.entry!.narrative).toBe(NARRATIVE)
    expect((await db.tombstones.get(a.id))!.art33).toBeUndefined()
  })

  it('an attachment removal can be undone until committed; then no evidence points at it', async () => {
    const incident = await distinctiveIncident()
    const [meta] = await repo.listAttachments(incident.id)
    const stored = (await repo.getIncident(incident.id))!.incident
    await repo.saveIncident({
      ...stored,
      evidence: [{ id: 'ev1', label: 'Relevé', attachmentId: meta!.id, sha256: meta!.sha256 }]
    } as Incident)
    await vault.setUp(PASS)
    await repo.stageAttachmentRemoval(meta!.id)
    // Staged: flagged, the bytes and the reference are still there (nothing dangles).
    expect((await repo.listAttachments(incident.id))[0]!.removedAt).toBe(
      new Date(clock).toISOString()
    )
    expect(await (await repo.getAttachmentBlob(meta!.id))!.text()).toBe(FILE_BYTES)
    const removals = async () =>
      (await repo.getHistory(incident.id)).filter((h) => h.kind === 'attachment-removed')
    expect(await removals()).toHaveLength(1)
    await repo.undoAttachmentRemoval(meta!.id)
    expect((await repo.listAttachments(incident.id))[0]!.removedAt).toBeUndefined()
    expect(await removals()).toHaveLength(0)
    await repo.stageAttachmentRemoval(meta!.id)
    expect(await repo.commitAttachmentRemovals(incident.id)).toEqual([meta!.id])
    expect(await repo.listAttachments(incident.id)).toEqual([])
    expect(await db.attachmentBlobs.get(meta!.id)).toBeUndefined()
    const after = (await repo.getIncident(incident.id))!.incident
    expect(after.evidence).toEqual([{ id: 'ev1', label: 'Relevé', sha256: meta!.sha256 }])
    const [removal] = await removals()
    expect(removal!.note).toContain(FILE_NAME)
    expect(await removals()).toHaveLength(1)
    // Nothing left to commit; an undo after the commit finds nothing.
    expect(await repo.commitAttachmentRemovals()).toEqual([])
    const error = await repo.undoAttachmentRemoval(meta!.id).catch((e: unknown) => e)
    expect((error as SentinelleDbError).detail.kind).toBe('not-found')
  })

  it('removing an attachment leaves no evidence pointing at it', async () => {
    const incident = await distinctiveIncident()
    const [meta] = await repo.listAttachments(incident.id)
    const stored = (await repo.getIncident(incident.id))!.incident
    await repo.saveIncident({
      ...stored,
      evidence: [{ id: 'ev1', label: 'Relevé', attachmentId: meta!.id }]
    } as Incident)
    await repo.removeAttachment(meta!.id)
    const after = (await repo.getIncident(incident.id))!.incident
    expect(after.evidence.map((e) => e.attachmentId)).toEqual([undefined])
    expect(await db.attachmentBlobs.get(meta!.id)).toBeUndefined()
  })
})

it('the samples still import into an encrypted register', async () => {
  await vault.setUp(PASS)
  for (const sample of sampleIncidents) await repo.importIncidentFile(sample.file)
  expect((await repo.listIncidents()).total).toBe(sampleIncidents.length)
})
