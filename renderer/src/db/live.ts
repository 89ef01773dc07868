/**
 * The live register: Dexie, the app's database, its repository, vault and register store. Never
 * imported statically on the start path: ./start.ts loads it after the first frame (issue 12:
 * evaluating Dexie and building the database object was 40 to 60 ms of main-thread work before
 * the first paint) and attaches the first screen's hooks to it.
 */
import { liveQuery } from 'dexie'

import { db, openDatabase, repository, vault } from './app-db'
import { registerStoreOf, type RegisterStore } from './register-store'
import type { PlainSettingKey } from './setting-checks'
import type { Settings } from './types'
import { readStoredSetting, whenOpen } from './when-open'

export { db, openDatabase, repository, vault }

/** The app's one register store (./register-store.ts), shared with every other view. */
export function appRegisterStore(): RegisterStore {
  return registerStoreOf(db)
}

/**
 * Follows a setting (undefined when never set), as hooks.ts's useSetting does: a live query,
 * started once the database is open (one started on a closed database fails once and never runs
 * again). Returns the unsubscribe.
 */
export function watchSetting<K extends PlainSettingKey>(
  key: K,
  onValue: (value: Settings[K] | undefined) => void,
  onError: (error: unknown) => void
): () => void {
  let stopped = false
  let stop: (() => void) | undefined
  const cancelOpen = whenOpen(db, () => {
    if (stopped || stop !== undefined) return
    const subscription = liveQuery(() => readStoredSetting(db, key)).subscribe({
      next: onValue,
      error: onError
    })
    stop = () => subscription.unsubscribe()
  })
  return () => {
    stopped = true
    cancelOpen()
    stop?.()
  }
}
