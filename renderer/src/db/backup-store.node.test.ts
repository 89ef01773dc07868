/**
 * Backup, restore, merge and case files against fake-indexeddb (issue 13 §1 acceptance).
 */
import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  TABLE_NAMES,
  bytesSource,
  fromUtf8,
  openBackup,
  openContainer,
  packContainer,
  tableEntryName,
  verifyBackup
} from '@shared/backup'

import {
  applyRestore,
  createBackup,
  exportCaseFile,
  exportIncidentFile,
  importCaseFile,
  isBackupDue,
  parseIncidentJson,
  planRestore,
  recordBackupDone,
  backupReminderDue,
  writeRows
} from './backup-store'
import {
  asEncryptedByV3,
  dumpRegister,
  openTestDb,
  reopen,
  repack,
  seedRegister,
  unpack
} from './backup-test-support'
import type { Repository } from './repository'
import type { SentinelleDb } from './schema'
import { vaultOf } from './vault'

const PASS = 'phrase secrète du registre source'
const opened: SentinelleDb[] = []

async function fresh(): Promise<{ db: SentinelleDb; repo: Repository }> {
  const made = await openTestDb()
  opened.push(made.db)
  return made
}

afterEach(async () => {
  const dbs = opened.splice(0)
  // Close every connection first: a reopened database shares its name with the first one.
  for (const db of dbs) db.close()
  for (const db of dbs) await db.delete()
})

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer())
}

describe('backup → restore into an empty register', () => {
  it('round-trips 1,000 incidents with attachments, clear: deep-equal, same hashes', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 1_000)
    const before = await dumpRegister(source.db)
    const { blob } = await createBackup(source.db)
    const target = await fresh()
    const plan = await planRestore(target.db, blob)
    expect(plan.mode).toBe('empty')
    expect(plan.conflicts).toEqual([])
    const result = await applyRestore(target.db, plan)
    expect(result.added).toBe(999)
    const after = await dumpRegister(target.db)
    expect(after).toEqual(before)
    expect((after.blobs as unknown[]).length).toBe(250)
    // The register works after the restore: a new incident takes the next reference.
    const id = await target.repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    expect((await target.repo.getIncident(id))!.incident.reference).toBe('INC-1001')
  }, 240_000)

  it('round-trips 1,000 incidents of an encrypted register: the backup stays sealed and opens with its passphrase', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 1_000)
    await vaultOf(source.db).setUp(PASS)

    const before = await dumpRegister(source.db)
    const { blob } = await createBackup(source.db)
    const bytes = await bytesOf(blob)
    // No typed text, attachment name or attachment byte pattern is in the file.
    const text = new TextDecoder('latin1').decode(bytes)
    expect(text).not.toContain('n°17')
    expect(text).not.toContain('piece-4.pdf')
    const report = await verifyBackup(bytes)

    expect(report.error).toBeUndefined()
    expect(report).toMatchObject({ ok: true, encryption: 'register', decryption: 'no-secret' })

    const target = await fresh()
    await expect(planRestore(target.db, blob)).rejects.toMatchObject({ kind: 'needs-secret' })
    await expect(planRestore(target.db, blob, { secret: 'wrong' })).rejects.toMatchObject({
      kind: 'wrong-secret'
    })
    expect(await target.db.incidents.count()).toBe(0)
    const plan = await planRestore(target.db, blob, { secret: PASS })

    const result = await applyRestore(target.db, plan)
    expect(result.reloadRequired).toBe(true)
    const restarted = await reopen(target.db)
    opened.push(restarted.db)
    const vault = vaultOf(restarted.db)
    expect(vault.status()).toBe('locked')
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    expect(await dumpRegister(restarted.db)).toEqual(before)
    // The incident keys came back as stored (sealed under the backup's data key), one per
    // incident, and the register needs no re-sealing.
    expect(await restarted.db.incidentKeys.count()).toBe(999)
    expect(await restarted.db.incidentKeys.toArray()).toEqual(
      await source.db.incidentKeys.toArray()
    )
    expect(vault.migrationDone).toBe(true)
    expect(await verifyBackup(bytes, PASS)).toMatchObject({ ok: true, decryption: 'opened' })
  }, 240_000)

  it('reports a bad table before a wrong secret, though the key derivation starts first (guard)', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 3)
    await vaultOf(source.db).setUp(PASS)
    const file = await unpack(await bytesOf((await createBackup(source.db)).blob))
    const incidents = file.entries.find((e) => e.name === 'tables/incidents.json')!
    incidents.data = new TextEncoder().encode('[{"id": 1}]')
    const damaged = await repack(file)
    const target = await fresh()
    for (const secret of ['wrong', PASS]) {
      await expect(planRestore(target.db, bytesSource(damaged), { secret })).rejects.toMatchObject({
        kind: 'invalid',
        part: expect.stringContaining('tables/incidents.json')
      })
    }
    expect(await target.db.incidents.count()).toBe(0)
  })

  it('restores a format 1 encrypted backup (all under the data key); the next unlock re-seals it per incident', async () => {
    const source = await fresh()
    const ids = await seedRegister(source.repo, 6, { attachEvery: 2 })
    await vaultOf(source.db).setUp(PASS)
    await asEncryptedByV3(source.db, PASS)
    const before = await dumpRegister(source.db)
    const container = await openContainer(
      bytesSource(await bytesOf((await createBackup(source.db)).blob))
    )
    // What a v3 app wrote: format 1, no incident-keys entry or count.
    const { entries, counts, ...header } = container.manifest
    const { incidentKeys: _dropped, ...v1Counts } = counts
    const kept = []
    for (const entry of entries) {
      if (entry.name === 'tables/incident-keys.json') continue
      kept.push({ name: entry.name, data: new Uint8Array(await container.read(entry)) })
    }
    const old = await packContainer({ ...header, formatVersion: 1, counts: v1Counts }, kept)
    const target = await fresh()
    await applyRestore(target.db, await planRestore(target.db, old, { secret: PASS }))
    const restarted = await reopen(target.db)
    opened.push(restarted.db)
    const vault = vaultOf(restarted.db)
    expect(vault.migrationDone).toBe(false)
    expect(await vault.unlock(PASS)).toEqual({ ok: true })
    expect(vault.migrationDone).toBe(true)
    expect(await restarted.db.incidentKeys.count()).toBe(ids.length)
    for (const row of await restarted.db.contents.toArray())
      expect(row).toMatchObject({ ik: row.id })
    const after = await dumpRegister(restarted.db)
    // The clear media type of the v3 attachment rows is gone (it is read from the envelope).
    expect(after).toEqual(before)
    for (const row of await restarted.db.attachments.toArray()) expect('type' in row).toBe(false)
  })

  it('a newer backup format is refused with a message, before anything is written', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 2)
    const container = await openContainer(
      bytesSource(await bytesOf((await createBackup(source.db)).blob))
    )
    const { entries, ...header } = container.manifest
    const kept = []
    for (const entry of entries) {
      kept.push({ name: entry.name, data: new Uint8Array(await container.read(entry)) })
    }
    const newer = await packContainer({ ...header, formatVersion: 3 as 2 }, kept)
    const target = await fresh()
    await expect(planRestore(target.db, newer)).rejects.toMatchObject({ kind: 'newer-format' })
    expect(await target.db.incidents.count()).toBe(0)
  })
})

