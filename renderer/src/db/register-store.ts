/**
 * The register as the views see it: ONE subscription per database, shared by every hook that
 * lists incidents (register page, list, bin, deadline reminders).
 *
 * Start: the counts (meta 'counters') and the first rows of each view asked for, straight from
 * the sort index (./search.ts readFirstPage); the views paint; then, after that paint, the
 * register engine (./register-engine.ts: a Worker in the app) reads the whole register in
 * chunks and builds the word index, off the main thread. A query typed meanwhile is answered at
 * once from the rows already read (`partial`: n of N read), and again as the read goes on.
 * The main thread keeps only what the views show: per view, the window of rows in sight.
 * Every later change is noticed by watching the one counters row every write bumps; the engine
 * applies it incrementally (rows above the last rev seen). Leaving the register and coming back
 * is served from memory: the answers outlive the views.
 *
 * Locked: the engine is terminated (the Worker and every decrypted text in it are gone), and
 * this store forgets its first pages, answers and counts; unlocking starts again.
 */
import { liveQuery, type Subscription } from 'dexie'

import { readCounts, rowCount, type RegisterCounts } from './counts'
import {
  FIRST_SCREEN_ROWS,
  readFirstScreen,
  removeFirstScreen,
  saveFirstScreen,
  writeMark
} from './first-screen'
import {
  LocalRegisterEngine,
  WorkerRegisterEngine,
  type EngineStatus,
  type RegisterEngine
} from './register-engine'
import type { SentinelleDb } from './schema'
import { firstPagePlan, readFirstPage, vaultSummaryKeys } from './search'
import type { IncidentListResult, IncidentQuery } from './types'
import { afterPaint } from '../frames'
import { noteTypedAnswer, subscribeSearchIntent, TYPING_PAUSE_MS } from './typing-pause'
import { vaultOf } from './vault'

export type RegisterSnapshot = {
  /** Changes whenever anything a view may show changed. */
  version: number
  counts?: RegisterCounts
  /** The whole register is in the engine: every query is answered exactly. */
  full: boolean
  /** Rows read into the engine so far (while not full). */
  loaded?: { rows: number; of: number }
  error?: unknown
}

/** Rows a view shows, from `offset` on (the rows in sight and a margin around them). */
export type ListWindow = { first: number; last: number }

/**
 * What a view shows: `items` are the rows from `offset` (0 when absent) on. `stale`: the answer
 * to the view's previous query, shown while the new one is on its way.
 */
export type WindowedResult = IncidentListResult & { offset?: number; stale?: boolean }

/** Performance marks a browser bench can read (performance.getEntriesByType('mark')). */
export function markRegister(name: 'counts' | 'first-page' | 'full' | 'words-ready'): void {
  globalThis.performance?.mark?.(`sentinelle:register-${name}`)
}

/** Rows fetched around the window in sight, so that scrolling a little asks nothing. */
const WINDOW_MARGIN = 60
/** Queries remembered (the latest ones a view asked for); older answers are dropped. */
const WANTED_MAX = 8
/** While the engine reads the register, partial answers are refreshed at most this often. */
const PROGRESS_EVERY_MS = 1_000
/**
 * While the user types (a new query from the register list less than this long ago), the
 * engine's moves (rows read, the end of the read, a write applied) are held: the list shows the
 * answer to the key just typed and does not change under the user's eyes, and the main thread
 * spends no render on re-answers between two keys. Applied at the first pause this long; the
 * answers then end as exact as before (every query re-asked at the engine's latest version).
 * The same pause holds what appears under the list (./typing-pause.ts).
 */
export { TYPING_PAUSE_MS }

type Wanted = {
  query: IncidentQuery
  /** The window asked for, when the view is windowed (else the query's own offset and limit). */
  window?: ListWindow
  /** Bumped per request: only the latest answer is kept. */
  seq: number
  answer?: WindowedResult
  /** The engine version the answer is true at. */
  answeredAt?: number
  /** Released by its view: kept, not asked again (see release). */
  idle: boolean
  /** Taken up again with an answer older than the register: shown stale until asked again. */
  refreshing?: boolean
}

