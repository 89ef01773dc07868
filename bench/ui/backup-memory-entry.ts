/**
 * Bench-only browser entry for bench/ui/backup-memory-bench.ts (bundled and evaluated in a page
 * of the built renderer, never part of the app build; bundled a second time with a baseline
 * tree's renderer/ and shared/ code). One source register is seeded once; each step backs it up
 * with this code's createBackup, or checks the last backup with planRestore (every check of a
 * restore, no write) into an empty database.
 */
import './zod-jitless'
import '../../test/e2e/support/seed-entry'

import { deleteDatabase, seedSource } from './bench-source-db'

import { createBackup, planRestore } from '../../renderer/src/db/backup-store'
import { createRepository } from '../../renderer/src/db/repository'
import { createSentinelleDb, openGuarded } from '../../renderer/src/db/schema'
import { vaultOf } from '../../renderer/src/db/vault'

const SOURCE = 'bench-backup-source'
const TARGET = 'bench-backup-target'

let last: Blob | undefined

async function seed(options: { count: number; now: string; passphrase: string }): Promise<void> {
  await seedSource(SOURCE, options.count, options.now)
  const db = createSentinelleDb({ name: SOURCE })
  await createRepository(db).ready()
  try {
    await vaultOf(db).setUp(options.passphrase, { batchSize: 1000 })
  } finally {
    db.close()
  }
}

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

async function backup(now: string): Promise<{ ms: number; bytes: number; sha256: string }> {
  const db = createSentinelleDb({ name: SOURCE })
  try {
    const started = performance.now()
    const { blob } = await createBackup(db, { now })
    const ms = performance.now() - started
    last = blob
    return { ms, bytes: blob.size, sha256: await sha256(blob) }
  } finally {
    db.close()
  }
}

async function check(secret: string): Promise<{ ms: number; incidents: number }> {
  if (!last) throw new Error('bench: backup first')
  await deleteDatabase(TARGET)
  const db = createSentinelleDb({ name: TARGET })
  await openGuarded(db)
  try {
    const started = performance.now()
    const plan = await planRestore(db, last, { secret })
    return { ms: performance.now() - started, incidents: plan.backup.tables.incidents.length }
  } finally {
    db.close()
  }
}

const api = { seed, backup, check, drop: () => void (last = undefined) }
export type BackupMemoryApi = typeof api
;(globalThis as unknown as { __benchBackup: BackupMemoryApi }).__benchBackup = api