/**
 * A register with everything v3 stores beside incidents: a pending save conflict, an erased
 * incident whose Art. 33(5) entry was kept, an attachment staged for removal, a sealed default
 * insured, and (encrypted) a keyring remembered on this device.
 */
async function v3Register(encrypted: boolean) {
  const source = await fresh()
  const ids = await seedRegister(source.repo, 6, { attachEvery: 2 })
  if (encrypted) {
    await vaultOf(source.db).setUp(PASS)
    expect(await vaultOf(source.db).rememberOnDevice(PASS, new Uint8Array(32).fill(7))).toEqual({
      ok: true
    })
  }
  const insured = (await source.repo.getIncident(ids[0]!))!.incident.insured
  await source.repo.setSetting('defaultInsured', { ...insured, name: 'Assurée Zorglub' })
  const { incident, index } = (await source.repo.getIncident(ids[1]!))!
  await source.repo.saveIncident({ ...incident, title: 'Onglet A' }, { baseRev: index.rev })
  await expect(
    source.repo.saveIncident({ ...incident, title: 'Onglet B' }, { baseRev: index.rev })
  ).rejects.toMatchObject({ detail: { kind: 'conflict' } })
  await source.repo.purgeIncident(ids[2]!, { keepArt33Entry: true })
  const staged = (await source.db.attachments.toArray())[0]!
  await source.repo.stageAttachmentRemoval(staged.id)

  // The fixture holds what it claims, sealed when the register is.
  const sealed = (value: unknown) => !!value && typeof value === 'object' && 'iv' in value
  expect(await source.db.conflicts.count()).toBe(1)
  const tomb = await source.db.tombstones.get(ids[2]!)
  expect(tomb?.art33).toBeDefined()
  expect(sealed(tomb!.art33)).toBe(encrypted)
  expect(sealed((await source.db.settings.get('defaultInsured'))!.value)).toBe(encrypted)
  expect(sealed(await source.db.conflicts.toCollection().first())).toBe(encrypted)
  expect((await source.db.attachments.get(staged.id))!.removalHistoryId).toEqual(expect.any(Number))
  expect((await source.db.incidents.get(ids[1]!))!.contentRev).toEqual(expect.any(Number))
  return { source, ids, stagedId: staged.id }
}

