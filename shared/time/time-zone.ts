/**
 * Conversions between instants and local calendar days in an IANA time zone, through Intl only
 * (available in Node, Electron and browsers alike).
 */
import { addDays, utcMs } from './date-key'
import type { DateKey } from './date-key'

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
    formatters.set(timeZone, f)
  }
  return f
}

export type LocalDateTime = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export const toMs = (instant: string): number => {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant: ${instant}`)
  return ms
}

export const localParts = (ms: number, timeZone: string): LocalDateTime => {
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(ms)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const dateKeyOf = (p: LocalDateTime): DateKey => `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`

/** The local calendar day of an instant in a time zone. */
export const instantToDateKey = (instant: string | number, timeZone: string): DateKey =>
  dateKeyOf(localParts(typeof instant === 'number' ? instant : toMs(instant), timeZone))

/** Offset of the zone from UTC at an instant, in ms (Paris in winter: +3,600,000). */
export const zoneOffsetMs = (ms: number, timeZone: string): number => {
  const p = localParts(ms, timeZone)
  const asUtc = utcMs(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return asUtc - Math.floor(ms / 1000) * 1000
}

/**
 * The instant at which a local wall-clock time occurs. For a time skipped by a DST change, the
 * instant just after the gap; for a repeated time, the first occurrence.
 */
export const zonedTimeToMs = (
  key: DateKey,
  timeZone: string,
  hour = 0,
  minute = 0,
  second = 0
): number => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number]
  const wall = utcMs(y, m - 1, d, hour, minute, second)
  // Two passes settle the offset except in a DST gap, handled by taking the later candidate.
  const first = wall - zoneOffsetMs(wall, timeZone)
  const second2 = wall - zoneOffsetMs(first, timeZone)
  const occurs = (c: number) => c + zoneOffsetMs(c, timeZone) === wall
  let found: number | undefined
  if (first === second2) found = first
  else found = [first, second2].sort((a, b) => a - b).find(occurs)
  if (found === undefined) return Math.max(first, second2)
  // A repeated wall time (clocks set back) also occurs one offset change earlier: take that one.
  const earlier = wall - zoneOffsetMs(found - 3_600_000, timeZone)
  return earlier < found && occurs(earlier) ? earlier : found
}

/** Start of the local day (00:00) as an instant, in ms. */
export const startOfLocalDayMs = (key: DateKey, timeZone: string): number =>
  zonedTimeToMs(key, timeZone)

/** Last millisecond of the local day: a deadline "on day D" ends then. */
export const endOfLocalDayMs = (key: DateKey, timeZone: string): number =>
  zonedTimeToMs(addDays(key, 1), timeZone) - 1

export const msToIso = (ms: number): string => new Date(ms).toISOString()

/** 'YYYY-MM-DDTHH:mm' in local time, for texts; deterministic and locale-independent. */
export const formatLocal = (ms: number, timeZone: string): { date: DateKey; time: string } => {
  const p = localParts(ms, timeZone)
  return { date: dateKeyOf(p), time: `${pad(p.hour)}:${pad(p.minute)}` }
}

// Building an Intl.DateTimeFormat costs about as much as the rest of an incident's validation,
// and a register has a handful of zones: the names found valid are remembered (a bounded set).
const validTimeZones = new Set<string>()
/** An IANA time zone name the runtime knows (shared/model TimeZoneSchema; settings read at start). */
export const isValidTimeZone = (tz: string): boolean => {
  if (validTimeZones.has(tz)) return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
  } catch {
    return false
  }
  if (validTimeZones.size < 1000) validTimeZones.add(tz)
  return true
}
