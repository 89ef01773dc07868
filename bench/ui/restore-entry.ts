/**
 * Bench-only browser entry for `npm run bench:restore` (bundled by restore-bench.ts, evaluated in
 * a page of the built renderer, never part of the app build). It seeds a source register through
 * the e2e seeding hook, backs it up with the app's own code, then times, in the same page:
 *   - restore: planRestore (every check) then applyRestore (the write) of
 *     renderer/src/db/backup-store.ts into an empty database, as the backup dialog calls them;
 *   - raw: the rows that restore wrote, read back once, written again into an empty database of
 *     the same schema with plain IndexedDB `put` in one transaction (no Dexie). It reads no file.
 *   - raw from the file: the same write, after reading every entry of the backup file and
 *     `JSON.parse`-ing its JSON entries (strict UTF-8 decoding, no checksum, no schema, no
 *     decryption): the least any restore of this format must do before its write.
 * Each run starts from a deleted database; deleting and creating it are not timed.
 */
import './zod-jitless'
import '../../test/e2e/support/seed-entry'

import { deleteDatabase, seedSource } from './bench-source-db'

import {
  applyRestore,
  createBackup,
  planRestore,
  writeRows
} from '../../renderer/src/db/backup-store'
import { createRepository } from '../../renderer/src/db/repository'
import { createSentinelleDb, openGuarded } from '../../renderer/src/db/schema'
import type { SentinelleDb } from '../../renderer/src/db/schema'
import { vaultOf } from '../../renderer/src/db/vault'

const SOURCE = 'bench-restore-source'
const TARGET = 'bench-restore-target'

type Rows = { store: string; rows: unknown[] }[]

let backup: { blob: Blob; secret?: string } | undefined
let restoredRows: Rows | undefined

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/** An empty database with the app's schema (what a fresh profile has after its first open). */
async function emptyTarget(): Promise<SentinelleDb> {
  await deleteDatabase(TARGET)
  const db = createSentinelleDb({ name: TARGET })
  await openGuarded(db)
  return db
}

async function prepareBackup(options: {
  count: number
  now: string
  passphrase?: string
}): Promise<{ bytes: number; backupMs: number }> {
  await seedSource(SOURCE, options.count, options.now)
  const db = createSentinelleDb({ name: SOURCE })
  await createRepository(db).ready()
  try {
    if (options.passphrase) await vaultOf(db).setUp(options.passphrase, { batchSize: 1000 })
    const started = performance.now()
    const { blob } = await createBackup(db)
    backup = { blob, secret: options.passphrase }
    restoredRows = undefined
    return { bytes: blob.size, backupMs: performance.now() - started }
  } finally {
    db.close()
    await deleteDatabase(SOURCE)
  }
}

/** Every row of every store of a database, read with plain IndexedDB. */
async function readAll(db: SentinelleDb): Promise<Rows> {
  const idb = db.backendDB()
  const names = [...idb.objectStoreNames]
  const tx = idb.transaction(names, 'readonly')
  const out: Rows = []
  for (const store of names)
    out.push({ store, rows: await request(tx.objectStore(store).getAll()) })
  return out
}

async function restoreRun(
  options: { keepRows?: boolean } = {}
): Promise<{ checkMs: number; writeMs: number; rows: number }> {
  if (!backup) throw new Error('bench: prepareBackup first')
  const db = await emptyTarget()
  try {
    const started = performance.now()
    const plan = await planRestore(db, backup.blob, { secret: backup.secret })
    const checked = performance.now()
    await applyRestore(db, plan)
    const written = performance.now()
    // The first run keeps what restore wrote: the raw write puts exactly these rows.
    if (options.keepRows !== false) restoredRows ??= await readAll(db)
    return {
      checkMs: checked - started,
      writeMs: written - checked,
      rows: restoredRows?.reduce((sum, s) => sum + s.rows.length, 0) ?? 0
    }
  } finally {
    db.close()
  }
}

/**
 * The same rows with plain IndexedDB `put` into an empty database of the same schema, in one
 * transaction: 'all' sends every request at once; 'pipelined' sends batches of 500, the next
 * when the one before the previous is stored (backup-store.ts writeRows, the restore's own way);
 * 'from-file' reads and parses the backup file first (readAndParseFile), then writes pipelined.
 */
