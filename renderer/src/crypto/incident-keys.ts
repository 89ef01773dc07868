/**
 * Per-incident keys: crypto-shredding (issue 10 §6). WebCrypto only, no Dexie, no Vault, so
 * the same code runs in the renderer, in a Web Worker (a CryptoKey survives structured clone)
 * and under Node.
 *
 * Each incident has its own random 256-bit AES-GCM key. It is stored only in the register's
 * `incidentKeys` table (schema v4), as the raw key SEALED under the data key with the AAD
 * `incidentKeys NUL <incident id>` (./seal.ts): a key row copied onto another incident fails to
 * open. Every record of that incident (content, summary, history, attachments and their bytes,
 * conflicts, draft journal) is sealed with the incident key and carries `ik: <incident id>`
 * beside its IV, so which key opens it is read, never guessed by trial decryption. Erasing the
 * incident deletes its key row: any copy of its records left on disk (IndexedDB compaction,
 * an old backup kept before the erasure is the exception: it carries the key) opens no more.
 *
 * An envelope without `ik` was sealed under the data key: register-wide records (policies,
 * settings, the Art. 33(5) entry kept in a tombstone) and incident records written before v4 or
 * before the v3 → v4 re-sealing finished (./vault.ts migrateToIncidentKeys).
 */
import {
  DamagedRecordError,
  isSealed,
  openBytes,
  openJson,
  sealBytes,
  sealJson,
  type Sealed
} from './seal'

export const INCIDENT_KEYS_TABLE = 'incidentKeys'

/** A row of the `incidentKeys` table: the incident's raw key, sealed under the data key. */
export type WrappedIncidentKey = {
  /** The incident's id. */
  id: string
  iv: Uint8Array
  ciphertext: ArrayBuffer
  createdAt: string
}

/** A record sealed with an incident key: `ik` names the incident whose key opens it. */
export type IncidentSealed = Sealed & { ik: string }

/** The envelope names an incident key that no longer exists: the incident was erased. */
export class IncidentKeyGoneError extends DamagedRecordError {
  constructor(
    table: string,
    id: string,
    readonly incidentId: string
  ) {
    super(table, id)
    this.name = 'IncidentKeyGoneError'
    this.message = `Record ${table}/${id} was sealed with the key of incident ${incidentId}, which no longer exists (erased).`
  }
}

const AES = { name: 'AES-GCM', length: 256 } as const

async function importIncidentKey(raw: BufferSource): Promise<CryptoKey> {
  // Not extractable: script running in the page cannot export an unwrapped incident key.
  return crypto.subtle.importKey('raw', raw, AES, false, ['encrypt', 'decrypt'])
}

/** A new incident key and its row, sealed under `dataKey`. */
export async function createIncidentKey(
  dataKey: CryptoKey,
  incidentId: string,
  createdAt: string = new Date().toISOString()
): Promise<{ key: CryptoKey; row: WrappedIncidentKey }> {
  const raw = crypto.getRandomValues(new Uint8Array(32))
  try {
    const sealed = await sealBytes(dataKey, INCIDENT_KEYS_TABLE, incidentId, raw)
    return { key: await importIncidentKey(raw), row: { id: incidentId, ...sealed, createdAt } }
  } finally {
    raw.fill(0)
  }
}

/** Opens a key row; a row that fails authentication is a DamagedRecordError('incidentKeys'). */
export async function unwrapIncidentKey(
  dataKey: CryptoKey,
  row: Pick<WrappedIncidentKey, 'id' | 'iv' | 'ciphertext'>
): Promise<CryptoKey> {
  const raw = new Uint8Array(await openBytes(dataKey, INCIDENT_KEYS_TABLE, row.id, row))
  try {
    if (raw.length !== 32) throw new DamagedRecordError(INCIDENT_KEYS_TABLE, row.id)
    return await importIncidentKey(raw)
  } finally {
    raw.fill(0)
  }
}

/** The incident whose key sealed `envelope`, or undefined (clear, or under the data key). */
export function sealingIncident(envelope: unknown): string | undefined {
  const ik = (envelope as { ik?: unknown } | null)?.ik
  return typeof ik === 'string' ? ik : undefined
}

export type IncidentKeyCache = {
  /** The data key the key rows are sealed under (opens records written before v4). */
  readonly dataKey: CryptoKey
  /**
   * The incident's key, or undefined when it has none (never created, or erased). Calls made in
   * the same tick are read in ONE `readWrapped` call (the first screen asks for ~50 at once).
   */
  keyFor(incidentId: string): Promise<CryptoKey | undefined>
  /** Keeps a key just created (its row is being written by the caller). */
  remember(incidentId: string, key: CryptoKey): void
  /** Drops one key (its incident was erased). */
  forget(incidentId: string): void
  /** Drops every key (lock). */
  clear(): void
  /** How many keys are held or being read (tests check it is 0 after lock). */
  size(): number
}

