import { describe, expect, it } from 'vitest'

import { zoneOffsetMs } from '@shared/time/time-zone'

import {
  formatClockTime,
  formatDateTime,
  instantToWallInput,
  wallInputToInstant
} from './zoned-time'

describe('zoned time', () => {
  it('reads an instant as Paris wall time in winter and summer', () => {
    expect(instantToWallInput('2026-11-20T09:30:00Z', 'Europe/Paris')).toBe('2026-11-20T10:30')
    expect(instantToWallInput('2026-07-14T09:30:00Z', 'Europe/Paris')).toBe('2026-07-14T11:30')
    expect(instantToWallInput('2026-07-14T09:30:00Z', 'America/New_York')).toBe('2026-07-14T05:30')
  })

  it('turns typed wall time back into the same instant', () => {
    expect(wallInputToInstant('2026-11-20T10:30', 'Europe/Paris')).toBe('2026-11-20T09:30:00.000Z')
    expect(wallInputToInstant('2026-07-14T11:30', 'Europe/Paris')).toBe('2026-07-14T09:30:00.000Z')
    expect(wallInputToInstant('2026-01-01T00:00', 'Asia/Tokyo')).toBe('2025-12-31T15:00:00.000Z')
  })

  it('round-trips every hour across the DST changes of 2026', () => {
    for (
      let ms = Date.parse('2026-03-28T00:00Z');
      ms < Date.parse('2026-03-30T00:00Z');
      ms += 900_000
    ) {
      const iso = new Date(ms).toISOString()
      const wall = instantToWallInput(iso, 'Europe/Paris')
      expect(instantToWallInput(wallInputToInstant(wall, 'Europe/Paris')!, 'Europe/Paris')).toBe(
        wall
      )
    }
    for (
      let ms = Date.parse('2026-10-24T00:00Z');
      ms < Date.parse('2026-10-26T00:00Z');
      ms += 900_000
    ) {
      const iso = new Date(ms).toISOString()
      const wall = instantToWallInput(iso, 'Europe/Paris')
      expect(instantToWallInput(wallInputToInstant(wall, 'Europe/Paris')!, 'Europe/Paris')).toBe(
        wall
      )
    }
  })

  it('takes the first of a repeated autumn hour and moves a skipped spring hour forward', () => {
    // 02:30 happens twice on 25 Oct 2026 in Paris (CEST then CET).
    expect(wallInputToInstant('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z')
    // 02:30 does not exist on 29 Mar 2026 in Paris.
    expect(wallInputToInstant('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z')
  })

  it('refuses incomplete input instead of guessing', () => {
    expect(wallInputToInstant('', 'Europe/Paris')).toBeUndefined()
    expect(wallInputToInstant('2026-11-20', 'Europe/Paris')).toBeUndefined()
    expect(instantToWallInput('not a date', 'Europe/Paris')).toBe('')
  })

  it('knows the offset and formats for people', () => {
    expect(zoneOffsetMs(Date.parse('2026-11-20T09:30:00Z'), 'Europe/Paris')).toBe(3_600_000)
    expect(formatDateTime('2026-11-20T09:30:00Z', 'en', 'Europe/Paris')).toContain('10:30')
    expect(formatDateTime('2026-11-20T09:30:00Z', 'fr', 'Europe/Paris')).toMatch(/20 nov\. 2026/)
    // Formatters are cached: each zone and language still gets its own.
    expect(formatDateTime('2026-11-20T09:30:00Z', 'en', 'America/New_York')).toContain('04:30')
    expect(formatClockTime(Date.parse('2026-11-20T09:30:05Z'), 'fr', 'Europe/Paris')).toBe(
      '10:30:05'
    )
    expect(formatClockTime(Date.parse('2026-11-20T09:30:05Z'), 'fr', 'Asia/Tokyo')).toBe('18:30:05')
  })
})

describe('a year below 100 typed in a date input', () => {
  it('stays that year (the schema then refuses it), never 19xx', () => {
    expect(wallInputToInstant('0026-05-01T10:30', 'UTC')).toBe('0026-05-01T10:30:00.000Z')
    expect(wallInputToInstant('0099-12-31T23:00', 'Europe/Paris')?.startsWith('0099-12-31')).toBe(
      true
    )
    expect(instantToWallInput('0026-05-01T10:30:00.000Z', 'UTC')).toBe('0026-05-01T10:30')
  })
})
