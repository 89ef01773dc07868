/**
 * Backup, restore, merge and case files against fake-indexeddb (issue 13 §1 acceptance).
 */
import { afterEach, describe, expect, it } from 'vitest'

import { blobSource, openBackup, verifyBackup, type ByteSource } from '@shared/backup'

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
  backupReminderDue
} from './backup-store'
import { dumpRegister, openTestDb, reopen, seedRegister } from './backup-test-support'
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
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
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
  }, 240_000)
})
