/**
 * The Sentinelle register on IndexedDB (Dexie 4): tables, schema versions, upgrades, and the
 * guarded open that refuses a database written by a newer version of the app.
 *
 * DESIGN — what each incident becomes on disk, and why
 *
 * Every incident is split in three records with the same id:
 *   - `incidents` (the INDEX ROW): only what the register must query or sort without reading the
 *     content: reference, status, UTC instants (createdAt, updatedAt, occurredAt, awareAt,
 *     nextDueAt), cause kind, breach types (multiEntry), notified flags and the deleted flag as
 *     0/1 (IndexedDB cannot index booleans), a write counter `rev`, and the summary of the last
 *     assessment. No free text is indexed: large strings make IndexedDB indexes slow and big.
 *   - `contents`: the full Incident JSON as validated by shared/model. It is the only place that
 *     holds the narrative, the parties, the timeline notes... Since v2 it is an ENVELOPE
 *     (./vault.ts): `{ id, clear }` in a register without passphrase, `{ id, iv, ciphertext }`
 *     (AES-GCM, AAD = table + id) once encrypted; no index or query changes.
 *   - `summaries`: the small display and search texts of the register (title, client, and a
 *     `searchText` of normalised distinct words, capped). It will be encrypted separately from
 *     the content so that unlocking a 100,000-incident register decrypts ~100,000 small records,
 *     never the narratives themselves.
 * v2 makes every table that holds what a person typed or attached an envelope the same way:
 * summaries, policies (kind/archived/dates stay clear), history (incident id, kind and dates
 * clear; the changes and note sealed), attachments (incident id, size, date clear; name, type
 * and SHA-256 sealed) and attachment bytes. Index rows carry `rev` and `writer` (meta `seat`);
 * an erased incident leaves only a `tombstones` row (id, rev, erasedAt, writer). The README's
 * security section lists every clear field and why.
 * Search as you type therefore runs in memory (./search.ts) over the summaries and index rows,
 * loaded once and then refreshed incrementally through `rev` (rows whose rev is above the last
 * one seen), so that a keystroke never hits IndexedDB.
 *
 * Attachments: metadata (`attachments`, indexed by incidentId and sha256) apart from the bytes
 * (`attachmentBlobs`), so listing evidence never loads the files, and the bytes can later be
 * encrypted as they are.
 *
 * History: `history` is append-only per incident (rapid autosaves of the same fields within
 * 60 s are folded into the last entry so that the log stays readable).
 *
 * Versions: each version's stores() is a named constant below and each upgrade a named, dated
 * function. Dexie numbers native IndexedDB versions ×10 (our v1 is native 10). A fixture of
 * every released schema version lives in test/fixtures/db and is upgraded to the current one in
 * schema-upgrade.node.test.ts: a new version MUST add its fixture there.
 *
 * Newer databases: Dexie 4, on VersionError, re-opens the database at its installed version and
 * may even patch its schema. A register written by a newer app must never be opened, upgraded
 * down or deleted, so `openGuarded` first opens it raw (no version), reads the version and the
 * `meta` store, and stops with `{ kind: 'newer-version' }` before Dexie touches it.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie'

import type { Incident, Policy } from '@shared/model'

import type { RegisterCounts } from './counts'
import { SentinelleDbError, isQuotaError } from './errors'
import type {
  AttachmentMeta,
  HistoryEntry,
  IncidentConflict,
  IncidentIndexRow,
  Settings
} from './types'
import type { Envelope, KeyringMetaRow } from './vault'
import type { WrappedIncidentKey } from '../crypto/incident-keys'
import type { Art33Entry } from './art33-entry'

/* ------------------------------------------------------------------------------------------ */
/* Rows                                                                                        */

/* Envelope rows (v2): `{ clear }` while the register is not encrypted, `{ iv, ciphertext }` once
 * it is (./vault.ts). The fields beside the envelope are the clear index of that table. */
