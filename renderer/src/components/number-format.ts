import type { Language } from '../i18n/language'

/**
 * Separators for Mantine NumberInput in the user's language: a French user types "1 500,50",
 * and a comma read as anything but the decimal mark would turn 1 500,50 € into 150 050 €.
 */
export function numberSeparators(language: Language): {
  decimalSeparator: string
  thousandSeparator: string
} {
  return language === 'fr'
    ? { decimalSeparator: ',', thousandSeparator: ' ' }
    : { decimalSeparator: '.', thousandSeparator: ',' }
}