/** A Worker where there is one (the app); the same engine in-process under Node. */
function defaultEngine(db: SentinelleDb): RegisterEngine {
  if (typeof Worker === 'function' && typeof window !== 'undefined') {
    return new WorkerRegisterEngine(db.name, vaultOf(db).sessionKey())
  }
  return new LocalRegisterEngine(db, vaultSummaryKeys(db))
}

export class RegisterStore {
  private listeners = new Set<() => void>()
  private snapshot: RegisterSnapshot = { version: 0, full: false }
  /** Queries the views asked for, by JSON key (most recent last). */
  private wanted = new Map<string, Wanted>()
  /** First page of a query read from the index (null: the index cannot answer it). */
  private pages = new Map<string, IncidentListResult | null>()
  private watch: Subscription | undefined
  /** Bumped on lock: work started before it is dropped when it lands. */
  private generation = 0
  private lastRev = -1
  private engine: RegisterEngine | undefined
  /** The engine was asked to read the register (after the first paint). */
  private engineStarted = false
  /** The data key the engine was given (undefined: a clear register). */
  private engineKey: CryptoKey | undefined
  private engineVersion = -1
  private lastProgress = 0
  /** The register list's first query: its rows are the first screen kept (./first-screen.ts). */
  private firstScreenKey: string | undefined
  /** The view of the kept first screen, while its counts are the ones shown (not yet live). */
  private keptKey: string | undefined
  /** The write mark the live first pages were read after (undefined: none read yet). */
  private liveMark: number | undefined
  /** The register list's latest query (a key typed changes it), and when it was asked. */
  private typedKey: string | undefined
  private typedAt = Number.NEGATIVE_INFINITY
  /** When the answer to the typed query was last published (the user sees it from then). */
  private typedAnsweredAt = Number.NEGATIVE_INFINITY
  private cancelAnswerPaint: () => void = () => {}
  /** The engine's latest move, held while the user types (TYPING_PAUSE_MS). */
  private held: { generation: number; status: EngineStatus } | undefined
  /** The last result given per query key, and the snapshot version it was computed at. */
  private shown = new Map<
    string,
    { version: number; outdated: boolean; result: WindowedResult | undefined }
  >()
  private heldTimer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly db: SentinelleDb,
    private readonly createEngine: (db: SentinelleDb) => RegisterEngine = defaultEngine
  ) {
    this.showFirstScreen()
    // The user is about to search: the engine's read holds before the first query comes. Held
    // weakly: the stores are kept per database in a WeakMap (registerStoreOf), and this
    // module-level listener must not keep a store, and its database, alive.
    const store = new WeakRef(this)
    const stop = subscribeSearchIntent(() => {
      const self = store.deref()
      if (self) self.engine?.holdRead()
      else stop()
    })
    const vault = vaultOf(db)
    vault.onLock(() => this.reset())
    vault.subscribe(() => {
      // Set up (a clear register now encrypted): the engine was given no key, start it again.
      if (this.engine && vault.sessionKey() !== this.engineKey) {
        this.reload()
        return
      }
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

  /**
   * A clear register's first screen kept outside IndexedDB (./first-screen.ts): its counts and
   * rows are shown at once, while the database opens, and replaced by the live ones.
   */
  private showFirstScreen(): void {
    const kept = readFirstScreen(this.db.name)
    if (!kept) return
    this.snapshot = { ...this.snapshot, counts: kept.counts }
    this.pages.set(kept.queryKey, kept.page)
    this.keptKey = kept.queryKey
  }

  /**
   * The vault is not clear: a first screen kept for it (written while the register was clear, by
   * a connection that did not remove it before the encryption) goes from storage AND from
   * memory. Kept in memory, its counts made the watch take the register as read (lastRev), so
   * after the unlock the engine was never started and the first search never answered; and its
   * clear rows were still shown.
   */
  private dropFirstScreen(): void {
    removeFirstScreen(this.db.name)
    const key = this.keptKey
    if (key === undefined) return
    this.keptKey = undefined
    this.pages.delete(key)
    this.publish({ counts: undefined })
  }

  /**
   * The register list asks for `key` while the counts shown are still the kept ones: if it is
   * not the view kept (the app changed its first view), they go, and the page waits for the
   * live ones as before ("no incident matches" must never be shown for a register that has some).
   */
  private checkKeptView(key: string): void {
    if (this.keptKey === undefined || this.keptKey === key) return
    this.keptKey = undefined
    this.publish({ counts: undefined })
  }

  /** Keeps the first screen of a clear register, read after `mark` (see saveFirstScreen). */
  private keepFirstScreen(
    mark: number | undefined,
    page: IncidentListResult | null | undefined
  ): void {
    const counts = this.snapshot.counts
    if (!counts || vaultOf(this.db).status() !== 'clear') return
    // An empty clear register is kept too: its zero counts, no row and no view (the list is not
    // shown), so that the next start shows the first-run screen at once instead of after the open
    // (issue 12, empty start). The guard removes it before the first write like any kept copy; a
    // stale one (written by a connection without the guard) shows the first-run screen until the
    // live counts replace it, and a list asking for its view drops it (checkKeptView).
    if (rowCount(counts) === 0) {
      saveFirstScreen(this.db, mark, { query: {}, counts, page: { items: [], total: 0 } })
      return
    }
    const key = this.firstScreenKey
    if (!page || page.partial || key === undefined) return
    saveFirstScreen(this.db, mark, { query: JSON.parse(key) as IncidentQuery, counts, page })
  }

  /**
   * A view's query (and, for a windowed list, the rows in sight): its first page is read from
   * the index at start, then the engine answers it.
   */
  want(query: IncidentQuery, window?: ListWindow): void {
    const key = JSON.stringify(query)
    // A new query of the register list: a key typed (or a filter changed).
    if (window !== undefined && key !== this.typedKey) {
      if (this.typedKey !== undefined) this.typedAt = Date.now()
      this.typedKey = key
    }
    // The register list (the only windowed view) at start: the view a start shows again.
    if (window !== undefined && this.firstScreenKey === undefined) {
      this.firstScreenKey = key
      this.checkKeptView(key)
      // Its live first page may be read already (asked by the page before the list mounted).
      const answer = this.wanted.get(key)?.answer
      const live = this.pages.get(key) ?? (answer && !answer.offset ? answer : undefined)
      if (this.liveMark !== undefined) this.keepFirstScreen(this.liveMark, live)
    }
    let entry = this.wanted.get(key)
    if (entry) {
      // Most recent last.
      this.wanted.delete(key)
      this.wanted.set(key, entry)
      const wasIdle = entry.idle
      entry.idle = false
      const moved = window !== undefined && !covers(entry, window)
      if (moved) entry.window = window
      // A view coming back (back-navigation) shows the answer held at once; it is asked again
      // only if the register changed meanwhile.
      const outdated = wasIdle && entry.answeredAt !== this.engineVersion
      if (!moved && !outdated) return
      if (outdated) entry.refreshing = true
    } else {
      entry = { query, window, seq: 0, idle: false }
      this.wanted.set(key, entry)
      // The oldest query no view shows goes first; never the register list's first view, the
      // one a search erased goes back to: typing a 10-letter word asked 10 queries, the first
      // view was dropped, and erasing the last letter asked the engine for it again and
      // rendered its rows after the Worker's answer instead of in the key's own render
      // (keys-trace at 100k, in memory: the slowest key but one).
      const evictable = [...this.wanted].filter(([k]) => k !== this.firstScreenKey)
      while (this.wanted.size > WANTED_MAX) {
        const [old] =
          evictable.find(([k, e]) => e.idle && this.wanted.has(k)) ??
          evictable.find(([k]) => this.wanted.has(k)) ??
          ([] as never[])
        if (old === undefined) break
        this.wanted.delete(old)
        this.pages.delete(old)
      }
      const generation = this.generation
      // What the index cannot answer (a search) is known at once: no read, no extra render.
      if (!firstPagePlan(query)) this.pages.set(key, null)
      else if (
        !this.snapshot.full &&
        this.snapshot.counts &&
        !this.pages.has(key) &&
        this.db.isOpen()
      )
        this.fetchPages(generation, [key]).catch((error: unknown) => this.failed(error, generation))
    }
    if (this.engineStarted && this.engineAnswers(key, entry))
      void this.ask(this.generation, key, entry)
  }

  /**
   * Whether the engine answers `key` now. Before the full read, a query the index answers
   * exactly (its first page, the total from the counts) waits for that page: the engine's
   * partial answer would show the rows read so far, with their count as the total, and a list
   * of 2,000 instead of 10,000 sends End to the last row READ (e2e register.spec, End key).
   * Rows past the first page come with the full read.
   */
  private engineAnswers(key: string, entry: Wanted): boolean {
    if (this.snapshot.full) return true
    const page = this.pages.get(key)
    if (page === undefined) return firstPagePlan(entry.query) === undefined
    return page === null
  }

  /**
   * No view shows `query` any more (a keystroke replaced it, the page was left): its answer is
   * kept for a return, but no longer asked again as the register is read or changes.
   */
  release(query: IncidentQuery): void {
    const entry = this.wanted.get(JSON.stringify(query))
    if (entry) entry.idle = true
  }

  /**
   * resultFor(query of `key`) as a view's store snapshot (useSyncExternalStore): computed once per
   * published version, and the same object while what it holds is the same, so a publish for
   * another view (or a progress) does not re-render this one.
   */
  resultAt(key: string): WindowedResult | undefined {
    const version = this.snapshot.version
    const last = this.shown.get(key)
    const entry = this.wanted.get(key)
    const outdated = entry !== undefined && this.takenUpOutdated(entry)
    if (last && last.version === version && last.outdated === outdated) return last.result
    const result = this.resultFor(JSON.parse(key) as IncidentQuery)
    const kept = last?.result && result && sameResult(last.result, result) ? last.result : result
    if (!last && this.shown.size >= 4 * WANTED_MAX) this.shown.clear()
    this.shown.set(key, { version, outdated, result: kept })
    return kept
  }

  /**
   * A query taken up again (a Backspace, a view coming back) whose held answer is older than
   * the register the engine has: it is asked again. Known from the render on, before the view's
   * want() (a layout effect) marks it `refreshing`: the view's render of the key already shows it
   * stale, not as the answer (aria-busy stays true until the engine's).
   */
  private takenUpOutdated(entry: Wanted): boolean {
    if (entry.refreshing === true) return true
    return entry.idle && entry.answer !== undefined && entry.answeredAt !== this.engineVersion
  }

  /** What a view shows for `query` now; undefined while it cannot be answered yet. */
  resultFor(query: IncidentQuery): WindowedResult | undefined {
    const key = JSON.stringify(query)
    const entry = this.wanted.get(key)
    const outdated = entry !== undefined && this.takenUpOutdated(entry)
    const answer = entry?.answer && outdated ? { ...entry.answer, stale: true } : entry?.answer
    if (answer && !answer.partial) return answer
    // An empty register (no engine started for it): nothing matches.
    const counts = this.snapshot.counts
    if (counts && rowCount(counts) === 0 && !this.engineStarted) return NO_INCIDENT
    const page = this.pages.get(key)
    if (page) return page
    // An outdated PARTIAL answer is not shown again: the rows read since change it, and the
    // engine answers within a few ms; the view keeps its list (stale) meanwhile, so the key
    // renders no rows twice (the held ones, then the fresh ones: keys-trace at 100k, Backspace
    // while the register is read, the list changed again 30-500 ms after the key's render).
    if (outdated) return undefined
    // A partial answer only where the index cannot answer (see engineAnswers).
    return entry && this.engineAnswers(key, entry) ? answer : undefined
  }

  /** The register was rewritten under the engine (a restore): everything is read again. */
  reload(): void {
    const generation = ++this.generation
    this.engine?.terminate()
    this.engine = undefined
    this.engineStarted = false
    this.engineVersion = -1
    this.dropHeld()
    this.liveMark = undefined
    this.pages.clear()
    for (const entry of this.wanted.values()) entry.answer = undefined
    this.snapshot = { ...this.snapshot, full: false, loaded: undefined }
    if (this.listeners.size > 0) void this.onChange(generation)
  }

  /** An engine move held while typing belongs to the engine just dropped. */
  private dropHeld(): void {
    clearTimeout(this.heldTimer)
    this.heldTimer = undefined
    this.held = undefined
  }

  /** An error of work started at `generation` (dropped if the register was locked since). */
  private failed(error: unknown, generation: number): void {
    if (generation === this.generation) this.publish({ error })
  }

  private publish(patch: Partial<RegisterSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch, version: this.snapshot.version + 1 }
    for (const listener of [...this.listeners]) listener()
  }

  private reset(): void {
    removeFirstScreen(this.db.name)
    this.liveMark = undefined
    this.generation++
    // The Worker goes, and every decrypted summary and search word with it.
    this.engine?.terminate()
    this.engine = undefined
    this.engineStarted = false
    this.engineVersion = -1
    this.dropHeld()
    this.pages.clear()
    for (const entry of this.wanted.values()) {
      entry.answer = undefined
      entry.answeredAt = undefined
    }
    this.lastRev = -1
    this.watch?.unsubscribe()
    this.watch = undefined
    this.publish({ counts: undefined, full: false, loaded: undefined, error: undefined })
  }

  /** Watches the counters row: every write to the register bumps its rev in the same transaction. */
  private restartWatch(): void {
    this.watch?.unsubscribe()
    this.watch = undefined
    // Subscribed while the database opens (a first screen shown at once): watch once it is open.
    if (!this.db.isOpen()) {
      this.db.on('ready', () => {
        setTimeout(() => {
          if (this.listeners.size > 0 && !this.watch) this.restartWatch()
        }, 0)
      })
      return
    }
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
      if (vault.status() !== 'clear') this.dropFirstScreen()
      if (vault.status() === 'locked') {
        // Nothing was read at this rev: the watch after the unlock must read it.
        this.lastRev = -1
        return
      }
      if (generation !== this.generation) return
      const counts = await readCounts(this.db)
      if (generation !== this.generation) return
      this.keptKey = undefined
      // Taken before the rows are read (readCounts may itself store stale counts, a write): a
      // write started after it means what is read may not be kept. Reads started after it see
      // every write started before it (IndexedDB orders transactions by creation).
      const mark = writeMark(this.db)
      markRegister('counts')
      if (!this.engineStarted) {
        this.snapshot = { ...this.snapshot, counts, full: false }
        // An empty register needs no engine (nor its script at start); the first write starts it.
        if (rowCount(counts) === 0) {
          this.publish({})
          this.keepFirstScreen(mark, undefined)
          return
        }
        // The Worker boots (its script, the database open) while the first pages are read.
        this.bootEngine(generation)
        await this.fetchPages(generation, undefined, mark)
        if (this.firstScreenKey !== undefined && generation === this.generation)
          this.keepFirstScreen(mark, this.pages.get(this.firstScreenKey))
        this.startEngine(generation)
        return
      }
      // The same counts (the read's end checks them again): the same object, so that the views
      // that select them (the page, every list) are not rendered again for nothing.
      if (!sameCounts(this.snapshot.counts, counts)) this.publish({ counts })
      const engine = this.engine
      if (!engine) return
      // The engine applies the changed rows (a full read still under way applies them after).
      const status = await engine.refresh()
      if (generation === this.generation) this.onEngineStatus(generation, status)
      // The register as it is after this change: its first screen is kept again.
      const key = this.firstScreenKey
      if (status.full && key !== undefined && generation === this.generation) {
        const page = await engine.query({
          ...(JSON.parse(key) as IncidentQuery),
          offset: 0,
          limit: FIRST_SCREEN_ROWS
        })
        if (generation === this.generation) this.keepFirstScreen(mark, page)
      }
    } catch (error) {
      if (generation === this.generation) this.publish({ error })
    }
  }

  /** Reads the first pages of the wanted queries (`only`: of these keys), after write `mark`. */
  private async fetchPages(generation: number, only?: string[], mark?: number): Promise<void> {
    const counts = this.snapshot.counts
    if (!counts) return
    const entries = [...this.wanted].filter(([key]) => !only || only.includes(key))
    const pages = await Promise.all(
      entries.map(([, entry]) => readFirstPage(this.db, entry.query, counts))
    )
    if (generation !== this.generation || this.snapshot.full) return
    entries.forEach(([key], i) => this.pages.set(key, pages[i] ?? null))
    // Every wanted first page read after `mark`: the first screen may be kept from them.
    if (!only) this.liveMark = mark
    // The register list asked for its view only after that read (an earlier subscriber read the
    // counts first): its page, read now, is kept if no write started since the counts' mark
    // (saveFirstScreen checks it). Else only the end of the full read would keep it, and at 100k
    // the next start would read IndexedDB first (seconds instead of the kept first screen).
    else if (this.liveMark !== undefined && this.firstScreenKey !== undefined) {
      const key = this.firstScreenKey
      if (only.includes(key)) this.keepFirstScreen(this.liveMark, this.pages.get(key))
    }
    markRegister('first-page')
    this.publish({})
    // What the index could not answer after all (a short page, a cursor that gave up) goes to
    // the engine, if it reads already (else startEngine asks it).
    if (!this.engineStarted) return
    for (const [key, entry] of entries)
      if (!entry.idle && this.pages.get(key) === null) void this.ask(generation, key, entry)
  }

  /** The engine, after the first rows are painted: it reads the whole register in chunks. */
  private bootEngine(generation: number): RegisterEngine {
    if (this.engine) return this.engine
    const engine = this.createEngine(this.db)
    this.engine = engine
    this.engineKey = vaultOf(this.db).sessionKey()
    engine.onProgress((status) => {
      if (generation !== this.generation) return
      const now = Date.now()
      if (now - this.lastProgress < PROGRESS_EVERY_MS) return
      this.lastProgress = now
      this.onEngineStatus(generation, status)
    })
    return engine
  }

  private startEngine(generation: number): void {
    afterPaint(() => {
      if (generation !== this.generation || this.engineStarted) return
      this.engineStarted = true
      const engine = this.bootEngine(generation)
      // Queries the views are waiting for (text, filters the index cannot answer) at once.
      for (const [key, entry] of this.wanted)
        if (!entry.idle && this.engineAnswers(key, entry)) void this.ask(generation, key, entry)
      engine
        .refresh()
        .then((status) => {
          if (generation !== this.generation) return
          markRegister('full')
          this.onEngineStatus(generation, status)
          // Writes made while it loaded are applied now (rows above the rev it started from).
          void this.onChange(generation)
        })
        .catch((error: unknown) => {
          if (generation === this.generation) this.publish({ error })
        })
    })
  }

  /** The engine moved on: answers of an older version are asked again (held while typing). */
  private onEngineStatus(generation: number, status: EngineStatus): void {
    const wasFull = this.snapshot.full
    const loaded = status.full ? undefined : { rows: status.loaded, of: status.expected }
    if (status.version === this.engineVersion && wasFull === status.full) return
    // The pause runs from the key, or from its answer if that came later: an answer slow to
    // come (a loaded machine) is not followed, before the user has even read it, by a re-answer
    // that changes the list again.
    const typing = Math.max(this.typedAt, this.typedAnsweredAt) + TYPING_PAUSE_MS - Date.now()
    if (typing > 0) {
      // The latest move wins (versions only grow); applied once the user pauses.
      this.held = { generation, status }
      if (this.heldTimer === undefined) this.heldTimer = setTimeout(this.applyHeld, typing)
      return
    }
    this.held = undefined
    this.engineVersion = status.version
    if (status.full && !wasFull) this.publish({ full: true, loaded })
    else if (!status.full) this.publish({ loaded })
    for (const [key, entry] of this.wanted) {
      // Before the full read, what the index answers exactly is not asked (engineAnswers).
      if (entry.idle || !this.engineAnswers(key, entry)) continue
      void this.ask(generation, key, entry)
    }
  }

  /** The engine's move held while the user typed: applied at the pause, or held again. */
  private readonly applyHeld = (): void => {
    this.heldTimer = undefined
    const held = this.held
    if (held && held.generation === this.generation)
      this.onEngineStatus(held.generation, held.status)
  }

  /** Asks the engine for a view's rows, and publishes the answer if it is still the latest. */
  private async ask(generation: number, key: string, entry: Wanted): Promise<void> {
    const engine = this.engine
    if (!engine) return
    const seq = ++entry.seq
    const version = this.engineVersion
    const fetch = windowOf(entry)
    try {
      const result = await engine.query({ ...entry.query, ...fetch })
      if (generation !== this.generation || seq !== entry.seq) return
      if (this.wanted.get(key) !== entry) return
      entry.answer = { ...result, offset: fetch.offset ?? 0 }
      entry.answeredAt = version
      entry.refreshing = false
      // The first pages held decrypted titles too: once exact answers come, they go.
      if (!result.partial) this.pages.delete(key)
      if (key === this.typedKey && this.typedAt > Number.NEGATIVE_INFINITY) {
        this.typedAnsweredAt = Date.now()
        noteTypedAnswer()
        // The user sees the answer when it is painted, on a loaded machine hundreds of ms after
        // it is published: the pause runs from that paint too, or the held move came right after.
        this.cancelAnswerPaint()
        this.cancelAnswerPaint = afterPaint(() => {
          this.typedAnsweredAt = Date.now()
          noteTypedAnswer()
        })
      }
      this.publish({})
    } catch (error) {
      if (generation === this.generation) this.publish({ error })
    }
  }
}

