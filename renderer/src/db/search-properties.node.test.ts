/**
 * Property test of the in-memory register (./search.ts, stored by column): on random registers,
 * every query answers exactly what a naive scan of the stored rows answers, items included,
 * after the first load and again after random changes applied incrementally (re-sorted rows,
 * rows the word index no longer trusts) or through a full reload (a purge).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createRepository } from './repository'
import { openSentinelleDb, type SentinelleDb, type SummaryText } from './schema'
// normalizeText and searchWords are imported ON PURPOSE, not rewritten: they define what a word
// is (the same split wrote every stored `searchText`); what is under test is the column store,
// the word index and the queries over them, which the model below re-implements naively.
import {
  forgetRegisterCache,
  normalizeText,
  refreshRegisterCache,
  registerCacheOf,
  runIncidentQuery,
  searchWords
} from './search'
import type {
  AssessmentSummary,
  IncidentIndexRow,
  IncidentListItem,
  IncidentListResult,
  IncidentQuery,
  IncidentSortKey
} from './types'

/* The naive reference: one pass over the rows as stored, then a sort of the matches. */

// Summaries of a clear register.
type Stored = { row: IncidentIndexRow; summary?: { id: string; clear: SummaryText } }

const dayBound = (value: string, end: boolean) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? Date.parse(end ? `${value}T23:59:59.999Z` : `${value}T00:00:00.000Z`)
    : Date.parse(value)

function wordsOf({ row, summary }: Stored): string[] {
  return summary
    ? summary.clear.searchText.split(' ').filter((w) => w !== '')
    : searchWords(row.reference)
}

function accepts(stored: Stored, query: IncidentQuery): boolean {
  const { row } = stored
  const deleted = query.deleted ?? 'exclude'
  if (deleted === 'exclude' && row.deleted === 1) return false
  if (deleted === 'only' && row.deleted === 0) return false
  if (query.status?.length && !query.status.includes(row.status)) return false
  if (query.causeKinds?.length && !query.causeKinds.includes(row.causeKind)) return false
  if (query.breachTypes?.length && !row.breachTypes.some((b) => query.breachTypes!.includes(b)))
    return false
  for (const flag of ['authorityNotified', 'personsInformed', 'insurerNotified'] as const) {
    if (query[flag] !== undefined && (row[flag] === 1) !== query[flag]) return false
  }
  if (query.dateRange) {
    const { field, from, to } = query.dateRange
    const value = row[field] === undefined ? Number.NaN : Date.parse(row[field])
    const low = from ? dayBound(from, false) : Number.NEGATIVE_INFINITY
    const high = to ? dayBound(to, true) : Number.POSITIVE_INFINITY
    if (!(value >= low && value <= high)) return false
  }
  if (query.overdue !== undefined) {
    const due = row.nextDueAt === undefined ? Number.NaN : Date.parse(row.nextDueAt)
    const now = Date.parse(query.now!)
    if ((row.status !== 'closed' && due < now) !== query.overdue) return false
  }
  const words = [...new Set(searchWords(query.text ?? ''))]
  const own = wordsOf(stored)
  return words.every((word) => own.some((w) => w.startsWith(word)))
}

const ms = (value: string | undefined) => (value === undefined ? Number.NaN : Date.parse(value))
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0)

function compare(key: IncidentSortKey, a: Stored, b: Stored): number {
  const byRef =
    a.row.refNumber - b.row.refNumber ||
    cmp(a.row.reference, b.row.reference) ||
    cmp(a.row.id, b.row.id)
  if (key === 'reference') return byRef
  if (key === 'title')
    return (
      cmp(
        normalizeText(a.summary?.clear.title ?? ''),
        normalizeText(b.summary?.clear.title ?? '')
      ) || byRef
    )
  if (key === 'status') {
    const order = { draft: 0, open: 1, closed: 2 }
    return order[a.row.status] - order[b.row.status] || byRef
  }
  // Instants by their time, absent last.
  const x = ms(a.row[key])
  const y = ms(b.row[key])
  if (Number.isNaN(x) || Number.isNaN(y))
    return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || byRef
  return x - y || byRef
}

function itemOf({ row, summary }: Stored): IncidentListItem {
  return {
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
    title: summary?.clear.title ?? '',
    client: summary?.clear.client ?? ''
  }
}

