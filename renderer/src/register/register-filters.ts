/**
 * What the register's search box, filters and sort select mean as a database query. Pure, so a
 * node test can name every case without a DOM or a database.
 */
import type { BreachType, CauseKind } from '@shared/model'

import { NEAR_THRESHOLD_MS } from '../assessment/countdown'
import { wallInputToInstant } from '../components/zoned-time'
import type { IncidentQuery, IncidentSortKey, IncidentStatus } from '../db/types'

export type RegisterSort = 'updated' | 'occurred' | 'reference' | 'deadline'

export type RegisterFilters = {
  text: string
  statuses: IncidentStatus[]
  cause: CauseKind | ''
  breachType: BreachType | ''
  /** YYYY-MM-DD, inclusive, on the date the incident occurred. */
  from: string
  to: string
  notified: 'any' | 'yes' | 'no'
  overdueOnly: boolean
}

export const EMPTY_FILTERS: RegisterFilters = {
  text: '',
  statuses: [],
  cause: '',
  breachType: '',
  from: '',
  to: '',
  notified: 'any',
  overdueOnly: false
}

export const REGISTER_SORTS: readonly RegisterSort[] = [
  'updated',
  'occurred',
  'reference',
  'deadline'
]

const SORTS: Record<RegisterSort, { key: IncidentSortKey; direction: 'asc' | 'desc' }> = {
  // Most recent first for dates people look back on; soonest first for what is due.
  updated: { key: 'updatedAt', direction: 'desc' },
  occurred: { key: 'occurredAt', direction: 'desc' },
  reference: { key: 'reference', direction: 'asc' },
  deadline: { key: 'nextDueAt', direction: 'asc' }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Filters that narrow the list (the text box is counted apart: it shows in the box itself). */
export function countActiveFilters(filters: RegisterFilters): number {
  let count = 0
  if (filters.statuses.length > 0) count++
  if (filters.cause !== '') count++
  if (filters.breachType !== '') count++
  if (DAY.test(filters.from) || DAY.test(filters.to)) count++
  if (filters.notified !== 'any') count++
  if (filters.overdueOnly) count++
  return count
}

/** Midnight starting that day in the user's zone, as an instant. */
function startOfDay(day: string, timeZone: string): string | undefined {
  return wallInputToInstant(`${day}T00:00`, timeZone)
}

/** The last millisecond of that day in the user's zone (a day may last 23 or 25 hours). */
function endOfDay(day: string, timeZone: string): string | undefined {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  const start = startOfDay(next, timeZone)
  return start === undefined ? undefined : new Date(Date.parse(start) - 1).toISOString()
}

/** The dates typed in the filters are days of the user's zone, not of UTC. */
export function toIncidentQuery(
  filters: RegisterFilters,
  sort: RegisterSort,
  context: { now: string; timeZone: string }
): IncidentQuery {
  const query: IncidentQuery = { sort: SORTS[sort], deleted: 'exclude' }
  // By next deadline, a closed incident's old deadlines are not what is due: they go last.
  if (sort === 'deadline') query.closedLast = true
  const text = filters.text.trim()
  if (text !== '') query.text = text
  if (filters.statuses.length > 0) query.status = [...filters.statuses]
  if (filters.cause !== '') query.causeKinds = [filters.cause]
  if (filters.breachType !== '') query.breachTypes = [filters.breachType]
  const from = DAY.test(filters.from) ? startOfDay(filters.from, context.timeZone) : undefined
  const to = DAY.test(filters.to) ? endOfDay(filters.to, context.timeZone) : undefined
  if (from !== undefined || to !== undefined) {
    query.dateRange = { field: 'occurredAt' }
    if (from !== undefined) query.dateRange.from = from
    if (to !== undefined) query.dateRange.to = to
  }
  if (filters.notified !== 'any') query.authorityNotified = filters.notified === 'yes'
  if (filters.overdueOnly) {
    query.overdue = true
    query.now = context.now
  }
  return query
}

export type DeadlineTone = 'none' | 'ok' | 'near' | 'overdue'

/** Orange under the same threshold as the assessment panel's countdowns. */
export const NEAR_MS = NEAR_THRESHOLD_MS

export function deadlineTone(dueAt: string | undefined, nowMs: number): DeadlineTone {
  if (dueAt === undefined) return 'none'
  const due = Date.parse(dueAt)
  if (Number.isNaN(due)) return 'none'
  const left = due - nowMs
  if (left < 0) return 'overdue'
  if (left < NEAR_MS) return 'near'
  return 'ok'
}
