/**
 * The register's in-memory engine: the full cache of index rows and opened summaries, the word
 * index, and the queries answered from them (./search.ts). In the app it runs in a Worker
 * (./register.worker.ts) that opens the same IndexedDB itself, so that the 100,000 summaries
 * and their word index live off the main thread's heap and a query never waits on the main
 * thread; the main thread keeps only the rows a view shows (./register-store.ts). Where Worker
 * is missing (Node, the unit tests) the same engine runs in-process behind the same interface.
 *
 * On lock the register store terminates the engine: the Worker, and every decrypted text in it,
 * is gone.
 */
import {
  dropRegisterCache,
  refreshRegisterCache,
  registerCacheOf,
  runIncidentQuery
} from './search'
import type { RegisterCache } from './search'
import type { SentinelleDb } from './schema'
import type { SummaryKeys } from './summary-keys'
import type { IncidentListResult, IncidentQuery } from './types'

export type EngineStatus = {
  /** Rows read into memory so far, of `expected` (the register's size from the counts). */
  loaded: number
  expected: number
  /** Every row is in: answers are exact. */
  full: boolean
  /** Bumped whenever what a query may answer changed. */
  version: number
}

export interface RegisterEngine {
  /**
   * Brings the engine up to date with the database: the first call reads the whole register
   * (resolving once it is in), later ones apply the changed rows.
   */
  refresh(): Promise<EngineStatus>
  /** A query answered in memory; `partial` set while the first full read is under way. */
  query(query: IncidentQuery): Promise<IncidentListResult>
  /**
   * The user is about to search (the search box focused, a key pressed): the full read holds as
   * after a query (READ_PAUSE_MS), before the first query exists.
   */
  holdRead(): void
  /** Called after each chunk of a full read. */
  onProgress(listener: (status: EngineStatus) => void): void
  /** Drops everything (lock). The engine is unusable afterwards. */
  terminate(): void
}

function statusOf(cache: RegisterCache): EngineStatus {
  return {
    loaded: cache.list.length,
    expected: cache.loaded ? cache.list.length : cache.expected,
    full: cache.loaded,
    version: cache.version
  }
}

/**
 * The full read sends no new request for this long after a query: the answer is posted, and the
 * page renders it, while this thread deserialises nothing (see readAllEntries). A user typing
 * steadily holds the read; it goes on at each pause, and every answer meanwhile is the partial
 * one from the rows already in ("n of N read"), re-asked once the user pauses (register-store).
 * As long as the store's typing pause (register-store TYPING_PAUSE_MS): a read resumed sooner
 * could not be shown before it anyway, and at 150 ms its requests (deserialised here, read by the
 * browser's IndexedDB, both taking a core of two) were in flight when the next key came, at an
 * ordinary pace of typing: the key's answer and its render waited behind them (keys-trace, 100k).
 */
export const READ_PAUSE_MS = 500
/**
 * Typing without any pause does not starve the read: once it has been held this long since its
 * last chunk, the next chunk goes through whole (one chunk per READ_HOLD_MAX_MS at worst, the
 * answers partial meanwhile).
 */
export const READ_HOLD_MAX_MS = 3_000
const now = (): number => globalThis.performance?.now() ?? Date.now()
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The engine on the current thread (in the Worker, or in-process where there is none). */
export class LocalRegisterEngine implements RegisterEngine {
  private progress: ((status: EngineStatus) => void) | undefined
  private terminated = false
  private lastQueryAt = Number.NEGATIVE_INFINITY
  /** When the full read last appended a chunk (or started). */
  private lastChunkAt = Number.NEGATIVE_INFINITY

  /** `holdMaxMs`: READ_HOLD_MAX_MS unless a test shortens it. */
  constructor(
    private readonly db: SentinelleDb,
    private readonly keys: SummaryKeys,
    private readonly holdMaxMs: number = READ_HOLD_MAX_MS
  ) {}