export type SummaryText = { title: string; client: string; searchText: string }
export type ContentRow = { id: string } & Envelope<Incident>
export type SummaryRow = { id: string } & Envelope<SummaryText>
export type PolicyRow = {
  id: string
  kind: Policy['kind']
  archived: 0 | 1
  createdAt: string
  updatedAt: string
} & Envelope<Policy>
/** What an attachment row keeps sealed: everything but its incident, size and date. */
export type AttachmentSecret = Pick<AttachmentMeta, 'name' | 'type' | 'sha256'>
export type AttachmentRow = Omit<AttachmentMeta, keyof AttachmentSecret> &
  Envelope<AttachmentSecret> & {
    /** The history entry of a staged removal, deleted if the removal is undone. */
    removalHistoryId?: number
  }
export type AttachmentBlobRow = { id: string } & Envelope<Blob>
export type HistorySecret = Pick<HistoryEntry, 'changes' | 'note'>
export type HistoryRow = Omit<HistoryEntry, keyof HistorySecret> & Envelope<HistorySecret>
export type TombstoneRow = {
  /** The erased incident's id: what replication needs to propagate the erasure. */
  id: string
  rev: number
  erasedAt: string
  writer: string
  /** The Art. 33(5) register entry, when the user chose to keep it (./art33-entry.ts). */
  art33?: Envelope<Art33Entry>
}
/**
 * v3: the other version of an incident kept when a save was refused (see STORES_V3). The clear
 * fields say which incident, when, and between which revisions; both versions are sealed.
 */
export type ConflictVersions = Pick<IncidentConflict, 'mine' | 'theirs'>
export type ConflictRow = Omit<IncidentConflict, keyof ConflictVersions> &
  Envelope<ConflictVersions>
/**
 * v4: an incident's own key, sealed under the data key (../crypto/incident-keys.ts). One row per
 * incident of an encrypted register (none while it is clear); deleted in the erasure's
 * transaction, which is what makes the incident's sealed records unreadable for good.
 */
export type IncidentKeyRow = WrappedIncidentKey
export type SettingRow = { key: string; value: unknown }
export type SchemaMetaRow = {
  key: 'schema'
  schemaVersion: number
  /** Version of the app that last opened the database for writing. */
  appVersion: string
  /** Version of the app that created it. */
  createdBy: string
  updatedAt: string
}
export type CountersMetaRow = {
  key: 'counters'
  lastRefNumber: number
  rev: number
  /** Optional (no schema change): maintained by every write, see ./counts.ts. */
  counts?: RegisterCounts
}
/** This installation's writer id, stamped on every index row and tombstone (v2). */
export type SeatMetaRow = { key: 'seat'; writer: string }
export type MetaRow = SchemaMetaRow | CountersMetaRow | SeatMetaRow | KeyringMetaRow

export type SentinelleDb = Dexie & {
  incidents: EntityTable<IncidentIndexRow, 'id'>
  contents: EntityTable<ContentRow, 'id'>
  summaries: EntityTable<SummaryRow, 'id'>
  policies: EntityTable<PolicyRow, 'id'>
  attachments: EntityTable<AttachmentRow, 'id'>
  attachmentBlobs: EntityTable<AttachmentBlobRow, 'id'>
  settings: EntityTable<SettingRow, 'key'>
  history: EntityTable<HistoryRow, 'id'>
  tombstones: EntityTable<TombstoneRow, 'id'>
  conflicts: EntityTable<ConflictRow, 'id'>
  incidentKeys: EntityTable<IncidentKeyRow, 'id'>
  meta: Table<MetaRow, string>
}

export type { Settings }

/* ------------------------------------------------------------------------------------------ */
/* Schema versions                                                                             */

/** v1 — 2026-11-25, Sentinelle 0.1.0: the first register. */
export const STORES_V1 = {
  incidents:
    'id, &reference, refNumber, status, createdAt, updatedAt, occurredAt, awareAt, causeKind, *breachTypes, *policyIds, authorityNotified, personsInformed, insurerNotified, nextDueAt, deleted, rev',
  contents: 'id',
  summaries: 'id',
  policies: 'id, kind, archived',
  attachments: 'id, incidentId, sha256',
  attachmentBlobs: 'id',
  settings: 'key',
  history: '++id, incidentId',
  meta: 'key'
} as const

/**
 * v2 — 2026-11-29, Sentinelle 0.2.0: records shaped for encryption at rest and erasure.
 * Content, summaries, policies, history details, attachment names/types/hashes and bytes become
 * envelopes (`{ clear }` until the user sets a passphrase, then `{ iv, ciphertext }`); the
 * attachments' sha256 index goes (a hash of a known file would reveal that it is in the
 * register); `tombstones` keeps what is left of an erased incident.
 */
