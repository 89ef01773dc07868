/**
 * Register search, in memory.
 *
 * Flow: at start, `readFirstPage` reads the first rows of a view straight from its sort index
 * (a cursor with a limit; only those summaries are opened) and the totals come from the counts
 * in meta (./counts.ts), so the first screen never reads the whole register. After that paint,
 * `refreshRegisterCache(db)` loads every index row and summary in chunks, then on each later
 * call reads only the rows whose `rev` is above the last one seen (or reloads all when rows were
 * purged). `runIncidentQuery(cache, query)` filters and sorts that snapshot without touching
 * IndexedDB, so a keystroke costs a scan of short strings, not a database round trip.
 * ./register-store.ts shares all this between the views.
 *
 * Text matching: the query is normalised like the stored `searchText` (lowercase, accents
 * stripped, split on anything that is not a letter or a digit); every query word must start a
 * word of the incident's reference, title, client names or narrative.
 */
import type { Incident } from '@shared/model'

import { DamagedRecordError } from '../crypto/seal'
import { countsAreCurrent, readCounts, rowCount, type RegisterCounts } from './counts'
import type { SentinelleDb, SummaryRow, SummaryText } from './schema'
import { openSummaryEnvelope, summaryKeysOf, type SummaryKeys } from './summary-keys'
import { vaultOf } from './vault'
import type {
  IncidentIndexRow,
  IncidentListItem,
  IncidentListResult,
  IncidentQuery,
  IncidentSortKey
} from './types'

/** Cap on `searchText` (in characters): the narrative's distinct words are cut first. */
export const SEARCH_TEXT_MAX = 8_000

const COMBINING_MARKS = /\p{M}+/gu
const NON_WORD = /[^\p{L}\p{N}]+/u

export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

export function searchWords(text: string): string[] {
  return normalizeText(text)
    .split(NON_WORD)
    .filter((word) => word !== '')
}

/** Client(s) shown in the register: client parties, else the insured organisation or name. */
export function clientLabel(incident: Incident): string {
  const clients = incident.parties.filter((p) => p.role === 'client').map((p) => p.name.trim())
  const named = clients.filter((name) => name !== '')
  if (named.length > 0) return named.join(', ')
  return (incident.insured.organisation ?? '').trim() || incident.insured.name.trim()
}

/** Distinct normalised words, space-delimited on both sides so that ' ' + word is a prefix test. */
export function buildSearchText(incident: Incident): string {
  const seen = new Set<string>()
  const out: string[] = []
  let length = 1
  const add = (text: string | undefined) => {
    if (!text) return
    for (const word of searchWords(text)) {
      if (seen.has(word)) continue
      if (length + word.length + 1 > SEARCH_TEXT_MAX) return
      seen.add(word)
      out.push(word)
      length += word.length + 1
    }
  }
  add(incident.reference)
  // "INC-0042" is also found by "42".
  const digits = /(\d+)\s*$/.exec(incident.reference)?.[1]
  if (digits) add(String(Number(digits)))
  add(incident.title)
  add(incident.insured.name)
  add(incident.insured.organisation)
  for (const party of incident.parties) add(party.name)
  add(incident.narrative)
  return ` ${out.join(' ')} `
}

export function summaryText(incident: Incident): SummaryText {
  return {
    title: incident.title,
    client: clientLabel(incident),
    searchText: buildSearchText(incident)
  }
}

/** The summary row of an unencrypted register (bulk seeding in tests, benches and e2e). */
export function toSummary(incident: Incident): SummaryRow {
  return { id: incident.id, clear: summaryText(incident) }
}

/* ------------------------------------------------------------------------------------------ */

type CacheEntry = { item: IncidentListItem; searchText: string; titleKey: string; pos: number }

/**
 * Inverted index over the distinct words of `searchText`: sorted vocabulary (a query word is a
 * prefix, so its matches are one contiguous range) and, per word, the positions that have it.
 * Built lazily at the first text query; rows changed since are checked directly on their text
 * until there are enough of them to rebuild.
 */
type WordIndex = {
  vocab: string[]
  postings: Map<string, Int32Array>
  /** list length when built: later positions are new rows. */
  size: number
  dirty: Set<number>
}

const DATE_FIELDS = ['occurredAt', 'awareAt', 'createdAt', 'updatedAt', 'nextDueAt'] as const
type DateColumn = (typeof DATE_FIELDS)[number]

/**
 * The filtered fields as typed arrays indexed by position: at 100,000 rows, one pass over
 * contiguous bytes instead of chasing 100,000 objects through the heap (measured: ~60 ms → a few).
 */
type Columns = {
  capacity: number
  status: Uint8Array
  cause: Uint8Array
  breach: Uint8Array
  flags: Uint8Array
  /** Milliseconds since the epoch; NaN when absent. */
  dates: Record<DateColumn, Float64Array>
}

