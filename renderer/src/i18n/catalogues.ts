/**
 * The UI catalogue of each language, in two parts (issue 12: only what the first screen needs
 * is evaluated before it paints):
 *   - the first screen's strings (./messages-start.ts): French in the start bundle, English a
 *     small chunk fetched before an English start (main.tsx);
 *   - the rest (./messages-rest.ts): a chunk fetched once the first frame is drawn, and awaited
 *     before any screen that needs it renders (main.tsx waits for it before the live pages; a
 *     lazy screen's loader waits for it; a language switch waits for the whole catalogue).
 * Once loaded a part stays, so switching back and forth is synchronous.
 */
import type { Language } from './language'
import { frStart } from './messages-start'
import type { Messages, RestMessages, StartMessages } from './messages'

type Parts = { start?: StartMessages; rest?: RestMessages }

const parts: Record<Language, Parts> = { fr: { start: frStart }, en: {} }
/** The parts merged, per language: one object until a part arrives (a stable `t`). */
const merged = new Map<Language, Partial<Messages>>()
const pending = new Map<string, Promise<void>>()

const fetchPart = {
  fr: {
    start: async () => {},
    rest: async () => void (parts.fr.rest = (await import('./messages-rest')).frRest)
  },
  en: {
    start: async () => void (parts.en.start = (await import('./messages-en-start')).enStart),
    rest: async () => void (parts.en.rest = (await import('./messages-en-rest')).enRest)
  }
} satisfies Record<Language, Record<keyof Parts, () => Promise<void>>>

function loadPart(language: Language, part: keyof Parts): Promise<void> {
  if (parts[language][part] !== undefined) return Promise.resolve()
  const key = `${language}:${part}`
  let loading = pending.get(key)
  if (loading === undefined) {
    loading = fetchPart[language][part]().then(
      () => void merged.delete(language),
      (error: unknown) => {
        pending.delete(key) // a failed fetch may be tried again
        throw error
      }
    )
    pending.set(key, loading)
  }
  return loading
}

/**
 * The strings loaded for `language`: undefined until its first screen's part is in; then that
 * part, and the rest once it is in too (isCatalogueComplete).
 */
export function loadedCatalogue(language: Language): Partial<Messages> | undefined {
  const { start, rest } = parts[language]
  if (start === undefined) return undefined
  let catalogue = merged.get(language)
  if (catalogue === undefined) {
    catalogue = rest === undefined ? start : { ...start, ...rest }
    merged.set(language, catalogue)
  }
  return catalogue
}

export function isCatalogueComplete(language: Language): boolean {
  return parts[language].start !== undefined && parts[language].rest !== undefined
}

/** Loads the first screen's strings of `language`, and the rest unless `part` is 'start'. */
export async function loadCatalogue(
  language: Language,
  part: 'start' | 'whole' = 'whole'
): Promise<void> {
  await Promise.all([
    loadPart(language, 'start'),
    part === 'whole' ? loadPart(language, 'rest') : undefined
  ])
}
