/**
 * The UI catalogue of each language: French is in the start bundle (the default language); the
 * English one is a chunk of its own, fetched the first time English is needed (an English user's
 * start waits for it before the first render, see main.tsx; a switch waits for it before the
 * switch). Once loaded a catalogue stays, so switching back and forth is synchronous.
 */
import type { Language } from './language'
import { fr } from './messages'
import type { Messages } from './messages'

const loaded: Partial<Record<Language, Messages>> = { fr }

/** The catalogue if it is already loaded (always for French). */
export function loadedCatalogue(language: Language): Messages | undefined {
  return loaded[language]
}

export async function loadCatalogue(language: Language): Promise<Messages> {
  const ready = loaded[language]
  if (ready) return ready
  const { en } = await import('./messages-en')
  return (loaded.en = en)
}
