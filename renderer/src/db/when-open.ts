import type { SentinelleDb } from './schema'
import { readPlainSetting, type PlainSettingKey } from './setting-checks'
import type { Settings } from './types'

/**
 * Runs `run` once `database` is open (at once if it is); returns the cancel. A live query started
 * on a closed database fails once and never runs again, so the app's live reads wait behind this
 * gate (hooks.ts useDatabaseOpen, live.ts watchSetting).
 */
export function whenOpen(database: SentinelleDb, run: () => void): () => void {
  if (database.isOpen()) {
    run()
    return () => {}
  }
  database.on('ready', run)
  return () => database.on('ready').unsubscribe(run)
}

/** A setting checked without zod (./setting-checks.ts); undefined when never set. */
export async function readStoredSetting<K extends PlainSettingKey>(
  database: SentinelleDb,
  key: K
): Promise<Settings[K] | undefined> {
  const row = await database.settings.get(key)
  return row ? readPlainSetting(key, row.value) : undefined
}
