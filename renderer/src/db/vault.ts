/**
 * The register's vault: whether it is encrypted, the data key while unlocked, and the sealing
 * of records (see the DESIGN note in schema.ts and renderer/src/crypto).
 *
 * Every sealable record is an ENVELOPE: `{ clear: value }` in a register the user chose not to
 * encrypt (or not yet migrated), `{ iv, ciphertext }` once encrypted. Which one a write makes
 * depends only on the keyring row in `meta`: present = encrypted, and then a write while locked
 * throws `{ kind: 'locked' }` instead of writing clear text.
 *
 * Crypto inside a transaction: WebCrypto promises are foreign to IndexedDB and would let the
 * transaction commit early, so sealing inside one goes through Dexie.waitFor (it keeps the
 * transaction alive; records are small, AES-GCM of a few KB takes well under a millisecond).
 * Attachment bytes (up to 50 MiB) are sealed before the transaction instead.
 */
import { Dexie } from 'dexie'

import {
  DamagedRecordError,
  isSealed,
  openBytes,
  openJson,
  sealBytes,
  sealJson,
  type Sealed
} from '../crypto/seal'
import {
  WrongSecretError,
  createKeyring,
  rewrapPassphrase,
  unwrapWithDeviceKey,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapForDevice,
  type Keyring,
  type KeyringOptions
} from '../crypto/keys'
import {
  IncidentKeyGoneError,
  createIncidentKey,
  createIncidentKeyCache,
  sealBytesWithIncidentKey,
  sealWithIncidentKey,
  sealingIncident,
  unwrapIncidentKey,
  type IncidentKeyCache,
  type WrappedIncidentKey
} from '../crypto/incident-keys'
import { SentinelleDbError } from './errors'
import type { SentinelleDb } from './schema'
import { SEALED_SETTING_KEYS } from './setting-checks'

/** `ik` (v4): the incident whose key sealed it; absent = sealed under the data key. */
export type Envelope<T> = { clear: T } | (Sealed & { ik?: string })

export type KeyringMetaRow = {
  key: 'keyring'
  keyring: Keyring
  /** 'running' until every clear record of the register has been sealed (resumable). */
  migration: 'running' | 'done'
  /**
   * v4: 'done' once every incident record is sealed with its incident's key. Absent in a
   * register encrypted by v3: its records, under the data key, are re-sealed after the next
   * unlock (resumable; until then they open with the data key).
   */
  incidentKeys?: 'done'
}

export type VaultStatus = 'clear' | 'locked' | 'unlocked'

/** Tables whose rows are envelopes; the rest of each row stays clear (see schema.ts). */
export const SEALED_TABLES = [
  'contents',
  'summaries',
  'policies',
  'history',
  'attachments',
  'attachmentBlobs',
  // v3: the two versions of an incident kept by a refused save.
  'conflicts'
] as const
export type SealedTable = (typeof SEALED_TABLES)[number]
/**
 * The tables whose records belong to one incident: sealed with that incident's key (v4), so
 * that deleting the key (erasure) makes every copy of them unreadable. Policies, settings and
 * the Art. 33(5) entry kept in a tombstone stay under the data key: they outlive the incident.
 */
export const INCIDENT_SEALED_TABLES = [
  'contents',
  'summaries',
  'history',
  'attachments',
  'attachmentBlobs',
  'conflicts'
] as const satisfies readonly SealedTable[]

/** The incident a record of an incident-scoped table belongs to (its row says it). */
function incidentOfRow(table: SealedTable, row: Record<string, unknown>): string | undefined {
  if (table === 'contents' || table === 'summaries') return String(row.id)
  if (table === 'policies') return undefined
  return typeof row.incidentId === 'string' ? row.incidentId : undefined
}

/**
 * Where a sealed value lives, bound as AAD: a table, the localStorage draft journal, a setting
 * holding typed personal data (./settings.ts) or the Art. 33(5) entry kept in a tombstone.
 */
export type SealScope = SealedTable | 'journal' | 'settings' | 'tombstones'

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-secret' }
  | { ok: false; reason: 'wait'; retryInMs: number }

export type MigrationResult = { done: boolean; sealed: number }

/** After this many wrong secrets, each attempt waits twice as long as the last (max 30 s). */
const FREE_ATTEMPTS = 3
const MAX_DELAY_MS = 30_000

function inTransaction<T>(promise: Promise<T>): Promise<T> {
  return Dexie.currentTransaction ? Dexie.waitFor(promise) : promise
}

