/** Formatting of dates, amounts and counts for the documents, in the incident's time zone. */
import type { Lang } from '../model'

/** The documents' locale: formats here and the PDF's /Lang. */
export const BCP47: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' }
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(lang: Lang, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${withTime}`
  let found = formatters.get(key)
  if (found === undefined) {
    found = new Intl.DateTimeFormat(BCP47[lang], {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone
    })
    formatters.set(key, found)
  }
  return found
}

/** `10 février 2026 à 18:40` / `10 February 2026 at 18:40`, in `timeZone`. */
export function formatInstant(iso: string | undefined, lang: Lang, timeZone: string): string {
  if (iso === undefined || iso === '') return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatter(lang, timeZone, true).format(date)
}

export function formatDay(iso: string | undefined, lang: Lang, timeZone: string): string {
  if (iso === undefined || iso === '') return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatter(lang, timeZone, false).format(date)
}

const amountFormatters = new Map<Lang, Intl.NumberFormat>()
export function formatAmount(cents: number | undefined, lang: Lang): string {
  if (cents === undefined) return '—'
  let found = amountFormatters.get(lang)
  if (found === undefined) {
    found = new Intl.NumberFormat(BCP47[lang], { style: 'currency', currency: 'EUR' })
    amountFormatters.set(lang, found)
  }
  return found.format(cents / 100)
}

const countFormatters = new Map<Lang, Intl.NumberFormat>()
export function formatCount(value: number | undefined, lang: Lang): string {
  if (value === undefined) return '—'
  let found = countFormatters.get(lang)
  if (found === undefined) {
    found = new Intl.NumberFormat(BCP47[lang])
    countFormatters.set(lang, found)
  }
  return found.format(value)
}

/** The text or a dash, so a claims handler sees what was not provided. */
export function orDash(value: string | undefined): string {
  return value === undefined || value.trim() === '' ? '—' : value
}

/** « heure de Paris » / "Paris time" rather than a zone id (Europe/Paris → Paris). */
export function zoneName(timeZone: string, lang: Lang): string {
  const city = (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ')
  return lang === 'fr' ? `heure de ${city}` : `${city} time`
}
