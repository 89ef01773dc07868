import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './App'
import { getSetting, openDatabase, requestPersistentStorage, setSetting } from './db'
import type { DbOpenResult } from './db'
import type { Language } from './i18n/language'
import { pickInitialLanguage } from './i18n/language'

/** A synchronous copy of the language, so the first paint is right even before the DB opens. */
const LANGUAGE_KEY = 'sentinelle.language'

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')

async function start(): Promise<void> {
  const database: DbOpenResult = await openDatabase()
  const stored = database.ok ? await getSetting('language').catch(() => undefined) : undefined
  const initialLanguage = pickInitialLanguage(
    stored ?? localStorage.getItem(LANGUAGE_KEY),
    navigator.languages
  )
  const persistence = database.ok ? await requestPersistentStorage() : undefined
  if (database.ok && persistence) void setSetting('persistentStorage', persistence).catch(() => {})

  const onLanguageChange = (language: Language) => {
    localStorage.setItem(LANGUAGE_KEY, language)
    if (database.ok) void setSetting('language', language).catch(() => {})
  }

  createRoot(container!).render(
    <StrictMode>
      <App
        initialLanguage={initialLanguage}
        onLanguageChange={onLanguageChange}
        database={database}
        persistence={persistence}
      />
    </StrictMode>
  )
}

void start()
