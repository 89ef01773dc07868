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
  AssessmentSummary,
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
/* The in-memory register, stored by column                                                   */
/*
 * At 100,000 incidents, one object per row (the list item, its assessment summary, its ISO date
 * strings, its search text) held ~145 MB in the register Worker. A heap breakdown under Node at
 * 20,000 rows (bench/register-heap.ts) put the assessment summaries first (37%), then the row
 * objects, the search texts and the word index (Map of one Int32Array per word). So rows are
 * kept by column, by position: numbers and small codes in typed arrays, instants as
 * milliseconds, repeated values (statuses, causes, breach lists, assessment summaries apart from
 * their two instants) interned once, the search words as word ids, and the word index as one
 * sorted vocabulary with flat postings. A list item is rebuilt only for the rows a query returns.
 */

/** Row instants kept as milliseconds since the epoch (NaN when absent). */
const INSTANT_COLUMNS = [
  'occurredAt',
  'awareAt',
  'createdAt',
  'updatedAt',
  'nextDueAt',
  'deletedAt',
  /** The stored assessment summary's `computedAt` and `nextDueAt`. */
  'assessedAt',
  'assessmentDueAt'
] as const
type InstantColumn = (typeof INSTANT_COLUMNS)[number]

/**
 * The filtered and sorted fields as typed arrays indexed by position: at 100,000 rows, one pass
 * over contiguous bytes instead of chasing 100,000 objects through the heap.
 */
type Columns = {
  capacity: number
  refNumber: Float64Array
  rev: Float64Array
  /** Codes of `RegisterCache.statuses` (draft 0, open 1, closed 2 as STATUS_CODE). */
  status: Uint8Array
  /** Codes of `RegisterCache.causes`. */
  cause: Uint8Array
  /** Breach types as a bit mask (filters). */
  breach: Uint8Array
  /** The breach type and policy lists themselves, as codes of `RegisterCache.lists`. */
  breachList: Uint32Array
  policyList: Uint32Array
  /** Code of `RegisterCache.assessments` + 1; 0 = no assessment summary. */
  assessment: Uint32Array
  flags: Uint8Array
  /** The row's search words: `textWords[textStart .. textStart + textLength)` (word ids). */
  textStart: Int32Array
  textLength: Int32Array
  instants: Record<InstantColumn, Float64Array>
}

const F_DELETED = 1
const F_AUTHORITY = 2
const F_PERSONS = 4
const F_INSURER = 8
const F_DAMAGED = 16
const STATUS_CODE: Record<string, number> = { draft: 0, open: 1, closed: 2 }
const BREACH_BIT: Record<string, number> = { confidentiality: 1, integrity: 2, availability: 4 }

/** Distinct values, each stored once, by code (a code never changes until the next full load). */
class Interner<T> {
  readonly values: T[] = []
  private readonly codes = new Map<string, number>()

  code(key: string, value: () => T): number {
    let code = this.codes.get(key)
    if (code === undefined) {
      code = this.values.length
      this.values.push(value())
      this.codes.set(key, code)
    }
    return code
  }
}

function internString(interner: Interner<string>, value: string): number {
  return interner.code(value, () => value)
}

/** What `list` shows of a row (the tests and the bench read rows through it). */
export type CacheEntry = { item: IncidentListItem; pos: number }

/**
 * Inverted index over the rows' search words, by segments. A segment covers a run of positions
 * (a chunk of the full read, or rows added later): its distinct word ids in ascending order and,
 * for each, the positions that have it. Segments are built chunk by chunk as the register is
 * read, so a query during the read is answered from postings, and the end of the read has no
 * index left to build (no long task). A query word is a prefix: the word ids it matches are found
 * by a scan of the vocabulary, then each segment's ids are tested against them. Rows past `size`
 * and rows rewritten since they were indexed (`dirty`) are checked directly on their words; once
 * too many are dirty the segments are rebuilt in the background.
 */
type WordSegment = {
  /** Distinct word ids, ascending. */
  ids: Int32Array
  /** Postings of the word `ids[r]`: `postings[starts[r] .. starts[r + 1])`, ascending. */
  starts: Int32Array
  postings: Int32Array
  /** Rows it covers. */
  rows: number
}

type WordIndex = {
  segments: WordSegment[]
  /** Positions 0 .. size - 1 are in the segments; later positions are new rows. */
  size: number
  dirty: Set<number>
}

export type RegisterCache = {
  /** Position of each row by incident id. */
  entries: Map<string, number>
  /** Rows in (positions 0 .. size - 1, stable until the next full reload). */
  size: number
  /** The rows by position, as list entries built on access (tests, bench); [] once dropped. */
  list: readonly CacheEntry[]
  /** The list items by position, built on access; [] once dropped. */
  items: readonly IncidentListItem[]
  ids: string[]
  references: string[]
  titles: string[]
  clients: string[]
  /** Normalised titles (sort by title), computed when first needed. */
  titleKeys?: (string | undefined)[]
  /** List items built lately, by position (see itemAt); a row written is dropped from it. */
  builtItems: Map<number, IncidentListItem>
  columns: Columns
  /** Instants whose ISO text is not what toISOString gives back (kept as written). */
  oddInstants: Record<InstantColumn, Map<number, string>>
  statuses: Interner<string>
  causes: Interner<string>
  lists: Interner<readonly string[]>
  /** Assessment summaries with `computedAt` and `nextDueAt` blanked (see assessmentTemplate). */
  assessments: Interner<AssessmentSummary>
  /** Codes of the templates matched last, most recent first (most rows match one of them). */
  recentAssessments: number[]
  /** Search words: id → word, word → id. */
  vocabWords: string[]
  /**
   * Word ids in the order of their words (kept chunk by chunk by the word index), covering ids
   * below `vocabSorted.length`; later ids are checked one by one.
   */
  vocabSorted: Int32Array
  vocabIds: Map<string, number>
  /** Every row's word ids (see Columns.textStart); a changed row's words are appended. */
  textWords: Int32Array
  textFill: number
  maxRev: number
  /** Every row is in (until then rows arrive chunk by chunk and queries see what is in). */
  loaded: boolean
  /** Rows the register has (from the counts) while a full load is under way. */
  expected: number
  /** Bumped on every change: hooks use it to know when to re-run a query. */
  version: number
  /** Bumped on every full reload (a background word index build of an older one stops). */
  generation: number
  /** Positions in ascending order per sort key; kept in order row by row on updates. */
  sorted: Map<IncidentSortKey, Int32Array>
  /**
   * Sort keys kept in order chunk by chunk during a full read (the default one, and those asked
   * during a read), so that the first exact answer after it does not sort the whole register.
   */
  keepSorted: Set<IncidentSortKey>
  words?: WordIndex
  /** The word index being rebuilt in the background (too many rows changed since indexed). */
  pendingWords?: WordIndex
  /** The counts read at the last refresh (meta 'counters'). */
  counts?: RegisterCounts
  /** A full load in progress: a second refresh waits for it instead of reading everything too. */
  loading?: Promise<void>
  /** The refresh running now: the next one starts after it (see refreshRegisterCache). */
  refreshing?: Promise<unknown>
}