/** Whether the current transaction holds `incidentKeys` (a separate one would wait for it). */
function transactionHoldsKeys(): boolean {
  return Dexie.currentTransaction?.storeNames.includes('incidentKeys') ?? false
}

export type VaultOptions = {
  now?: () => number
  keyring?: KeyringOptions
}

export class Vault {
  private key: CryptoKey | undefined
  /** Unwrapped incident keys of this unlock; dropped on lock. */
  private incidentKeyCache: IncidentKeyCache | undefined
  private creatingKeys = new Map<string, Promise<CryptoKey>>()
  private row: KeyringMetaRow | undefined
  private loaded = false
  private failures = 0
  private blockedUntil = 0
  private listeners = new Set<() => void>()
  private lockListeners = new Set<() => void>()
  private options: VaultOptions

  constructor(
    private readonly db: SentinelleDb,
    options: VaultOptions = {}
  ) {
    this.options = options
  }

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  /** Reads the keyring row (the database must be open). */
  async load(): Promise<void> {
    if (this.loaded) return
    const row = await this.db.meta.get('keyring')
    this.row = row as KeyringMetaRow | undefined
    this.loaded = true
  }

  status(): VaultStatus {
    if (!this.row) return 'clear'
    return this.key ? 'unlocked' : 'locked'
  }

  get encrypted(): boolean {
    return this.row !== undefined
  }

  /** Every record sealed, and (v4) sealed with its incident's key. */
  get migrationDone(): boolean {
    return (
      this.row === undefined || (this.row.migration === 'done' && this.row.incidentKeys === 'done')
    )
  }

