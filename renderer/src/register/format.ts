/** Dates for people, in the user's language and time zone (never the incident's stored offset). */
import type { Lang } from '@shared/model'

import { keptFirstScreenDisplay } from '../db/first-screen'
import type { KeptDisplay } from '../db/first-screen'

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' }

type DateKind = 'day' | 'dayTime'

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(kind: DateKind, language: Lang, timeZone: string): Intl.DateTimeFormat {
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

/** The kept first screen's strings (db/first-screen.ts), when made for this language and zone. */
function keptString(kind: DateKind, iso: string, language: Lang, timeZone: string) {
  const kept = keptFirstScreenDisplay()
  if (kept === undefined || kept.language !== language || kept.timeZone !== timeZone) return
  return kept.strings[`${kind}|${iso}`]
}

function formatDate(kind: DateKind, iso: string, language: Lang, timeZone: string): string {
  const kept = keptString(kind, iso, language, timeZone)
  if (kept !== undefined) return kept
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : formatter(kind, language, timeZone).format(ms)
}

/** `20 nov. 2026` / `20 Nov 2026`; the text itself when it is not a date. */
export function formatDay(iso: string, language: Lang, timeZone: string): string {
  return formatDate('day', iso, language, timeZone)
}

/** `20 nov. 2026, 10:30` / `20 Nov 2026, 10:30`. */
export function formatDayTime(iso: string, language: Lang, timeZone: string): string {
  return formatDate('dayTime', iso, language, timeZone)
}

/**
 * The strings a start shows the kept rows with (db/first-screen.ts KeptDisplay): each date the
 * list formats for them, the way it formats it (formatDay, formatDayTime), made with `Intl`.
 */
export function displayOfRows(
  items: readonly {
    occurredAt?: string
    nextDueAt?: string
    assessment?: { nextDueAt?: string }
  }[],
  language: Lang,
  timeZone: string
): KeptDisplay {
  const strings: Record<string, string> = {}
  const add = (kind: DateKind, iso: string | undefined) => {
    const ms = iso === undefined ? NaN : Date.parse(iso)
    if (iso !== undefined && !Number.isNaN(ms))
      strings[`${kind}|${iso}`] = formatter(kind, language, timeZone).format(ms)
  }
  for (const item of items) {
    add('day', item.occurredAt)
    add('dayTime', item.assessment?.nextDueAt ?? item.nextDueAt)
  }
  return { language, timeZone, strings }
}

/**
 * A count as `toLocaleString` writes it (`12 345` with a narrow no-break space in French,
 * `12,345` in English), without `Intl`: the count is on the first screen, and the page's first
 * `Intl` call costs tens of milliseconds (issue 12). Integers only; anything else goes to Intl.
 */
export function formatCount(count: number, language: Lang): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString(LOCALES[language])
  const separator = language === 'fr' ? '\u202f' : ','
  const digits = String(Math.abs(count))
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, separator)
  return count < 0 ? `-${grouped}` : grouped
}

/**
 * `plural()` (i18n/plural.ts) for a count of things, without `Intl.PluralRules` (the first
 * screen's count, issue 12): the integer rules of both languages, French 0 and 1 singular,
 * English 1 only. A test checks them against Intl.PluralRules.
 */
export function countPlural<Base extends string>(
  base: Base,
  count: number,
  language: Lang
): `${Base}.${'one' | 'other'}` {
  const one = language === 'fr' ? count === 0 || count === 1 : count === 1
  return `${base}.${one ? 'one' : 'other'}`
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
