/**
 * Register search, in memory.
 *
 * Flow: `refreshRegisterCache(db)` loads every index row and summary once, then on each later
 * call reads only the rows whose `rev` is above the last one seen (or reloads all when rows were
 * purged). `runIncidentQuery(cache, query)` filters and sorts that snapshot without touching
 * IndexedDB, so a keystroke costs a scan of short strings, not a database round trip.
 *
 * Text matching: the query is normalised like the stored `searchText` (lowercase, accents
 * stripped, split on anything that is not a letter or a digit); every query word must start a
 * word of the incident's reference, title, client names or narrative.
 */
import type { Incident } from '@shared/model'

import type { SentinelleDb, SummaryRow } from './schema'
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

export function toSummary(incident: Incident): SummaryRow {
  return {
    id: incident.id,
    title: incident.title,
    client: clientLabel(incident),
    searchText: buildSearchText(incident)
  }
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

export type RegisterCache = {
  entries: Map<string, CacheEntry>
  /** Entries by position (stable until the next full reload). */
  list: CacheEntry[]
  maxRev: number
  loaded: boolean
  /** Bumped on every change: hooks use it to know when to re-run a query. */
  version: number
  sorted: Map<IncidentSortKey, Int32Array>
  words?: WordIndex
}

const caches = new WeakMap<SentinelleDb, RegisterCache>()

export function registerCacheOf(db: SentinelleDb): RegisterCache {
  let cache = caches.get(db)
  if (!cache) {
    cache = {
      entries: new Map(),
      list: [],
      maxRev: -1,
      loaded: false,
      version: 0,
      sorted: new Map()
    }
    caches.set(db, cache)
  }
  return cache
}

/**
 * A fixed-shape copy. Objects read back from IndexedDB can be in V8's slow dictionary mode (with
 * fake-indexeddb, reading one field cost ~300 ns); the filters read several fields per row.
 */
function listItem(row: IncidentIndexRow, title: string, client: string): IncidentListItem {
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
  return item
}

function entryOf(row: IncidentIndexRow, summary: SummaryRow | undefined, pos: number): CacheEntry {
  const title = summary?.title ?? ''
  return {
    item: listItem(row, title, summary?.client ?? ''),
    searchText: summary?.searchText ?? ` ${searchWords(row.reference).join(' ')} `,
    titleKey: normalizeText(title),
    pos
  }
}

function upsert(cache: RegisterCache, row: IncidentIndexRow, summary: SummaryRow | undefined) {
  const existing = cache.entries.get(row.id)
  const pos = existing ? existing.pos : cache.list.length
  const entry = entryOf(row, summary, pos)
  cache.entries.set(row.id, entry)
  cache.list[pos] = entry
  cache.words?.dirty.add(pos)
  if (row.rev > cache.maxRev) cache.maxRev = row.rev
}

/**
 * Brings the in-memory snapshot up to date. Only Dexie calls inside, so it can run in a
 * liveQuery, which then re-runs it after any write to the incidents table.
 */
export async function refreshRegisterCache(db: SentinelleDb): Promise<RegisterCache> {
  const cache = registerCacheOf(db)
  const count = await db.incidents.count()
  let changed = false
  if (cache.loaded) {
    const rows = await db.incidents.where('rev').above(cache.maxRev).toArray()
    if (rows.length > 0) {
      const summaries = await db.summaries.bulkGet(rows.map((row) => row.id))
      rows.forEach((row, i) => upsert(cache, row, summaries[i]))
      changed = true
    }
  }
  // First load, or rows were purged (the cache holds ids the table no longer has).
  if (!cache.loaded || cache.entries.size !== count) {
    const [rows, summaries] = await Promise.all([db.incidents.toArray(), db.summaries.toArray()])
    const byId = new Map(summaries.map((s) => [s.id, s]))
    cache.list = rows.map((row, pos) => entryOf(row, byId.get(row.id), pos))
    cache.entries = new Map(cache.list.map((entry) => [entry.item.id, entry]))
    cache.maxRev = rows.reduce((max, row) => Math.max(max, row.rev), -1)
    cache.words = undefined
    cache.loaded = true
    changed = true
  }
  if (changed) {
    cache.version++
    cache.sorted.clear()
  }
  return cache
}

function buildWordIndex(list: CacheEntry[]): WordIndex {
  const lists = new Map<string, number[]>()
  for (let pos = 0; pos < list.length; pos++) {
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
  const vocab = [...lists.keys()].sort()
  const postings = new Map(vocab.map((word) => [word, Int32Array.from(lists.get(word)!)]))
  return { vocab, postings, size: list.length, dirty: new Set() }
}

function wordIndexOf(cache: RegisterCache): WordIndex {
  const words = cache.words
  // Rebuild once the rows checked one by one would cost more than a rebuild saves.
  if (!words || words.dirty.size > 2_000 + words.size / 10) {
    cache.words = buildWordIndex(cache.list)
    return cache.words
  }
  return words
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
 * Positions whose words start with every query word: hits[pos] === words.length. Rows changed
 * since the index was built are not trusted here (see textMatches).
 */
function wordHits(index: WordIndex, words: string[], length: number): Uint8Array {
  const hits = new Uint8Array(length)
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
  switch (key) {
    case 'reference':
      return (a, b) =>
        a.item.refNumber - b.item.refNumber || compareOptional(a.item.reference, b.item.reference)
    case 'title':
      return (a, b) =>
        compareOptional(a.titleKey, b.titleKey) || a.item.refNumber - b.item.refNumber
    case 'status':
      return (a, b) =>
        STATUS_ORDER[a.item.status] - STATUS_ORDER[b.item.status] ||
        a.item.refNumber - b.item.refNumber
    default:
      return (a, b) =>
        compareOptional(a.item[key], b.item[key]) || a.item.refNumber - b.item.refNumber
  }
}

function sortedPositions(cache: RegisterCache, key: IncidentSortKey): Int32Array {
  let sorted = cache.sorted.get(key)
  if (!sorted) {
    const compare = comparator(key)
    const list = cache.list
    sorted = Int32Array.from(list.map((e) => e.pos)).sort((a, b) => compare(list[a]!, list[b]!))
    cache.sorted.set(key, sorted)
  }
  return sorted
}

function dayBound(value: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return end ? `${value}T23:59:59.999Z` : `${value}T00:00:00.000Z`
  }
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}

function flagMatches(value: 0 | 1, wanted: boolean | undefined): boolean {
  return wanted === undefined || value === (wanted ? 1 : 0)
}

export const DEFAULT_SORT = { key: 'updatedAt', direction: 'desc' } as const

/** Filters, searches and sorts the snapshot. Pure: no IndexedDB access. */
export function runIncidentQuery(cache: RegisterCache, query: IncidentQuery): IncidentListResult {
  const sort = query.sort ?? DEFAULT_SORT
  const words = query.text ? [...new Set(searchWords(query.text))] : []
  const index = words.length > 0 ? wordIndexOf(cache) : undefined
  const hits = index ? wordHits(index, words, cache.list.length) : undefined
  const textMatches = (searchText: string) => words.every((w) => searchText.includes(` ${w}`))
  const statuses = query.status?.length ? new Set(query.status) : undefined
  const causes = query.causeKinds?.length ? new Set(query.causeKinds) : undefined
  const breaches = query.breachTypes?.length ? query.breachTypes : undefined
  const deleted = query.deleted ?? 'exclude'
  const range = query.dateRange
  const from = range?.from ? dayBound(range.from, false) : undefined
  const to = range?.to ? dayBound(range.to, true) : undefined
  const now = query.now ? new Date(query.now).toISOString() : new Date().toISOString()

  const matches = (e: CacheEntry): boolean => {
    const row = e.item
    if (deleted === 'exclude' ? row.deleted === 1 : deleted === 'only' && row.deleted === 0) {
      return false
    }
    if (statuses && !statuses.has(row.status)) return false
    if (causes && !causes.has(row.causeKind)) return false
    if (breaches && !breaches.some((b) => row.breachTypes.includes(b))) return false
    if (range) {
      const value = row[range.field]
      if (value === undefined) return false
      if (from !== undefined && value < from) return false
      if (to !== undefined && value > to) return false
    }
    if (!flagMatches(row.authorityNotified, query.authorityNotified)) return false
    if (!flagMatches(row.personsInformed, query.personsInformed)) return false
    if (!flagMatches(row.insurerNotified, query.insurerNotified)) return false
    if (query.overdue !== undefined) {
      const overdue = row.status !== 'closed' && row.nextDueAt !== undefined && row.nextDueAt < now
      if (overdue !== query.overdue) return false
    }
    if (hits) {
      const trusted = index !== undefined && e.pos < index.size && !index.dirty.has(e.pos)
      if (trusted ? hits[e.pos] !== words.length : !textMatches(e.searchText)) return false
    }
    return true
  }

  const sorted = sortedPositions(cache, sort.key)
  const list = cache.list
  const offset = Math.max(0, query.offset ?? 0)
  const limit = query.limit ?? Number.POSITIVE_INFINITY
  const items: IncidentListItem[] = []
  let total = 0
  const n = sorted.length
  for (let i = 0; i < n; i++) {
    const entry = list[sorted[sort.direction === 'asc' ? i : n - 1 - i]!]!
    if (!matches(entry)) continue
    if (total >= offset && items.length < limit) items.push(entry.item)
    total++
  }
  return { items, total }
}
