import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import { loadCatalogue, loadedCatalogue } from './catalogues'
import type { Language } from './language'
import { fr } from './messages'
import type { MessageKey } from './messages'

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

  // main.tsx loads the start language's catalogue before the first render; a caller that did
  // not (a test) shows French until it arrives.
  useEffect(() => {
    if (loadedCatalogue(language) === undefined)
      void loadCatalogue(language).then(() => setCatalogueArrived((n) => n + 1))
  }, [language])

  const setLanguage = useCallback(
    (next: Language) => {
      wanted.current = next
      const apply = () => {
        if (wanted.current !== next) return
        setLanguageState(next)
        onLanguageChange?.(next)
      }
      // Synchronous once loaded; otherwise the switch happens when its catalogue is in (if it
      // cannot be fetched, the language stays as it was).
      if (loadedCatalogue(next) !== undefined) apply()
      else void loadCatalogue(next).then(apply, () => {})
    },
    [onLanguageChange]
  )

  const dictionary = loadedCatalogue(language) ?? fr
  const value = useMemo<I18nContextValue>(() => {
    return {
      language,
      setLanguage,
      t: (key, params) => {
        let text: string = dictionary[key]
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

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext)
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