/** The answer of an empty register: one object, so that a view is not rendered again for it. */
const NO_INCIDENT: WindowedResult = { items: [], total: 0 }

function sameCounts(a: RegisterCounts | undefined, b: RegisterCounts): boolean {
  return (
    a !== undefined &&
    a.atRev === b.atRev &&
    a.draft === b.draft &&
    a.open === b.open &&
    a.closed === b.closed &&
    a.deleted === b.deleted
  )
}

/** The same rows, total and state (a stale copy or an empty answer rebuilt is the same). */
function sameResult(a: WindowedResult, b: WindowedResult): boolean {
  return (
    a.items === b.items &&
    a.total === b.total &&
    a.offset === b.offset &&
    a.stale === b.stale &&
    a.partial?.loaded === b.partial?.loaded &&
    a.partial?.expected === b.partial?.expected
  )
}

/** The offset and limit to ask for: the window with a margin, or the query's own. */
function windowOf(entry: Wanted): { offset?: number; limit?: number } {
  const window = entry.window
  if (!window) return { offset: entry.query.offset, limit: entry.query.limit }
  const offset = Math.max(0, window.first - WINDOW_MARGIN)
  return { offset, limit: window.last + WINDOW_MARGIN + 1 - offset }
}

/** Whether the answer held already has every row of `window`. */
function covers(entry: Wanted, window: ListWindow): boolean {
  const answer = entry.answer
  if (!answer || answer.partial) return entry.window?.first === window.first
  const offset = answer.offset ?? 0
  const end = offset + answer.items.length
  return window.first >= offset && (window.last < end || end >= answer.total)
}

const stores = new WeakMap<SentinelleDb, RegisterStore>()

/** After a restore: the register store of `db`, if any, reads everything again. */
export function reloadRegisterStore(db: SentinelleDb): void {
  stores.get(db)?.reload()
}

export function registerStoreOf(db: SentinelleDb): RegisterStore {
  let store = stores.get(db)
  if (!store) {
    store = new RegisterStore(db)
    stores.set(db, store)
  }
  return store
}