describe('restore and the live queries', () => {
  it('a live query over a restored table sees the restored rows (the plain IndexedDB writes are announced to Dexie)', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 5)
    const expected = await source.db.incidents.count()
    const target = await fresh()
    const seen: number[] = []
    const subscription = liveQuery(() => target.db.incidents.count()).subscribe((count) =>
      seen.push(count)
    )
    try {
      await vi.waitFor(() => expect(seen).toEqual([0]))
      const plan = await planRestore(target.db, (await createBackup(source.db)).blob)
      await applyRestore(target.db, plan)
      await vi.waitFor(() => expect(seen.at(-1)).toBe(expected))
    } finally {
      subscription.unsubscribe()
    }
  })
})

describe('register v3 records in a backup', () => {
  for (const encrypted of [false, true]) {
    it(`round-trips a conflict, a kept Art. 33(5) entry, a staged removal and a sealed default insured (${encrypted ? 'encrypted, device wrap stripped' : 'clear'})`, async () => {
      const { source, stagedId } = await v3Register(encrypted)
      const before = await dumpRegister(source.db)
      const rawBefore = await source.db.attachments.get(stagedId)
      const { blob } = await createBackup(source.db)
      if (encrypted) {
        // No personal text of the new records in the file; no device wrap either.
        const text = new TextDecoder('latin1').decode(await bytesOf(blob))
        expect(text).not.toContain('Zorglub')
        expect(text).not.toContain('Onglet')
        expect(text).not.toContain('"device"')
      }
      const report = await verifyBackup(await bytesOf(blob), encrypted ? PASS : undefined)
      expect(report.error).toBeUndefined()

      const target = await fresh()
      const plan = await planRestore(target.db, blob, encrypted ? { secret: PASS } : {})
      expect(plan.backup.tables.conflicts).toHaveLength(1)
      expect(plan.backup.manifest.counts.conflicts).toBe(1)
      expect(plan.backup.keyring && 'device' in plan.backup.keyring).toBeFalsy()
      await applyRestore(target.db, plan)
      let restored = target.db
      if (encrypted) {
        const restarted = await reopen(target.db)
        opened.push(restarted.db)
        restored = restarted.db
        const vault = vaultOf(restored)
        expect(vault.rememberedOnDevice).toBe(false)
        expect(await vault.unlockWithDeviceKey(new Uint8Array(32).fill(7))).toBe(false)
        expect(await vault.unlock(PASS)).toEqual({ ok: true })
      }
      expect(await dumpRegister(restored)).toEqual(before)
      expect(await restored.attachments.get(stagedId)).toEqual(rawBefore)
    })
  }

  it('reads a backup written before v3 (no conflicts entry, no conflicts count) as one without conflicts', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 5)
    const before = await dumpRegister(source.db)
    const container = await openContainer(
      bytesSource(await bytesOf((await createBackup(source.db)).blob))
    )
    const { entries, counts, ...header } = container.manifest
    const { conflicts: _dropped, ...v2Counts } = counts
    const kept = []
    for (const entry of entries) {
      if (entry.name === 'tables/conflicts.json') continue
      kept.push({ name: entry.name, data: new Uint8Array(await container.read(entry)) })
    }
    const old = await packContainer({ ...header, counts: v2Counts }, kept)
    const target = await fresh()
    const plan = await planRestore(target.db, old)
    expect(plan.backup.tables.conflicts).toEqual([])
    await applyRestore(target.db, plan)
    expect(await dumpRegister(target.db)).toEqual(before)
  })

  it('re-seals the v3 records with the key of an empty encrypted register', async () => {
    const { source, stagedId } = await v3Register(true)
    const before = await dumpRegister(source.db)
    const { blob } = await createBackup(source.db)
    const target = await fresh()
    await vaultOf(target.db).setUp('une autre phrase secrète')
    const plan = await planRestore(target.db, blob, { secret: PASS })
    await applyRestore(target.db, plan)
    const after = await dumpRegister(target.db)
    for (const table of ['conflicts', 'tombstones', 'settings', 'incidents', 'attachments']) {
      expect(after[table], table).toEqual(before[table])
    }
    // Each incident got a key of this register, and its records are sealed with it.
    const incidentIds = await target.db.incidents.toCollection().primaryKeys()
    expect((await target.db.incidentKeys.toCollection().primaryKeys()).sort()).toEqual(
      incidentIds.sort()
    )
    for (const row of await target.db.attachments.toArray()) {
      expect(row).toMatchObject({ ik: row.incidentId })
      expect(await target.db.attachmentBlobs.get(row.id)).toMatchObject({ ik: row.incidentId })
    }
    for (const row of await target.db.summaries.toArray()) expect(row).toMatchObject({ ik: row.id })
    // History ids are renumbered: the staged removal still points at its own entry.
    const row = (await target.db.attachments.get(stagedId))!
    const entry = (after.history as { id: number; kind: string }[]).find(
      (h) => h.id === row.removalHistoryId
    )
    expect(entry?.kind).toBe('attachment-removed')
  })

  it('a merge that erases an incident leaves none of its conflicts; one that takes the backup’s version brings its conflicts', async () => {
    const a = await fresh()
    const ids = await seedRegister(a.repo, 6)
    const b = await fresh()
    await applyRestore(b.db, await planRestore(b.db, (await createBackup(a.db)).blob))
    // On B: a pending conflict on ids[3], which A then erases.
    const { incident, index } = (await b.repo.getIncident(ids[3]!))!
    await b.repo.saveIncident({ ...incident, title: 'B1' }, { baseRev: index.rev })
    await expect(
      b.repo.saveIncident({ ...incident, title: 'B2' }, { baseRev: index.rev })
    ).rejects.toMatchObject({ detail: { kind: 'conflict' } })
    expect(await b.db.conflicts.where('incidentId').equals(ids[3]!).count()).toBe(1)
    // On A: ids[3] erased (after B's edits), a conflict on ids[0], which B does not have.
    const other = (await a.repo.getIncident(ids[0]!))!
    await a.repo.saveIncident({ ...other.incident, title: 'A1' }, { baseRev: other.index.rev })
    await expect(
      a.repo.saveIncident({ ...other.incident, title: 'A2' }, { baseRev: other.index.rev })
    ).rejects.toMatchObject({ detail: { kind: 'conflict' } })
    await a.repo.deleteIncident(ids[3]!)
    await a.repo.purgeIncident(ids[3]!)

    const plan = await planRestore(b.db, (await createBackup(a.db)).blob)
    const choices = Object.fromEntries(plan.conflicts.map((c) => [c.id, 'backup' as const]))
    expect(plan.decisions).toContainEqual(expect.objectContaining({ id: ids[3], action: 'erase' }))
    await applyRestore(b.db, plan, { choices })
    expect(await b.repo.getIncident(ids[3]!)).toBeUndefined()
    expect(await b.db.conflicts.where('incidentId').equals(ids[3]!).count()).toBe(0)
    const brought = await b.repo.listConflicts(ids[0]!)
    expect(brought.map((c) => [c.mine.title, c.theirs.title])).toEqual([['A2', 'A1']])
  })
})