async function rawRun(
  mode: 'all' | 'pipelined' | 'from-file'
): Promise<{ writeMs: number; rows: number; entriesParsed: number }> {
  if (!restoredRows) throw new Error('bench: one restoreRun first')
  const rows = restoredRows
  ;(await emptyTarget()).close()
  const idb = await request(indexedDB.open(TARGET))
  try {
    const started = performance.now()
    // Kept alive until the write ends, as a restore keeps what it parsed.
    const parsed = mode === 'from-file' ? await readAndParseFile(backup!.blob) : []
    const tx = idb.transaction(
      rows.map((s) => s.store),
      'readwrite'
    )
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error ?? new Error('aborted'))
    })
    if (mode === 'all') {
      for (const { store, rows: values } of rows) {
        const objectStore = tx.objectStore(store)
        for (const value of values) objectStore.put(value)
      }
    } else {
      await writeRows(
        tx,
        rows.map((s) => [s.store, s.rows])
      )
    }
    await committed
    return {
      writeMs: performance.now() - started,
      rows: rows.reduce((sum, s) => sum + s.rows.length, 0),
      entriesParsed: parsed.length
    }
  } finally {
    idb.close()
  }
}

/**
 * Every entry of a backup file read, and its JSON entries decoded (strict UTF-8, as the app
 * does) and parsed; the container's frame (shared/backup/container.ts) walked by hand, so that
 * nothing is hashed or checked.
 */
async function readAndParseFile(blob: Blob): Promise<unknown[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const head = new DataView(await blob.slice(0, 12).arrayBuffer())
  const dataStart = 8 + 4 + 32 + head.getUint32(8)
  const manifest = JSON.parse(
    decoder.decode(await blob.slice(8 + 4 + 32, dataStart).arrayBuffer())
  ) as { entries: { name: string; offset: number; size: number }[] }
  const out: unknown[] = []
  for (const entry of manifest.entries) {
    const start = dataStart + entry.offset
    const bytes = await blob.slice(start, start + entry.size).arrayBuffer()
    out.push(entry.name.endsWith('.json') ? JSON.parse(decoder.decode(bytes)) : bytes)
  }
  return out
}

type SharedBackup = { blob: Blob; secret?: string }

/** The prepared backup, for another bundle of this entry in the same page (the baseline). */
function sharedBackup(): SharedBackup {
  if (!backup) throw new Error('bench: prepareBackup first')
  return backup
}

function adoptBackup(shared: SharedBackup): void {
  backup = shared
  restoredRows = undefined
}

const FILE_DB = 'bench-restore-file'

/** Opens the database that keeps the backup file between pages (memory mode). */
async function fileDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(FILE_DB)
  open.onupgradeneeded = () => open.result.createObjectStore('file')
  return request(open)
}

/** Keeps the prepared backup in IndexedDB, so that a fresh page (a fresh renderer) restores it. */
async function keepBackupFile(): Promise<void> {
  const idb = await fileDb()
  try {
    const tx = idb.transaction('file', 'readwrite')
    tx.objectStore('file').put(sharedBackup(), 1)
    // Committed before the page closes (a request's success is not the commit).
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onabort = () => reject(tx.error ?? new Error('bench: backup file not kept'))
    })
  } finally {
    idb.close()
  }
}

async function loadBackupFile(): Promise<void> {
  const idb = await fileDb()
  try {
    const kept = await request(idb.transaction('file').objectStore('file').get(1))
    if (!kept) throw new Error('bench: no backup file kept')
    adoptBackup(kept as SharedBackup)
  } finally {
    idb.close()
  }
}

export type RestoreBenchApi = {
  keepBackupFile: typeof keepBackupFile
  loadBackupFile: typeof loadBackupFile
  prepareBackup: typeof prepareBackup
  sharedBackup: typeof sharedBackup
  adoptBackup: typeof adoptBackup
  restoreRun: typeof restoreRun
  rawRun: typeof rawRun
}
;(globalThis as { __benchRestore?: RestoreBenchApi }).__benchRestore = {
  keepBackupFile,
  loadBackupFile,
  prepareBackup,
  sharedBackup,
  adoptBackup,
  restoreRun,
  rawRun
}
