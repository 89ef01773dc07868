/**
 * The register as the views see it: ONE subscription per database, shared by every hook that
 * lists incidents (register page, list, bin, deadline reminders).
 *
 * Start: the counts (meta 'counters') and the first rows of each view asked for, straight from
 * the sort index (./search.ts readFirstPage); the views paint; then, after that paint, the full
 * in-memory cache is read in chunks and the word index built in the background. Every later
 * change is noticed by watching the one counters row every write bumps, and applied
 * incrementally (rows above the last rev seen). Leaving the register and coming back is served
 * from memory: the snapshot outlives the views.
 *
 * Locked: the cache (./search.ts) drops itself, and this store forgets its first pages and
 * counts, so no decrypted title or client stays referenced; unlocking starts again.
 */
import { liveQuery, type Subscription } from 'dexie'

import { readCounts, type RegisterCounts } from './counts'
import type { SentinelleDb } from './schema'
import { readFirstPage, refreshRegisterCache, registerCacheOf, runIncidentQuery } from './search'
import type { IncidentListResult, IncidentQuery } from './types'
import { vaultOf } from './vault'

export type RegisterSnapshot = {
  /** Changes whenever anything a view may show changed. */
  version: number
  counts?: RegisterCounts
  /** The whole register is in memory: every query is answered from it. */
  full: boolean
  error?: unknown
}

/** Performance marks a browser bench can read (performance.getEntriesByType('mark')). */
export function markRegister(name: 'counts' | 'first-page' | 'full' | 'words-ready'): void {
  globalThis.performance?.mark?.(`sentinelle:register-${name}`)
}

/** Runs `task` once the current frame is painted (a plain task under Node). */
function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined') {
    requestAnimationFrame(() => setTimeout(task, 0))
  } else setTimeout(task, 0)
}

export class RegisterStore {
  private listeners = new Set<() => void>()
  private snapshot: RegisterSnapshot = { version: 0, full: false }
  /** Queries the views asked for, by JSON key, and their first page (null: not from the index). */
  private wanted = new Map<string, IncidentQuery>()
  private pages = new Map<string, IncidentListResult | null>()
  private watch: Subscription | undefined
  /** Bumped on lock: work started before it is dropped when it lands. */
  private generation = 0
  private lastRev = -1
  private fullScheduled = false

  constructor(private readonly db: SentinelleDb) {
    const vault = vaultOf(db)
    vault.onLock(() => this.reset())
    vault.subscribe(() => {
      if (vault.status() !== 'locked' && this.listeners.size > 0) this.restartWatch()
    })
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    if (this.listeners.size === 1) this.restartWatch()
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) {
        this.watch?.unsubscribe()
        this.watch = undefined
      }
    }
  }

  readonly getSnapshot = (): RegisterSnapshot => this.snapshot

  /** A view's query: its first page is read from the index until the full cache is there. */
  want(query: IncidentQuery): void {
    const key = JSON.stringify(query)
    if (this.wanted.has(key)) return
    this.wanted.set(key, query)
    if (!this.snapshot.full && this.snapshot.counts) void this.fetchPages(this.generation, [key])
  }

  /** What a view shows for `query` now; undefined while it cannot be answered yet. */
  resultFor(query: IncidentQuery): IncidentListResult | undefined {
    const cache = registerCacheOf(this.db)
    if (this.snapshot.full) return cache.loaded ? runIncidentQuery(cache, query) : undefined
    return this.pages.get(JSON.stringify(query)) ?? undefined
  }

  private publish(patch: Partial<RegisterSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch, version: this.snapshot.version + 1 }
    for (const listener of [...this.listeners]) listener()
  }

  private reset(): void {
    this.generation++
    this.pages.clear()
    this.lastRev = -1
    this.fullScheduled = false
    this.watch?.unsubscribe()
    this.watch = undefined
    this.publish({ counts: undefined, full: false, error: undefined })
  }

  /** Watches the counters row: every write to the register bumps its rev in the same transaction. */
  private restartWatch(): void {
    this.watch?.unsubscribe()
    this.watch = liveQuery(() => this.db.meta.get('counters')).subscribe({
      next: (row) => {
        const rev = row && row.key === 'counters' ? row.rev : 0
        // The first value after a (re)subscription always checks; then only real changes.
        if (rev === this.lastRev && this.snapshot.counts) return
        this.lastRev = rev
        void this.onChange(this.generation)
      },
      error: (error: unknown) => this.publish({ error })
    })
  }

  private async onChange(generation: number): Promise<void> {
    try {
      const vault = vaultOf(this.db)
      await vault.load()
      if (vault.status() === 'locked') return
      if (registerCacheOf(this.db).loaded) {
        const cache = registerCacheOf(this.db)
        const before = cache.version
        await refreshRegisterCache(this.db)
        if (generation !== this.generation) return
        if (
          !this.snapshot.full ||
          cache.version !== before ||
          cache.counts !== this.snapshot.counts
        )
          this.publish({ full: true, counts: cache.counts })
        return
      }
      const counts = await readCounts(this.db)
      if (generation !== this.generation) return
      markRegister('counts')
      // A cache dropped after a full load (a restore rewrote the register under it): start over
      // from the first pages and schedule a new full load.
      if (this.snapshot.full) {
        this.pages.clear()
        this.fullScheduled = false
      }
      this.snapshot = { ...this.snapshot, counts, full: false }
      await this.fetchPages(generation)
      this.scheduleFullLoad(generation)
    } catch (error) {
      if (generation === this.generation) this.publish({ error })
    }
  }

  /** Reads the first pages of the wanted queries (`only`: of these keys). */
  private async fetchPages(generation: number, only?: string[]): Promise<void> {
    const counts = this.snapshot.counts
    if (!counts) return
    const entries = [...this.wanted].filter(([key]) => !only || only.includes(key))
    const pages = await Promise.all(
      entries.map(([, query]) => readFirstPage(this.db, query, counts))
    )
    if (generation !== this.generation || this.snapshot.full) return
    entries.forEach(([key], i) => this.pages.set(key, pages[i] ?? null))
    markRegister('first-page')
    this.publish({})
  }

  /** The full cache, after the first rows are painted. */
  private scheduleFullLoad(generation: number): void {
    if (this.fullScheduled) return
    this.fullScheduled = true
    afterPaint(() => {
      if (generation !== this.generation) return
      void refreshRegisterCache(this.db)
        .then((cache) => {
          if (generation !== this.generation || !cache.loaded) return
          // The first pages held decrypted titles too: the cache answers from now on.
          this.pages.clear()
          markRegister('full')
          this.publish({ full: true, counts: cache.counts })
          // Writes made while it loaded are applied now (rows above the rev it started from).
          void this.onChange(generation)
        })
        .catch((error: unknown) => {
          if (generation === this.generation) this.publish({ error })
        })
    })
  }
}

const stores = new WeakMap<SentinelleDb, RegisterStore>()

export function registerStoreOf(db: SentinelleDb): RegisterStore {
  let store = stores.get(db)
  if (!store) {
    store = new RegisterStore(db)
    stores.set(db, store)
  }
  return store
}