function newInstants(capacity: number): Record<InstantColumn, Float64Array> {
  const instants = {} as Record<InstantColumn, Float64Array>
  for (const column of INSTANT_COLUMNS) instants[column] = new Float64Array(capacity)
  return instants
}

function newColumns(capacity: number): Columns {
  return {
    capacity,
    refNumber: new Float64Array(capacity),
    rev: new Float64Array(capacity),
    status: new Uint8Array(capacity),
    cause: new Uint8Array(capacity),
    breach: new Uint8Array(capacity),
    breachList: new Uint32Array(capacity),
    policyList: new Uint32Array(capacity),
    assessment: new Uint32Array(capacity),
    flags: new Uint8Array(capacity),
    textStart: new Int32Array(capacity),
    textLength: new Int32Array(capacity),
    instants: newInstants(capacity)
  }
}

type TypedColumn = Exclude<keyof Columns, 'capacity' | 'instants'>
const TYPED_COLUMNS: readonly TypedColumn[] = [
  'refNumber',
  'rev',
  'status',
  'cause',
  'breach',
  'breachList',
  'policyList',
  'assessment',
  'flags',
  'textStart',
  'textLength'
]

function grow(columns: Columns, needed: number): Columns {
  if (needed <= columns.capacity) return columns
  const next = newColumns(Math.max(needed, columns.capacity * 2, 1024))
  for (const name of TYPED_COLUMNS) (next[name] as Float64Array).set(columns[name] as Float64Array)
  for (const column of INSTANT_COLUMNS) next.instants[column].set(columns.instants[column])
  return next
}

/**
 * A read-only array view of the rows, built on access: `length` is the rows in, `view[pos]` the
 * value at a position (Array.isArray holds, so slice/map/toEqual work on it).
 */
function positionsView<T>(cache: RegisterCache, at: (pos: number) => T): readonly T[] {
  const indexOf = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined
    const pos = Number(key)
    return Number.isInteger(pos) && pos >= 0 && String(pos) === key ? pos : undefined
  }
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      if (key === 'length') return cache.size
      const pos = indexOf(key)
      if (pos !== undefined) return pos < cache.size ? at(pos) : undefined
      return Reflect.get(target, key, receiver) as unknown
    },
    has(target, key) {
      const pos = indexOf(key)
      return pos !== undefined ? pos < cache.size : Reflect.has(target, key)
    }
  })
}

function emptyRows(cache: RegisterCache, capacity: number): void {
  cache.entries = new Map()
  cache.size = 0
  cache.ids = []
  cache.references = []
  cache.titles = []
  cache.clients = []
  cache.titleKeys = undefined
  cache.builtItems = new Map()
  cache.columns = newColumns(capacity)
  cache.oddInstants = {} as Record<InstantColumn, Map<number, string>>
  for (const column of INSTANT_COLUMNS) cache.oddInstants[column] = new Map()
  cache.statuses = new Interner()
  for (const status of Object.keys(STATUS_CODE)) internString(cache.statuses, status)
  cache.causes = new Interner()
  cache.lists = new Interner()
  cache.assessments = new Interner()
  cache.recentAssessments = []
  cache.vocabWords = []
  cache.vocabSorted = new Int32Array(0)
  cache.vocabIds = new Map()
  cache.textWords = new Int32Array(0)
  cache.textFill = 0
  cache.sorted.clear()
  cache.words = undefined
  cache.pendingWords = undefined
  cache.generation++
}

/** An empty register (also the scratch one the first page sorts its rows in). */
function newCache(): RegisterCache {
  const cache = {
    list: [],
    items: [],
    maxRev: -1,
    loaded: false,
    expected: 0,
    version: 0,
    generation: 0,
    sorted: new Map(),
    keepSorted: new Set([DEFAULT_SORT.key])
  } as unknown as RegisterCache
  emptyRows(cache, 0)
  return cache
}

const caches = new WeakMap<SentinelleDb, RegisterCache>()

export function registerCacheOf(db: SentinelleDb): RegisterCache {
  let cache = caches.get(db)
  if (!cache) {
    cache = newCache()
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
  emptyRows(cache, 0)
  cache.list = []
  cache.items = []
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

/* Instants ---------------------------------------------------------------------------------- */

function writeInstant(
  cache: RegisterCache,
  column: InstantColumn,
  pos: number,
  value: string | undefined
): void {
  const ms = value === undefined ? Number.NaN : Date.parse(value)
  cache.columns.instants[column][pos] = ms
  const odd = cache.oddInstants[column]
  // Kept as text when toISOString would not give it back exactly (another format, out of range).
  if (value !== undefined && (ms !== ms || !givesBack(value, ms))) {
    odd.set(pos, value)
  } else if (odd.size > 0) odd.delete(pos)
}

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/**
 * Whether `new Date(ms).toISOString() === value` (`ms` parsed from `value`), mostly without
 * building the string (a Date and a string per instant was a third of a full load): Date.parse
 * takes a canonical text as it is, except a day past the month's end and the hour 24, which it
 * rolls over.
 */
function givesBack(value: string, ms: number): boolean {
  if (value.length === 24 && CANONICAL_INSTANT.test(value)) {
    const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48
    const hour = (value.charCodeAt(11) - 48) * 10 + value.charCodeAt(12) - 48
    if (day <= 28 && hour < 24) return true
  }
  return new Date(ms).toISOString() === value
}

function readInstant(cache: RegisterCache, column: InstantColumn, pos: number): string | undefined {
  const odd = cache.oddInstants[column]
  if (odd.size > 0) {
    const text = odd.get(pos)
    if (text !== undefined) return text
  }
  const ms = cache.columns.instants[column][pos]!
  return ms !== ms ? undefined : new Date(ms).toISOString()
}

/* Rows -------------------------------------------------------------------------------------- */

/** A summary row opened: its texts, 'damaged' when it fails authentication, or undefined. */
type OpenedSummary = SummaryText | 'damaged' | undefined

/**
 * The assessment summary with its two per-incident instants blanked: the rest (rule set,
 * duties, coverage, labels) repeats across incidents and is stored once.
 */
function assessmentTemplate(assessment: AssessmentSummary): AssessmentSummary {
  const template = { ...assessment, computedAt: '' }
  if ('nextDueAt' in assessment) template.nextDueAt = ''
  return template
}

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === Array.prototype || proto === null
}

/**
 * Whether two values read from IndexedDB are the same: same keys in the same order, same
 * primitives (Object.is), recursively through plain objects and arrays.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || !isPlain(a)) return false
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>)
}

/** The same keys in the same order, with sameValue values (the keys in `skip` apart). */
function sameFields(
  x: Record<string, unknown>,
  y: Record<string, unknown>,
  skip?: ReadonlySet<string>
): boolean {
  const keys = Object.keys(x)
  const others = Object.keys(y)
  if (keys.length !== others.length) return false
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    if (key !== others[i]) return false
    if (!skip?.has(key) && !sameValue(x[key], y[key])) return false
  }
  return true
}

