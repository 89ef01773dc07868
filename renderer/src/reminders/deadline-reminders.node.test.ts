import { describe, expect, it } from 'vitest'

import { HOUR_MS, dueReminders, nextDeadline, reminderKey } from './deadline-reminders'
import type { DueItem } from './deadline-reminders'

const NOW = Date.parse('2026-11-29T12:00:00Z')
const item = (id: string, hoursLeft: number): DueItem => ({
  incidentId: id,
  reference: `INC-${id}`,
  title: id,
  dueAt: new Date(NOW + hoursLeft * HOUR_MS).toISOString()
})

describe('deadline reminders', () => {
  it('shows the earliest deadline, an overdue one first', () => {
    expect(nextDeadline([item('a', 30), item('b', -1), item('c', 5)])?.incidentId).toBe('b')
    expect(nextDeadline([])).toBeUndefined()
  })

  it('reminds at 24 h, then at 2 h, never twice, never for a passed or far deadline', () => {
    const items = [item('far', 30), item('day', 23), item('soon', 1.5), item('past', -1)]
    const first = dueReminders(items, NOW, new Set())
    expect(first.map((r) => [r.item.incidentId, r.threshold])).toEqual([
      ['day', 24],
      ['soon', 2]
    ])
    const given = new Set(first.map((r) => r.key))
    expect(dueReminders(items, NOW, given)).toEqual([])
    // 22 hours later "day" is 1 h away: its 2-hour reminder comes, and "far" its 24-hour one.
    const later = dueReminders(items, NOW + 22 * HOUR_MS, given)
    expect(later.map((r) => [r.item.incidentId, r.threshold])).toEqual([
      ['far', 24],
      ['day', 2]
    ])
    expect(later[1]?.key).toBe(reminderKey(items[1]!, 2))
  })
})
