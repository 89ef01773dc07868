import { Dexie, type Transaction } from 'dexie'
import { IDBFactory, IDBKeyRange as FakeIDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'

import { SentinelleDbError, describeDbError } from './errors'
import { createRepository } from './repository'
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_HISTORY,
  STORES_V1,
  createSentinelleDb,
  inspectInstalledDb,
  openGuarded,
  openSentinelleDb
} from './schema'

const NEWER = CURRENT_SCHEMA_VERSION + 1

/** A register as a future Sentinelle 9.0.0 would leave it: one more version, one more table. */
async function seedNewer(idb: IDBFactory, name: string, withMeta = true) {
  const future = new Dexie(name, { indexedDB: idb, IDBKeyRange: FakeIDBKeyRange })
  future.version(NEWER).stores({ ...STORES_V1, futureTable: 'id' })
  await future.open()
  if (withMeta) {
    await future.table('meta').put({
      key: 'schema',
      schemaVersion: NEWER,
      appVersion: '9.0.0',
      createdBy: '0.1.0',
      updatedAt: '2030-01-01T00:00:00Z'
    })
  }
  await future.table('futureTable').put({ id: 'x', secret: 'kept' })
  await future.table('incidents').put({ id: 'i1', reference: 'INC-0001', refNumber: 1, rev: 1 })
  future.close()
}

async function rawState(idb: IDBFactory, name: string) {
  const probe = new Dexie(name, { indexedDB: idb, IDBKeyRange: FakeIDBKeyRange })
  await probe.open() // no declared version: opens as installed, reads only
  const state = {
    version: probe.verno,
    tables: probe.tables.map((t) => t.name).sort(),
    future: await probe.table('futureTable').toArray(),
    incidents: await probe.table('incidents').count()
  }
  probe.close()
  return state
}

