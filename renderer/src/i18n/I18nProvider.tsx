import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'

import type { Language } from './language'
import { en, fr } from './messages'
import type { MessageKey, Messages } from './messages'

const DICTIONARIES: Record<Language, Messages> = { fr, en }

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

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next)
      onLanguageChange?.(next)
    },
    [onLanguageChange]
  )

  const value = useMemo<I18nContextValue>(() => {
    const dictionary = DICTIONARIES[language]
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
  }, [language, setLanguage])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext)
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
