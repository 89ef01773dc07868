import type { Language } from '../i18n/language'

/**
 * Separators for Mantine NumberInput in the user's language: a French user types "1 500,50",
 * and a comma read as anything but the decimal mark would turn 1 500,50 € into 150 050 €.
 *
 * `allowedDecimalSeparators` are the keys that type the decimal mark. Mantine's default
 * ('.' and ',') would make the English thousands comma a decimal point ("1,500.50" typed key by
 * key became 1.50), so English accepts only '.', French both ',' and '.'.
 */
export function numberSeparators(language: Language): {
  decimalSeparator: string
  thousandSeparator: string
  allowedDecimalSeparators: string[]
} {
  return language === 'fr'
    ? { decimalSeparator: ',', thousandSeparator: ' ', allowedDecimalSeparators: [',', '.'] }
    : { decimalSeparator: '.', thousandSeparator: ',', allowedDecimalSeparators: ['.'] }
}

/**
 * The value of a Mantine NumberInput as a number, or '' when empty. Mantine hands back a
 * string, not a number, while the text ends in a decimal zero ("1 500,50" gives "1500.50"):
 * read as "no value", the amount was dropped as the user typed its last digit.
 */
export function numberInputValue(value: number | string): number | '' {
  if (typeof value === 'number') return value
  if (value.trim() === '') return ''
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : ''
}

/** Euros from a NumberInput to integer cents (moved from the policy form to be shared). */
export const eurosToCents = (euros: number | ''): number | undefined =>
  euros === '' ? undefined : Math.round(euros * 100)
