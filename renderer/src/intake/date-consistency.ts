/**
 * Dates of the timeline that contradict each other. Flagged next to the field, never fixed:
 * the user knows which of the two is wrong, we do not (and a silently "corrected" awareness
 * date would move the 72-hour deadline of GDPR Art. 33(1)).
 *
 * shared/model validates each date on its own; these checks need several events together.
 */
import type { TimelineEvent, TimelineEventKind } from '@shared/model'

export type DateIssueCode =
  | 'detectedBeforeOccurred'
  | 'awareBeforeDetected'
  | 'awareBeforeOccurred'
  | 'beforeOccurred'
  | 'beforeDetected'
  | 'inFuture'

export type DateIssue = {
  eventId: string
  code: DateIssueCode
  /** The instant this event contradicts (absent for `inFuture`). */
  otherAt?: string
}

/** Steps that can only be taken once the incident was noticed. */
const AFTER_DETECTION: ReadonlySet<TimelineEventKind> = new Set([
  'complaint_filed',
  'authority_notified',
  'persons_informed',
  'insurer_notified',
  'ars_reported',
  'closed'
])

/** A clock a few minutes fast must not turn "just now" into "in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000

function earliest(events: readonly TimelineEvent[], kind: TimelineEventKind) {
  let best: { at: string; ms: number } | undefined
  for (const event of events) {
    if (event.kind !== kind) continue
    const ms = Date.parse(event.at)
    if (Number.isNaN(ms)) continue
    if (best === undefined || ms < best.ms) best = { at: event.at, ms }
  }
  return best
}

export function checkTimelineDates(events: readonly TimelineEvent[], nowMs: number): DateIssue[] {
  const issues: DateIssue[] = []
  const occurred = earliest(events, 'occurred')
  const detected = earliest(events, 'detected')
  for (const event of events) {
    const ms = Date.parse(event.at)
    if (Number.isNaN(ms)) continue
    if (ms > nowMs + FUTURE_TOLERANCE_MS) {
      issues.push({ eventId: event.id, code: 'inFuture' })
      continue
    }
    switch (event.kind) {
      case 'occurred':
        break
      case 'detected':
        if (occurred && ms < occurred.ms) {
          issues.push({ eventId: event.id, code: 'detectedBeforeOccurred', otherAt: occurred.at })
        }
        break
      case 'aware':
        if (detected && ms < detected.ms) {
          issues.push({ eventId: event.id, code: 'awareBeforeDetected', otherAt: detected.at })
        } else if (occurred && ms < occurred.ms) {
          issues.push({ eventId: event.id, code: 'awareBeforeOccurred', otherAt: occurred.at })
        }
        break
      default:
        if (occurred && ms < occurred.ms) {
          issues.push({ eventId: event.id, code: 'beforeOccurred', otherAt: occurred.at })
        } else if (AFTER_DETECTION.has(event.kind) && detected && ms < detected.ms) {
          issues.push({ eventId: event.id, code: 'beforeDetected', otherAt: detected.at })
        }
    }
  }
  return issues
}