async function snapshot(db: SentinelleDb) {
  return { tables: await dumpRegister(db), meta: await db.meta.toArray() }
}

async function edit(repo: Repository, id: string, narrative: string) {
  const stored = (await repo.getIncident(id))!.incident
  await repo.saveIncident({ ...stored, narrative })
}

/** A and B share a past (B restored A's backup), then both changed. */
async function divergedRegisters() {
  const a = await fresh()
  const ids = await seedRegister(a.repo, 8, { attachEvery: 2 })
  const b = await fresh()
  await applyRestore(b.db, await planRestore(b.db, (await createBackup(a.db)).blob))
  await edit(a.repo, ids[0]!, 'changé sur A seulement')
  await edit(a.repo, ids[3]!, 'changé sur A')
  await edit(b.repo, ids[3]!, 'changé sur B')
  await a.repo.deleteIncident(ids[4]!)
  await a.repo.purgeIncident(ids[4]!)
  const newOnA = await a.repo.createDraftIncident({ timeZone: 'Europe/Paris' })
  const newOnB = await b.repo.createDraftIncident({ timeZone: 'Europe/Paris' })
  return { a, b, ids, newOnA, newOnB }
}

/** The backup of an encrypted register (3 incidents) and a clear register with 2 incidents. */
async function encryptedBackupAndClearRegister() {
  const source = await fresh()
  await seedRegister(source.repo, 4)
  await vaultOf(source.db).setUp(PASS)
  const { blob } = await createBackup(source.db)
  const target = await fresh()
  await seedRegister(target.repo, 2)
  return { blob, target }
}