/** The two per-incident instants of an assessment summary (blanked in its template). */
const PER_INCIDENT_FIELDS: ReadonlySet<string> = new Set(['computedAt', 'nextDueAt'])

/** Whether an assessment summary is a template's, its two per-incident instants apart. */
function fitsTemplate(template: AssessmentSummary, assessment: AssessmentSummary): boolean {
  return sameFields(
    template as Record<string, unknown>,
    assessment as Record<string, unknown>,
    PER_INCIDENT_FIELDS
  )
}

let uniqueKeys = 0

/**
 * A key equal for two values exactly when sameValue holds (lengths prefix the strings, so no
 * escaping is needed). A value that is not plain data gets a key of its own.
 */
function valueKey(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `s${value.length}:${value}`
    case 'number':
      return Object.is(value, -0) ? 'n-0' : `n${value}`
    case 'boolean':
      return value ? 't' : 'f'
    case 'undefined':
      return 'u'
    case 'object': {
      if (value === null) return 'z'
      if (!isPlain(value)) break
      const record = value as Record<string, unknown>
      let key = Array.isArray(value) ? 'a' : Object.getPrototypeOf(value) === null ? 'p' : 'o'
      for (const name of Object.keys(record))
        key += `${name.length}:${name}${valueKey(record[name])}`
      return `${key};`
    }
  }
  return `\u0000${++uniqueKeys}`
}

/** The code of an assessment summary's template: the recent ones are compared first. */
function assessmentCode(cache: RegisterCache, assessment: AssessmentSummary): number {
  const templates = cache.assessments.values
  const recent = cache.recentAssessments
  for (let i = 0; i < recent.length; i++) {
    const code = recent[i]!
    if (fitsTemplate(templates[code]!, assessment)) {
      if (i > 0) {
        recent.copyWithin(1, 0, i)
        recent[0] = code
      }
      return code
    }
  }
  const template = assessmentTemplate(assessment)
  const code = cache.assessments.code(valueKey(template), () => template)
  recent.unshift(code)
  if (recent.length > 8) recent.pop()
  return code
}

function listCode(cache: RegisterCache, list: readonly string[]): number {
  return cache.lists.code(valueKey(list), () => [...list])
}

/** A string of its own: a word split out of a long text would otherwise keep the text alive. */
function ownString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string)
}

function wordId(cache: RegisterCache, word: string): number {
  let id = cache.vocabIds.get(word)
  if (id === undefined) {
    const own = ownString(word)
    id = cache.vocabWords.length
    cache.vocabWords.push(own)
    cache.vocabIds.set(own, id)
  }
  return id
}

/** Appends a row's search words (split like the space-delimited `searchText`). */
function ensureTextRoom(cache: RegisterCache, words: number): void {
  const fill = cache.textFill
  if (fill + words <= cache.textWords.length) return
  const next = new Int32Array(Math.max(fill + words, cache.textWords.length * 2, 4096))
  next.set(cache.textWords.subarray(0, fill))
  cache.textWords = next
}

/** Appends a row's search words. */
function writeWords(cache: RegisterCache, pos: number, words: string[]): void {
  ensureTextRoom(cache, words.length)
  let fill = cache.textFill
  cache.columns.textStart[pos] = fill
  cache.columns.textLength[pos] = words.length
  for (const word of words) cache.textWords[fill++] = wordId(cache, word)
  cache.textFill = fill
}

/** Appends a row's search words from its space-delimited `searchText`, without an array. */
function writeSearchText(cache: RegisterCache, pos: number, text: string): void {
  ensureTextRoom(cache, (text.length >> 1) + 1)
  const start = cache.textFill
  let fill = start
  let from = 0
  for (;;) {
    const end = text.indexOf(' ', from)
    const stop = end < 0 ? text.length : end
    if (stop > from) cache.textWords[fill++] = wordId(cache, text.slice(from, stop))
    if (end < 0) break
    from = end + 1
  }
  cache.columns.textStart[pos] = start
  cache.columns.textLength[pos] = fill - start
  cache.textFill = fill
}

