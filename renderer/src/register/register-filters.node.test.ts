import { describe, expect, it } from 'vitest'

import {
  EMPTY_FILTERS,
  NEAR_MS,
  countActiveFilters,
  deadlineTone,
  toIncidentQuery
} from './register-filters'

const context = { now: '2026-11-25T12:00:00.000Z', timeZone: 'Europe/Paris' }

describe('toIncidentQuery', () => {
  it('asks for every live incident, most recently changed first, when nothing is set', () => {
    expect(toIncidentQuery(EMPTY_FILTERS, 'updated', context)).toEqual({
      sort: { key: 'updatedAt', direction: 'desc' },
      deleted: 'exclude'
    })
    expect(countActiveFilters(EMPTY_FILTERS)).toBe(0)
  })

  it('sorts deadlines soonest first and references in order', () => {
    const byDeadline = toIncidentQuery(EMPTY_FILTERS, 'deadline', context)
    expect(byDeadline.sort).toEqual({ key: 'nextDueAt', direction: 'asc' })
    // A closed incident's old deadlines are not what is due.
    expect(byDeadline.closedLast).toBe(true)
    expect(toIncidentQuery(EMPTY_FILTERS, 'updated', context).closedLast).toBeUndefined()
    expect(toIncidentQuery(EMPTY_FILTERS, 'reference', context).sort).toEqual({
      key: 'reference',
      direction: 'asc'
    })
  })

  it('maps every filter and trims the search text', () => {
    const query = toIncidentQuery(
      {
        text: '  laptop  ',
        statuses: ['open', 'draft'],
        cause: 'loss_theft',
        breachType: 'confidentiality',
        from: '2026-03-01',
        to: '2026-03-31',
        notified: 'no',
        overdueOnly: true
      },
      'occurred',
      context
    )
    expect(query).toEqual({
      sort: { key: 'occurredAt', direction: 'desc' },
      deleted: 'exclude',
      text: 'laptop',
      status: ['open', 'draft'],
      causeKinds: ['loss_theft'],
      breachTypes: ['confidentiality'],
      // Paris is UTC+1 on 1 March and UTC+2 on 31 March (summer time from 29 March 2026).
      dateRange: {
        field: 'occurredAt',
        from: '2026-02-28T23:00:00.000Z',
        to: '2026-03-31T21:59:59.999Z'
      },
      authorityNotified: false,
      overdue: true,
      now: context.now
    })
  })

  it('ignores a half-typed date instead of filtering on it', () => {
    const query = toIncidentQuery({ ...EMPTY_FILTERS, from: '2026-0', to: '' }, 'updated', context)
    expect(query.dateRange).toBeUndefined()
    expect(countActiveFilters({ ...EMPTY_FILTERS, from: '2026-0' })).toBe(0)
  })

  it('counts each kind of filter once', () => {
    expect(
      countActiveFilters({
        ...EMPTY_FILTERS,
        text: 'ignored',
        statuses: ['open', 'closed'],
        from: '2026-01-01',
        to: '2026-02-01',
        notified: 'yes'
      })
    ).toBe(3)
  })
})

describe('deadlineTone', () => {
  const now = Date.parse(context.now)
  it('is red once the deadline has passed, orange within a day, calm otherwise', () => {
    expect(deadlineTone(undefined, now)).toBe('none')
    expect(deadlineTone('not a date', now)).toBe('none')
    expect(deadlineTone(new Date(now - 1).toISOString(), now)).toBe('overdue')
    expect(deadlineTone(new Date(now + NEAR_MS - 1).toISOString(), now)).toBe('near')
    expect(deadlineTone(new Date(now + NEAR_MS).toISOString(), now)).toBe('ok')
  })
})