export const STORES_V2 = {
  ...STORES_V1,
  attachments: 'id, incidentId',
  tombstones: 'id, erasedAt'
} as const

/** The v1 → v2 reshaping, in the upgrade transaction (IndexedDB work only). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const writer = crypto.randomUUID()
  await tx.table('meta').put({ key: 'seat', writer })
  await tx
    .table('incidents')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.writer = writer
    })
  const wrap =
    (field: string | null, keep: readonly string[]) => (row: Record<string, unknown>) => {
      const clear: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(row)) {
        if (keep.includes(k)) continue
        clear[k] = v
        delete row[k]
      }
      row.clear = field ? clear[field] : clear
    }
  await tx
    .table('contents')
    .toCollection()
    .modify(wrap('incident', ['id']))
  await tx
    .table('summaries')
    .toCollection()
    .modify(wrap(null, ['id']))
  await tx
    .table('policies')
    .toCollection()
    .modify(wrap('policy', ['id', 'kind', 'archived', 'createdAt', 'updatedAt']))
  await tx
    .table('attachments')
    .toCollection()
    .modify(wrap(null, ['id', 'incidentId', 'size', 'addedAt']))
  await tx
    .table('attachmentBlobs')
    .toCollection()
    .modify(wrap('blob', ['id']))
  await tx
    .table('history')
    .toCollection()
    .modify(wrap(null, ['id', 'incidentId', 'kind', 'at', 'lastAt']))
}

/**
 * v3 — 2026-11-30, Sentinelle 0.3.0: saves name the revision they started from, and a save over
 * a newer revision (another tab or window saved meanwhile) is refused; the two versions are kept
 * in `conflicts` until the user chooses. Shaped for the day a replication engine (CouchDB-style
 * revisions) brings conflicts from other seats too: a record names the incident, both revisions
 * and both writers, and holds both versions whole (sealed like any content), so a replicated
 * conflict fits the same row and the same screen; the incident's index row stays the winner
 * until then. Index rows also gain `contentRev`, the revision at which the content last changed
 * (a status change or an assessment refresh bumps `rev`, not `contentRev`): a save conflicts only
 * when the content changed after its base. The upgrade sets `contentRev = rev` on every row.
 */
export const STORES_V3 = {
  ...STORES_V2,
  conflicts: 'id, incidentId, detectedAt'
} as const

/** The v2 → v3 step: every index row's content is taken as last changed at its `rev`. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('incidents')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.contentRev = row.rev
    })
}

/**
 * v4 — 2026-11-30, Sentinelle 0.4.0: crypto-shredding. `incidentKeys` holds one random AES-GCM
 * key per incident, sealed under the data key (AAD table + incident id); every incident-scoped
 * sealed record (contents, summaries, history, attachments and their bytes, conflicts) is sealed
 * with its incident's key and marked `ik: <incident id>`. The upgrade only adds the table: it
 * cannot decrypt (the register may be locked). Records sealed under the data key by v3 stay
 * readable and are re-sealed after the next unlock, in batches, resumably (./vault.ts).
 * Replication: a key row travels with its incident (same id) and is dropped by its tombstone.
 */
export const STORES_V4 = {
  ...STORES_V3,
  incidentKeys: 'id'
} as const

export type SchemaVersion = {
  version: number
  /** Release date and the app version that introduced it, for the humans reading this. */
  date: string
  appVersion: string
  stores: Readonly<Record<string, string | null>>
  upgrade?: (tx: Transaction) => Promise<void>
}