describe('merge into a register that has incidents', () => {
  it('newer revision wins, tombstones erase older content, conflicts wait for a choice, clashing references are renumbered', async () => {
    const { a, b, ids, newOnA, newOnB } = await divergedRegisters()
    const { blob } = await createBackup(a.db)
    const plan = await planRestore(b.db, blob)
    expect(plan.mode).toBe('merge')
    expect(plan.conflicts.map((c) => [c.id, c.kind])).toEqual([[ids[3], 'both-changed']])
    expect(plan.counts).toMatchObject({ add: 1, replace: 1, erase: 1, keep: 2, same: 4 })

    const before = await snapshot(b.db)
    await expect(applyRestore(b.db, plan)).rejects.toMatchObject({ kind: 'invalid' })
    expect(await snapshot(b.db)).toEqual(before)

    const result = await applyRestore(b.db, plan, { choices: { [ids[3]!]: 'backup' } })
    expect(result).toMatchObject({ added: 1, replaced: 2, erased: 1 })
    expect(result.renumbered).toEqual([{ id: newOnA, from: 'INC-0009', to: 'INC-0010' }])
    expect((await b.repo.getIncident(ids[0]!))!.incident.narrative).toBe('changé sur A seulement')
    expect((await b.repo.getIncident(ids[3]!))!.incident.narrative).toBe('changé sur A')
    expect(await b.repo.getIncident(ids[4]!)).toBeUndefined()
    expect((await b.repo.listTombstones()).map((t) => t.id)).toContain(ids[4])
    expect((await b.repo.getIncident(newOnB))!.incident.reference).toBe('INC-0009')
    expect((await b.repo.getIncident(newOnA))!.incident.reference).toBe('INC-0010')
    // The register keeps working: the next reference follows every imported one.
    const next = await b.repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    expect((await b.repo.getIncident(next))!.incident.reference).toBe('INC-0011')
    // Merging the same backup again changes nothing.
    const again = await planRestore(b.db, blob)
    expect(again.conflicts).toEqual([])
    expect(again.counts).toMatchObject({ add: 0, replace: 0, erase: 0 })
  })

  it('an encrypted backup merged into a clear register leaves no incident-key mark on the rows it writes', async () => {
    const { source } = await v3Register(true)
    const { blob } = await createBackup(source.db)
    const target = await fresh()
    await seedRegister(target.repo, 2)
    const plan = await planRestore(target.db, blob, { secret: PASS })
    expect(plan.mode).toBe('merge')
    await applyRestore(target.db, plan, { allowClearCopy: true })
    // The backup's history and conflict rows carried `ik`; here they are clear rows, unmarked.
    expect(await target.db.conflicts.count()).toBe(1)
    for (const table of [target.db.history, target.db.conflicts, target.db.contents]) {
      for (const row of await table.toArray()) {
        expect(row, table.name).not.toHaveProperty('ik')
        expect(row, table.name).toHaveProperty('clear')
      }
    }
  })

  it('an encrypted backup is never merged into a clear register in clear without the user’s choice', async () => {
    const { blob, target } = await encryptedBackupAndClearRegister()
    const plan = await planRestore(target.db, blob, { secret: PASS })
    expect(plan).toMatchObject({ mode: 'merge', clearCopy: true })
    const before = await snapshot(target.db)
    const refused = applyRestore(target.db, plan)
    await expect(refused).rejects.toMatchObject({ kind: 'invalid' })
    await expect(refused).rejects.toThrow(/copied here in clear/)
    expect(await snapshot(target.db)).toEqual(before)
    // Chosen knowingly: the backup's incidents are written here in clear, like the register.
    await applyRestore(target.db, plan, { allowClearCopy: true })
    expect(await target.db.incidents.count()).toBe(2 + 3)
    for (const row of await target.db.contents.toArray()) expect(row).toHaveProperty('clear')
  })

  it('once the register has a passphrase, the same backup merges sealed and nothing is asked', async () => {
    const { blob, target } = await encryptedBackupAndClearRegister()
    const plan = await planRestore(target.db, blob, { secret: PASS })
    expect(plan.clearCopy).toBe(true)
    // The dialog's "set a passphrase first": the plan made before stays good and is sealed.
    await vaultOf(target.db).setUp('la phrase secrète de ce registre-ci')
    expect((await planRestore(target.db, blob, { secret: PASS })).clearCopy).toBe(false)
    await applyRestore(target.db, plan)
    expect(await target.db.incidents.count()).toBe(2 + 3)
    for (const row of await target.db.contents.toArray()) expect(row).not.toHaveProperty('clear')
    // Neither a clear backup nor an empty clear register (which adopts the keyring) asks.
    const clearTarget = await fresh()
    await seedRegister(clearTarget.repo, 1)
    const clearSource = await fresh()
    await seedRegister(clearSource.repo, 2)
    const clearBackup = (await createBackup(clearSource.db)).blob
    expect((await planRestore(clearTarget.db, clearBackup)).clearCopy).toBe(false)
    const empty = await fresh()
    expect(await planRestore(empty.db, blob, { secret: PASS })).toMatchObject({
      adoptKeyring: true,
      clearCopy: false
    })
  })

  it('keeps the local version when the user chooses it', async () => {
    const { a, b, ids } = await divergedRegisters()
    const plan = await planRestore(b.db, (await createBackup(a.db)).blob)
    await applyRestore(b.db, plan, { choices: { [ids[3]!]: 'local' } })
    expect((await b.repo.getIncident(ids[3]!))!.incident.narrative).toBe('changé sur B')
  })

  it('a failure in the middle of the transaction leaves the register exactly as before', async () => {
    const { a, b, ids } = await divergedRegisters()
    const plan = await planRestore(b.db, (await createBackup(a.db)).blob)
    const before = await snapshot(b.db)
    const failing = applyRestore(b.db, plan, {
      choices: { [ids[3]!]: 'backup' },
      afterBatch: (table) => {
        if (table === 'history') throw new Error('disk unplugged (injected)')
      }
    })
    await expect(failing).rejects.toThrow('injected')
    expect(await snapshot(b.db)).toEqual(before)
  })

  it('Cancel during the write aborts the transaction: nothing changed', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 1_200, { attachEvery: 50 })
    const target = await fresh()
    const plan = await planRestore(target.db, (await createBackup(source.db)).blob)
    const before = await snapshot(target.db)
    const controller = new AbortController()
    const seen: string[] = []
    await expect(
      applyRestore(target.db, plan, {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.phase)
          if (p.phase === 'write' && p.done >= 1_000) controller.abort()
        }
      })
    ).rejects.toMatchObject({ kind: 'invalid' })
    expect(seen).toContain('write')
    expect(await snapshot(target.db)).toEqual(before)
    expect(await target.db.incidents.count()).toBe(0)
  }, 240_000)

  it('refuses a plan made before the register changed', async () => {
    const { a, b, ids } = await divergedRegisters()
    const plan = await planRestore(b.db, (await createBackup(a.db)).blob)
    await edit(b.repo, ids[5]!, 'écrit entre le plan et la restauration')
    const before = await snapshot(b.db)
    await expect(
      applyRestore(b.db, plan, { choices: { [ids[3]!]: 'backup' } })
    ).rejects.toMatchObject({ kind: 'invalid' })
    expect(await snapshot(b.db)).toEqual(before)
  })
})

