/**
 * Calendar days as 'YYYY-MM-DD' keys: pure arithmetic through UTC midnights, so that daylight
 * saving time can never shift a day. Apart from the working days (./business-days.ts, which
 * re-exports these) so that the zone conversions (./time-zone.ts), which the register's first
 * screen loads, do not bring the public holidays with them (issue 12).
 */

/** A calendar day, 'YYYY-MM-DD'. */
export type DateKey = string

const DAY_MS = 86_400_000
/** The Gregorian calendar repeats every 400 years, which are exactly 146,097 days. */
const GREGORIAN_CYCLE_MS = 146_097 * DAY_MS
const KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * Date.UTC() with the year taken literally: Date.UTC(26, 0, 1) is 1926, a legacy rule that
 * would silently turn year 0026 into 1926. Months, days and times may overflow as in Date.UTC.
 */
export const utcMs = (
  year: number,
  monthIndex: number,
  day: number,
  h = 0,
  m = 0,
  s = 0
): number =>
  year >= 0 && year < 100
    ? Date.UTC(year + 400, monthIndex, day, h, m, s) - GREGORIAN_CYCLE_MS
    : Date.UTC(year, monthIndex, day, h, m, s)
export const isDateKey = (key: string): boolean => {
  const m = KEY_RE.exec(key)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(utcMs(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

const toUtcMs = (key: DateKey): number => {
  const m = KEY_RE.exec(key)
  if (!m || !isDateKey(key)) throw new RangeError(`Invalid date key: ${key}`)
  return utcMs(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
}

const fromUtcMs = (ms: number): DateKey => {
  const d = new Date(ms)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export const makeDateKey = (year: number, month: number, day: number): DateKey =>
  fromUtcMs(utcMs(year, month - 1, day))

export const addDays = (key: DateKey, days: number): DateKey =>
  fromUtcMs(toUtcMs(key) + days * DAY_MS)

/** Whole days from a to b (b − a). */
export const diffDays = (a: DateKey, b: DateKey): number =>
  Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS)

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (key: DateKey): number => new Date(toUtcMs(key)).getUTCDay()

export const yearOf = (key: DateKey): number => Number(key.slice(0, 4))
