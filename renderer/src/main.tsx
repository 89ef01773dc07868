import '@mantine/core/styles.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './App'
import { pickInitialLanguage } from './i18n/language'

const LANGUAGE_KEY = 'sentinelle.language'

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')

const initialLanguage = pickInitialLanguage(localStorage.getItem(LANGUAGE_KEY), navigator.languages)

createRoot(container).render(
  <StrictMode>
    <App
      initialLanguage={initialLanguage}
      onLanguageChange={(language) => localStorage.setItem(LANGUAGE_KEY, language)}
    />
  </StrictMode>
)