/** Writes a row at a position (a new one at `size`): every column, its words, its id. */
function writeRow(
  cache: RegisterCache,
  pos: number,
  row: IncidentIndexRow,
  opened: OpenedSummary
): void {
  const damaged = opened === 'damaged'
  const summary = damaged ? undefined : opened
  cache.columns = grow(cache.columns, pos + 1)
  const c = cache.columns
  cache.ids[pos] = row.id
  cache.references[pos] = row.reference
  cache.titles[pos] = summary?.title ?? ''
  cache.clients[pos] = summary?.client ?? ''
  if (cache.titleKeys && pos < cache.titleKeys.length) cache.titleKeys[pos] = undefined
  cache.builtItems.delete(pos)
  c.refNumber[pos] = row.refNumber
  c.rev[pos] = row.rev
  c.status[pos] = internString(cache.statuses, row.status)
  c.cause[pos] = internString(cache.causes, row.causeKind)
  c.breach[pos] = row.breachTypes.reduce((mask, b) => mask | (BREACH_BIT[b] ?? 0), 0)
  c.breachList[pos] = listCode(cache, row.breachTypes)
  c.policyList[pos] = listCode(cache, row.policyIds)
  c.flags[pos] =
    (row.deleted ? F_DELETED : 0) |
    (row.authorityNotified ? F_AUTHORITY : 0) |
    (row.personsInformed ? F_PERSONS : 0) |
    (row.insurerNotified ? F_INSURER : 0) |
    (damaged ? F_DAMAGED : 0)
  writeInstant(cache, 'occurredAt', pos, row.occurredAt)
  writeInstant(cache, 'awareAt', pos, row.awareAt)
  writeInstant(cache, 'createdAt', pos, row.createdAt)
  writeInstant(cache, 'updatedAt', pos, row.updatedAt)
  writeInstant(cache, 'nextDueAt', pos, row.nextDueAt)
  writeInstant(cache, 'deletedAt', pos, row.deletedAt)
  const assessment = row.assessment
  if (assessment) {
    c.assessment[pos] = 1 + assessmentCode(cache, assessment)
    writeInstant(cache, 'assessedAt', pos, assessment.computedAt)
    writeInstant(cache, 'assessmentDueAt', pos, assessment.nextDueAt)
  } else c.assessment[pos] = 0
  if (summary?.searchText !== undefined) writeSearchText(cache, pos, summary.searchText)
  else writeWords(cache, pos, searchWords(row.reference))
  cache.entries.set(row.id, pos)
}

/** Items built lately are kept (a window asked again on a keystroke or a scroll back). */
const ITEM_CACHE_MAX = 4_000

function itemAt(cache: RegisterCache, pos: number): IncidentListItem {
  let item = cache.builtItems.get(pos)
  if (!item) {
    item = buildItem(cache, pos)
    if (cache.builtItems.size >= ITEM_CACHE_MAX) cache.builtItems.clear()
    cache.builtItems.set(pos, item)
  }
  return item
}

/**
 * The list item of a position, built from the columns: the same fields, in the same order, as
 * the index row copied with its texts (the stored assessment summary's parts other than its two
 * instants are shared between items: read-only).
 */
function buildItem(cache: RegisterCache, pos: number): IncidentListItem {
  const c = cache.columns
  const f = c.flags[pos]!
  const code = c.assessment[pos]!
  let assessment: AssessmentSummary | undefined
  if (code > 0) {
    const template = cache.assessments.values[code - 1]!
    assessment = { ...template, computedAt: readInstant(cache, 'assessedAt', pos)! }
    if ('nextDueAt' in template) assessment.nextDueAt = readInstant(cache, 'assessmentDueAt', pos)
  }
  const item: IncidentListItem = {
    id: cache.ids[pos]!,
    reference: cache.references[pos]!,
    refNumber: c.refNumber[pos]!,
    status: cache.statuses.values[c.status[pos]!] as IncidentListItem['status'],
    createdAt: readInstant(cache, 'createdAt', pos)!,
    updatedAt: readInstant(cache, 'updatedAt', pos)!,
    occurredAt: readInstant(cache, 'occurredAt', pos),
    awareAt: readInstant(cache, 'awareAt', pos),
    causeKind: cache.causes.values[c.cause[pos]!] as IncidentListItem['causeKind'],
    breachTypes: [...cache.lists.values[c.breachList[pos]!]!] as IncidentListItem['breachTypes'],
    policyIds: [...cache.lists.values[c.policyList[pos]!]!],
    authorityNotified: f & F_AUTHORITY ? 1 : 0,
    personsInformed: f & F_PERSONS ? 1 : 0,
    insurerNotified: f & F_INSURER ? 1 : 0,
    nextDueAt: readInstant(cache, 'nextDueAt', pos),
    deleted: f & F_DELETED ? 1 : 0,
    deletedAt: readInstant(cache, 'deletedAt', pos),
    rev: c.rev[pos]!,
    assessment,
    title: cache.titles[pos]!,
    client: cache.clients[pos]!
  }
  if (f & F_DAMAGED) item.damaged = true
  return item
}

function titleKeyAt(cache: RegisterCache, pos: number): string {
  const keys = (cache.titleKeys ??= [])
  let key = keys[pos]
  if (key === undefined) {
    key = normalizeText(cache.titles[pos]!)
    keys[pos] = key
  }
  return key
}

/** Removes then re-inserts one position in every cached sorted array (binary search). */
function resort(cache: RegisterCache, pos: number, isNew: boolean): void {
  for (const [key, sorted] of cache.sorted) {
    const compare = comparator(cache, key)
    let array = sorted
    if (isNew) {
      array = new Int32Array(sorted.length + 1)
      array.set(sorted)
    } else {
      const at = sorted.indexOf(pos)
      array.copyWithin(at, at + 1)
    }
    const n = array.length - 1
    let lo = 0
    let hi = n
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compare(array[mid]!, pos) < 0) lo = mid + 1
      else hi = mid
    }
    array.copyWithin(lo + 1, lo, n)
    array[lo] = pos
    cache.sorted.set(key, array)
  }
}

function upsert(cache: RegisterCache, row: IncidentIndexRow, summary: OpenedSummary) {
  const existing = cache.entries.get(row.id)
  const pos = existing ?? cache.size
  writeRow(cache, pos, row, summary)
  if (existing === undefined) cache.size++
  resort(cache, pos, existing === undefined)
  // A row indexed with its older words is checked on its own words from now on.
  for (const index of [cache.words, cache.pendingWords])
    if (index && pos < index.size) index.dirty.add(pos)
  if (row.rev > cache.maxRev) cache.maxRev = row.rev
}