const F_DELETED = 1
const F_AUTHORITY = 2
const F_PERSONS = 4
const F_INSURER = 8
const STATUS_CODE: Record<string, number> = { draft: 0, open: 1, closed: 2 }
const BREACH_BIT: Record<string, number> = { confidentiality: 1, integrity: 2, availability: 4 }

export type RegisterCache = {
  entries: Map<string, CacheEntry>
  /** Entries by position (stable until the next full reload). */
  list: CacheEntry[]
  /**
   * `list[pos].item` by position: a result of every match copies these references without
   * visiting each entry object (at 100,000 rows those scattered reads cost ~50 ms a keystroke).
   */
  items: IncidentListItem[]
  columns: Columns
  /** Small integer per cause kind, assigned on first sight (bit masks in filters). */
  causeCodes: Map<string, number>
  maxRev: number
  /** Every row is in (until then `list` grows chunk by chunk and queries see what is in). */
  loaded: boolean
  /** Rows the register has (from the counts) while a full load is under way. */
  expected: number
  /** Bumped on every change: hooks use it to know when to re-run a query. */
  version: number
  /** Positions in ascending order per sort key; kept in order row by row on updates. */
  sorted: Map<IncidentSortKey, Int32Array>
  words?: WordIndex
  /** The word index being built in the background after a full load. */
  pendingWords?: WordIndexBuild
  /** The counts read at the last refresh (meta 'counters'). */
  counts?: RegisterCounts
  /** A full load in progress: a second refresh waits for it instead of reading everything too. */
  loading?: Promise<void>
  /** The refresh running now: the next one starts after it (see refreshRegisterCache). */
  refreshing?: Promise<unknown>
}

/** A word index under construction, a chunk of rows per macrotask so the UI stays responsive. */
type WordIndexBuild = {
  lists: Map<string, number[]>
  next: number
  size: number
  dirty: Set<number>
}

/** Below this many rows the index is built at the first text query (a few ms). */
const BACKGROUND_INDEX_MIN_ROWS = 5_000
export const INDEX_CHUNK_ROWS = 4_000

function newColumns(capacity: number): Columns {
  const dates = {} as Record<DateColumn, Float64Array>
  for (const field of DATE_FIELDS) dates[field] = new Float64Array(capacity)
  return {
    capacity,
    status: new Uint8Array(capacity),
    cause: new Uint8Array(capacity),
    breach: new Uint8Array(capacity),
    flags: new Uint8Array(capacity),
    dates
  }
}

function grow(columns: Columns, needed: number): Columns {
  if (needed <= columns.capacity) return columns
  const next = newColumns(Math.max(needed, columns.capacity * 2, 1024))
  next.status.set(columns.status)
  next.cause.set(columns.cause)
  next.breach.set(columns.breach)
  next.flags.set(columns.flags)
  for (const field of DATE_FIELDS) next.dates[field].set(columns.dates[field])
  return next
}

const caches = new WeakMap<SentinelleDb, RegisterCache>()

export function registerCacheOf(db: SentinelleDb): RegisterCache {
  let cache = caches.get(db)
  if (!cache) {
    cache = {
      entries: new Map(),
      list: [],
      items: [],
      columns: newColumns(0),
      causeCodes: new Map(),
      maxRev: -1,
      loaded: false,
      expected: 0,
      version: 0,
      sorted: new Map()
    }
    caches.set(db, cache)
    // Locked, no decrypted title, client or search word may stay in memory.
    const created = cache
    const stop = vaultOf(db).onLock(() => {
      if (caches.get(db) === created) caches.delete(db)
      // Emptied too: a word index still being built in the background, or a full load under
      // way, holds this object and would otherwise keep the decrypted texts alive.
      dropContents(created)
      stop()
    })
  }
  return cache
}

function dropContents(cache: RegisterCache): void {
  cache.entries = new Map()
  cache.list = []
  cache.items = []
  cache.columns = newColumns(0)
  cache.sorted.clear()
  cache.words = undefined
  cache.pendingWords = undefined
  cache.loaded = false
  cache.version++
}

/** Drops the snapshot (and its word index): the next refresh reloads from the database. */
export function forgetRegisterCache(db: SentinelleDb): void {
  caches.delete(db)
}

/**
 * Drops the snapshot and empties it: a word index still being built or a full load under way
 * holds the object, and must not keep the decrypted texts alive (lock, engine terminated).
 */
export function dropRegisterCache(db: SentinelleDb): void {
  const cache = caches.get(db)
  caches.delete(db)
  if (cache) dropContents(cache)
}

/**
 * A fixed-shape copy. Objects read back from IndexedDB can be in V8's slow dictionary mode (with
 * fake-indexeddb, reading one field cost ~300 ns).
 */