type Waiting = {
  id: string
  resolve: (key: CryptoKey | undefined) => void
  reject: (e: unknown) => void
}

/**
 * Unwrapped incident keys, read on demand in batches. `readWrapped` returns the key rows it
 * found (ids absent from the map have no key). Keys that do not exist are not cached: a key
 * created later is found on the next call. Nothing here outlives `clear()`.
 */
export function createIncidentKeyCache(
  dataKey: CryptoKey,
  readWrapped: (incidentIds: string[]) => Promise<Map<string, WrappedIncidentKey>>
): IncidentKeyCache {
  let keys = new Map<string, Promise<CryptoKey | undefined>>()
  let queue: Waiting[] | undefined

  const flush = async (batch: Waiting[]): Promise<void> => {
    let rows: Map<string, WrappedIncidentKey>
    try {
      rows = await readWrapped([...new Set(batch.map((w) => w.id))])
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
      return
    }
    for (const waiting of batch) {
      const row = rows.get(waiting.id)
      if (!row) waiting.resolve(undefined)
      else unwrapIncidentKey(dataKey, row).then(waiting.resolve, waiting.reject)
    }
  }

  return {
    dataKey,
    keyFor(incidentId) {
      const known = keys.get(incidentId)
      if (known) return known
      const map = keys
      const promise = new Promise<CryptoKey | undefined>((resolve, reject) => {
        if (!queue) {
          const batch: Waiting[] = (queue = [])
          queueMicrotask(() => {
            queue = undefined
            void flush(batch)
          })
        }
        queue.push({ id: incidentId, resolve, reject })
      })
      map.set(incidentId, promise)
      // Only a key found stays cached: a missing or damaged one is asked again next time.
      promise.then(
        (key) => {
          if (!key && map.get(incidentId) === promise) map.delete(incidentId)
        },
        () => {
          if (map.get(incidentId) === promise) map.delete(incidentId)
        }
      )
      return promise
    },
    remember(incidentId, key) {
      keys.set(incidentId, Promise.resolve(key))
    },
    forget(incidentId) {
      keys.delete(incidentId)
    },
    clear() {
      keys = new Map()
    },
    size() {
      return keys.size
    }
  }
}

/** The key that opens `envelope`: its incident's (when marked) or the data key. */
async function keyOf(
  keys: IncidentKeyCache,
  table: string,
  id: string,
  envelope: Sealed
): Promise<CryptoKey> {
  const incidentId = sealingIncident(envelope)
  if (incidentId === undefined) return keys.dataKey
  const key = await keys.keyFor(incidentId)
  if (!key) throw new IncidentKeyGoneError(table, id, incidentId)
  return key
}

/**
 * Opens any envelope of the register: clear → its value; `ik` → with that incident's key;
 * sealed without `ik` → with the data key. Throws DamagedRecordError (IncidentKeyGoneError when
 * the incident's key was erased).
 */
export async function openEnvelope<T>(
  keys: IncidentKeyCache,
  table: string,
  id: string,
  envelope: { clear: T } | Sealed
): Promise<T> {
  if ('clear' in envelope) return envelope.clear
  if (!isSealed(envelope)) throw new DamagedRecordError(table, id)
  return openJson<T>(await keyOf(keys, table, id, envelope), table, id, envelope)
}

/** Bytes of a sealed envelope (attachment bytes), with the same key choice as openEnvelope. */
export async function openEnvelopeBytes(
  keys: IncidentKeyCache,
  table: string,
  id: string,
  envelope: Sealed
): Promise<ArrayBuffer> {
  if (!isSealed(envelope)) throw new DamagedRecordError(table, id)
  return openBytes(await keyOf(keys, table, id, envelope), table, id, envelope)
}

/** A summary row's texts (the contract with the register's Worker: summary id = incident id). */
export function openSummaryEnvelope<T>(
  keys: IncidentKeyCache,
  id: string,
  envelope: { clear: T } | Sealed
): Promise<T> {
  return openEnvelope(keys, 'summaries', id, envelope)
}

/** Seals `value` with an incident's key, marked with its id. */
export async function sealWithIncidentKey(
  key: CryptoKey,
  incidentId: string,
  table: string,
  id: string,
  value: unknown
): Promise<IncidentSealed> {
  return { ...(await sealJson(key, table, id, value)), ik: incidentId }
}

export async function sealBytesWithIncidentKey(
  key: CryptoKey,
  incidentId: string,
  table: string,
  id: string,
  bytes: BufferSource
): Promise<IncidentSealed> {
  return { ...(await sealBytes(key, table, id, bytes)), ik: incidentId }
}