  /** Called on every status change (set-up, unlock, lock). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Called on lock, before the status listeners: caches drop their decrypted content here. */
  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener)
    return () => this.lockListeners.delete(listener)
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener()
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new SentinelleDbError({ kind: 'locked' })
    return this.key
  }

  /* -------------------------------------------------------------------------------------- */
  /* Records                                                                                 */

  /**
   * Seals `value`; with `incidentId` (every record of one incident: see INCIDENT_SEALED_TABLES
   * and the draft journal) under that incident's key, created on first use, and marked `ik`.
   */
  async seal<T>(table: SealScope, id: string, value: T, incidentId?: string): Promise<Envelope<T>> {
    if (!this.row) return { clear: value }
    if (incidentId === undefined)
      return inTransaction(sealJson(this.requireKey(), table, id, value))
    const key = await this.incidentKey(incidentId, true)
    return inTransaction(sealWithIncidentKey(key!, incidentId, table, id, value))
  }

  async open<T>(table: SealScope, id: string, envelope: Envelope<T>): Promise<T> {
    if ('clear' in envelope) return envelope.clear
    if (!isSealed(envelope)) throw new SentinelleDbError({ kind: 'damaged', table, id })
    try {
      const key = await this.keyOpening(table, id, envelope)
      return await inTransaction(openJson<T>(key, table, id, envelope))
    } catch (error) {
      throw damagedOr(error, table, id)
    }
  }

  /** Seals attachment bytes: call it before the transaction (large). */
  async sealBlob(id: string, blob: Blob, incidentId?: string): Promise<Envelope<Blob>> {
    if (!this.row) return { clear: blob }
    const bytes = await blob.arrayBuffer()
    if (incidentId === undefined) return sealBytes(this.requireKey(), 'attachmentBlobs', id, bytes)
    const key = await this.incidentKey(incidentId, true)
    return sealBytesWithIncidentKey(key!, incidentId, 'attachmentBlobs', id, bytes)
  }

  async openBlob(id: string, envelope: Envelope<Blob>, type: string): Promise<Blob> {
    if ('clear' in envelope) return envelope.clear
    try {
      const key = await this.keyOpening('attachmentBlobs', id, envelope)
      const bytes = await openBytes(key, 'attachmentBlobs', id, envelope)
      return new Blob([bytes], { type })
    } catch (error) {
      throw damagedOr(error, 'attachmentBlobs', id)
    }
  }

  /* -------------------------------------------------------------------------------------- */
  /* Incident keys (crypto-shredding)                                                        */

  private incidentKeys(): IncidentKeyCache {
    const key = this.requireKey()
    if (this.incidentKeyCache?.dataKey !== key) {
      // Its own read transaction, batched: the first screen asks for ~50 keys at once.
      this.incidentKeyCache = createIncidentKeyCache(key, (ids) =>
        Dexie.ignoreTransaction(() => this.db.incidentKeys.bulkGet(ids)).then(
          (rows) => new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])))
        )
      )
    }
    return this.incidentKeyCache
  }

  /**
   * The cache of unwrapped incident keys while unlocked (undefined in a clear or locked
   * register): the register's summaries on the main thread open through it, so the lock that
   * empties it empties theirs too.
   */
  summaryKeyCache(): IncidentKeyCache | undefined {
    return this.key ? this.incidentKeys() : undefined
  }

  /** The key that opens `envelope`: its incident's when marked `ik`, else the data key. */
  private async keyOpening(
    table: string,
    id: string,
    envelope: Envelope<unknown>
  ): Promise<CryptoKey> {
    const incidentId = sealingIncident(envelope)
    if (incidentId === undefined) return this.requireKey()
    const key = await this.incidentKey(incidentId, false)
    if (!key) throw new IncidentKeyGoneError(table, id, incidentId)
    return key
  }

  /**
   * An incident's key (undefined if it has none and `create` is false). Inside a transaction
   * that holds `incidentKeys` (erasure, migration, restore) it is read and written there;
   * otherwise through the batched cache; a new key outside any transaction (attachment bytes,
   * the draft journal, sealed before one) is committed in its own transaction before any record
   * sealed with it (an aborted caller leaves at most an unused key row, never backed up).
   */
  async incidentKey(incidentId: string, create: boolean): Promise<CryptoKey | undefined> {
    const keys = this.incidentKeys()
    if (transactionHoldsKeys()) {
      const row = await this.db.incidentKeys.get(incidentId)
      if (row) {
        const key = await inTransaction(unwrapIncidentKey(keys.dataKey, row))
        keys.remember(incidentId, key)
        return key
      }
      if (!create) return undefined
      const made = await inTransaction(createIncidentKey(keys.dataKey, incidentId))
      await this.db.incidentKeys.add(made.row)
      keys.remember(incidentId, made.key)
      return made.key
    }
    const found = await inTransaction(keys.keyFor(incidentId))
    if (found || !create) return found
    if (Dexie.currentTransaction) {
      // A separate rw transaction awaited inside another one never starts in Chromium (it did
      // in fake-indexeddb): a write that may create a key must hold `incidentKeys`.
      throw new Error(`A new incident key needs incidentKeys in the transaction's scope.`)
    }
    return this.createIncidentKeyApart(keys, incidentId)
  }

  /** Outside any transaction (attachment bytes and the draft journal are sealed before one). */
  private createIncidentKeyApart(keys: IncidentKeyCache, incidentId: string): Promise<CryptoKey> {
    let pending = this.creatingKeys.get(incidentId)
    if (!pending) {
      pending = Promise.resolve(
        this.db.transaction('rw', this.db.incidentKeys, async () => {
          const existing = await this.db.incidentKeys.get(incidentId)
          if (existing) return Dexie.waitFor(unwrapIncidentKey(keys.dataKey, existing))
          const made = await Dexie.waitFor(createIncidentKey(keys.dataKey, incidentId))
          await this.db.incidentKeys.add(made.row)
          return made.key
        })
      )
        .then((key) => {
          keys.remember(incidentId, key)
          return key
        })
        .finally(() => this.creatingKeys.delete(incidentId))
      this.creatingKeys.set(incidentId, pending)
    }
    return pending
  }

  /**
   * A new key for an incident that has none, NOT stored: the caller writes the returned row in
   * its own transaction (a restore, a case-file import), and seals with `seal(…, incidentId)`
   * meanwhile (the key waits in the cache). If that transaction fails, the caller must call
   * forgetIncidentKeys(). Undefined when the register is clear or the incident has a key.
   */
  async stageIncidentKey(incidentId: string): Promise<WrappedIncidentKey | undefined> {
    if (!this.row) return undefined
    const keys = this.incidentKeys()
    if (await this.incidentKey(incidentId, false)) return undefined
    const made = await createIncidentKey(keys.dataKey, incidentId)
    keys.remember(incidentId, made.key)
    return made.row
  }

  /** After an erasure (its key row deleted in the erasure's transaction). */
  forgetIncidentKey(incidentId: string): void {
    this.incidentKeyCache?.forget(incidentId)
  }

  /** After a restore replaced the key rows. */
  forgetIncidentKeys(): void {
    this.incidentKeyCache?.clear()
  }

  /** Tests: how many unwrapped incident keys the vault holds (0 once locked). */
  get cachedIncidentKeyCount(): number {
    return this.incidentKeyCache ? this.incidentKeyCache.size() : 0
  }

  /* -------------------------------------------------------------------------------------- */
  /* Set-up, unlock, lock                                                                    */

  /**
   * Encrypts the register: a new keyring, then every clear record sealed in batches. Returns
   * the recovery key (show it once). If the app closes during the migration, the next unlock
   * resumes it (records are sealed one by one; a record is either clear or sealed, never half).
   */
  async setUp(
    passphrase: string,
    migration: { batchSize?: number; maxBatches?: number } = {}
  ): Promise<{ recoveryKey: string; migration: MigrationResult }> {
    await this.load()
    if (this.row) throw new Error('The register is already encrypted.')
    const { keyring, dataKey, recoveryKey } = await createKeyring(passphrase, this.options.keyring)
    const row: KeyringMetaRow = { key: 'keyring', keyring, migration: 'running' }
    await this.db.transaction('rw', this.db.meta, async () => {
      if (await this.db.meta.get('keyring')) throw new Error('The register is already encrypted.')
      await this.db.meta.put(row)
    })
    this.row = row
    this.key = dataKey
    this.emit()
    return { recoveryKey, migration: await this.migrate(migration) }
  }

  private async tryUnlock(unwrap: (keyring: Keyring) => Promise<CryptoKey>): Promise<UnlockResult> {
    await this.load()
    if (!this.row) return { ok: true }
    const blocked = this.blocked()
    if (blocked) return blocked
    try {
      this.key = await unwrap(this.row.keyring)
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error
      return this.failed()
    }
    this.failures = 0
    this.blockedUntil = 0
    this.emit()
    if (!this.migrationDone) await this.migrate()
    return { ok: true }
  }

  private blocked(): UnlockResult | undefined {
    const wait = this.blockedUntil - this.now()
    return wait > 0 ? { ok: false, reason: 'wait', retryInMs: wait } : undefined
  }

  /** A wrong typed secret, wherever it was typed (unlock, passphrase change, device option). */
  private failed(): UnlockResult {
    this.failures++
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** (this.failures - FREE_ATTEMPTS))
      this.blockedUntil = this.now() + delay
    }
    return { ok: false, reason: 'wrong-secret' }
  }

  unlock(passphrase: string): Promise<UnlockResult> {
    return this.tryUnlock((keyring) => unwrapWithPassphrase(keyring, passphrase))
  }

  unlockWithRecoveryKey(recoveryKey: string): Promise<UnlockResult> {
    return this.tryUnlock((keyring) => unwrapWithRecoveryKey(keyring, recoveryKey))
  }

  /**
   * With the device key main recalled from the OS key store. A key that does not open the
   * keyring (another register, a forgotten device) is not a typed secret: it does not count
   * towards the slow-down, it just leaves the register locked.
   */
  async unlockWithDeviceKey(deviceKey: Uint8Array): Promise<boolean> {
    await this.load()
    if (!this.row?.keyring.device) return false
    try {
      this.key = await unwrapWithDeviceKey(this.row.keyring, deviceKey)
    } catch (error) {
      if (error instanceof WrongSecretError) return false
      throw error
    }
    this.emit()
    if (!this.migrationDone) await this.migrate()
    return true
  }

  /** Whether the keyring holds a wrap for a device key (the option is on). */
  get rememberedOnDevice(): boolean {
    return this.row?.keyring.device !== undefined
  }

  /** Wraps the data key for `deviceKey`; the passphrase is asked again to do it. */
  async rememberOnDevice(passphrase: string, deviceKey: Uint8Array): Promise<UnlockResult> {
    await this.load()
    const row = this.row
    if (!row) throw new Error('The register is not encrypted.')
    const blocked = this.blocked()
    if (blocked) return blocked
    let keyring: Keyring
    try {
      keyring = await wrapForDevice(row.keyring, passphrase, deviceKey)
    } catch (error) {
      if (error instanceof WrongSecretError) return this.failed()
      throw error
    }
    await this.putKeyring({ ...row, keyring })
    return { ok: true }
  }

  /** Removes the device wrap: the remembered key opens nothing any more. */
  async forgetDevice(): Promise<void> {
    await this.load()
    const row = this.row
    if (!row?.keyring.device) return
    const { device: _forgotten, ...keyring } = row.keyring
    await this.putKeyring({ ...row, keyring })
  }

  /** Re-reads the stored row in the transaction: a migration may have moved it on meanwhile. */
  private async putKeyring(next: KeyringMetaRow): Promise<void> {
    this.row = await this.db.transaction('rw', this.db.meta, async () => {
      const stored = (await this.db.meta.get('keyring')) as KeyringMetaRow | undefined
      const merged = { ...next, migration: stored?.migration ?? next.migration }
      await this.db.meta.put(merged)
      return merged
    })
    this.emit()
  }

  /** Forgets the key; listeners drop every decrypted value they hold. */
  lock(): void {
    if (!this.key) return
    this.key = undefined
    this.incidentKeyCache?.clear()
    this.incidentKeyCache = undefined
    for (const listener of [...this.lockListeners]) listener()
    this.emit()
  }

  /**
   * The data key while unlocked (non-extractable): posted to the register worker, which opens
   * the summaries itself (./register-engine.ts). Undefined in a clear or locked register.
   */
  sessionKey(): CryptoKey | undefined {
    return this.key
  }

  /** New passphrase from the current one or the recovery key: re-wraps, re-encrypts nothing. */
  async changePassphrase(
    current: { passphrase: string } | { recoveryKey: string },
    newPassphrase: string
  ): Promise<UnlockResult> {
    await this.load()
    const row = this.row
    if (!row) throw new Error('The register is not encrypted.')
    const blocked = this.blocked()
    if (blocked) return blocked
    let keyring: Keyring
    try {
      keyring = await rewrapPassphrase(row.keyring, current, newPassphrase, this.options.keyring)
    } catch (error) {
      if (error instanceof WrongSecretError) return this.failed()
      throw error
    }
    const next: KeyringMetaRow = { ...row, keyring }
    await this.db.meta.put(next)
    this.row = next
    return { ok: true }
  }

  /* -------------------------------------------------------------------------------------- */
  /* Migration of a clear register                                                           */

  /**
   * Brings every record to its final sealing, `batchSize` rows per transaction:
   *   - a clear record (set-up of a clear register) is sealed, an incident's record directly
   *     with that incident's key (created in the same transaction);
   *   - an incident's record sealed under the data key (a register encrypted by v3) is opened
   *     and re-sealed with its incident's key;
   *   - an attachment row written before the media type was sealed loses its clear `type`
   *     (kept inside the envelope).
   * A record is rewritten whole in one transaction, so an interruption leaves each one either
   * done or as it was, and the next unlock resumes (done rows are skipped); records not yet
   * re-sealed still open with the data key meanwhile. `maxBatches` stops early (tests use it
   * to simulate the app closing mid-way).
   */
  async migrate(
    options: { batchSize?: number; maxBatches?: number } = {}
  ): Promise<MigrationResult> {
    const key = this.requireKey()
    let sealed = 0
    let batches = 0
    const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY
    for (const table of SEALED_TABLES) {
      const batchSize = table === 'attachmentBlobs' ? 1 : (options.batchSize ?? 200)
      const perIncident = (INCIDENT_SEALED_TABLES as readonly string[]).includes(table)
      let after: string | number | undefined
      for (;;) {
        if (batches >= maxBatches) return { done: false, sealed }
        const store = this.db.table(table)
        const scope = [store, this.db.incidentKeys, this.db.attachments]
        const done = await this.db.transaction('rw', scope, async () => {
          const range = after === undefined ? store.toCollection() : store.where(':id').above(after)
          const rows = (await range.limit(batchSize).toArray()) as Record<string, unknown>[]
          if (rows.length === 0) return true
          after = rows[rows.length - 1]!.id as string | number
          const updates: Record<string, unknown>[] = []
          for (const row of rows) {
            const next = await this.resealRow(table, row, perIncident, key)
            if (next) updates.push(next)
          }
          if (updates.length > 0) await store.bulkPut(updates)
          sealed += updates.length
          return false
        })
        batches++
        if (done) break
      }
    }
    sealed += await this.migrateNested(key)
    await this.db.transaction('rw', this.db.meta, async () => {
      const row = (await this.db.meta.get('keyring')) as KeyringMetaRow | undefined
      if (row) await this.db.meta.put({ ...row, migration: 'done', incidentKeys: 'done' })
    })
    if (this.row) this.row = { ...this.row, migration: 'done', incidentKeys: 'done' }
    return { done: true, sealed }
  }

  /** The row as it must be stored now, or undefined when it already is (inside migrate). */
  private async resealRow(
    table: SealedTable,
    row: Record<string, unknown>,
    perIncident: boolean,
    dataKey: CryptoKey
  ): Promise<Record<string, unknown> | undefined> {
    const id = String(row.id)
    const staleType = table === 'attachments' && 'type' in row
    const { clear, iv, ciphertext, ik, ...rest } = row
    if (table === 'attachments') delete rest.type
    const incidentId = perIncident ? await this.incidentOfRecord(table, row) : undefined
    const wanted = incidentId
    if (!('clear' in row) && ik === wanted && !staleType) return undefined
    let bytes: ArrayBuffer | undefined
    let value: unknown
    if ('clear' in row) {
      if (table === 'attachmentBlobs') bytes = await inTransaction((clear as Blob).arrayBuffer())
      else value = clear
    } else {
      const envelope = {
        iv,
        ciphertext,
        ...(typeof ik === 'string' ? { ik } : {})
      } as Envelope<unknown>
      if (!isSealed(envelope)) return undefined
      // A record that does not open is left as it is: reported damaged, never rewritten.
      try {
        if (table === 'attachmentBlobs') {
          bytes = await inTransaction(
            this.keyOpening(table, id, envelope).then((k) => openBytes(k, table, id, envelope))
          )
        } else value = await this.open(table, id, envelope)
      } catch {
        return undefined
      }
    }
    if (staleType && typeof value === 'object' && value !== null && !('type' in value)) {
      value = { ...value, type: row.type }
    }
    let next: Sealed
    if (wanted === undefined) {
      next =
        bytes !== undefined
          ? await inTransaction(sealBytes(dataKey, table, id, bytes))
          : await inTransaction(sealJson(dataKey, table, id, value))
    } else {
      const incidentKey = (await this.incidentKey(wanted, true))!
      next =
        bytes !== undefined
          ? await inTransaction(sealBytesWithIncidentKey(incidentKey, wanted, table, id, bytes))
          : await inTransaction(sealWithIncidentKey(incidentKey, wanted, table, id, value))
    }
    return { ...rest, ...next }
  }

  /** The incident a record belongs to (attachment bytes: through their attachment row). */
  private async incidentOfRecord(
    table: SealedTable,
    row: Record<string, unknown>
  ): Promise<string | undefined> {
    if (table !== 'attachmentBlobs') return incidentOfRow(table, row)
    return (await this.db.attachments.get(String(row.id)))?.incidentId
  }

  /**
   * Seals the envelopes nested in a field rather than making the row: the personal settings
   * (`value`) and the Art. 33(5) entries kept in tombstones (`art33`). Few rows: one transaction.
   */
  private async migrateNested(key: CryptoKey): Promise<number> {
    let sealed = 0
    const sealField = async (table: 'settings' | 'tombstones', field: string, id: string) => {
      const row = (await this.db.table(table).get(id)) as Record<string, unknown> | undefined
      const envelope = row?.[field] as Record<string, unknown> | undefined
      if (!row || !envelope || typeof envelope !== 'object' || isSealed(envelope)) return
      // A personal setting written before envelopes existed is its bare value.
      const clear = 'clear' in envelope ? envelope.clear : envelope
      const next = await inTransaction(sealJson(key, table, id, clear))
      await this.db.table(table).put({ ...row, [field]: next })
      sealed++
    }
    await this.db.transaction('rw', this.db.settings, this.db.tombstones, async () => {
      for (const setting of SEALED_SETTING_KEYS) await sealField('settings', 'value', setting)
      const kept = await this.db.tombstones.filter((row) => row.art33 !== undefined).primaryKeys()
      for (const id of kept) await sealField('tombstones', 'art33', id)
    })
    return sealed
  }
}

function damagedOr(error: unknown, table: string, id: string): unknown {
  if (error instanceof DamagedRecordError) {
    return new SentinelleDbError({ kind: 'damaged', table, id }, { cause: error })
  }
  return error
}

const vaults = new WeakMap<SentinelleDb, Vault>()

/** The vault of a database (one per Dexie instance). */
export function vaultOf(db: SentinelleDb, options?: VaultOptions): Vault {
  let vault = vaults.get(db)
  if (!vault) {
    vault = new Vault(db, options)
    vaults.set(db, vault)
  }
  return vault
}