describe('case file', () => {
  async function caseRoundTrip(passphrase?: string) {
    const a = await fresh()
    const ids = await seedRegister(a.repo, 6, { attachEvery: 1 })
    const id = ids[1]!
    await a.repo.addAttachment(
      id,
      Object.assign(new Blob(['deuxième pièce'], { type: 'text/plain' }), { name: 'note.txt' })
    )
    const { blob } = await exportCaseFile(a.db, id, { passphrase, iterations: 1_000 })
    const b = await fresh()
    return { a, b, id, blob }
  }

  function sameIncident(
    from: Record<string, unknown[]>,
    to: Record<string, unknown[]>,
    id: string
  ) {
    const only = (rows: unknown[]) =>
      rows.filter((r) => {
        const row = r as { id?: string; incidentId?: string }
        return row.incidentId === id || row.id === id
      })
    expect(only(to.contents!)).toEqual(only(from.contents!))
    expect(only(to.attachments!)).toEqual(only(from.attachments!))
    const ids = new Set(only(from.attachments!).map((a) => (a as { id: string }).id))
    const blobs = (d: Record<string, unknown[]>) =>
      d.blobs!.filter((b) => ids.has((b as { id: string }).id))
    expect(blobs(to)).toEqual(blobs(from))
    const history = (d: Record<string, unknown[]>) =>
      only(d.history!).map((h) => {
        const { id: _id, ...rest } = h as { id: number }
        return rest
      })
    // The import itself is the one entry added.
    expect(history(to).slice(0, -1)).toEqual(history(from))
    expect(history(to).at(-1)).toMatchObject({ kind: 'imported' })
  }

  it('round-trips one incident with its attachments and history (clear)', async () => {
    const { a, b, id, blob } = await caseRoundTrip()
    expect(await importCaseFile(b.db, blob)).toMatchObject({ id, copied: false })
    sameIncident(await dumpRegister(a.db), await dumpRegister(b.db), id)
    expect((await verifyBackup(await bytesOf(blob))).ok).toBe(true)
  })

  it('round-trips with its own passphrase; a wrong one changes nothing', async () => {
    const { a, b, id, blob } = await caseRoundTrip('phrase du dossier pour le courtier')
    expect(new TextDecoder('latin1').decode(await bytesOf(blob))).not.toContain('note.txt')
    const before = await snapshot(b.db)
    await expect(importCaseFile(b.db, blob, { passphrase: 'mauvaise' })).rejects.toMatchObject({
      kind: 'wrong-secret'
    })
    await expect(importCaseFile(b.db, blob)).rejects.toMatchObject({ kind: 'needs-secret' })
    expect(await snapshot(b.db)).toEqual(before)
    await importCaseFile(b.db, blob, { passphrase: 'phrase du dossier pour le courtier' })
    sameIncident(await dumpRegister(a.db), await dumpRegister(b.db), id)
  })

  it('comes in as a copy (new id, reference and attachment ids) where the incident exists', async () => {
    const { a, id, blob } = await caseRoundTrip()
    const result = await importCaseFile(a.db, blob)
    expect(result.copied).toBe(true)
    expect(result.id).not.toBe(id)
    expect(result.reference).toBe('INC-0007')
    const copy = (await a.repo.getIncident(result.id))!.incident
    const attachments = await a.repo.listAttachments(result.id)
    expect(attachments).toHaveLength(2)
    for (const e of copy.evidence) {
      if (e.attachmentId) expect(attachments.map((x) => x.id)).toContain(e.attachmentId)
    }
  })

  it('opens into an encrypted register, sealed with that register’s key', async () => {
    const { b, blob } = await caseRoundTrip()
    await vaultOf(b.db).setUp(PASS)
    const { id } = await importCaseFile(b.db, blob)
    const row = await b.db.contents.get(id)
    expect(row && 'iv' in row).toBe(true)
    expect((await b.repo.getIncident(id))!.incident.id).toBe(id)
    // With a new key of its own, which seals all of its records.
    expect(await b.db.incidentKeys.get(id)).toBeDefined()
    expect(row).toMatchObject({ ik: id })
    for (const h of await b.db.history.where('incidentId').equals(id).toArray()) {
      expect(h).toMatchObject({ ik: id })
    }
    const copy = await importCaseFile(b.db, blob)
    expect(copy.copied).toBe(true)
    expect(await b.db.incidentKeys.count()).toBe(2)
    expect((await b.repo.listAttachments(copy.id)).length).toBeGreaterThan(0)
  })
})

