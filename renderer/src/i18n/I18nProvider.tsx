import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import { isCatalogueComplete, loadCatalogue, loadedCatalogue } from './catalogues'
import type { Language } from './language'
import type { MessageKey, Messages } from './messages'

type I18nContextValue = {
  language: Language
  setLanguage: (language: Language) => void
  t: (key: MessageKey, params?: Record<string, string | number>) => string
}

const I18nContext = createContext<I18nContextValue | null>(null)

export function I18nProvider(props: {
  initialLanguage: Language
  onLanguageChange?: (language: Language) => void
  children: ReactNode
}) {
  const { initialLanguage, onLanguageChange, children } = props
  const [language, setLanguageState] = useState<Language>(initialLanguage)
  // Bumped when a catalogue that was missing has arrived (the start language's, see below).
  const [, setCatalogueArrived] = useState(0)
  /** The latest language asked for: a slow catalogue must not undo a later choice. */
  const wanted = useRef(language)

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  // main.tsx loads the start language's first-screen strings before the first render, and the
  // rest after the first frame (before the live pages); a caller that did not (a test) shows
  // French until the first part arrives. Not the rest here: fetched right after the first
  // commit, its arrival would re-render every screen before the first paint (the rest is read
  // through missingText, which needs no re-render).
  useEffect(() => {
    if (loadedCatalogue(language) === undefined)
      void loadCatalogue(language, 'start').then(
        () => setCatalogueArrived((n) => n + 1),
        () => {} // not fetched: French stays, a later render tries again
      )
  }, [language])

  const setLanguage = useCallback(
    (next: Language) => {
      wanted.current = next
      const apply = () => {
        if (wanted.current !== next) return
        setLanguageState(next)
        onLanguageChange?.(next)
      }
      // Synchronous once loaded; otherwise the switch happens when its whole catalogue is in (if
      // it cannot be fetched, the language stays as it was).
      if (isCatalogueComplete(next)) apply()
      else void loadCatalogue(next).then(apply, () => {})
    },
    [onLanguageChange]
  )

  const dictionary = loadedCatalogue(language) ?? loadedCatalogue('fr')!
  const value = useMemo<I18nContextValue>(() => {
    return {
      language,
      setLanguage,
      t: (key, params) => {
        let text = dictionary[key] ?? missingText(language, key)
        if (params) {
          for (const [name, replacement] of Object.entries(params)) {
            text = text.replaceAll(`{${name}}`, String(replacement))
          }
        }
        return text
      }
    }
  }, [language, dictionary, setLanguage])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/**
 * A string of the part of the catalogue loaded after the first frame (./catalogues.ts), read
 * once it is in. main.tsx waits for the whole catalogue before the live pages, and a language
 * switch before switching, so during the first screen this is a safety net: in a render it
 * suspends until the part is in (the nearest Suspense boundary shows its fallback, never a
 * missing string). A complete catalogue always has the key (MessageKey is checked at compile
 * time).
 */
function missingText(language: Language, key: MessageKey): string {
  const complete = isCatalogueComplete(language)
  if (!complete) throw loadCatalogue(language)
  return (loadedCatalogue(language) as Messages)[key]
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext)
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