/**
 * Every schema version ever released, oldest first. Never edit a released entry. To add v2:
 *   1. `export const STORES_V2 = { ...STORES_V1, incidents: '…' }`: Dexie drops an index that
 *      is omitted, and a table only when set to null;
 *   2. a named upgrade, `export async function upgradeToV2(tx: Transaction)`, whose JSDoc gives
 *      the date, the app version and why; IndexedDB work only (anything else in Dexie.waitFor);
 *   3. `{ version: 2, date, appVersion, stores: STORES_V2, upgrade: upgradeToV2 }` below;
 *   4. freeze v2.json with test/fixtures/db/generate-fixture.ts, and state what upgradeToV2 does
 *      to v1 rows in EXPECTED_UPGRADES of schema-upgrade.node.test.ts.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  { version: 1, date: '2026-11-25', appVersion: '0.1.0', stores: STORES_V1 },
  { version: 2, date: '2026-11-29', appVersion: '0.2.0', stores: STORES_V2, upgrade: upgradeToV2 },
  { version: 3, date: '2026-11-30', appVersion: '0.3.0', stores: STORES_V3, upgrade: upgradeToV3 },
  { version: 4, date: '2026-11-30', appVersion: '0.4.0', stores: STORES_V4 }
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version

export const DEFAULT_DB_NAME = 'sentinelle'

function defaultAppVersion(): string {
  // Vite injects VITE_APP_VERSION in the app; under tsx/vitest import.meta.env may be absent.
  const env = (import.meta as { env?: Record<string, string | undefined> }).env
  return env?.VITE_APP_VERSION ?? '0.1.0'
}

export type OpenOptions = {
  name?: string
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
  /** Version of the running app, recorded in `meta` (defaults to VITE_APP_VERSION). */
  appVersion?: string
  /** Highest schema version to declare: tests use it to open historic versions. */
  upToVersion?: number
  /** Tests only: another version list, e.g. to check that a failing upgrade rolls back. */
  schemaHistory?: readonly SchemaVersion[]
}

const APP_VERSION = Symbol('appVersion')
const IDB_FACTORY = Symbol('indexedDB')
type SentinelleDbInternals = SentinelleDb & { [APP_VERSION]?: string; [IDB_FACTORY]?: IDBFactory }

/** Creates the Dexie instance without opening it (autoOpen off: use `openGuarded`). */
export function createSentinelleDb(options: OpenOptions = {}): SentinelleDb {
  const name = options.name ?? DEFAULT_DB_NAME
  const deps =
    options.indexedDB && options.IDBKeyRange
      ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
      : {}
  // No live-query cache: it deep-cloned whole result sets (1.3 s at 100,000 rows in Chromium);
  // the register keeps its own snapshot (./register-store.ts).
  const db = new Dexie(name, { autoOpen: false, cache: 'disabled', ...deps }) as SentinelleDb
  const upTo = options.upToVersion ?? Number.POSITIVE_INFINITY
  for (const schema of options.schemaHistory ?? SCHEMA_HISTORY) {
    if (schema.version > upTo) break
    const version = db.version(schema.version).stores({ ...schema.stores })
    if (schema.upgrade) version.upgrade(schema.upgrade)
  }
  const appVersion = options.appVersion ?? defaultAppVersion()
  const internals = db as SentinelleDbInternals
  internals[APP_VERSION] = appVersion
  // The guard probes the same IndexedDB that Dexie will open.
  internals[IDB_FACTORY] =
    options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB)
  return db
}

export function appVersionOf(db: SentinelleDb): string {
  return (db as SentinelleDbInternals)[APP_VERSION] ?? defaultAppVersion()
}

/* ------------------------------------------------------------------------------------------ */
/* Guarded open                                                                                */

export type InstalledDbInfo = { nativeVersion: number; schemaVersion: number; writtenBy?: string }

function requestToPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

/**
 * Reads the installed version and `meta` of a database without upgrading or creating it.
 * Returns undefined when no such database exists.
 */
export async function inspectInstalledDb(
  idb: IDBFactory,
  name: string
): Promise<InstalledDbInfo | undefined> {
  if (typeof idb.databases === 'function') {
    const list = await idb.databases()
    if (!list.some((info) => info.name === name)) return undefined
  }
  const connection = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
    const request = idb.open(name)
    let creating = false
    request.onupgradeneeded = () => {
      // The database does not exist: abort so that this probe creates nothing.
      creating = true
      request.transaction?.abort()
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = (event) => {
      if (creating) {
        event.preventDefault()
        resolve(undefined)
      } else reject(request.error)
    }
    request.onblocked = () => reject(new Error('blocked'))
  })
  if (!connection) return undefined
  try {
    const nativeVersion = connection.version
    let meta: SchemaMetaRow | undefined
    if (connection.objectStoreNames.contains('meta')) {
      const tx = connection.transaction('meta', 'readonly')
      meta = (await requestToPromise(tx.objectStore('meta').get('schema'))) as
        SchemaMetaRow | undefined
    }
    return {
      nativeVersion,
      // Dexie stores version n as native n×10 (+1 if it ever patched a schema in place).
      schemaVersion: Math.max(Math.floor(nativeVersion / 10), meta?.schemaVersion ?? 0),
      writtenBy: meta?.appVersion
    }
  } finally {
    connection.close()
  }
}