describe('one incident as JSON (the CLI format)', () => {
  it('exports a file the shared parser accepts and imports it back', async () => {
    const a = await fresh()
    const [id] = await seedRegister(a.repo, 3)
    const file = await exportIncidentFile(a.db, id!)
    const parsed = parseIncidentJson(`\uFEFF${JSON.stringify(file)}`)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const b = await fresh()
    const newId = await b.repo.importIncidentFile(parsed.value, { keepStatus: true })
    const imported = (await b.repo.getIncident(newId))!.incident
    expect(imported.narrative).toBe(file.incident.narrative)
    expect(imported.status).toBe(file.incident.status)
  })

  it('refuses bad JSON with a message and a path', () => {
    expect(parseIncidentJson('{"__proto__": {}}')).toMatchObject({ ok: false })
    expect(parseIncidentJson('not json')).toMatchObject({ ok: false })
    const wrong = parseIncidentJson('{"format":"sentinelle.incident","formatVersion":2}')
    expect(wrong.ok).toBe(false)
  })
})

describe('backup reminder', () => {
  it('reminds after N days, never on an empty register', async () => {
    const now = '2026-03-10T09:00:00Z'
    expect(isBackupDue({ reminderDays: 7 }, 0, now)).toBe(false)
    expect(isBackupDue({ reminderDays: 7 }, 3, now)).toBe(true)
    expect(isBackupDue({ reminderDays: 7, lastBackupAt: '2026-03-04T09:00:00Z' }, 3, now)).toBe(
      false
    )
    expect(isBackupDue({ reminderDays: 7, lastBackupAt: '2026-03-03T09:00:00Z' }, 3, now)).toBe(
      true
    )
    const { db, repo } = await fresh()
    expect(await backupReminderDue(db)).toBe(false)
    await seedRegister(repo, 3)
    expect(await backupReminderDue(db)).toBe(true)
    await recordBackupDone(db)
    expect(await backupReminderDue(db)).toBe(false)
  })
})

