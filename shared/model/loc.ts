/** Bilingual texts without zod (./localized.ts adds the schema): labels and samples use these. */
export type Lang = 'fr' | 'en'

/** A text in both UI languages, so that a stored assessment reads in either. */
export type Localized = { fr: string; en: string }

export const loc = (fr: string, en: string): Localized => ({ fr, en })

export const localize = (value: Localized, lang: Lang): string => value[lang]
