/**
 * How the register opens a summary (title, client, search words): ONE function, used by the
 * first page on the main thread and by the register engine wherever it runs (./register-engine.ts,
 * a Worker in the app). Its shape is the contract with per-incident keys (team note, issue 10 §6):
 * `createIncidentKeyCache(dataKey, readWrapped)` gives `{ keyFor, clear }` and
 * `openSummaryEnvelope(keys, id, envelope)` opens a summary sealed under its incident's key or,
 * written before that, under the data key. Today every summary is sealed under the data key, so
 * `keyFor` returns it for every incident; swapping these two functions is the whole change.
 */
import { DamagedRecordError, isSealed, openJson } from '../crypto/seal'
import { SentinelleDbError } from './errors'
import type { SummaryText } from './schema'
import type { Envelope } from './vault'

export type SummaryKeys = {
  keyFor(incidentId: string): Promise<CryptoKey | undefined>
  /** Forgets every key (lock). */
  clear(): void
}

/** Keys for the summaries: today the data key for every incident (undefined: clear register). */
export function createSummaryKeys(dataKey: CryptoKey | undefined): SummaryKeys {
  let key = dataKey
  return {
    keyFor: () => Promise.resolve(key),
    clear: () => {
      key = undefined
    }
  }
}

/**
 * A summary's texts. Throws DamagedRecordError when a sealed summary fails authentication, and
 * `{ kind: 'locked' }` when it is sealed and no key is known.
 */
export async function openSummaryEnvelope(
  keys: SummaryKeys,
  id: string,
  envelope: Envelope<SummaryText>
): Promise<SummaryText> {
  if ('clear' in envelope) return envelope.clear
  if (!isSealed(envelope)) throw new DamagedRecordError('summaries', id)
  const key = await keys.keyFor(id)
  if (!key) throw new SentinelleDbError({ kind: 'locked' })
  return openJson<SummaryText>(key, 'summaries', id, envelope)
}