describe('a database written by a newer app', () => {
  it('is never opened: typed error with the writer version, and the database is untouched', async () => {
    const idb = new IDBFactory()
    await seedNewer(idb, 'newer')
    const before = await rawState(idb, 'newer')

    const error = await openSentinelleDb({
      name: 'newer',
      indexedDB: idb,
      IDBKeyRange: FakeIDBKeyRange
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(SentinelleDbError)
    expect((error as SentinelleDbError).detail).toEqual({
      kind: 'newer-version',
      dbVersion: NEWER,
      writtenBy: '9.0.0'
    })
    expect(describeDbError(error, 'fr')).toContain('Sentinelle 9.0.0')
    expect(describeDbError(error, 'en')).toMatch(/written by Sentinelle 9\.0\.0.*Update the app/)

    expect(await rawState(idb, 'newer')).toEqual(before)
    expect(before.version).toBe(NEWER)
    expect(before.future).toEqual([{ id: 'x', secret: 'kept' }])
  })

  it('is refused through the repository too, which then writes nothing', async () => {
    const idb = new IDBFactory()
    await seedNewer(idb, 'newer-repo')
    const db = createSentinelleDb({
      name: 'newer-repo',
      indexedDB: idb,
      IDBKeyRange: FakeIDBKeyRange
    })
    const repo = createRepository(db)
    const error = (await repo
      .createDraftIncident({ timeZone: 'Europe/Paris' })
      .catch((e: unknown) => e)) as SentinelleDbError
    expect(error.detail.kind).toBe('newer-version')
    expect(db.isOpen()).toBe(false)
    expect((await rawState(idb, 'newer-repo')).incidents).toBe(1)
  })

  it('is recognised from its version alone when it has no meta store', async () => {
    const idb = new IDBFactory()
    const future = new Dexie('bare', { indexedDB: idb, IDBKeyRange: FakeIDBKeyRange })
    future.version(NEWER).stores({ other: 'id' })
    await future.open()
    future.close()
    const error = (await openSentinelleDb({
      name: 'bare',
      indexedDB: idb,
      IDBKeyRange: FakeIDBKeyRange
    }).catch((e: unknown) => e)) as SentinelleDbError
    expect(error.detail).toEqual({ kind: 'newer-version', dbVersion: NEWER, writtenBy: undefined })
  })

  it('would be opened by Dexie 4 alone, which is why the guard exists', async () => {
    const idb = new IDBFactory()
    await seedNewer(idb, 'unguarded')
    const plain = new Dexie('unguarded', { indexedDB: idb, IDBKeyRange: FakeIDBKeyRange })
    plain.version(CURRENT_SCHEMA_VERSION).stores({ ...STORES_V1 })
    await plain.open() // Dexie retries without a version after the VersionError
    expect(plain.isOpen()).toBe(true)
    plain.close()
  })
})

describe('a newer app upgrading the database while this one has it open', () => {
  it('closes this connection, and the next write reports the newer version instead of writing', async () => {
    const idb = new IDBFactory()
    const deps = { indexedDB: idb, IDBKeyRange: FakeIDBKeyRange }
    const db = createSentinelleDb({ name: 'upgraded-elsewhere', ...deps })
    const repo = createRepository(db)
    await repo.createDraftIncident({ timeZone: 'Europe/Paris' })

    const newer = new Dexie('upgraded-elsewhere', deps)
    newer.version(NEWER).stores({ ...STORES_V1, futureTable: 'id' })
    await newer.open() // Dexie closes the older connection on 'versionchange'
    await newer.table('meta').update('schema', { schemaVersion: NEWER, appVersion: '9.0.0' })
    newer.close()

    expect(db.isOpen()).toBe(false)
    const error = (await repo
      .createDraftIncident({ timeZone: 'Europe/Paris' })
      .catch((e: unknown) => e)) as SentinelleDbError
    expect(error.detail).toEqual({ kind: 'newer-version', dbVersion: NEWER, writtenBy: '9.0.0' })
    expect((await rawState(idb, 'upgraded-elsewhere')).incidents).toBe(1)
  })
})

describe('an upgrade that fails', () => {
  it('rolls back: the database stays at its version with all its rows, and the error is typed', async () => {
    const idb = new IDBFactory()
    const deps = { indexedDB: idb, IDBKeyRange: FakeIDBKeyRange }
    const v1 = await openSentinelleDb({ name: 'broken-upgrade', ...deps })
    const id = await createRepository(v1).createDraftIncident({ timeZone: 'Europe/Paris' })
    v1.close()

    // Not a released version: a throw-away v2 whose upgrade writes, then fails half-way.
    const history = [
      ...SCHEMA_HISTORY,
      {
        version: CURRENT_SCHEMA_VERSION + 1,
        date: 'test',
        appVersion: 'test',
        stores: { ...STORES_V1, extra: 'id' },
        upgrade: async (tx: Transaction) => {
          await tx.table('incidents').toCollection().modify({ status: 'corrupted' })
          throw new Error('upgrade bug')
        }
      }
    ]
    const error = (await openSentinelleDb({
      name: 'broken-upgrade',
      ...deps,
      schemaHistory: history
    }).catch((e: unknown) => e)) as SentinelleDbError
    expect(error.detail).toMatchObject({ kind: 'upgrade-failed' })
    expect(describeDbError(error, 'fr')).toContain('annulée')

    const after = await openSentinelleDb({ name: 'broken-upgrade', ...deps })
    expect(after.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect((await after.incidents.get(id))?.status).toBe('draft')
    expect(after.tables.map((t) => t.name)).not.toContain('extra')
    after.close()
  })
})

describe('the guard on a normal start', () => {
  it('creates nothing while probing a database that does not exist', async () => {
    const idb = new IDBFactory()
    expect(await inspectInstalledDb(idb, 'absent')).toBeUndefined()
    expect(await idb.databases()).toEqual([])
  })

  it('opens a new register and records the schema and app version in meta', async () => {
    const idb = new IDBFactory()
    const db = await openSentinelleDb({
      name: 'fresh',
      indexedDB: idb,
      IDBKeyRange: FakeIDBKeyRange,
      appVersion: '0.1.0'
    })
    expect(await db.meta.get('schema')).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      createdBy: '0.1.0'
    })
    db.close()
    expect(await inspectInstalledDb(idb, 'fresh')).toEqual({
      nativeVersion: CURRENT_SCHEMA_VERSION * 10,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      writtenBy: '0.1.0'
    })
    // A later app version reopens it and becomes the last writer; the creator is kept.
    const again = await openSentinelleDb({
      name: 'fresh',
      indexedDB: idb,
      IDBKeyRange: FakeIDBKeyRange,
      appVersion: '0.2.0'
    })
    expect(await again.meta.get('schema')).toMatchObject({
      appVersion: '0.2.0',
      createdBy: '0.1.0'
    })
    again.close()
  })
})

describe('the writer stamp at open', () => {
  it('is done before any other read of the opening register (it ran after, racing them)', async () => {
    const idb = new IDBFactory()
    const options = { name: 'stamp', indexedDB: idb, IDBKeyRange: FakeIDBKeyRange }
    ;(await openSentinelleDb({ ...options, appVersion: '0.1.0' })).close()
    // A newer app opens it; a reader waiting on the open (as the register's watch and the
    // settings do) asks at once: it must see the register as this app stamped it. Before, the
    // stamp's write came after such reads, and removed the first screen they had kept.
    const db = createSentinelleDb({ ...options, appVersion: '0.2.0' })
    let seenByReader: unknown
    const reader = new Promise<void>((done) =>
      // Outside the 'ready' call itself (its own calls are let through), as the register's watch.
      db.on('ready', () => {
        setTimeout(() => {
          void db.meta.get('schema').then((row) => {
            seenByReader = row
            done()
          })
        }, 0)
      })
    )
    await openGuarded(db)
    await reader
    expect(seenByReader).toMatchObject({ appVersion: '0.2.0', createdBy: '0.1.0' })
    db.close()
  })
})
