/**
 * The app's one database and repository (tests create their own with openSentinelleDb). Loaded
 * after the first frame, through ./live.ts (the start path imports ./start.ts, never this).
 */
import { SentinelleDbError } from './errors'
import { guardFirstScreen } from './first-screen'
import { createRepository } from './repository'
import { createSentinelleDb } from './schema'
import type { DbOpenResult } from './types'
import { vaultOf } from './vault'

export const db = createSentinelleDb()
// Its first screen kept outside IndexedDB goes before any write (./first-screen.ts).
guardFirstScreen(db)

export const repository = createRepository(db)

/** The register's vault: encrypted or not, locked or not (see ./vault.ts). */
export const vault = vaultOf(db)

/**
 * Opens the register; call it once in the app root and render the views only after `ok`.
 * On `newer-version` show describeDbError(...) and stop: the database is left untouched.
 */
export async function openDatabase(): Promise<DbOpenResult> {
  try {
    await repository.ready()
    return { ok: true }
  } catch (error) {
    if (error instanceof SentinelleDbError) return { ok: false, error: error.detail }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { kind: 'storage-unavailable', message } }
  }
}
