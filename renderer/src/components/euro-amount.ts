/**
 * Amounts in euros as people type them, to and from the integer cents of the model.
 *
 * Pure string arithmetic (no floats), so 0,29 € is 29 cents and not 28.999…. A French user
 * types "1 500,50", an English one "1,500.50"; both also type "1500.50" or "1.500,50", so:
 * - with both marks, the last one is the decimal mark ("1.500,50", "1,500.50");
 * - a mark repeated, or followed by exactly three digits when it is not the language's decimal
 *   mark, groups thousands ("1.500.000", English "1,500", French "1.500");
 * - otherwise a single mark is the decimal mark (French "1500,5", and "1500.5" in either).
 * More than two decimals, a sign, letters or badly grouped digits are refused, never guessed:
 * the field says so and keeps the last good amount.
 */
import { formatAmount } from '@shared/documents/format'

import type { Language } from '../i18n/language'
import { numberSeparators } from './number-format'

export type AmountParse =
  | { kind: 'empty' }
  | { kind: 'ok'; cents: number }
  | { kind: 'invalid'; reason: 'format' | 'decimals' | 'tooLarge' }

// Spaces of every kind (NBSP, narrow NBSP from Intl, thin space) and the Swiss apostrophe group
// digits; a euro sign or "EUR" around the number is only decoration.
const GROUPING = /[\s\u00a0\u202f\u2009'’]/g
const CURRENCY = /^(?:€|eur)|(?:€|eur|euros?)$/gi

export function parseEuroAmount(text: string, language: Language): AmountParse {
  const bare = text.trim().replace(CURRENCY, '').replace(GROUPING, '')
  if (bare === '') return { kind: 'empty' }
  if (!/^[0-9.,]+$/.test(bare) || !/[0-9]/.test(bare)) {
    return { kind: 'invalid', reason: 'format' }
  }

  const decimalMark = decimalMarkOf(bare, language)
  let integer = bare
  let fraction = ''
  if (decimalMark !== undefined) {
    const at = bare.lastIndexOf(decimalMark)
    integer = bare.slice(0, at)
    fraction = bare.slice(at + 1)
    if (/[.,]/.test(fraction)) return { kind: 'invalid', reason: 'format' }
  }
  if (/[.,]/.test(integer) && !/^[0-9]{1,3}([.,][0-9]{3})+$/.test(integer)) {
    return { kind: 'invalid', reason: 'format' }
  }
  // One grouping mark only: "1.500,000.5" mixes two.
  if (new Set(integer.replace(/[0-9]/g, '')).size > 1) return { kind: 'invalid', reason: 'format' }
  if (fraction.length > 2) return { kind: 'invalid', reason: 'decimals' }

  const digits = `${integer.replace(/[.,]/g, '') || '0'}${fraction.padEnd(2, '0')}`
  const cents = Number(digits)
  if (!Number.isSafeInteger(cents)) return { kind: 'invalid', reason: 'tooLarge' }
  return { kind: 'ok', cents }
}

function decimalMarkOf(bare: string, language: Language): ',' | '.' | undefined {
  const commas = count(bare, ',')
  const dots = count(bare, '.')
  if (commas > 0 && dots > 0) return bare.lastIndexOf(',') > bare.lastIndexOf('.') ? ',' : '.'
  const mark = commas > 0 ? ',' : dots > 0 ? '.' : undefined
  if (mark === undefined) return undefined
  if (count(bare, mark) > 1) return undefined
  const own = numberSeparators(language).decimalSeparator
  const groupsOfThree = /^[0-9]{1,3}[.,][0-9]{3}$/.test(bare)
  return mark !== own && groupsOfThree ? undefined : mark
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/** 150050 -> "1 500,50" (fr) / "1,500.50" (en); whole euros without decimals: "300 000". */
export function formatEuroAmount(cents: number, language: Language): string {
  const { decimalSeparator, thousandSeparator } = numberSeparators(language)
  const whole = Math.floor(cents / 100)
  const rest = cents % 100
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, thousandSeparator)
  return rest === 0 ? grouped : `${grouped}${decimalSeparator}${String(rest).padStart(2, '0')}`
}

/**
 * For reading: "1 500,50 €" / "€1,500.50" with the locale's own conventions, as the documents
 * print it (one cached formatter: the field shows this on every keystroke).
 */
export function displayEuros(cents: number, language: Language): string {
  return formatAmount(cents, language)
}
