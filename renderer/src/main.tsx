// Only Mantine's global styles here: each component's CSS comes with the component (the
// renderer build, electron.vite.config.ts mantineCssPerComponent), so the first screen loads
// only the CSS of the components it shows.
import '@mantine/core/styles/baseline.css'
import '@mantine/core/styles/default-css-variables.css'
import '@mantine/core/styles/global.css'
// The theme's own variables, static (see App.tsx ThemedShell).
import './theme-variables.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './App'
// Not ./db: the database code (Dexie, the repository) is loaded after the first frame.
import {
  afterFirstFrame,
  getSetting,
  hasAppFirstScreen,
  openDatabase,
  requestPersistentStorage,
  setSetting,
  whenIdleAfterFirstFrame
} from './db/start'
import type { DbOpenResult, PersistResult } from './db/start'
import { loadCatalogue, loadedCatalogue } from './i18n/catalogues'
import type { Language } from './i18n/language'
import { isLanguage, pickInitialLanguage } from './i18n/language'

/** A synchronous copy of the language, so the first paint is right even before the DB opens. */
const LANGUAGE_KEY = 'sentinelle.language'

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')
const root = createRoot(container)

type StartState = {
  database?: DbOpenResult
  persistence?: PersistResult
  storedLanguage?: Language
}
let state: StartState = {}
let storedLanguage: Language | undefined

/** A language the user chose while the database opened: stored once it is open (see below). */
let chosenWhileOpening: Language | undefined

const onLanguageChange = (language: Language) => {
  localStorage.setItem(LANGUAGE_KEY, language)
  if (state.database === undefined) chosenWhileOpening = language
  // No write when nothing changed (e.g. the stored language being adopted at start).
  else if (state.database.ok && language !== storedLanguage) {
    storedLanguage = language
    void setSetting('language', language).catch(() => {})
  }
}

const initialLanguage = pickInitialLanguage(localStorage.getItem(LANGUAGE_KEY), navigator.languages)

function render(next: Partial<StartState>): void {
  state = { ...state, ...next }
  root.render(
    <StrictMode>
      <App
        initialLanguage={initialLanguage}
        onLanguageChange={onLanguageChange}
        opening={state.database === undefined}
        database={state.database}
        persistence={state.persistence}
        storedLanguage={state.storedLanguage}
      />
    </StrictMode>
  )
}

// The shell at once; then, in parallel, the one open of the database (the settings reads wait
// for that same open inside the repository) and the request for persistent storage. The pages
// appear once all of them are in (the storage notice is decided when its page mounts).
// The first screen's French strings are in this bundle; an English start fetches its own first
// (one small chunk). The rest of the catalogue is fetched after the first frame (openAndRead).
const catalogueReady =
  loadedCatalogue(initialLanguage) !== undefined
    ? undefined
    : loadCatalogue(initialLanguage, 'start').catch(() => undefined)
if (catalogueReady === undefined) render({})
else void catalogueReady.then(() => render({}))

// The page's first Intl call loads the locale and time-zone data (30 to 90 ms measured in
// Chromium, once per page). The live register needs it (the zone dates are shown in, numbers in
// the user's language), the first screen does not (no Intl call before the first-run screen or a
// kept first screen paints): made when the page is first idle after the first frame, it runs
// while the database opens. Before, a timeout right after the first frame ran it in front of the
// first task that followed the paint (27 ms of main-thread CPU before "painted", merged build).
function warmIntl(): void {
  try {
    new Intl.DateTimeFormat(initialLanguage, {
      dateStyle: 'short',
      timeStyle: 'short'
    }).resolvedOptions()
    ;(0.5).toLocaleString(initialLanguage)
  } catch {
    // No Intl: the app falls back on its own (components/zoned-time.ts).
  }
}
// When the page is first idle after the first screen is drawn: asked for at the page's first
// animation frame, its timeout could expire while a kept register rendered, and the call then ran
// in front of the rows' paint (first-render-profile at 100,000: warmIntl 46 to 126 ms of samples
// before the rows' paint, 14 ms before the first-run screen's).
whenIdleAfterFirstFrame(warmIntl)

/** Marks a browser bench can read (bench/ui/start-timeline.ts): where a start's time goes. */
const mark = (name: string) => performance.mark(`sentinelle:start-${name}`)

/**
 * The database open and the start's reads. With a first screen kept (db/first-screen.ts), the
 * first screen needs neither: they start once its first frame is drawn, so that the open's own
 * work (Dexie's open, the settings and counts reads it triggers: 15-45 ms of main-thread CPU
 * traced) runs after the first paint instead of in front of it. Without one, the pages wait for
 * the open: it starts at once (open-storage.js has already asked the browser for the storage).
 */
function openAndRead() {
  const opened = openDatabase().finally(() => mark('db-open'))
  const languageRead = getSetting('language').catch(() => undefined)
  const persistenceRead = getSetting('persistentStorage').catch(() => undefined)
  const persisted = requestPersistentStorage()
  // The live pages may show any string: they wait for the whole catalogue (i18n/catalogues.ts).
  const catalogue = loadCatalogue(initialLanguage).catch(() => undefined)
  // The draft journal sealed while unlocked: connected before any page can unlock the vault
  // (no catch: without it no page is shown, rather than drafts of an encrypted register in clear).
  const journal = import('./lock/journal-cipher').then(({ connectJournalToVault }) =>
    connectJournalToVault()
  )
  return Promise.all([opened, languageRead, persisted, persistenceRead, catalogue, journal])
}
const started = hasAppFirstScreen() ? afterFirstFrame(openAndRead) : openAndRead()

void started.then(([database, stored, persistence, previous]) => {
  mark('pages')
  storedLanguage = database.ok && isLanguage(stored) ? stored : undefined
  // The language switched on the first screen, before the open, is the user's latest choice: it
  // is stored and kept (before, the stored one was adopted and undid it).
  const chosen = chosenWhileOpening
  if (database.ok && chosen !== undefined && chosen !== storedLanguage) {
    storedLanguage = chosen
    void setSetting('language', chosen).catch(() => {})
  }
  render({ database, storedLanguage, persistence: database.ok ? persistence : undefined })
  // Stored only when it changed: no write at start when nothing did.
  if (database.ok && persistence !== previous)
    void setSetting('persistentStorage', persistence).catch(() => {})
})
