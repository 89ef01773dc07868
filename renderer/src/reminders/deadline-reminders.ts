/**
 * Which deadline the window title shows and which reminders are due, from the register's
 * stored summaries (each incident's earliest open deadline). Pure: the caller gives `now`,
 * the items and the reminders already given (kept across reloads, so none is given twice).
 *
 * A reminder is due when an open deadline is 24 hours away, then again at 2 hours. An app
 * started 10 hours before a deadline gives the 24-hour one at once (the user has had none);
 * one started 1 hour before gives only the 2-hour one.
 */
import type { Localized } from '@shared/model'

export const HOUR_MS = 3_600_000
export const REMINDER_THRESHOLDS_H = [24, 2] as const
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS_H)[number]

export type DueItem = {
  incidentId: string
  reference: string
  title: string
  dueAt: string
  label?: Localized
}

export type Reminder = { key: string; item: DueItem; threshold: ReminderThreshold }

/** The deadline to show first: the earliest one, overdue ones included (they matter most). */
export function nextDeadline(items: readonly DueItem[]): DueItem | undefined {
  let best: DueItem | undefined
  for (const item of items) {
    if (best === undefined || Date.parse(item.dueAt) < Date.parse(best.dueAt)) best = item
  }
  return best
}

export function reminderKey(item: DueItem, threshold: ReminderThreshold): string {
  return `${item.incidentId}|${item.dueAt}|${threshold}h`
}

export function dueReminders(
  items: readonly DueItem[],
  nowMs: number,
  given: ReadonlySet<string>
): Reminder[] {
  const out: Reminder[] = []
  for (const item of items) {
    const left = Date.parse(item.dueAt) - nowMs
    if (!(left > 0)) continue
    // The tightest threshold passed: at 1 h left the 2-hour reminder, not the 24-hour one too.
    const threshold = [...REMINDER_THRESHOLDS_H]
      .sort((a, b) => a - b)
      .find((hours) => left <= hours * HOUR_MS)
    if (threshold === undefined) continue
    const key = reminderKey(item, threshold)
    if (!given.has(key)) out.push({ key, item, threshold })
  }
  return out
}
