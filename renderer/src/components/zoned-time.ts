/**
 * Wall-clock time in an IANA time zone <-> ISO instants, for the date-time inputs.
 *
 * Incidents store instants (ISO 8601, UTC); the user types and reads the wall time of the
 * incident's time zone (the user's own zone when the draft was created), whatever zone the
 * computer happens to be in later.
 */

type WallParts = { year: number; month: number; day: number; hour: number; minute: number }

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
    partsFormatters.set(timeZone, formatter)
  }
  return formatter
}

function wallPartsAt(epochMs: number, timeZone: string): WallParts & { second: number } {
  const values: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value)
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0
  }
}

/** Offset of the zone from UTC at that instant, in ms (Paris in winter: +3,600,000). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wall = wallPartsAt(epochMs, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return asUtc - Math.floor(epochMs / 1000) * 1000
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

/** `2026-11-20T09:30:00Z`, 'Europe/Paris' -> `2026-11-20T10:30` (the value of a datetime-local input). */
export function instantToWallInput(iso: string, timeZone: string): string {
  const epochMs = Date.parse(iso)
  if (Number.isNaN(epochMs)) return ''
  const wall = wallPartsAt(epochMs, timeZone)
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
  const wallAsUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!)
  if (Number.isNaN(wallAsUtc)) return undefined
  // Two passes settle the offset on both sides of a DST change.
  let guess = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone)
  guess = wallAsUtc - zoneOffsetMs(guess, timeZone)
  const earlier = wallAsUtc - zoneOffsetMs(guess - 3_600_000, timeZone)
  if (
    earlier < guess &&
    instantToWallInput(new Date(earlier).toISOString(), timeZone) === value.slice(0, 16)
  ) {
    guess = earlier
  }
  return new Date(guess).toISOString()
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

/** A date and time for people: `ven. 20 nov. 2026, 10:30` / `Fri 20 Nov 2026, 10:30`. */
export function formatDateTime(iso: string, language: 'fr' | 'en', timeZone: string): string {
  const epochMs = Date.parse(iso)
  if (Number.isNaN(epochMs)) return iso
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit'
  }).format(new Date(epochMs))
}

/** `10:30:05` in the given zone, for the save status. */
export function formatClockTime(epochMs: number, language: 'fr' | 'en', timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23'
  }).format(new Date(epochMs))
}
