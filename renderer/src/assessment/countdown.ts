/**
 * How a deadline looks right now. The deadline itself (due instant, status) comes from
 * shared/assessment; this only decides the colour and splits the time left for display.
 */

export type Urgency = 'done' | 'ok' | 'near' | 'overdue'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Orange under 24 hours: for deadlines in working days that is less than one working day. */
export const NEAR_THRESHOLD_MS = DAY

export function urgencyOf(
  deadline: { dueAt: string; status: 'done' | 'pending' | 'overdue' },
  nowMs: number
): Urgency {
  if (deadline.status === 'done') return 'done'
  const left = Date.parse(deadline.dueAt) - nowMs
  if (deadline.status === 'overdue' || left < 0) return 'overdue'
  return left < NEAR_THRESHOLD_MS ? 'near' : 'ok'
}

export type DurationParts =
  | { unit: 'days'; d: number; h: number }
  | { unit: 'hours'; h: number; m: number }
  | { unit: 'minutes'; m: number }

/** Absolute duration, rounded down to the minute (a countdown must never look later than it is). */
export function splitDuration(ms: number): DurationParts {
  const total = Math.floor(Math.abs(ms) / 60_000)
  const d = Math.floor(total / (24 * 60))
  const h = Math.floor((total % (24 * 60)) / 60)
  const m = total % 60
  if (d > 0) return { unit: 'days', d, h }
  if (h > 0) return { unit: 'hours', h, m }
  return { unit: 'minutes', m }
}

/** Dark tones so that white badge text and coloured text on white pass WCAG AA (≥ 4.5:1). */
export const URGENCY_COLORS: Record<Urgency, string> = {
  done: '#2b6b3f',
  ok: '#364fc7',
  near: '#a63c00',
  overdue: '#b02525'
}
