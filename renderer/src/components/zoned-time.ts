/**
 * Wall-clock time in an IANA time zone <-> ISO instants, for the date-time inputs.
 *
 * Incidents store instants (ISO 8601, UTC); the user types and reads the wall time of the
 * incident's time zone (the user's own zone when the draft was created), whatever zone the
 * computer happens to be in later. The zone arithmetic itself is shared/time/time-zone.ts, the
 * same code the deadlines are computed with.
 */
import { localParts, zonedTimeToMs } from '@shared/time/time-zone'

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

/** `2026-11-20T09:30:00Z`, 'Europe/Paris' -> `2026-11-20T10:30` (the value of a datetime-local input). */
export function instantToWallInput(iso: string, timeZone: string): string {
  const epochMs = Date.parse(iso)
  if (Number.isNaN(epochMs)) return ''
  const wall = localParts(epochMs, timeZone)
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`
}

const WALL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * `2026-11-20T10:30` typed in 'Europe/Paris' -> `2026-11-20T09:30:00.000Z`; undefined when the
 * text is not a complete date-time. A wall time skipped by a DST change maps to the instant
 * one offset later, a repeated one to its first occurrence.
 */
export function wallInputToInstant(value: string, timeZone: string): string | undefined {
  const match = WALL_INPUT.exec(value)
  if (match === null) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  if (Number.isNaN(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!))) return undefined
  const key = `${match[1]}-${match[2]}-${match[3]}`
  return new Date(zonedTimeToMs(key, timeZone, hour, minute, second)).toISOString()
}

/** The computer's zone, falling back to Paris (most users) when the runtime cannot tell. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris'
  } catch {
    return 'Europe/Paris'
  }
}

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const

// Building an Intl.DateTimeFormat costs ~50x a format() call, and the live assessment panel
// formats a dozen dates on every keystroke: one formatter per kind, language and zone.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(
  kind: 'dateTime' | 'clock',
  language: 'fr' | 'en',
  timeZone: string
): Intl.DateTimeFormat {
  const key = `${kind}|${language}|${timeZone}`
  let found = formatters.get(key)
  if (found === undefined) {
    found = new Intl.DateTimeFormat(
      LOCALES[language],
      kind === 'dateTime'
        ? {
            timeZone,
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit'
          }
        : { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }
    )
    formatters.set(key, found)
  }
  return found
}

/** A date and time for people: `ven. 20 nov. 2026, 10:30` / `Fri 20 Nov 2026, 10:30`. */
export function formatDateTime(iso: string, language: 'fr' | 'en', timeZone: string): string {
  const epochMs = Date.parse(iso)
  if (Number.isNaN(epochMs)) return iso
  return formatter('dateTime', language, timeZone).format(epochMs)
}

/** `10:30:05` in the given zone, for the save status. */
export function formatClockTime(epochMs: number, language: 'fr' | 'en', timeZone: string): string {
  return formatter('clock', language, timeZone).format(epochMs)
}
