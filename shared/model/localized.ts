import { z } from 'zod'

import type { Lang, Localized } from './loc'

export { loc, localize } from './loc'
export type { Lang, Localized } from './loc'

export const LangSchema = z.enum(['fr', 'en']) satisfies z.ZodType<Lang>

export const LANGS: readonly Lang[] = ['fr', 'en']

/** A text in both UI languages, so that a stored assessment reads in either. */
export const LocalizedSchema = z.strictObject({
  fr: z.string(),
  en: z.string()
}) satisfies z.ZodType<Localized>

const isLocalized = (value: object): value is Localized => {
  const keys = Object.keys(value)
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).fr === 'string' &&
    typeof (value as Record<string, unknown>).en === 'string'
  )
}

/** Localized<T>: the same structure with every `{ fr, en }` leaf replaced by a string. */
export type LocalizedDeep<T> = T extends Localized
  ? string
  : T extends readonly (infer U)[]
    ? LocalizedDeep<U>[]
    : T extends object
      ? { [K in keyof T]: LocalizedDeep<T[K]> }
      : T

/** Replaces every `{ fr, en }` object in a JSON-like value by its text in `lang` (CLI, exports). */
export const localizeDeep = <T>(value: T, lang: Lang): LocalizedDeep<T> => {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v !== null && typeof v === 'object') {
      if (isLocalized(v)) return v[lang]
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]))
    }
    return v
  }
  return walk(value) as LocalizedDeep<T>
}
