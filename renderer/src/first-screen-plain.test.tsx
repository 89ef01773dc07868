/**
 * Issue 12: the first screen an empty register paints (header, encryption banner, first-run
 * screen) renders no @mantine/core component, only plain elements drawn like them
 * (components/plain-ui.css): Mantine's components, their style resolution and their first
 * render stay off the way to the first paint. MantineProvider stays at the root.
 */
import 'fake-indexeddb/auto'

import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { App } from './App'
import { polyfillMatchMedia } from './components/render-with-providers'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

/** An empty clear register's kept first screen (db/first-screen.ts), as a previous start left it. */
function keepEmptyFirstScreen(): void {
  localStorage.setItem(
    'sentinelle.first-screen.sentinelle',
    JSON.stringify({
      format: 1,
      queryKey: '',
      counts: { atRev: 0, draft: 0, open: 0, closed: 0, deleted: 0 },
      page: { items: [], total: 0 }
    })
  )
}

/** Elements carrying a Mantine component's classes (`m_<hash>`, `mantine-<Component>-<part>`). */
const mantineElements = (root: Element): string[] =>
  [root, ...root.querySelectorAll('*')]
    .filter((element) =>
      [...element.classList].some((name) => /^m_[0-9a-f]+$|^mantine-[A-Z]/.test(name))
    )
    .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)

describe('the first screen of an empty register', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`is drawn by plain elements, no Mantine component (${language})`, async () => {
      polyfillMatchMedia()
      keepEmptyFirstScreen()
      render(<App initialLanguage={language} opening />)
      const title = language === 'fr' ? 'Bienvenue dans Sentinelle' : 'Welcome to Sentinelle'
      await screen.findByRole('heading', { name: title })
      const header = document.querySelector('header')!
      const main = document.querySelector('main')!
      expect(header.querySelector('h1')?.textContent).toBe('Sentinelle')
      expect(mantineElements(header)).toEqual([])
      expect(mantineElements(main)).toEqual([])
      // The first-run screen's controls, by role and name, as before.
      const start = language === 'fr' ? 'Déclarer un incident' : 'Log an incident'
      expect(screen.getByRole('button', { name: start })).toBeTruthy()
      expect(screen.getByRole('combobox')).toBeTruthy()
      expect(screen.getByRole('radiogroup')).toBeTruthy()
      // The offer to encrypt, drawn with the kept screen (it must not push it down later).
      expect(await screen.findByTestId('unencrypted-banner')).toBeTruthy()
      expect(mantineElements(main)).toEqual([])
    })
  }
})
