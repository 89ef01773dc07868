/**
 * French working days (« jours ouvrés »: Monday to Friday, public holidays excluded) for the
 * insurer declaration deadline of C. assur. art. L113-2.
 *
 * Pure arithmetic on 'YYYY-MM-DD' keys through UTC midnights, so that daylight saving time can
 * never shift a day. Public holidays: C. trav. art. L3133-1 (11 days), plus Good Friday and
 * 26 December in Alsace-Moselle (C. trav. art. L3134-13).
 */
import { loc } from '../model/loc'
import type { Localized } from '../model/loc'
import { addDays, dayOfWeek, makeDateKey, yearOf } from './date-key'
import type { DateKey } from './date-key'

export { addDays, dayOfWeek, diffDays, isDateKey, makeDateKey, utcMs, yearOf } from './date-key'
export type { DateKey } from './date-key'

export type HolidayOptions = {
  /** Bas-Rhin, Haut-Rhin, Moselle: Good Friday and 26 December (C. trav. art. L3134-13). */
  alsaceMoselle?: boolean
  /**
   * Whit Monday stays a public holiday in law (L3133-1) even where it is worked as the
   * « journée de solidarité »; pass true to count it as a working day.
   */
  whitMondayWorked?: boolean
}

export type Holiday = { date: DateKey; id: string; name: Localized }

/** Easter Sunday, Gregorian calendar (anonymous « Meeus/Jones/Butcher » computus). */
export const easterSunday = (year: number): DateKey => {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return makeDateKey(year, month, day)
}

/** French public holidays of a year, sorted by date. */
export const frenchPublicHolidays = (year: number, opts: HolidayOptions = {}): Holiday[] => {
  const easter = easterSunday(year)
  const fixed = (month: number, day: number) => makeDateKey(year, month, day)
  const list: Holiday[] = [
    { date: fixed(1, 1), id: 'new_year', name: loc('Jour de l’an', 'New Year’s Day') },
    {
      date: addDays(easter, 1),
      id: 'easter_monday',
      name: loc('Lundi de Pâques', 'Easter Monday')
    },
    { date: fixed(5, 1), id: 'labour_day', name: loc('Fête du Travail', 'Labour Day') },
    { date: fixed(5, 8), id: 'victory_1945', name: loc('Victoire 1945', 'Victory in Europe Day') },
    { date: addDays(easter, 39), id: 'ascension', name: loc('Ascension', 'Ascension Day') },
    { date: fixed(7, 14), id: 'national_day', name: loc('Fête nationale', 'Bastille Day') },
    { date: fixed(8, 15), id: 'assumption', name: loc('Assomption', 'Assumption Day') },
    { date: fixed(11, 1), id: 'all_saints', name: loc('Toussaint', 'All Saints’ Day') },
    { date: fixed(11, 11), id: 'armistice', name: loc('Armistice 1918', 'Armistice Day') },
    { date: fixed(12, 25), id: 'christmas', name: loc('Noël', 'Christmas Day') }
  ]
  if (!opts.whitMondayWorked)
    list.push({
      date: addDays(easter, 50),
      id: 'whit_monday',
      name: loc('Lundi de Pentecôte', 'Whit Monday')
    })
  if (opts.alsaceMoselle) {
    list.push({
      date: addDays(easter, -2),
      id: 'good_friday',
      name: loc('Vendredi saint', 'Good Friday')
    })
    list.push({
      date: fixed(12, 26),
      id: 'st_stephen',
      name: loc('Saint-Étienne', 'St Stephen’s Day')
    })
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

const cache = new Map<string, Map<DateKey, Holiday>>()
const holidayMap = (year: number, opts: HolidayOptions): Map<DateKey, Holiday> => {
  const cacheKey = `${year}|${opts.alsaceMoselle ? 1 : 0}|${opts.whitMondayWorked ? 1 : 0}`
  let map = cache.get(cacheKey)
  if (!map) {
    map = new Map(frenchPublicHolidays(year, opts).map((h) => [h.date, h]))
    cache.set(cacheKey, map)
  }
  return map
}

export const publicHoliday = (key: DateKey, opts: HolidayOptions = {}): Holiday | undefined =>
  holidayMap(yearOf(key), opts).get(key)

export const isWeekend = (key: DateKey): boolean => {
  const d = dayOfWeek(key)
  return d === 0 || d === 6
}

export const isWorkingDay = (key: DateKey, opts: HolidayOptions = {}): boolean =>
  !isWeekend(key) && publicHoliday(key, opts) === undefined

/**
 * The day on which a deadline of `n` working days ends. The starting day itself is not counted
 * (« dies a quo non computatur », CPC art. 641), so with n = 5 from a Monday the deadline ends on
 * the next Monday. n = 0 returns the start day.
 */
export const addWorkingDays = (start: DateKey, n: number, opts: HolidayOptions = {}): DateKey => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer: ${n}`)
  let day = start
  let left = n
  while (left > 0) {
    day = addDays(day, 1)
    if (isWorkingDay(day, opts)) left -= 1
  }
  return day
}

/** Working days in (from, to]: the start day excluded, the end day included. */
export const countWorkingDays = (from: DateKey, to: DateKey, opts: HolidayOptions = {}): number => {
  let count = 0
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
    if (isWorkingDay(day, opts)) count += 1
  return count
}

/** The non-working days skipped between start (excluded) and end (included), for explanations. */
export const skippedDays = (
  start: DateKey,
  end: DateKey,
  opts: HolidayOptions = {}
): { date: DateKey; reason: 'weekend' | 'holiday'; holiday?: Holiday }[] => {
  const out: { date: DateKey; reason: 'weekend' | 'holiday'; holiday?: Holiday }[] = []
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (isWeekend(day)) out.push({ date: day, reason: 'weekend' })
    else {
      const h = publicHoliday(day, opts)
      if (h) out.push({ date: day, reason: 'holiday', holiday: h })
    }
  }
  return out
}