function naive(register: Stored[], query: IncidentQuery): IncidentListResult {
  const sort = query.sort ?? { key: 'updatedAt', direction: 'desc' }
  const ascending = register
    .filter((stored) => accepts(stored, query))
    .sort((a, b) => compare(sort.key, a, b))
  const ordered = sort.direction === 'asc' ? ascending : ascending.reverse()
  const all = query.closedLast
    ? [
        ...ordered.filter((s) => s.row.status !== 'closed'),
        ...ordered.filter((s) => s.row.status === 'closed')
      ]
    : ordered
  const offset = query.offset ?? 0
  const end = query.limit === undefined ? undefined : offset + query.limit
  return { items: all.slice(offset, end).map(itemOf), total: all.length }
}

/* Random registers and queries */

// Words and prefixes that share beginnings, so that prefix ranges hold several words.
const WORDS = ['a', 'ab', 'abc', 'abd', 'b', 'ba', 'be', 'zebre', 'zebu', 'inc', '7', '0007', '42']
const QUERY_WORDS = ['a', 'AB', 'abc', 'Bé', 'z', 'zèb', 'inc', '0', '7', '42', 'q', 'É', 'a-b']
// Canonical instants and others written differently (kept as written).
const INSTANTS = [
  '2026-01-01T00:00:00.000Z',
  '2026-01-01T00:00:00Z',
  '2026-01-01T01:00:00+01:00',
  '2026-01-02T23:59:59.999Z',
  '2025-12-31T12:00:00.000Z',
  '2026-02-01T08:30:00.000Z',
  '0026-03-01T00:00:00.000Z',
  '2026-01-31T23:00:00.000Z',
  // Parsed, but rolled over: kept as written.
  '2026-02-30T00:00:00.000Z',
  '2026-01-01T24:00:00.000Z',
  'not a date'
]
const DAYS = ['2025-12-31', '2026-01-01', '2026-01-02', '2026-02-01']

const instant = fc.constantFrom(...INSTANTS)
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const bit = fc.constantFrom<0 | 1>(0, 1)

const assessment: fc.Arbitrary<AssessmentSummary> = fc
  .record({
    computedAt: instant,
    nextDueAt: optional(instant),
    ruleSet: fc.constantFrom('1', '2'),
    overdue: fc.nat(2)
  })
  .map(({ computedAt, nextDueAt, ruleSet, overdue }) => ({
    ruleSetVersion: ruleSet,
    computedAt,
    overdueCount: overdue,
    pendingCount: 1,
    gdprApplies: overdue > 0,
    duties: [{ id: 'art33', required: true, status: overdue > 0 ? 'overdue' : 'pending' }],
    coverage: [],
    ...(nextDueAt === undefined
      ? {}
      : { nextDueAt, nextDueLabel: { fr: 'Notification CNIL', en: 'CNIL notification' } })
  }))

type RowDraft = Omit<IncidentIndexRow, 'id' | 'rev'> & {
  summary?: { title: string; client: string; words: string[] }
}

const rowDraft: fc.Arbitrary<RowDraft> = fc.record({
  reference: fc.constantFrom('INC-0007', 'INC-0042', 'INC-42', 'REF-A'),
  refNumber: fc.integer({ min: 1, max: 5 }),
  status: fc.constantFrom('draft', 'open', 'closed'),
  createdAt: instant,
  updatedAt: instant,
  occurredAt: optional(instant),
  awareAt: optional(instant),
  causeKind: fc.constantFrom('human_error', 'loss_theft', 'cyberattack', 'other'),
  breachTypes: fc.subarray(['confidentiality', 'integrity', 'availability'] as const),
  policyIds: fc.subarray(['p1', 'p2']),
  authorityNotified: bit,
  personsInformed: bit,
  insurerNotified: bit,
  nextDueAt: optional(instant),
  deleted: bit,
  deletedAt: optional(instant),
  assessment: optional(assessment),
  summary: optional(
    fc.record({
      title: fc.constantFrom('Éloïse', 'eloise', 'Zèbre perdu', 'abc', 'Abc', ''),
      client: fc.constantFrom('Cabinet A', ''),
      words: fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 5 })
    })
  )
})