function isNewer(cache: RegisterCache, row: IncidentIndexRow): boolean {
  const pos = cache.entries.get(row.id)
  return (pos === undefined ? -1 : cache.columns.rev[pos]!) < row.rev
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

/**
 * Rows read per IndexedDB request in the full load. The rows' deserialisation, and the scavenge
 * of what it leaves, run on the engine's thread when a request ends, and a query that comes
 * meanwhile waits for them: 2,000 rows made tasks of 20-200 ms in the Worker (traced at 100k,
 * bench/ui/keys-trace.ts). Earlier only a search under way (a query in the last 2 s) read 400 at
 * a time; but the first key typed comes before any query, often at once after the start or the
 * unlock, and waited behind a 2,000-row request sent before it: encrypted 10,000, typed at once
 * after the unlock, the first key's list settled in 103 ms median against 63 ms at 400 (10
 * starts each, builds alternated). The whole read is no slower at 400 (full-read-probe, builds
 * interleaved: clear 100,000 17.5 against 17.6 s; encrypted 100,000 31.1 against 31.1 s after
 * the unlock; encrypted 10,000 4.2 against 4.4 s).
 */
export const LOAD_CHUNK_ROWS = 400

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
/** Time spent appending rows before a waiting query gets its turn (readAllEntries). */
const APPEND_SLICE_MS = 4
const now = (): number => globalThis.performance?.now() ?? Date.now()
/**
 * Lets the messages already queued (a query from the page) run first. A message to oneself is
 * not clamped to 4 ms like nested timers, so slicing a chunk costs no waiting.
 */
const yieldToQueries = (): Promise<void> =>
  typeof MessageChannel === 'undefined'
    ? yieldToUi()
    : new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          channel.port1.close()
          resolve()
        }
        channel.port2.postMessage(null)
      })

/** Summaries opened together between two chances for a waiting query (openInSlices). */
const OPEN_SLICE_ROWS = 100

/**
 * Opens a chunk's summaries a slice at a time, letting a waiting query run between slices once
 * a slice took its few ms: decrypting a chunk's summaries (their incident keys unwrapped, then
 * the summaries) in one go ran as microtask checkpoints of 30-70 ms in the Worker after an
 * unlock (traced at 100k, bench/ui/keys-trace.ts), which a key's query waited behind.
 */
async function openInSlices(
  keys: SummaryKeys,
  rows: (SummaryRow | undefined)[],
  pause: (() => Promise<void>) | undefined
): Promise<OpenedSummary[]> {
  if (rows.length <= OPEN_SLICE_ROWS) return openSummaries(keys, rows)
  const opened: OpenedSummary[] = []
  let sliceStart = now()
  for (let from = 0; from < rows.length; from += OPEN_SLICE_ROWS) {
    if (from > 0 && now() - sliceStart >= APPEND_SLICE_MS) {
      await yieldToQueries()
      // The user searching: the rest of the chunk waits too (see readAllEntries).
      if (pause) await pause()
      sliceStart = now()
    }
    opened.push(...(await openSummaries(keys, rows.slice(from, from + OPEN_SLICE_ROWS))))
  }
  return opened
}

/**
 * Merges the rows appended at positions [from, size) into the sorted positions of `key` (all of
 * them sorted at once if the key had none): the chunk is sorted on its own, then each of its rows
 * is placed by binary search and the runs between are copied, so a chunk costs a few compares per
 * row and one copy, never a sort of the whole register. Writes into the spare buffer of the key
 * (two buffers sized for the expected rows, alternated) instead of allocating per chunk.
 */
function mergeChunkSorted(
  cache: RegisterCache,
  key: IncidentSortKey,
  from: number,
  spare: Map<IncidentSortKey, Int32Array>
): void {
  const old = cache.sorted.get(key)
  if (!old || old.length !== from) {
    cache.sorted.set(key, initialSort(cache, key))
    return
  }
  const compare = comparator(cache, key)
  const added = new Int32Array(cache.size - from)
  for (let i = 0; i < added.length; i++) added[i] = from + i
  added.sort(compare)
  const size = cache.size
  let buffer = spare.get(key)
  if (!buffer || buffer.length < size || buffer.buffer === old.buffer)
    buffer = new Int32Array(Math.max(size, cache.expected))
  spare.set(key, new Int32Array(old.buffer, 0, old.buffer.byteLength >> 2))
  let lo = 0
  let out = 0
  for (let j = 0; j < added.length; j++) {
    const pos = added[j]!
    let a = lo
    let b = old.length
    while (a < b) {
      const mid = (a + b) >>> 1
      if (compare(old[mid]!, pos) < 0) a = mid + 1
      else b = mid
    }
    buffer.set(old.subarray(lo, a), out)
    out += a - lo
    lo = a
    buffer[out++] = pos
  }
  buffer.set(old.subarray(lo), out)
  cache.sorted.set(key, buffer.subarray(0, size))
}

/** Empties the cache before a full load, which fills it again chunk by chunk. */
function startOver(cache: RegisterCache, expected: number): void {
  emptyRows(cache, expected)
  cache.list = positionsView(cache, (pos) => ({ item: itemAt(cache, pos), pos }))
  cache.items = positionsView(cache, (pos) => itemAt(cache, pos))
  cache.loaded = false
  cache.expected = expected
  cache.maxRev = -1
}

/** Appends one row read by a full load (positions in load order). */
function append(cache: RegisterCache, row: IncidentIndexRow, summary: OpenedSummary): void {
  writeRow(cache, cache.size, row, summary)
  cache.size++
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
  options: RefreshOptions
): Promise<boolean> {
  let after: string | undefined
  /** Per sort key, the buffer the next merge writes into (see mergeChunkSorted). */
  const spare = new Map<IncidentSortKey, Int32Array>()
  for (;;) {
    // No new request while a query is answered (its answer shown on the page): a request's
    // rows are deserialised on this thread when it ends, and the GCs after them, in the time
    // the page renders the answer on the other core.
    if (options.pause) {
      await options.pause()
      if (caches.get(db) !== cache) return false
    }
    const range =
      after === undefined ? db.incidents.orderBy(':id') : db.incidents.where(':id').above(after)
    const rows = await range.limit(LOAD_CHUNK_ROWS).toArray()
    if (rows.length === 0) break
    const first = rows[0]!.id
    const last = rows[rows.length - 1]!.id
    // The chunk's second request, and its rows' opening and appending, wait likewise.
    if (options.pause) await options.pause()
    const summaryRows = await db.summaries.where(':id').between(first, last, true, true).toArray()
    const byId = new Map(summaryRows.map((row) => [row.id, row]))
    if (options.pause) await options.pause()
    if (caches.get(db) !== cache) return false
    const opened = await openInSlices(
      keys,
      rows.map((row) => byId.get(row.id)),
      options.pause
    )
    if (caches.get(db) !== cache) return false
    // In slices of a few ms: a query that comes while a chunk is appended is answered between
    // two slices (from the rows in so far), not after the whole chunk.
    const from = cache.size
    let sliceStart = now()
    for (let i = 0; i < rows.length; i++) {
      if (i % 20 === 0 && i > 0 && now() - sliceStart >= APPEND_SLICE_MS) {
        await yieldToQueries()
        // A query (or the search box focused) holds the rest of the chunk, not only the next
        // request: after an unlock a chunk's opening and appending ran for 30-60 ms of the
        // Worker's CPU between two keys, beside the key's render (keys-trace, encrypted 10k).
        if (options.pause) await options.pause()
        if (caches.get(db) !== cache) return false
        sliceStart = now()
      }
      append(cache, rows[i]!, opened[i])
    }
    // The chunk's words indexed now (a short task): queries during the read use postings.
    extendWordIndex(cache)
    for (const key of cache.keepSorted) mergeChunkSorted(cache, key, from, spare)
    cache.version++
    options.onProgress?.(cache.size)
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
  /** Awaited before each request of the full load: resolves once no query is being answered. */
  pause?: () => Promise<void>
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
    const loading = readAllEntries(db, cache, keys, options)
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
    let maxRev = -1
    const rev = cache.columns.rev
    for (let pos = 0; pos < cache.size; pos++) maxRev = Math.max(maxRev, rev[pos]!)
    cache.maxRev = Math.min(counts.atRev, maxRev)
    cache.expected = cache.size
    cache.loaded = true
    changed = true
    // The words were indexed chunk by chunk as they were read: nothing is left to build.
    extendWordIndex(cache)
    globalThis.performance?.mark?.('sentinelle:register-words-ready')
  }
  if (changed) cache.version++
  return cache
}