function listItem(
  row: IncidentIndexRow,
  title: string,
  client: string,
  damaged: boolean
): IncidentListItem {
  const item: IncidentListItem = {
    id: row.id,
    reference: row.reference,
    refNumber: row.refNumber,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    occurredAt: row.occurredAt,
    awareAt: row.awareAt,
    causeKind: row.causeKind,
    breachTypes: [...row.breachTypes],
    policyIds: [...row.policyIds],
    authorityNotified: row.authorityNotified,
    personsInformed: row.personsInformed,
    insurerNotified: row.insurerNotified,
    nextDueAt: row.nextDueAt,
    deleted: row.deleted,
    deletedAt: row.deletedAt,
    rev: row.rev,
    assessment: row.assessment,
    title,
    client
  }
  if (damaged) item.damaged = true
  return item
}

/** A summary row opened: its texts, 'damaged' when it fails authentication, or undefined. */
type OpenedSummary = SummaryText | 'damaged' | undefined

function entryOf(row: IncidentIndexRow, opened: OpenedSummary, pos: number): CacheEntry {
  const damaged = opened === 'damaged'
  const summary = damaged ? undefined : opened
  const title = summary?.title ?? ''
  return {
    item: listItem(row, title, summary?.client ?? '', damaged),
    searchText: summary?.searchText ?? ` ${searchWords(row.reference).join(' ')} `,
    titleKey: normalizeText(title),
    pos
  }
}

function causeCode(cache: RegisterCache, cause: string): number {
  let code = cache.causeCodes.get(cause)
  if (code === undefined) {
    code = cache.causeCodes.size
    cache.causeCodes.set(cause, code)
  }
  return code
}

function writeColumns(cache: RegisterCache, entry: CacheEntry): void {
  const c = cache.columns
  const { item, pos } = entry
  c.status[pos] = STATUS_CODE[item.status] ?? 0
  c.cause[pos] = causeCode(cache, item.causeKind)
  c.breach[pos] = item.breachTypes.reduce((mask, b) => mask | (BREACH_BIT[b] ?? 0), 0)
  c.flags[pos] =
    (item.deleted ? F_DELETED : 0) |
    (item.authorityNotified ? F_AUTHORITY : 0) |
    (item.personsInformed ? F_PERSONS : 0) |
    (item.insurerNotified ? F_INSURER : 0)
  for (const field of DATE_FIELDS) {
    const value = item[field]
    c.dates[field][pos] = value === undefined ? Number.NaN : Date.parse(value)
  }
}

/** Removes then re-inserts one position in every cached sorted array (binary search). */
function resort(cache: RegisterCache, entry: CacheEntry, isNew: boolean): void {
  for (const [key, sorted] of cache.sorted) {
    const compare = comparator(key)
    const list = cache.list
    let array = sorted
    if (isNew) {
      array = new Int32Array(sorted.length + 1)
      array.set(sorted)
    } else {
      const at = sorted.indexOf(entry.pos)
      array.copyWithin(at, at + 1)
    }
    const n = array.length - 1
    let lo = 0
    let hi = n
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compare(list[array[mid]!]!, entry) < 0) lo = mid + 1
      else hi = mid
    }
    array.copyWithin(lo + 1, lo, n)
    array[lo] = entry.pos
    cache.sorted.set(key, array)
  }
}

function upsert(cache: RegisterCache, row: IncidentIndexRow, summary: OpenedSummary) {
  const existing = cache.entries.get(row.id)
  const pos = existing ? existing.pos : cache.list.length
  const entry = entryOf(row, summary, pos)
  cache.entries.set(row.id, entry)
  cache.list[pos] = entry
  cache.items[pos] = entry.item
  cache.columns = grow(cache.columns, pos + 1)
  writeColumns(cache, entry)
  resort(cache, entry, !existing)
  cache.words?.dirty.add(pos)
  cache.pendingWords?.dirty.add(pos)
  if (row.rev > cache.maxRev) cache.maxRev = row.rev
}

function isNewer(cache: RegisterCache, row: IncidentIndexRow): boolean {
  return (cache.entries.get(row.id)?.item.rev ?? -1) < row.rev
}

/** The summary keys of the main thread: the vault's incident-key cache while unlocked. */
export function vaultSummaryKeys(db: SentinelleDb): SummaryKeys {
  return summaryKeysOf(vaultOf(db).summaryKeyCache())
}

/**
 * Opens summaries (decrypts them when the register is encrypted) through the one function of
 * ./summary-keys.ts. A summary that fails authentication becomes 'damaged': its row is listed
 * as such, the others are unaffected.
 */
async function openSummaries(
  keys: SummaryKeys,
  rows: (SummaryRow | undefined)[]
): Promise<OpenedSummary[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (!row) return undefined
      try {
        return await openSummaryEnvelope(keys, row.id, row)
      } catch (error) {
        if (error instanceof DamagedRecordError) return 'damaged'
        if ((error as { detail?: { kind?: string } }).detail?.kind === 'damaged') return 'damaged'
        throw error
      }
    })
  )
}

