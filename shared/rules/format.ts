/** Deterministic, locale-independent formatting of dates for verdict texts. */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import { dayOfWeek } from '../time/business-days'
import type { DateKey } from '../time/business-days'
import { formatLocal } from '../time/time-zone'

const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre'
]
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/** « jeudi 7 mai 2026 » / "Thursday 7 May 2026". */
export const longDate = (key: DateKey): Localized => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number]
  const wd = dayOfWeek(key)
  const dayFr = d === 1 ? '1er' : String(d)
  return loc(
    `${DAYS_FR[wd]} ${dayFr} ${MONTHS_FR[m - 1]} ${y}`,
    `${DAYS_EN[wd]} ${d} ${MONTHS_EN[m - 1]} ${y}`
  )
}

/** « jeudi 7 mai 2026 à 11 h 30 » / "Thursday 7 May 2026 at 11:30", in the incident's zone. */
export const dateTime = (ms: number, timeZone: string): Localized => {
  const { date, time } = formatLocal(ms, timeZone)
  const day = longDate(date)
  const [hh, mm] = time.split(':') as [string, string]
  return loc(`${day.fr} à ${Number(hh)} h ${mm}`, `${day.en} at ${time}`)
}

/** « 2 jours 5 heures » / "2 days 5 hours", for time left or overdue. */
export const duration = (ms: number): Localized => {
  const abs = Math.abs(ms)
  const hours = Math.floor(abs / 3_600_000)
  const days = Math.floor(hours / 24)
  const h = hours % 24
  const minutes = Math.floor((abs % 3_600_000) / 60_000)
  const plural = (n: number, fr: string, en: string) =>
    loc(`${n} ${fr}${n > 1 ? 's' : ''}`, `${n} ${en}${n === 1 ? '' : 's'}`)
  const parts: Localized[] = []
  if (days > 0) parts.push(plural(days, 'jour', 'day'))
  if (h > 0 || days > 0) parts.push(plural(h, 'heure', 'hour'))
  if (days === 0) parts.push(plural(minutes, 'minute', 'minute'))
  return loc(parts.map((p) => p.fr).join(' '), parts.map((p) => p.en).join(' '))
}

export const euros = (cents: number): Localized => {
  const whole = Math.floor(cents / 100)
  const rest = String(cents % 100).padStart(2, '0')
  const group = (sep: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
  return loc(`${group('\u202f')},${rest} €`, `€${group(',')}.${rest}`)
}