/* Word index -------------------------------------------------------------------------------- */

/** Rebuilds the word ids of every row without the words of changed rows' older versions. */
function compactWords(cache: RegisterCache): void {
  const c = cache.columns
  let live = 0
  for (let pos = 0; pos < cache.size; pos++) live += c.textLength[pos]!
  if (cache.textFill <= 2 * live + 4096) return
  const words = new Int32Array(live)
  let fill = 0
  for (let pos = 0; pos < cache.size; pos++) {
    const start = c.textStart[pos]!
    const length = c.textLength[pos]!
    words.set(cache.textWords.subarray(start, start + length), fill)
    c.textStart[pos] = fill
    fill += length
  }
  cache.textWords = words
  cache.textFill = fill
}

/** Rows per segment of a rebuild (one segment per macrotask). */
export const INDEX_CHUNK_ROWS = 4_000
/** Rows added after the last segment that are checked one by one before a segment is made. */
const UNINDEXED_ROWS_MAX = 2_000

/** Per word id, a count then a cursor while a segment is built; all zeros between builds. */
let segmentScratch = new Int32Array(0)

/** The segment of positions [from, to): each distinct word id with the positions having it. */
function buildSegment(cache: RegisterCache, from: number, to: number): WordSegment {
  const c = cache.columns
  const words = cache.textWords
  if (segmentScratch.length < cache.vocabWords.length)
    segmentScratch = new Int32Array(Math.max(cache.vocabWords.length, 2 * segmentScratch.length))
  const counts = segmentScratch
  const touched: number[] = []
  let total = 0
  for (let pos = from; pos < to; pos++) {
    for (let k = c.textStart[pos]!, end = k + c.textLength[pos]!; k < end; k++) {
      const id = words[k]!
      if (counts[id]!++ === 0) touched.push(id)
      total++
    }
  }
  const ids = Int32Array.from(touched).sort()
  const starts = new Int32Array(ids.length + 1)
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r]!
    starts[r + 1] = starts[r]! + counts[id]!
    counts[id] = starts[r]!
  }
  const postings = new Int32Array(total)
  for (let pos = from; pos < to; pos++) {
    for (let k = c.textStart[pos]!, end = k + c.textLength[pos]!; k < end; k++) {
      postings[counts[words[k]!]!++] = pos
    }
  }
  for (let r = 0; r < ids.length; r++) counts[ids[r]!] = 0
  return { ids, starts, postings, rows: to - from }
}

/** Rows a segment may reach by merges (a merge is then a task of a few ms). */
const SEGMENT_ROWS_MAX = 16_000

/** One segment of two adjacent ones (`a` before `b`): ids united, postings still ascending. */
function mergeSegments(a: WordSegment, b: WordSegment): WordSegment {
  const ids = new Int32Array(a.ids.length + b.ids.length)
  const starts = new Int32Array(ids.length + 1)
  const postings = new Int32Array(a.postings.length + b.postings.length)
  let i = 0
  let j = 0
  let n = 0
  let fill = 0
  const copy = (from: WordSegment, r: number) => {
    for (let k = from.starts[r]!, end = from.starts[r + 1]!; k < end; k++)
      postings[fill++] = from.postings[k]!
  }
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Number.MAX_SAFE_INTEGER
    const y = j < b.ids.length ? b.ids[j]! : Number.MAX_SAFE_INTEGER
    const id = x < y ? x : y
    ids[n] = id
    starts[n++] = fill
    if (x === id) copy(a, i++)
    if (y === id) copy(b, j++)
  }
  starts[n] = fill
  return { ids: ids.slice(0, n), starts: starts.slice(0, n + 1), postings, rows: a.rows + b.rows }
}

/**
 * Adds a segment, merging the last ones while they are of similar size (up to SEGMENT_ROWS_MAX
 * rows): a 100k register read 400 rows at a time ends with about a dozen segments, not 250, so a
 * query visits few of them.
 */
function pushSegment(segments: WordSegment[], segment: WordSegment): void {
  segments.push(segment)
  for (;;) {
    const last = segments[segments.length - 1]!
    const before = segments[segments.length - 2]
    if (!before || before.rows > 2 * last.rows || before.rows + last.rows > SEGMENT_ROWS_MAX) return
    segments.splice(segments.length - 2, 2, mergeSegments(before, last))
  }
}

/**
 * Merges the words first seen since the last call into `vocabSorted`: the new ones sorted alone,
 * each placed by binary search, the runs between copied (no sort of the whole vocabulary).
 */