/** Rows read per IndexedDB request in the full load: each chunk is a short task. */
export const LOAD_CHUNK_ROWS = 2_000

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Empties the cache before a full load, which fills it again chunk by chunk. */
function startOver(cache: RegisterCache, expected: number): void {
  cache.entries = new Map()
  cache.list = []
  cache.items = []
  cache.columns = newColumns(expected)
  cache.sorted.clear()
  cache.words = undefined
  cache.pendingWords = undefined
  cache.loaded = false
  cache.expected = expected
  cache.maxRev = -1
}

/** Appends one row read by a full load (positions in load order). */
function append(cache: RegisterCache, row: IncidentIndexRow, summary: OpenedSummary): void {
  const entry = entryOf(row, summary, cache.list.length)
  cache.list.push(entry)
  cache.items.push(entry.item)
  cache.entries.set(row.id, entry)
  cache.columns = grow(cache.columns, entry.pos + 1)
  writeColumns(cache, entry)
}

/**
 * Reads every index row and summary in chunks of LOAD_CHUNK_ROWS by id into the cache, yielding
 * between chunks: a query that comes meanwhile is answered from the rows already in
 * (runIncidentQuery), it never waits for the rest. Returns false when the cache was dropped
 * meanwhile (the register was locked).
 */
async function readAllEntries(
  db: SentinelleDb,
  cache: RegisterCache,
  keys: SummaryKeys,
  onProgress?: (loaded: number) => void
): Promise<boolean> {
  let after: string | undefined
  for (;;) {
    const range =
      after === undefined ? db.incidents.orderBy(':id') : db.incidents.where(':id').above(after)
    const rows = await range.limit(LOAD_CHUNK_ROWS).toArray()
    if (rows.length === 0) break
    const first = rows[0]!.id
    const last = rows[rows.length - 1]!.id
    const summaryRows = await db.summaries.where(':id').between(first, last, true, true).toArray()
    const byId = new Map(summaryRows.map((row) => [row.id, row]))
    if (caches.get(db) !== cache) return false
    const opened = await openSummaries(
      keys,
      rows.map((row) => byId.get(row.id))
    )
    if (caches.get(db) !== cache) return false
    rows.forEach((row, i) => append(cache, row, opened[i]))
    cache.version++
    onProgress?.(cache.list.length)
    if (rows.length < LOAD_CHUNK_ROWS) break
    after = last
    await yieldToUi()
    if (caches.get(db) !== cache) return false
  }
  return true
}

export type RefreshOptions = {
  /** How summaries are opened (the main thread's vault key by default). */
  keys?: SummaryKeys
  /** Rows in so far, after each chunk of a full load. */
  onProgress?: (loaded: number) => void
}

/**
 * Brings the in-memory snapshot up to date: the first call reads the whole register (in
 * chunks, answering queries from what is in meanwhile), later ones only the rows whose rev is
 * above the last one seen. Rows purged since are noticed through the counts kept in meta
 * (./counts.ts), never by counting the table.
 */
export function refreshRegisterCache(
  db: SentinelleDb,
  options: RefreshOptions = {}
): Promise<RegisterCache> {
  // One at a time per cache: two refreshes that both found it unloaded used to start two full
  // loads appending into the same cache, and an incident was listed twice (seen in e2e when the
  // first write of an empty register started the engine while a refresh was on its way).
  const cache = registerCacheOf(db)
  const run = (cache.refreshing ?? Promise.resolve()).then(() => refreshOnce(db, options))
  cache.refreshing = run.catch(() => undefined)
  return run
}

async function refreshOnce(db: SentinelleDb, options: RefreshOptions): Promise<RegisterCache> {
  const cache = registerCacheOf(db)
  if (cache.loading) {
    await cache.loading
    return refreshOnce(db, options)
  }
  const keys = options.keys ?? vaultSummaryKeys(db)
  let counts = await readCounts(db)
  let changed = false
  if (cache.loaded) {
    // The counts and the changed rows read in one transaction, so that they agree.
    const [row, read] = await db.transaction('r', [db.incidents, db.meta], () =>
      Promise.all([
        db.meta.get('counters'),
        db.incidents.where('rev').above(cache.maxRev).toArray()
      ])
    )
    if (row && row.key === 'counters' && countsAreCurrent(row)) counts = row.counts
    // A refresh that raced this one may have applied some rows already: each change is re-sorted
    // and counted once.
    const rows = read.filter((row) => isNewer(cache, row))
    if (rows.length > 0) {
      const summaries = await openSummaries(
        keys,
        await db.summaries.bulkGet(rows.map((row) => row.id))
      )
      rows.forEach((row, i) => {
        // Checked again: the other refresh may have applied it while the summaries were read.
        if (!isNewer(cache, row)) return
        upsert(cache, row, summaries[i])
        changed = true
      })
    }
  }
  cache.counts = counts
  // First load, or rows were purged (the cache holds ids the table no longer has).
  if (!cache.loaded || cache.entries.size !== rowCount(counts)) {
    startOver(cache, rowCount(counts))
    const loading = readAllEntries(db, cache, keys, options.onProgress)
    // The caller gets the error; a refresh waiting on it only needs to know it ended.
    cache.loading = loading.then(
      () => undefined,
      () => undefined
    )
    const complete = await loading.finally(() => {
      cache.loading = undefined
    })
    if (!complete) return cache
    // Everything written before the load started is in; what came during it has a higher rev
    // and is read again by the next refresh (re-applying a row already seen is skipped).
    cache.maxRev = Math.min(
      counts.atRev,
      cache.items.reduce((max, item) => Math.max(max, item.rev), -1)
    )
    cache.expected = cache.list.length
    cache.loaded = true
    changed = true
    startWordIndexBuild(cache)
  }
  if (changed) cache.version++
  return cache
}