  async refresh(): Promise<EngineStatus> {
    this.lastChunkAt = now()
    const cache = await refreshRegisterCache(this.db, {
      keys: this.keys,
      pause: this.quiet,
      onProgress: () => {
        this.lastChunkAt = now()
        if (!this.terminated) this.progress?.(statusOf(registerCacheOf(this.db)))
      }
    })
    return statusOf(cache)
  }

  /**
   * Resolves once READ_PAUSE_MS passed since the last query (at once if it has), or once the
   * read has waited READ_HOLD_MAX_MS since its last chunk (the rest of that chunk then passes).
   */
  private readonly quiet = async (): Promise<void> => {
    for (;;) {
      const wait = this.lastQueryAt + READ_PAUSE_MS - now()
      const held = this.lastChunkAt + this.holdMaxMs - now()
      if (wait <= 0 || held <= 0 || this.terminated) return
      await sleep(Math.ceil(Math.min(wait, held)))
    }
  }

  query(query: IncidentQuery): Promise<IncidentListResult> {
    this.lastQueryAt = now()
    return Promise.resolve(runIncidentQuery(registerCacheOf(this.db), query))
  }

  holdRead(): void {
    this.lastQueryAt = now()
  }

  onProgress(listener: (status: EngineStatus) => void): void {
    this.progress = listener
  }

  terminate(): void {
    this.terminated = true
    this.keys.clear()
    dropRegisterCache(this.db)
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Worker protocol                                                                             */

export type EngineRequest =
  | { type: 'init'; dbName: string; dataKey: CryptoKey | undefined }
  | { type: 'refresh'; id: number }
  | { type: 'query'; id: number; query: IncidentQuery }
  | { type: 'hold' }

export type EngineResponse =
  | { type: 'progress'; status: EngineStatus }
  | { type: 'reply'; id: number; value: EngineStatus | IncidentListResult }
  | { type: 'failed'; id: number; message: string }

/** The engine in a module Worker (./register.worker.ts), driven by messages. */
export class WorkerRegisterEngine implements RegisterEngine {
  private readonly worker: Worker
  private next = 0
  private readonly calls = new Map<
    number,
    { resolve: (value: never) => void; reject: (error: Error) => void }
  >()
  private progress: ((status: EngineStatus) => void) | undefined

  constructor(dbName: string, dataKey: CryptoKey | undefined) {
    this.worker = new Worker(new URL('./register.worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const message = event.data
      if (message.type === 'progress') {
        this.progress?.(message.status)
        return
      }
      const call = this.calls.get(message.id)
      this.calls.delete(message.id)
      if (message.type === 'reply') call?.resolve(message.value as never)
      else call?.reject(new Error(message.message))
    }
    this.worker.onerror = (event) => {
      const error = new Error(`register worker: ${event.message}`)
      for (const call of this.calls.values()) call.reject(error)
      this.calls.clear()
    }
    // A CryptoKey is structured-cloneable: the worker opens the summaries with it.
    this.post({ type: 'init', dbName, dataKey })
  }

  private post(request: EngineRequest): void {
    this.worker.postMessage(request)
  }

  private call<T>(request: { type: 'refresh' } | { type: 'query'; query: IncidentQuery }) {
    const id = ++this.next
    return new Promise<T>((resolve, reject) => {
      this.calls.set(id, { resolve: resolve as (value: never) => void, reject })
      this.post({ ...request, id })
    })
  }

  refresh(): Promise<EngineStatus> {
    return this.call<EngineStatus>({ type: 'refresh' })
  }

  query(query: IncidentQuery): Promise<IncidentListResult> {
    return this.call<IncidentListResult>({ type: 'query', query })
  }

  holdRead(): void {
    this.post({ type: 'hold' })
  }

  onProgress(listener: (status: EngineStatus) => void): void {
    this.progress = listener
  }

  terminate(): void {
    this.worker.terminate()
    // Callers drop late answers by generation; the pending promises never settle.
    this.calls.clear()
  }
}