describe('the backup writer (tables written batch by batch)', () => {
  it('writes each table as JSON.stringify of its rows in key order, across batch boundaries, with the manifest’s SHA-256 and counts', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 2_100, { attachEvery: 500 })
    await vaultOf(source.db).setUp(PASS)
    const { blob } = await createBackup(source.db)
    const container = await openContainer(bytesSource(await bytesOf(blob)))
    const backup = await openBackup(bytesSource(await bytesOf(blob)), { secret: PASS })
    for (const table of TABLE_NAMES) {
      const bytes = await container.read(container.entry(tableEntryName(table))!)
      expect(fromUtf8(bytes), table).toBe(JSON.stringify(backup.tables[table]))
    }
    expect(backup.manifest.counts.incidents).toBe(await source.db.incidents.count())
    expect(backup.tables.contents.map((row) => row.id)).toEqual(
      await source.db.contents.toCollection().primaryKeys()
    )
    expect(backup.tables.history.map((row) => row.id)).toEqual(
      await source.db.history.toCollection().primaryKeys()
    )
    // Seeding 2,100 incidents and sealing them took over 30 s at load 15-22 (2 cores).
  }, 240_000)
})

describe('restore memory (issue 12): what an empty register’s restore keeps', () => {
  it('checks the sealed contents, summaries and history of an encrypted backup but keeps none of their opened values', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 120)
    await vaultOf(source.db).setUp(PASS)
    const { blob } = await createBackup(source.db)
    const target = await fresh()
    const plan = await planRestore(target.db, blob, { secret: PASS })
    expect(plan.asIs).toBe(true)
    expect(plan.backup.tables.contents.length).toBe(119)
    expect(plan.backup.clear!.contents.size).toBe(0)
    expect(plan.backup.clear!.summaries.size).toBe(0)
    expect(plan.backup.clear!.history.size).toBe(0)
    // Attachments' opened values are kept: their bytes are checked against their SHA-256.
    expect(plan.backup.clear!.attachments.size).toBe(plan.backup.tables.attachments.length)
    // A merge needs them all.
    const merged = await fresh()
    await seedRegister(merged.repo, 3)
    const mergePlan = await planRestore(merged.db, blob, { secret: PASS })
    expect(mergePlan.asIs).toBe(false)
    expect(mergePlan.backup.clear!.contents.size).toBe(119)
  }, 240_000)

  it('writeRows turns rows into their stored form batch by batch, as it sends them', async () => {
    const { db } = await fresh()
    const json = Array.from({ length: 2_600 }, (_, i) => ({ key: `k${i}`, n: i }))
    let converted = 0
    const convertedAtBatch: number[] = []
    await db.transaction('rw', db.settings, (tx) =>
      writeRows(
        tx.idbtrans,
        [
          [
            'settings',
            json,
            (row) => {
              converted++
              return { key: (row as { key: string }).key, value: (row as { n: number }).n * 2 }
            }
          ]
        ],
        { afterBatch: () => convertedAtBatch.push(converted) }
      )
    )
    // Two batches of 500 in flight at most: never the whole table converted before it is sent.
    expect(convertedAtBatch[0]).toBeLessThanOrEqual(1_000)
    expect(convertedAtBatch.at(-1)).toBe(2_600)
    expect(await db.settings.get('k2599')).toEqual({ key: 'k2599', value: 5_198 })
    expect(await db.settings.count()).toBe(2_600)
  })

  it('an empty register that got a passphrase after the plan is not written with the backup’s rows as stored', async () => {
    const source = await fresh()
    await seedRegister(source.repo, 20)
    const { blob } = await createBackup(source.db)
    const target = await fresh()
    const plan = await planRestore(target.db, blob)
    expect(plan.asIs).toBe(true)
    await vaultOf(target.db).setUp(PASS)
    const before = await snapshot(target.db)
    await expect(applyRestore(target.db, plan)).rejects.toMatchObject({ kind: 'invalid' })
    expect(await snapshot(target.db)).toEqual(before)
    expect(await target.db.incidents.count()).toBe(0)
  }, 240_000)
})