function indexRows(list: CacheEntry[], build: WordIndexBuild, until: number): void {
  const lists = build.lists
  for (let pos = build.next; pos < until; pos++) {
    const text = list[pos]!.searchText
    let start = 1
    for (let end = text.indexOf(' ', start); end > 0; end = text.indexOf(' ', start)) {
      if (end > start) {
        const word = text.slice(start, end)
        const postings = lists.get(word)
        if (postings) postings.push(pos)
        else lists.set(word, [pos])
      }
      start = end + 1
    }
  }
  build.next = until
}

function finishWordIndex(build: WordIndexBuild): WordIndex {
  const vocab = [...build.lists.keys()].sort()
  const postings = new Map(vocab.map((word) => [word, Int32Array.from(build.lists.get(word)!)]))
  return { vocab, postings, size: build.size, dirty: build.dirty }
}

function newBuild(cache: RegisterCache): WordIndexBuild {
  return { lists: new Map(), next: 0, size: cache.list.length, dirty: new Set() }
}

/**
 * After a full load of a large register, indexes its words in the background so that the first
 * keystroke does not pay for it (1.3 s at 100,000 incidents under Node, measured).
 */
function startWordIndexBuild(cache: RegisterCache): void {
  cache.pendingWords = undefined
  if (cache.list.length < BACKGROUND_INDEX_MIN_ROWS) return
  const build = newBuild(cache)
  const list = cache.list
  cache.pendingWords = build
  const step = () => {
    // A newer full load replaced this build, or a query finished it.
    if (cache.pendingWords !== build || cache.list !== list) return
    indexRows(list, build, Math.min(build.size, build.next + INDEX_CHUNK_ROWS))
    if (build.next < build.size) {
      setTimeout(step, 0)
      return
    }
    cache.words = finishWordIndex(build)
    cache.pendingWords = undefined
    globalThis.performance?.mark?.('sentinelle:register-words-ready')
  }
  setTimeout(step, 0)
}

/** Resolves once the background word index (if any) is complete: for the bench and tests. */
export async function wordIndexReady(cache: RegisterCache): Promise<void> {
  while (cache.pendingWords) await new Promise((resolve) => setTimeout(resolve, 5))
}

/**
 * The word index when it can be trusted, else undefined and the caller scans the texts (a
 * partly loaded register, or a large one whose index is being built in the background: a scan
 * of 100,000 short texts costs a few tens of ms, finishing the build at once cost ~1 s).
 */
