/**
 * Plural forms by the language's own rules (Intl.PluralRules), not by string concatenation:
 * French puts 0 and 1 in the singular ("0 incident", "1 incident sur 1"), English only 1
 * ("0 incidents", "1 of 1 incident"). Messages carry a `.one` and an `.other` variant.
 */
import type { Language } from './language'

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }
const rules = new Map<Language, Intl.PluralRules>()

export function pluralForm(language: Language, count: number): 'one' | 'other' {
  let rule = rules.get(language)
  if (rule === undefined) {
    rule = new Intl.PluralRules(LOCALES[language])
    rules.set(language, rule)
  }
  return rule.select(count) === 'one' ? 'one' : 'other'
}

/** `plural('register.count.of', 1, 'en')` -> `'register.count.of.one'`. */
export function plural<Base extends string>(
  base: Base,
  count: number,
  language: Language
): `${Base}.${'one' | 'other'}` {
  return `${base}.${pluralForm(language, count)}`
}
