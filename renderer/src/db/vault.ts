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
import { SentinelleDbError } from './errors'
import type { SentinelleDb } from './schema'
import { SEALED_SETTING_KEYS } from './settings'

export type Envelope<T> = { clear: T } | Sealed

export type KeyringMetaRow = {
  key: 'keyring'
  keyring: Keyring
  /** 'running' until every clear record of the register has been sealed (resumable). */
  migration: 'running' | 'done'
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

export type VaultOptions = {
  now?: () => number
  keyring?: KeyringOptions
}

export class Vault {
  private key: CryptoKey | undefined
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

  get migrationDone(): boolean {
    return this.row?.migration !== 'running'
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

  async seal<T>(table: SealScope, id: string, value: T): Promise<Envelope<T>> {
    if (!this.row) return { clear: value }
    return inTransaction(sealJson(this.requireKey(), table, id, value))
  }

  async open<T>(table: SealScope, id: string, envelope: Envelope<T>): Promise<T> {
    if ('clear' in envelope) return envelope.clear
    if (!isSealed(envelope)) throw new SentinelleDbError({ kind: 'damaged', table, id })
    try {
      return await inTransaction(openJson<T>(this.requireKey(), table, id, envelope))
    } catch (error) {
      if (error instanceof DamagedRecordError) {
        throw new SentinelleDbError({ kind: 'damaged', table, id }, { cause: error })
      }
      throw error
    }
  }

  /** Seals attachment bytes: call it before the transaction (large). */
  async sealBlob(id: string, blob: Blob): Promise<Envelope<Blob>> {
    if (!this.row) return { clear: blob }
    return sealBytes(this.requireKey(), 'attachmentBlobs', id, await blob.arrayBuffer())
  }

  async openBlob(id: string, envelope: Envelope<Blob>, type: string): Promise<Blob> {
    if ('clear' in envelope) return envelope.clear
    try {
      const bytes = await openBytes(this.requireKey(), 'attachmentBlobs', id, envelope)
      return new Blob([bytes], { type })
    } catch (error) {
      if (error instanceof DamagedRecordError) {
        throw new SentinelleDbError({ kind: 'damaged', table: 'attachmentBlobs', id })
      }
      throw error
    }
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
   * Seals the clear records, `batchSize` per transaction. `maxBatches` stops early (tests use
   * it to simulate the app closing mid-way).
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
      let after: string | number | undefined
      for (;;) {
        if (batches >= maxBatches) return { done: false, sealed }
        const store = this.db.table(table)
        const done = await this.db.transaction('rw', store, async () => {
          const range = after === undefined ? store.toCollection() : store.where(':id').above(after)
          const rows = (await range.limit(batchSize).toArray()) as Record<string, unknown>[]
          if (rows.length === 0) return true
          after = rows[rows.length - 1]!.id as string | number
          const updates: Record<string, unknown>[] = []
          for (const row of rows) {
            if (!('clear' in row)) continue
            const { clear, ...rest } = row
            const id = String(row.id)
            const envelope =
              table === 'attachmentBlobs'
                ? await inTransaction(
                    (clear as Blob)
                      .arrayBuffer()
                      .then((bytes) => sealBytes(key, 'attachmentBlobs', id, bytes))
                  )
                : await inTransaction(sealJson(key, table, id, clear))
            updates.push({ ...rest, ...envelope })
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
      if (row) await this.db.meta.put({ ...row, migration: 'done' })
    })
    if (this.row) this.row = { ...this.row, migration: 'done' }
    return { done: true, sealed }
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
