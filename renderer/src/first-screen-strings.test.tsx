/**
 * Issue 12: the first screen's strings are the start part of the catalogue
 * (i18n/messages-start.ts); the rest is fetched after the first frame. This renders the kept
 * first screen of an empty register with the rest unreachable (its chunks fail to load): a
 * string of the rest on that screen would suspend it on a fetch that fails, and the screen would
 * not appear.
 */
import 'fake-indexeddb/auto'

import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { polyfillMatchMedia } from './components/render-with-providers'
import { keepEmptyFirstScreen } from './first-screen-fixture'

vi.mock('./i18n/messages-rest', () => {
  throw new Error('the rest of the French catalogue is not on the first screen')
})
vi.mock('./i18n/messages-en-rest', () => {
  throw new Error('the rest of the English catalogue is not on the first screen')
})

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe('the first screen of an empty register, with only the start part of the catalogue', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`is drawn whole (${language})`, async () => {
      // Fresh catalogue modules: the test set-up loaded both catalogues whole.
      vi.resetModules()
      const { isCatalogueComplete, loadCatalogue } = await import('./i18n/catalogues')
      const { App } = await import('./App')
      await loadCatalogue(language, 'start')
      expect(isCatalogueComplete(language)).toBe(false)
      polyfillMatchMedia()
      keepEmptyFirstScreen()
      render(<App initialLanguage={language} opening />)
      const title = language === 'fr' ? 'Bienvenue dans Sentinelle' : 'Welcome to Sentinelle'
      await screen.findByRole('heading', { name: title })
      expect(await screen.findByTestId('unencrypted-banner')).toBeTruthy()
      expect(screen.getByTestId('language-switch')).toBeTruthy()
      expect(isCatalogueComplete(language)).toBe(false)
    })
  }
})
