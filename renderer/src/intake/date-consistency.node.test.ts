import { describe, expect, it } from 'vitest'

import type { TimelineEvent } from '@shared/model'

import { checkTimelineDates } from './date-consistency'

const NOW = Date.parse('2026-11-25T12:00:00Z')
const ev = (id: string, kind: TimelineEvent['kind'], at: string): TimelineEvent => ({
  id,
  kind,
  at
})

describe('checkTimelineDates', () => {
  it('accepts a consistent timeline', () => {
    const timeline = [
      ev('o', 'occurred', '2026-11-20T08:00:00Z'),
      ev('d', 'detected', '2026-11-20T10:00:00Z'),
      ev('a', 'aware', '2026-11-20T12:00:00Z'),
      ev('c', 'contained', '2026-11-20T11:00:00Z'),
      ev('n', 'authority_notified', '2026-11-22T09:00:00Z')
    ]
    expect(checkTimelineDates(timeline, NOW)).toEqual([])
  })

  it('flags a discovery before the incident, on the discovery, naming the other date', () => {
    const timeline = [
      ev('o', 'occurred', '2026-11-20T08:00:00Z'),
      ev('d', 'detected', '2026-11-19T10:00:00Z')
    ]
    expect(checkTimelineDates(timeline, NOW)).toEqual([
      { eventId: 'd', code: 'detectedBeforeOccurred', otherAt: '2026-11-20T08:00:00Z' }
    ])
  })

  it('flags awareness before detection, and before the incident when nothing was detected', () => {
    expect(
      checkTimelineDates(
        [ev('d', 'detected', '2026-11-20T10:00:00Z'), ev('a', 'aware', '2026-11-20T09:00:00Z')],
        NOW
      )
    ).toEqual([{ eventId: 'a', code: 'awareBeforeDetected', otherAt: '2026-11-20T10:00:00Z' }])
    expect(
      checkTimelineDates(
        [ev('o', 'occurred', '2026-11-20T10:00:00Z'), ev('a', 'aware', '2026-11-20T09:00:00Z')],
        NOW
      )
    ).toEqual([{ eventId: 'a', code: 'awareBeforeOccurred', otherAt: '2026-11-20T10:00:00Z' }])
  })

  it('flags containment before the incident and a notification before detection', () => {
    const timeline = [
      ev('o', 'occurred', '2026-11-20T08:00:00Z'),
      ev('d', 'detected', '2026-11-21T08:00:00Z'),
      ev('c', 'contained', '2026-11-19T08:00:00Z'),
      ev('n', 'insurer_notified', '2026-11-20T09:00:00Z')
    ]
    expect(checkTimelineDates(timeline, NOW)).toEqual([
      { eventId: 'c', code: 'beforeOccurred', otherAt: '2026-11-20T08:00:00Z' },
      { eventId: 'n', code: 'beforeDetected', otherAt: '2026-11-21T08:00:00Z' }
    ])
  })

  it('allows containment before detection (an automatic block can precede the alert)', () => {
    const timeline = [
      ev('o', 'occurred', '2026-11-20T08:00:00Z'),
      ev('c', 'contained', '2026-11-20T09:00:00Z'),
      ev('d', 'detected', '2026-11-21T08:00:00Z')
    ]
    expect(checkTimelineDates(timeline, NOW)).toEqual([])
  })

  it('flags dates in the future but tolerates a clock a few minutes fast', () => {
    expect(checkTimelineDates([ev('o', 'occurred', '2026-11-25T12:03:00Z')], NOW)).toEqual([])
    expect(checkTimelineDates([ev('o', 'occurred', '2026-11-26T12:00:00Z')], NOW)).toEqual([
      { eventId: 'o', code: 'inFuture' }
    ])
  })

  it('compares instants, not strings in different offsets', () => {
    const timeline = [
      ev('o', 'occurred', '2026-11-20T10:00:00+01:00'),
      ev('d', 'detected', '2026-11-20T09:30:00Z')
    ]
    expect(checkTimelineDates(timeline, NOW)).toEqual([])
  })
})