function extendSortedVocab(cache: RegisterCache): void {
  const old = cache.vocabSorted
  const vocab = cache.vocabWords
  if (old.length >= vocab.length) return
  const byWord = (a: number, b: number) => {
    const x = vocab[a]!
    const y = vocab[b]!
    return x < y ? -1 : x > y ? 1 : 0
  }
  const added = new Int32Array(vocab.length - old.length)
  for (let i = 0; i < added.length; i++) added[i] = old.length + i
  added.sort(byWord)
  const merged = new Int32Array(vocab.length)
  let lo = 0
  let out = 0
  for (let j = 0; j < added.length; j++) {
    const word = vocab[added[j]!]!
    const at = lowerBound(vocab, old, word, lo)
    merged.set(old.subarray(lo, at), out)
    out += at - lo
    lo = at
    merged[out++] = added[j]!
  }
  merged.set(old.subarray(lo), out)
  cache.vocabSorted = merged
}

/** First index of `sorted` (word ids in word order, from `lo`) whose word is not below `word`. */
function lowerBound(vocab: readonly string[], sorted: Int32Array, word: string, lo = 0): number {
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (vocab[sorted[mid]!]! < word) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The word ids whose words start with `word`: a range of the sorted ones, then the newer ids. */
function prefixIds(cache: RegisterCache, word: string): number[] {
  const vocab = cache.vocabWords
  const sorted = cache.vocabSorted
  const ids: number[] = []
  for (let at = lowerBound(vocab, sorted, word); at < sorted.length; at++) {
    const id = sorted[at]!
    if (!vocab[id]!.startsWith(word)) break
    ids.push(id)
  }
  for (let id = sorted.length; id < vocab.length; id++)
    if (vocab[id]!.startsWith(word)) ids.push(id)
  return ids
}

/** Indexes the rows past the index's end (creating the index), in one segment. */
function extendWordIndex(cache: RegisterCache): WordIndex {
  extendSortedVocab(cache)
  const index = (cache.words ??= { segments: [], size: 0, dirty: new Set() })
  if (index.size < cache.size) {
    pushSegment(index.segments, buildSegment(cache, index.size, cache.size))
    index.size = cache.size
  }
  return index
}

/**
 * Rebuilds the segments in the background, a segment per macrotask, once too many rows were
 * rewritten since they were indexed; queries use the current index (and its dirty rows) until
 * the new one is complete.
 */
function startWordIndexRebuild(cache: RegisterCache): void {
  compactWords(cache)
  extendSortedVocab(cache)
  const build: WordIndex = { segments: [], size: 0, dirty: new Set() }
  const generation = cache.generation
  cache.pendingWords = build
  const step = () => {
    // A newer full load replaced this build.
    if (cache.pendingWords !== build || cache.generation !== generation) return
    const to = Math.min(cache.size, build.size + INDEX_CHUNK_ROWS)
    pushSegment(build.segments, buildSegment(cache, build.size, to))
    build.size = to
    if (to < cache.size) {
      setTimeout(step, 0)
      return
    }
    cache.words = build
    cache.pendingWords = undefined
  }
  setTimeout(step, 0)
}

/** Resolves once a background rebuild of the word index (if any) is complete: bench and tests. */
export async function wordIndexReady(cache: RegisterCache): Promise<void> {
  while (cache.pendingWords) await new Promise((resolve) => setTimeout(resolve, 5))
}

/** The word index, its tail of new rows indexed once long enough (a rebuild started if due). */
function wordIndexOf(cache: RegisterCache): WordIndex {
  let index = cache.words
  if (!index || cache.size - index.size >= UNINDEXED_ROWS_MAX) index = extendWordIndex(cache)
  // Rebuild once the rows checked one by one would cost more than a rebuild saves.
  if (cache.loaded && !cache.pendingWords && index.dirty.size > 2_000 + index.size / 10)
    startWordIndexRebuild(cache)
  return index
}

/** Per word id, the query words it matches as bits; all zeros between queries (textMask). */
let bitsScratch = new Uint32Array(0)

/**
 * Bit j set for the word ids that start with query word j (at most 32 words), in a scratch array
 * of the vocabulary's size (neither allocated nor scanned per query: at 100k rows the vocabulary
 * has hundreds of thousands of words), and those ids. Give them back with clearBits.
 */
function prefixBits(
  cache: RegisterCache,
  words: readonly string[]
): { bits: Uint32Array; matching: number[] } {
  const size = cache.vocabWords.length
  if (bitsScratch.length < size)
    bitsScratch = new Uint32Array(Math.max(size, 2 * bitsScratch.length))
  const bits = bitsScratch
  const matching: number[] = []
  words.forEach((word, j) => {
    for (const id of prefixIds(cache, word)) {
      if (bits[id] === 0) matching.push(id)
      bits[id]! |= 1 << j
    }
  })
  return { bits, matching }
}

function clearBits(bits: Uint32Array, matching: number[]): void {
  for (const id of matching) bits[id] = 0
}

/** Index of `id` in a segment's ascending ids, or -1. */
function rankIn(ids: Int32Array, id: number): number {
  let lo = 0
  let hi = ids.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ids[mid]! < id) lo = mid + 1
    else hi = mid
  }
  return lo < ids.length && ids[lo] === id ? lo : -1
}

/**
 * ORs into `found` the bits of the matching words of each position in the segments: per segment
 * either each matching word looked up in its ids (few matches: a long prefix) or its ids scanned
 * against `bits` (many: a short prefix), whichever costs less.
 */
function collectPostings(
  index: WordIndex,
  bits: Uint32Array,
  matching: number[],
  found: Uint32Array
): void {
  for (const { ids, starts, postings } of index.segments) {
    const mark = (r: number, bit: number) => {
      for (let i = starts[r]!, end = starts[r + 1]!; i < end; i++) found[postings[i]!]! |= bit
    }
    if (matching.length * Math.log2(ids.length + 2) < ids.length) {
      for (const id of matching) {
        const r = rankIn(ids, id)
        if (r >= 0) mark(r, bits[id]!)
      }
      continue
    }
    for (let r = 0; r < ids.length; r++) {
      const bit = bits[ids[r]!]!
      if (bit !== 0) mark(r, bit)
    }
  }
}

/**
 * The per-query arrays of textMask, kept from one query to the next: at 100k rows a text query
 * allocated 500 KB of them (hits, and the bits found per row), which the Worker's garbage
 * collector then paused to reclaim, a few keys later, inside some key's answer. A query is
 * answered synchronously (runIncidentQuery), so one set serves every query in turn.
 */
let hitsScratch = new Uint8Array(0)
let foundScratch = new Uint32Array(0)

/** A scratch array of at least `length` items: the kept one, or a larger one that replaces it. */
function scratchOf<T extends Uint8Array | Uint32Array>(
  kept: T,
  length: number,
  create: (capacity: number) => T
): T {
  return kept.length >= length ? kept : create(Math.max(length, Math.ceil(kept.length * 1.25)))
}

