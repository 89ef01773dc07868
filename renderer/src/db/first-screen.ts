/**
 * The register's first screen (its counts and the rows in sight), kept OUTSIDE IndexedDB, in
 * localStorage, for a CLEAR register only, so that a start shows it at once.
 *
 * Why: on a large register the browser's first IndexedDB call of a process opens the origin's
 * backing store, and that open grows with what a bulk write (a seed, a restore) left in LevelDB
 * (README, Performance: 2 to 3 s at 100,000 incidents, in a bare page too). localStorage is a
 * small store of its own, open long before. The live answer replaces what is shown here as soon
 * as the register is open (./register-store.ts).
 *
 * Real erasure holds: the copy is REMOVED BEFORE every read-write transaction of the register
 * starts (guardFirstScreen: a Dexie middleware, so erasure, restore, encryption set-up and every
 * other write are covered by one rule), and on lock. It is written again only after the register
 * was read with no write started since (a write in flight or started meanwhile: not written),
 * and never for an encrypted register (the store checks the vault; an encrypted register's
 * titles must never sit in clear outside it).
 */
import type { DBCore, DBCoreTransaction } from 'dexie'

import type { RegisterCounts } from './counts'
import type { SentinelleDb } from './schema'
import type { IncidentListResult, IncidentQuery } from './types'

export type FirstScreen = {
  format: 1
  /** JSON of the query the register showed first (the view a start shows again). */
  queryKey: string
  counts: RegisterCounts
  page: IncidentListResult
  /** The rows' dates as shown, when the register page gave them (see setFirstScreenDisplay). */
  display?: KeptDisplay
}

/**
 * Display strings of the kept rows (their dates, as the list shows them), with the language and
 * zone they were made for: a start draws the kept rows without the page's first `Intl` call
 * (its locale and zone data: 35 ms to 300 ms measured in Chromium, issue 12). They are used only
 * for that same language and zone; anything else is formatted as usual.
 */
export type KeptDisplay = {
  language: string
  timeZone: string
  /** By `kind|iso` (the register's format.ts keys): the text shown. */
  strings: Record<string, string>
}

type DisplayMaker = (items: IncidentListResult['items']) => KeptDisplay | undefined
let displayMaker: DisplayMaker | undefined
/**
 * How the register page shows the kept rows' dates now (undefined: it is not shown); a first
 * screen saved later carries them (./register-store.ts saves it, after the reads).
 */
export function setFirstScreenDisplay(maker: DisplayMaker | undefined): void {
  displayMaker = maker
}

let lastKeptDisplay: KeptDisplay | undefined
/** The display strings of the first screen read last (at start), if it had them. */
export function keptFirstScreenDisplay(): KeptDisplay | undefined {
  return lastKeptDisplay
}

function isKeptDisplay(value: unknown): value is KeptDisplay {
  const v = value as Partial<KeptDisplay> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.language === 'string' &&
    typeof v.timeZone === 'string' &&
    typeof v.strings === 'object' &&
    v.strings !== null &&
    Object.values(v.strings).every((text) => typeof text === 'string')
  )
}

/** Rows kept: the rows in sight at start (the list shows about 20) and a margin. */
export const FIRST_SCREEN_ROWS = 30

const storageKey = (dbName: string) => `sentinelle.first-screen.${dbName}`

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

function defaultStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined // Storage disabled: no first screen, the register opens as before.
  }
}

let storageOverride: KeyValueStorage | undefined
/** Tests: the storage to use instead of localStorage (undefined: back to localStorage). */
export function setFirstScreenStorage(storage: KeyValueStorage | undefined): void {
  storageOverride = storage
}
const storage = () => storageOverride ?? defaultStorage()

function isFirstScreen(value: unknown): value is FirstScreen {
  const v = value as Partial<FirstScreen> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === 1 &&
    typeof v.queryKey === 'string' &&
    typeof v.counts === 'object' &&
    v.counts !== null &&
    typeof v.page === 'object' &&
    v.page !== null &&
    Array.isArray(v.page.items) &&
    typeof v.page.total === 'number'
  )
}

/**
 * The text read last and what it gave: the start's store (./start.ts) and the app's register
 * store read the same kept screen one after the other; the same objects (counts, rows) mean the
 * views are not rendered again when the second takes over.
 */
