export type Language = 'fr' | 'en'

export const LANGUAGES: readonly Language[] = ['fr', 'en']

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en'
}

/**
 * The user's stored choice wins; otherwise French for any `fr-*` system locale (and for a
 * locale we cannot read, since most users are in France), English for every other locale.
 */
export function pickInitialLanguage(stored: unknown, systemLocales: readonly string[]): Language {
  if (isLanguage(stored)) return stored
  const first = systemLocales.find((locale) => locale.trim() !== '')
  if (first === undefined) return 'fr'
  return first.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}
