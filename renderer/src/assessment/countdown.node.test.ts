import { describe, expect, it } from 'vitest'

import { splitDuration, urgencyOf } from './countdown'

const NOW = Date.parse('2026-11-25T12:00:00Z')

describe('urgencyOf', () => {
  it('is ok with more than a day left, near under 24 h, overdue once passed', () => {
    expect(urgencyOf({ dueAt: '2026-11-26T12:30:00Z', status: 'pending' }, NOW)).toBe('ok')
    expect(urgencyOf({ dueAt: '2026-11-26T11:30:00Z', status: 'pending' }, NOW)).toBe('near')
    expect(urgencyOf({ dueAt: '2026-11-25T11:59:00Z', status: 'pending' }, NOW)).toBe('overdue')
  })

  it('trusts the rules for overdue and done', () => {
    expect(urgencyOf({ dueAt: '2026-11-30T12:00:00Z', status: 'overdue' }, NOW)).toBe('overdue')
    expect(urgencyOf({ dueAt: '2026-11-20T12:00:00Z', status: 'done' }, NOW)).toBe('done')
  })
})

describe('splitDuration', () => {
  it('uses days and hours, then hours and minutes, then minutes, rounding down', () => {
    expect(splitDuration(2 * 86_400_000 + 5 * 3_600_000 + 59_999)).toEqual({
      unit: 'days',
      d: 2,
      h: 5
    })
    expect(splitDuration(3 * 3_600_000 + 7 * 60_000 + 59_000)).toEqual({
      unit: 'hours',
      h: 3,
      m: 7
    })
    expect(splitDuration(59_000)).toEqual({ unit: 'minutes', m: 0 })
    expect(splitDuration(-90 * 60_000)).toEqual({ unit: 'hours', h: 1, m: 30 })
  })
})