const query: fc.Arbitrary<IncidentQuery> = fc
  .record(
    {
      text: fc.array(fc.constantFrom(...QUERY_WORDS), { maxLength: 3 }).map((w) => w.join(' ')),
      status: fc.subarray(['draft', 'open', 'closed'] as const),
      causeKinds: fc.subarray(['human_error', 'cyberattack', 'other'] as const),
      breachTypes: fc.subarray(['confidentiality', 'availability'] as const),
      dateRange: fc.record(
        {
          field: fc.constantFrom('occurredAt', 'awareAt', 'createdAt', 'updatedAt'),
          from: fc.constantFrom(...DAYS, ...INSTANTS),
          to: fc.constantFrom(...DAYS)
        },
        { requiredKeys: ['field'] }
      ),
      authorityNotified: fc.boolean(),
      personsInformed: fc.boolean(),
      insurerNotified: fc.boolean(),
      overdue: fc.boolean(),
      deleted: fc.constantFrom('exclude', 'include', 'only'),
      sort: fc.record({
        key: fc.constantFrom<IncidentSortKey>(
          'reference',
          'updatedAt',
          'createdAt',
          'occurredAt',
          'awareAt',
          'nextDueAt',
          'title',
          'status'
        ),
        direction: fc.constantFrom('asc', 'desc')
      }),
      closedLast: fc.boolean(),
      offset: fc.nat(4),
      limit: fc.nat(6)
    },
    { requiredKeys: [] }
  )
  .map((q) => (q.overdue === undefined ? q : { ...q, now: '2026-01-02T00:00:00.000Z' }))

/* Writing a register */

let rev = 0

function stored(id: string, draft: RowDraft): Stored {
  const { summary, ...fields } = draft
  // References are unique in the table; refNumber may tie.
  const row: IncidentIndexRow = {
    ...fields,
    id,
    reference: `${fields.reference}/${id}`,
    rev: ++rev
  }
  // Absent optional fields are absent keys, as IndexedDB gives them back.
  for (const key of Object.keys(row) as (keyof IncidentIndexRow)[]) {
    if (row[key] === undefined) delete row[key]
  }
  return {
    row,
    summary: summary && {
      id,
      clear: {
        title: summary.title,
        client: summary.client,
        searchText: ` ${summary.words.join(' ')} `
      }
    }
  }
}

async function write(db: SentinelleDb, rows: Stored[], purged: string[] = []): Promise<void> {
  await db.transaction('rw', [db.incidents, db.summaries, db.meta], async () => {
    await db.incidents.bulkDelete(purged)
    await db.summaries.bulkDelete([...purged, ...rows.map((s) => s.row.id)])
    await db.incidents.bulkPut(rows.map((s) => s.row))
    await db.summaries.bulkPut(rows.flatMap((s) => (s.summary ? [s.summary] : [])))
    // Counts left stale: the register recomputes them (and notices a purge through them).
    await db.meta.put({ key: 'counters', lastRefNumber: 0, rev })
  })
}

const byId = (register: Map<string, Stored>) => [...register.values()]
const BY_REFERENCE: IncidentQuery = {
  deleted: 'exclude',
  sort: { key: 'reference', direction: 'asc' }
}

describe('the in-memory register (by column) answers like a naive scan', () => {
  it('after the first load, after incremental changes and after a purge', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowDraft, { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(60), rowDraft), { maxLength: 8 }),
        fc.array(query, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (drafts, changes, queries, purge) => {
          const db = await openSentinelleDb({ name: `search-props-${crypto.randomUUID()}` })
          try {
            const register = new Map<string, Stored>()
            drafts.forEach((draft, i) => register.set(`id-${i}`, stored(`id-${i}`, draft)))
            await write(db, byId(register))
            forgetRegisterCache(db)
            const check = async () => {
              // The export's order, from the index rows: no register built on that connection.
              const other = await openSentinelleDb({ name: db.name })
              expect(await createRepository(other).listIncidentIdsByReference()).toEqual(
                naive(byId(register), BY_REFERENCE).items.map((item) => item.id)
              )
              expect(registerCacheOf(other).size).toBe(0)
              other.close()
              const cache = await refreshRegisterCache(db)
              // Every row too, so that items built before a change are compared after it.
              for (const q of [{ deleted: 'include' } as const, ...queries]) {
                expect(runIncidentQuery(cache, q)).toStrictEqual(naive(byId(register), q))
              }
            }
            await check()
            // Changes to existing rows (re-sorted, words no longer trusted) and new rows.
            // One write per id, the last draft winning, as the model keeps it: two drafts of one
            // id in the same write would leave the first one's summary beside the second's row.
            const changed = new Map(
              changes.map(([n, draft]) => [`id-${n}`, stored(`id-${n}`, draft)])
            )
            for (const s of changed.values()) register.set(s.row.id, s)
            await write(db, [...changed.values()])
            await check()
            if (purge && register.size > 0) {
              const gone = [...register.keys()].filter((_id, i) => i % 3 === 0)
              for (const id of gone) register.delete(id)
              await write(db, [], gone)
              await check()
            }
          } finally {
            db.close()
            await db.delete()
          }
        }
      ),
      { numRuns: 60 }
    )
  }, 120_000)
})