function wordIndexOf(cache: RegisterCache): WordIndex | undefined {
  if (!cache.loaded) return undefined
  const words = cache.words
  // Rebuild once the rows checked one by one would cost more than a rebuild saves.
  if (words && words.dirty.size <= 2_000 + words.size / 10) return words
  if (cache.list.length >= BACKGROUND_INDEX_MIN_ROWS) {
    if (!cache.pendingWords) {
      cache.words = undefined
      startWordIndexBuild(cache)
    }
    return undefined
  }
  const build = newBuild(cache)
  indexRows(cache.list, build, build.size)
  cache.words = finishWordIndex(build)
  return cache.words
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * 1 for the positions whose words start with every query word. Rows changed since the index was
 * built are decided on their own text, not on the (stale) postings.
 */
function textMask(cache: RegisterCache, words: string[]): Uint8Array {
  const index = wordIndexOf(cache)
  const length = cache.list.length
  const hits = new Uint8Array(length)
  const untrusted: number[] = []
  if (index) {
    words.forEach((word, j) => {
      for (let k = lowerBound(index.vocab, word); k < index.vocab.length; k++) {
        const candidate = index.vocab[k]!
        if (!candidate.startsWith(word)) break
        const postings = index.postings.get(candidate)!
        for (let i = 0; i < postings.length; i++) {
          const pos = postings[i]!
          if (hits[pos] === j) hits[pos] = j + 1
        }
      }
    })
    const all = words.length
    for (let pos = 0; pos < length; pos++) hits[pos] = hits[pos] === all ? 1 : 0
    untrusted.push(...index.dirty)
    for (let pos = index.size; pos < length; pos++) untrusted.push(pos)
  } else for (let pos = 0; pos < length; pos++) untrusted.push(pos)
  const starts = words.map((w) => ` ${w}`)
  const list = cache.list
  for (const pos of untrusted) {
    const text = list[pos]!.searchText
    hits[pos] = starts.every((w) => text.includes(w)) ? 1 : 0
  }
  return hits
}

/* ------------------------------------------------------------------------------------------ */

function compareOptional(a: string | undefined, b: string | undefined): number {
  // Missing values sort last in ascending order.
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}

const STATUS_ORDER = { draft: 0, open: 1, closed: 2 } as const

function comparator(key: IncidentSortKey): (a: CacheEntry, b: CacheEntry) => number {
  const byRef = (a: CacheEntry, b: CacheEntry) =>
    a.item.refNumber - b.item.refNumber ||
    compareOptional(a.item.reference, b.item.reference) ||
    compareOptional(a.item.id, b.item.id)
  switch (key) {
    case 'reference':
      return byRef
    case 'title':
      return (a, b) => compareOptional(a.titleKey, b.titleKey) || byRef(a, b)
    case 'status':
      return (a, b) => STATUS_ORDER[a.item.status] - STATUS_ORDER[b.item.status] || byRef(a, b)
    default:
      return (a, b) => compareOptional(a.item[key], b.item[key]) || byRef(a, b)
  }
}

/**
 * First sort of a key after a full load: compares pre-extracted numbers or strings instead of
 * walking row objects (at 100,000 rows the object version took ~300 ms). Ties fall back to the
 * row comparator, so the order is exactly the one `resort` maintains afterwards.
 */
function initialSort(cache: RegisterCache, key: IncidentSortKey): Int32Array {
  const list = cache.list
  const compare = comparator(key)
  const positions = Int32Array.from(list, (e) => e.pos)
  const tie = (a: number, b: number) => compare(list[a]!, list[b]!)
  if (key === 'reference') {
    const ref = Float64Array.from(list, (e) => e.item.refNumber)
    return positions.sort((a, b) => ref[a]! - ref[b]! || tie(a, b))
  }
  if (key === 'title' || key === 'status') {
    const keys = list.map((e) =>
      key === 'title' ? e.titleKey : String(STATUS_ORDER[e.item.status])
    )
    return positions.sort((a, b) => {
      const x = keys[a]!
      const y = keys[b]!
      return x < y ? -1 : x > y ? 1 : tie(a, b)
    })
  }
  // Dates: UTC ISO strings sort like their instants; absent (NaN) last, as compareOptional.
  const column = cache.columns.dates[key]
  return positions.sort((a, b) => {
    const x = column[a]!
    const y = column[b]!
    if (x === y || (x !== x && y !== y)) return tie(a, b)
    if (x !== x) return 1
    if (y !== y) return -1
    return x - y
  })
}

function sortedPositions(cache: RegisterCache, key: IncidentSortKey): Int32Array {
  let sorted = cache.sorted.get(key)
  if (!sorted) {
    sorted = initialSort(cache, key)
    cache.sorted.set(key, sorted)
  }
  return sorted
}

function dayBound(value: string, end: boolean): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return Date.parse(end ? `${value}T23:59:59.999Z` : `${value}T00:00:00.000Z`)
  }
  return Date.parse(value)
}

function flagTest(mask: { on: number; off: number }, flag: number, wanted: boolean | undefined) {
  if (wanted === true) mask.on |= flag
  if (wanted === false) mask.off |= flag
}

export const DEFAULT_SORT = { key: 'updatedAt', direction: 'desc' } as const

