/** The app's one database and repository (tests create their own with openSentinelleDb). */
import { SentinelleDbError } from './errors'
import { guardFirstScreen, hasFirstScreen, readFirstScreen } from './first-screen'
import { createRepository } from './repository'
import { createSentinelleDb } from './schema'
import type { DbOpenResult } from './types'
import { vaultOf } from './vault'

export const db = createSentinelleDb()
// Its first screen kept outside IndexedDB goes before any write (./first-screen.ts).
guardFirstScreen(db)

/** A clear register's first screen is kept: the shell shows the register while it opens. */
export function hasAppFirstScreen(): boolean {
  return hasFirstScreen(db.name)
}

/** The kept first screen shows incidents (not the first-run screen of an empty register). */
export function keptFirstScreenHasRows(): boolean {
  return (readFirstScreen(db.name)?.page.items.length ?? 0) > 0
}

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