/**
 * 1 for the positions whose words start with every query word (in the first `cache.size` items
 * of the array returned, a scratch array valid until the next call). Indexed rows are decided on
 * the segments' postings; rows changed since they were indexed, and rows past the index, on
 * their own words.
 */
function textMask(cache: RegisterCache, words: string[]): Uint8Array {
  const index = wordIndexOf(cache)
  const length = cache.size
  const indexed = Math.min(index.size, length)
  // Every position below `length` is written by the first group: no clearing needed.
  const hits = (hitsScratch = scratchOf(hitsScratch, length, (n) => new Uint8Array(n)))
  const c = cache.columns
  const textWords = cache.textWords
  for (let group = 0; group < words.length; group += 32) {
    const part = words.slice(group, group + 32)
    const { bits, matching } = prefixBits(cache, part)
    const wanted = (part.length === 32 ? 0xffffffff : (1 << part.length) - 1) >>> 0
    const direct = (pos: number): number => {
      let found = 0
      for (let k = c.textStart[pos]!, end = k + c.textLength[pos]!; k < end; k++) {
        found |= bits[textWords[k]!]!
      }
      return found >>> 0
    }
    // The first group decides; later groups can only rule a row out.
    const decide = (pos: number, found: number) => {
      const match = found === wanted
      if (group === 0) hits[pos] = match ? 1 : 0
      else if (!match) hits[pos] = 0
    }
    try {
      foundScratch = scratchOf(foundScratch, indexed, (n) => new Uint32Array(n))
      // All of it: postings past `indexed` (an index longer than the rows) land there too.
      const found = foundScratch.fill(0)
      collectPostings(index, bits, matching, found)
      for (const pos of index.dirty) if (pos < indexed) found[pos] = direct(pos)
      for (let pos = 0; pos < indexed; pos++) decide(pos, found[pos]!)
      for (let pos = indexed; pos < length; pos++) decide(pos, direct(pos))
    } finally {
      clearBits(bits, matching)
    }
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

/** Instants in ascending order, absent (NaN) last; ties are 0. */
function compareInstants(x: number, y: number): number {
  if (x === y || (x !== x && y !== y)) return 0
  if (x !== x) return 1
  if (y !== y) return -1
  return x - y
}

/** The register's reference order on rows (the tie-break of every sort key). */
export function compareByReference(
  a: Pick<IncidentIndexRow, 'refNumber' | 'reference' | 'id'>,
  b: Pick<IncidentIndexRow, 'refNumber' | 'reference' | 'id'>
): number {
  return (
    a.refNumber - b.refNumber ||
    compareOptional(a.reference, b.reference) ||
    compareOptional(a.id, b.id)
  )
}

/** The order of a sort key on positions, ties broken by reference then id (as compareByReference). */
function comparator(cache: RegisterCache, key: IncidentSortKey): (a: number, b: number) => number {
  const c = cache.columns
  const refs = cache.references
  const ids = cache.ids
  const byRef = (a: number, b: number) =>
    c.refNumber[a]! - c.refNumber[b]! ||
    compareOptional(refs[a], refs[b]) ||
    compareOptional(ids[a], ids[b])
  switch (key) {
    case 'reference':
      return byRef
    case 'title':
      return (a, b) => compareOptional(titleKeyAt(cache, a), titleKeyAt(cache, b)) || byRef(a, b)
    case 'status':
      return (a, b) => c.status[a]! - c.status[b]! || byRef(a, b)
    default: {
      // UTC ISO instants sort like their milliseconds.
      const column = c.instants[key]
      return (a, b) => compareInstants(column[a]!, column[b]!) || byRef(a, b)
    }
  }
}

/**
 * First sort of a key after a full load: compares pre-extracted numbers or strings (the
 * reference and title keys) before falling back to the full comparator on ties.
 */
function initialSort(cache: RegisterCache, key: IncidentSortKey): Int32Array {
  const compare = comparator(cache, key)
  const positions = new Int32Array(cache.size)
  for (let pos = 0; pos < positions.length; pos++) positions[pos] = pos
  if (key === 'reference') {
    const ref = cache.columns.refNumber
    return positions.sort((a, b) => ref[a]! - ref[b]! || compare(a, b))
  }
  if (key === 'title') {
    const keys = Array.from(positions, (pos) => titleKeyAt(cache, pos))
    return positions.sort((a, b) => {
      const x = keys[a]!
      const y = keys[b]!
      return x < y ? -1 : x > y ? 1 : compare(a, b)
    })
  }
  return positions.sort(compare)
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
  const causeMask = (query.causeKinds ?? []).reduce(
    (m, c) => m | (1 << internString(cache.causes, c)),
    0
  )
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
  const rangeColumn = range ? cache.columns.instants[range.field] : undefined
  const from = range?.from ? dayBound(range.from, false) : Number.NEGATIVE_INFINITY
  const to = range?.to ? dayBound(range.to, true) : Number.POSITIVE_INFINITY
  const now = query.now ? Date.parse(query.now) : Date.now()
  const overdue = query.overdue
  const { status, cause, breach, flags: flagColumn, instants } = cache.columns
  const nextDue = instants.nextDueAt
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
      if (total >= offset && items.length < limit) items.push(itemAt(cache, pos))
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
  // Its order is kept chunk by chunk for the rest of the read (see mergeChunkSorted).
  cache.keepSorted.add(sort.key)
  const compare = comparator(cache, sort.key)
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
    return sign * compare(a, b)
  }
  const wanted = offset + limit
  const best: number[] = []
  let total = 0
  for (let pos = 0; pos < cache.size; pos++) {
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
  const items = best.slice(offset, wanted).map((pos) => itemAt(cache, pos))
  return { items, total, partial: { loaded: cache.size, expected: cache.expected } }
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
  // Ties in the cache's order (by reference), as runIncidentQuery gives them: the rows are
  // sorted in a scratch register of their own.
  const page = newCache()
  rows.forEach((row, i) => append(page, row, opened[i]))
  const positions = Array.from(rows, (_row, pos) => pos).sort(
    comparator(page, (query.sort ?? DEFAULT_SORT).key)
  )
  if (plan.direction === 'desc') positions.reverse()
  return { items: positions.slice(0, plan.limit).map((pos) => itemAt(page, pos)), total }
}