/** Whether the row at a position passes the query's filters and text (sort and paging apart). */
function matcher(cache: RegisterCache, query: IncidentQuery): (pos: number) => boolean {
  const words = query.text ? [...new Set(searchWords(query.text))] : []
  const text = words.length > 0 ? textMask(cache, words) : undefined
  const statusMask = (query.status ?? []).reduce((m, s) => m | (1 << (STATUS_CODE[s] ?? 7)), 0)
  const causeMask = (query.causeKinds ?? []).reduce((m, c) => m | (1 << causeCode(cache, c)), 0)
  const breachMask = (query.breachTypes ?? []).reduce((m, b) => m | (BREACH_BIT[b] ?? 0), 0)
  const flags = { on: 0, off: 0 }
  flagTest(
    flags,
    F_DELETED,
    { exclude: false, only: true, include: undefined }[query.deleted ?? 'exclude']
  )
  flagTest(flags, F_AUTHORITY, query.authorityNotified)
  flagTest(flags, F_PERSONS, query.personsInformed)
  flagTest(flags, F_INSURER, query.insurerNotified)
  const range = query.dateRange
  const rangeColumn = range ? cache.columns.dates[range.field] : undefined
  const from = range?.from ? dayBound(range.from, false) : Number.NEGATIVE_INFINITY
  const to = range?.to ? dayBound(range.to, true) : Number.POSITIVE_INFINITY
  const now = query.now ? Date.parse(query.now) : Date.now()
  const overdue = query.overdue
  const { status, cause, breach, flags: flagColumn, dates } = cache.columns
  const nextDue = dates.nextDueAt
  const closed = STATUS_CODE.closed!
  return (pos) => {
    const f = flagColumn[pos]!
    if ((f & flags.on) !== flags.on || (f & flags.off) !== 0) return false
    if (statusMask !== 0 && (statusMask & (1 << status[pos]!)) === 0) return false
    if (causeMask !== 0 && (causeMask & (1 << cause[pos]!)) === 0) return false
    if (breachMask !== 0 && (breachMask & breach[pos]!) === 0) return false
    if (rangeColumn) {
      const value = rangeColumn[pos]!
      // NaN (no such date) fails both comparisons.
      if (!(value >= from && value <= to)) return false
    }
    if (overdue !== undefined) {
      const due = nextDue[pos]!
      if ((status[pos] !== closed && due < now) !== overdue) return false
    }
    return !text || text[pos] === 1
  }
}

/**
 * Filters, searches and sorts the snapshot. Pure: no IndexedDB access. While a full load is
 * under way it answers from the rows already in (`partial` says how many), keeping only the
 * best offset + limit of them in order instead of sorting the whole register.
 */
export function runIncidentQuery(cache: RegisterCache, query: IncidentQuery): IncidentListResult {
  const sort = query.sort ?? DEFAULT_SORT
  const accepts = matcher(cache, query)
  const offset = Math.max(0, query.offset ?? 0)
  const limit = query.limit ?? Number.POSITIVE_INFINITY
  if (!cache.loaded) return partialQuery(cache, query, accepts, offset, limit)
  const status = cache.columns.status
  const closed = STATUS_CODE.closed!
  const sorted = sortedPositions(cache, sort.key)
  const byPos = cache.items
  const items: IncidentListItem[] = []
  let total = 0
  const n = sorted.length
  const asc = sort.direction === 'asc'
  // With closedLast, a first pass skips the closed rows and a second keeps only them.
  const passes = query.closedLast ? [false, true] : [undefined]
  for (const closedPass of passes) {
    for (let i = 0; i < n; i++) {
      const pos = sorted[asc ? i : n - 1 - i]!
      if (closedPass !== undefined && (status[pos] === closed) !== closedPass) continue
      if (!accepts(pos)) continue
      if (total >= offset && items.length < limit) items.push(byPos[pos]!)
      total++
    }
  }
  return { items, total }
}

/** Beyond this many wanted rows a partial answer sorts all its matches instead of selecting. */
const SELECT_MAX = 1_000

