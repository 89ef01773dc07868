/**
 * How the register opens a summary (title, client, search words): ONE function, used by the
 * first page on the main thread and by the register engine wherever it runs (./register-engine.ts,
 * a Worker in the app). A summary is sealed with its incident's key (crypto-shredding, schema v4,
 * ../crypto/incident-keys.ts) or, when written before v4 and not yet re-sealed, under the data
 * key; `ik` on the envelope says which. The Worker reads the key rows itself from the same
 * IndexedDB, batched (the first screen asks for ~50 at once), with the data key posted to it.
 */
import {
  createIncidentKeyCache,
  openSummaryEnvelope as openWithIncidentKeys,
  type IncidentKeyCache
} from '../crypto/incident-keys'
import { SentinelleDbError } from './errors'
import type { SentinelleDb, SummaryText } from './schema'
import type { Envelope } from './vault'

/** The keys that open summaries: none in a clear or locked register. */
export type SummaryKeys = {
  readonly cache: IncidentKeyCache | undefined
  /** Forgets every key (lock). */
  clear(): void
}

/** Keys read on demand from `db`'s `incidentKeys` table, unwrapped with `dataKey`. */
export function createSummaryKeys(db: SentinelleDb, dataKey: CryptoKey | undefined): SummaryKeys {
  return summaryKeysOf(
    dataKey &&
      createIncidentKeyCache(dataKey, (ids) =>
        db.incidentKeys
          .bulkGet(ids)
          .then((rows) => new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : []))))
      )
  )
}

/** Wraps an existing cache (the vault's, on the main thread: emptied by its lock). */
export function summaryKeysOf(cache: IncidentKeyCache | undefined): SummaryKeys {
  let current = cache
  return {
    get cache() {
      return current
    },
    clear() {
      current?.clear()
      current = undefined
    }
  }
}

/**
 * A summary's texts. Throws DamagedRecordError when a sealed summary fails authentication or its
 * incident's key is gone (IncidentKeyGoneError), and `{ kind: 'locked' }` when it is sealed and
 * no key is known.
 */
export async function openSummaryEnvelope(
  keys: SummaryKeys,
  id: string,
  envelope: Envelope<SummaryText>
): Promise<SummaryText> {
  if ('clear' in envelope) return envelope.clear
  const cache = keys.cache
  if (!cache) throw new SentinelleDbError({ kind: 'locked' })
  return openWithIncidentKeys(cache, id, envelope)
}