let lastRead: { text: string; value: FirstScreen } | undefined

/** The first screen kept for `dbName`; undefined when none (or unreadable: then removed). */
export function readFirstScreen(dbName: string): FirstScreen | undefined {
  const store = storage()
  try {
    const text = store?.getItem(storageKey(dbName))
    if (!text) return undefined
    if (lastRead?.text === text) return lastRead.value
    const value: unknown = JSON.parse(text)
    if (isFirstScreen(value)) {
      // Strings that do not look right are not used: the dates are formatted as usual.
      if (value.display !== undefined && !isKeptDisplay(value.display)) delete value.display
      lastKeptDisplay = value.display
      lastRead = { text, value }
      return value
    }
  } catch {
    // Unreadable: dropped below, the register opens as before.
  }
  removeFirstScreen(dbName)
  return undefined
}

/** Whether a first screen is kept for `dbName` (the shell shows the register while it opens). */
export function hasFirstScreen(dbName: string): boolean {
  return readFirstScreen(dbName) !== undefined
}

export function removeFirstScreen(dbName: string): void {
  try {
    storage()?.removeItem(storageKey(dbName))
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** Tables whose writes alone cannot change the first screen. */
const SCREEN_FREE_STORES: ReadonlySet<string> = new Set(['settings'])

type WriteWatch = { started: number; inFlight: number }
const watches = new WeakMap<SentinelleDb, WriteWatch>()

/**
 * Removes the first screen before every read-write transaction of `db` starts, and counts the
 * writes, so that a first screen read before a write is never stored after it. Call once, before
 * the database opens (the app's database: ./app-db.ts).
 */
export function guardFirstScreen(db: SentinelleDb): void {
  if (watches.has(db)) return
  const watch: WriteWatch = { started: 0, inFlight: 0 }
  watches.set(db, watch)
  db.use({
    stack: 'dbcore',
    name: 'sentinelle-first-screen',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options): DBCoreTransaction {
        // A write to the personal settings alone (language...) changes nothing the first
        // screen shows; every other write may (erasure, restore, set-up, any save).
        if (mode !== 'readwrite' || stores.every((store) => SCREEN_FREE_STORES.has(store)))
          return down.transaction(stores, mode, options)
        removeFirstScreen(db.name)
        watch.started++
        watch.inFlight++
        const tx = down.transaction(stores, mode, options)
        let done = false
        const finish = () => {
          if (done) return
          done = true
          watch.inFlight--
        }
        const events = tx as Partial<Pick<IDBTransaction, 'addEventListener'>>
        events.addEventListener?.('complete', finish)
        events.addEventListener?.('abort', finish)
        events.addEventListener?.('error', finish)
        return tx
      }
    })
  })
}

/** A mark to take before reading what a first screen will hold (see saveFirstScreen). */
export function writeMark(db: SentinelleDb): number | undefined {
  return watches.get(db)?.started
}

/**
 * Stores the first screen of `db`, unless a write started since `mark` was taken or is still
 * under way (what was read may already be out of date, or erased), or the database is not
 * guarded (nothing would remove it before a write). Returns whether it was stored.
 */
export function saveFirstScreen(
  db: SentinelleDb,
  mark: number | undefined,
  screen: { query: IncidentQuery; counts: RegisterCounts; page: IncidentListResult }
): boolean {
  const watch = watches.get(db)
  if (!watch || mark === undefined || watch.started !== mark || watch.inFlight > 0) return false
  const items = screen.page.items.slice(0, FIRST_SCREEN_ROWS)
  let display: KeptDisplay | undefined
  try {
    display = items.length > 0 ? displayMaker?.(items) : undefined
  } catch {
    display = undefined // No strings: the next start formats the dates itself.
  }
  const value: FirstScreen = {
    format: 1,
    queryKey: JSON.stringify(screen.query),
    counts: screen.counts,
    page: { items, total: screen.page.total },
    ...(display ? { display } : {})
  }
  try {
    storage()?.setItem(storageKey(db.name), JSON.stringify(value))
    return true
  } catch {
    return false // Full or disabled: the next start reads the register, as before.
  }
}