function partialQuery(
  cache: RegisterCache,
  query: IncidentQuery,
  accepts: (pos: number) => boolean,
  offset: number,
  limit: number
): IncidentListResult {
  const sort = query.sort ?? DEFAULT_SORT
  const compare = comparator(sort.key)
  const list = cache.list
  const status = cache.columns.status
  const closed = STATUS_CODE.closed!
  const closedLast = query.closedLast === true
  const sign = sort.direction === 'asc' ? 1 : -1
  // The order of the full path: closed rows after the others on request, then the sort key
  // (descending = the ascending order reversed, ties included).
  const order = (a: number, b: number): number => {
    if (closedLast) {
      const byClosed = Number(status[a] === closed) - Number(status[b] === closed)
      if (byClosed !== 0) return byClosed
    }
    return sign * compare(list[a]!, list[b]!)
  }
  const wanted = offset + limit
  const best: number[] = []
  let total = 0
  for (let pos = 0; pos < list.length; pos++) {
    if (!accepts(pos)) continue
    total++
    if (wanted > SELECT_MAX) {
      best.push(pos)
      continue
    }
    if (best.length >= wanted && order(pos, best[best.length - 1]!) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (order(best[mid]!, pos) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, pos)
    if (best.length > wanted) best.pop()
  }
  if (wanted > SELECT_MAX) best.sort(order)
  const items = best.slice(offset, wanted).map((pos) => cache.items[pos]!)
  return { items, total, partial: { loaded: list.length, expected: cache.expected } }
}

/* ------------------------------------------------------------------------------------------ */
/* First page, straight from the index                                                         */

/** Rows of a first page read from the index before the full cache exists (a screen or two). */
export const FIRST_PAGE_ROWS = 40
/** Index entries a first-page cursor may walk past (rows of another status) before giving up. */
const FIRST_PAGE_SCAN_MAX = 2_000

const SORT_INDEX: Partial<Record<IncidentSortKey, string>> = {
  reference: 'refNumber',
  updatedAt: 'updatedAt',
  createdAt: 'createdAt',
  occurredAt: 'occurredAt',
  awareAt: 'awareAt',
  nextDueAt: 'nextDueAt'
}
/** Fields some rows lack: those rows are not in the field's index at all. */
const OPTIONAL_SORT_FIELDS: readonly IncidentSortKey[] = ['occurredAt', 'awareAt', 'nextDueAt']

type PagePlan = {
  index: string
  direction: 'asc' | 'desc'
  /** Statuses of the rows the page starts with (with closedLast, the closed ones come after). */
  statuses: Set<string>
  /** Statuses counted in the total. */
  counted: IncidentListItem['status'][]
  limit: number
}

/**
 * How to read the first rows of `query` from an IndexedDB index, or undefined when the index
 * cannot give them in the cache's order (text, filters on unindexed fields, a sort by title, a
 * descending sort on a field some rows lack...): those wait for the full cache.
 */
export function firstPagePlan(query: IncidentQuery): PagePlan | undefined {
  const narrowed =
    (query.text ?? '').trim() !== '' ||
    (query.causeKinds?.length ?? 0) > 0 ||
    (query.breachTypes?.length ?? 0) > 0 ||
    query.dateRange !== undefined ||
    query.authorityNotified !== undefined ||
    query.personsInformed !== undefined ||
    query.insurerNotified !== undefined ||
    query.overdue !== undefined ||
    (query.offset ?? 0) > 0 ||
    (query.deleted ?? 'exclude') !== 'exclude'
  if (narrowed) return undefined
  const sort = query.sort ?? DEFAULT_SORT
  const index = SORT_INDEX[sort.key]
  if (!index) return undefined
  // Rows without the field sort last ascending, so first descending: the index has none of them.
  if (OPTIONAL_SORT_FIELDS.includes(sort.key) && sort.direction === 'desc') return undefined
  const counted =
    query.status && query.status.length > 0
      ? [...new Set(query.status)]
      : (['draft', 'open', 'closed'] as const).slice()
  const statuses = new Set<string>(counted)
  if (query.closedLast && statuses.size > 1) statuses.delete('closed')
  return {
    index,
    direction: sort.direction,
    statuses,
    counted,
    limit: Math.min(query.limit ?? FIRST_PAGE_ROWS, FIRST_PAGE_ROWS)
  }
}

/**
 * The first rows of `query` by its sort index (a cursor with a limit) with only their summaries
 * opened, and the total from the counts: what the first screen shows while the full cache is
 * loaded. Undefined when the index cannot answer exactly (see firstPagePlan).
 */
export async function readFirstPage(
  db: SentinelleDb,
  query: IncidentQuery,
  counts: RegisterCounts,
  keys: SummaryKeys = vaultSummaryKeys(db)
): Promise<IncidentListResult | undefined> {
  const plan = firstPagePlan(query)
  if (!plan) return undefined
  const total = plan.counted.reduce((sum, status) => sum + counts[status], 0)
  if (plan.limit === 0) return { items: [], total }
  let scanned = 0
  let found = 0
  // Rows tied with the last one of the page are read too: the cache orders ties by reference,
  // the index by id, so the page is cut only after sorting them like the cache.
  let boundary: unknown
  const keyOf = (row: IncidentIndexRow) => row[plan.index as keyof IncidentIndexRow]
  const ordered = db.incidents.orderBy(plan.index)
  const rows = await (plan.direction === 'desc' ? ordered.reverse() : ordered)
    .until(
      (row) => scanned >= FIRST_PAGE_SCAN_MAX || (boundary !== undefined && keyOf(row) !== boundary)
    )
    .filter((row) => {
      scanned++
      if (row.deleted !== 0 || !plan.statuses.has(row.status)) return false
      if (++found === plan.limit) boundary = keyOf(row)
      return true
    })
    .toArray()
  // A short page is exact only when it holds every match (else the rest lacks the field, or is
  // closed and comes after, or the cursor gave up): then wait for the full cache.
  if (scanned >= FIRST_PAGE_SCAN_MAX) return undefined
  if (rows.length < plan.limit && rows.length !== total) return undefined
  const opened = await openSummaries(keys, await db.summaries.bulkGet(rows.map((row) => row.id)))
  const entries = rows.map((row, i) => entryOf(row, opened[i], i))
  // Ties in the cache's order (by reference), as runIncidentQuery gives them.
  const compare = comparator((query.sort ?? DEFAULT_SORT).key)
  entries.sort(compare)
  if (plan.direction === 'desc') entries.reverse()
  return { items: entries.slice(0, plan.limit).map((entry) => entry.item), total }
}
