/** Dates for people, in the user's language and time zone (never the incident's stored offset). */
import type { Lang } from '@shared/model'

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' }

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(kind: 'day' | 'dayTime', language: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${language}|${timeZone}`
  let value = cache.get(key)
  if (value === undefined) {
    value = new Intl.DateTimeFormat(
      LOCALES[language],
      kind === 'day'
        ? { timeZone, day: 'numeric', month: 'short', year: 'numeric' }
        : {
            timeZone,
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23'
          }
    )
    cache.set(key, value)
  }
  return value
}

/** `20 nov. 2026` / `20 Nov 2026`; the text itself when it is not a date. */
export function formatDay(iso: string, language: Lang, timeZone: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : formatter('day', language, timeZone).format(ms)
}

/** `20 nov. 2026, 10:30` / `20 Nov 2026, 10:30`. */
export function formatDayTime(iso: string, language: Lang, timeZone: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : formatter('dayTime', language, timeZone).format(ms)
}

/** `1,5 Mo` / `1.5 MB`. */
export function formatBytes(bytes: number, language: Lang): string {
  const units = language === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  const text = new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: digits
  }).format(value)
  return `${text}\u00a0${units[unit]}`
}