/**
 * Opens the database unless a newer app wrote it. Throws SentinelleDbError:
 * newer-version, upgrade-failed, quota-exceeded or storage-unavailable.
 */
export async function openGuarded(db: SentinelleDb): Promise<SentinelleDb> {
  if (db.isOpen()) return db
  const idb = (db as SentinelleDbInternals)[IDB_FACTORY]
  if (!idb) {
    throw new SentinelleDbError({
      kind: 'storage-unavailable',
      message: 'IndexedDB is not available.'
    })
  }
  const declared = db.verno
  let installed: InstalledDbInfo | undefined
  try {
    installed = await inspectInstalledDb(idb, db.name)
  } catch (error) {
    throw new SentinelleDbError(
      {
        kind: 'storage-unavailable',
        message: error instanceof Error ? error.message : String(error)
      },
      { cause: error }
    )
  }
  if (installed && installed.schemaVersion > declared) {
    throw new SentinelleDbError({
      kind: 'newer-version',
      dbVersion: installed.schemaVersion,
      writtenBy: installed.writtenBy
    })
  }
  // The writer's stamp runs as Dexie's 'ready' step: every other read waits for it. Run after the
  // open resolved, it raced the register's first reads, and its write (a changed app version)
  // removed the first screen they had just kept outside IndexedDB (./first-screen.ts), so the
  // next start showed no register while the database opened (first-screen.spec, flaky in CI).
  const stamp = (vip: Dexie) => recordWriter(vip as SentinelleDb)
  db.on('ready', stamp)
  try {
    await db.open()
  } catch (error) {
    db.on('ready').unsubscribe(stamp)
    if (isQuotaError(error)) {
      throw new SentinelleDbError({ kind: 'quota-exceeded' }, { cause: error })
    }
    const name = (error as { name?: string }).name
    const message = error instanceof Error ? error.message : String(error)
    if (name === 'UpgradeError' || (installed && installed.schemaVersion < declared)) {
      throw new SentinelleDbError({ kind: 'upgrade-failed', message }, { cause: error })
    }
    throw new SentinelleDbError({ kind: 'storage-unavailable', message }, { cause: error })
  }
  return db
}

/**
 * Stamps `meta` with this app's version and the schema version it opened, and adds the rows a
 * register needs. Reads first, and writes only when something changed: a start that changes
 * nothing takes no write lock and leaves the file as it was.
 */
async function recordWriter(db: SentinelleDb): Promise<void> {
  const appVersion = appVersionOf(db)
  const [schema, counters, seat] = await db.meta.bulkGet(['schema', 'counters', 'seat'])
  const current = schema as SchemaMetaRow | undefined
  const upToDate =
    current?.appVersion === appVersion &&
    current.schemaVersion === db.verno &&
    counters !== undefined &&
    seat !== undefined
  if (upToDate) return
  await db.transaction('rw', db.meta, async () => {
    const current = (await db.meta.get('schema')) as SchemaMetaRow | undefined
    if (current?.appVersion !== appVersion || current.schemaVersion !== db.verno) {
      await db.meta.put({
        key: 'schema',
        schemaVersion: db.verno,
        appVersion,
        createdBy: current?.createdBy ?? appVersion,
        updatedAt: new Date().toISOString()
      })
    }
    if (!(await db.meta.get('counters'))) {
      await db.meta.put({ key: 'counters', lastRefNumber: 0, rev: 0 })
    }
    if (!(await db.meta.get('seat'))) {
      await db.meta.put({ key: 'seat', writer: crypto.randomUUID() })
    }
  })
}

/** Creates and opens (guarded) a database: the factory tests and tools use. */
export async function openSentinelleDb(options: OpenOptions = {}): Promise<SentinelleDb> {
  return openGuarded(createSentinelleDb(options))
}
