/**
 * Issue 12: the first screen an empty register paints (header, encryption banner, first-run
 * screen) renders no @mantine/core component, only plain elements with their markup
 * (components/plain.tsx): Mantine's components, their style resolution and their first render
 * stay off the way to the first paint. MantineProvider stays at the root.
 */
import 'fake-indexeddb/auto'

import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { App } from './App'
import { polyfillMatchMedia } from './components/render-with-providers'
import { keepEmptyFirstScreen } from './first-screen-fixture'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

/** A React fiber, the few fields read here (React's internals, stable across 16-19). */
type Fiber = {
  type: unknown
  child: Fiber | null
  sibling: Fiber | null
}

/** A Mantine component's name: its `displayName` is '@mantine/core/<Name>'. */
function mantineName(type: unknown): string | undefined {
  if ((typeof type !== 'object' && typeof type !== 'function') || type === null) return undefined
  const name = (type as { displayName?: unknown }).displayName
  return typeof name === 'string' && name.startsWith('@mantine/') ? name : undefined
}

/**
 * The Mantine components React rendered inside `element` (by the fiber tree, not by class
 * names: the plain elements carry Mantine's classes on purpose).
 */
function mantineComponents(element: Element): string[] {
  const key = Object.keys(element).find((name) => name.startsWith('__reactFiber$'))
  const fiber = key ? (element as unknown as Record<string, Fiber>)[key] : undefined
  expect(fiber).toBeDefined()
  const found: string[] = []
  const walk = (node: Fiber | null): void => {
    for (let current = node; current; current = current.sibling) {
      const name = mantineName(current.type)
      if (name) found.push(name)
      walk(current.child)
    }
  }
  walk(fiber!.child)
  return found
}

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
      expect(mantineComponents(header)).toEqual([])
      expect(mantineComponents(main)).toEqual([])
      // The first-run screen's controls, by role and name, as before.
      const start = language === 'fr' ? 'Déclarer un incident' : 'Log an incident'
      expect(screen.getByRole('button', { name: start })).toBeTruthy()
      expect(screen.getByRole('combobox')).toBeTruthy()
      expect(screen.getByRole('radiogroup')).toBeTruthy()
      // The offer to encrypt, drawn with the kept screen (it must not push it down later).
      expect(await screen.findByTestId('unencrypted-banner')).toBeTruthy()
      expect(mantineComponents(main)).toEqual([])
    })
  }
})

/** The renderer's own source files (tests excluded). */
function rendererSources(dir = resolve(import.meta.dirname)): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return rendererSources(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe("Mantine's responsive classes", () => {
  // MantineProvider withGlobalClasses={false} (App.tsx): its <style> of media queries was added
  // in the first commit, and a stylesheet added to the page re-collects every rule before the
  // first style pass. The classes serve only the Box props hiddenFrom / visibleFrom.
  it('are not added to the first screen', async () => {
    polyfillMatchMedia()
    keepEmptyFirstScreen()
    render(<App initialLanguage="fr" opening />)
    await screen.findByRole('heading', { name: 'Bienvenue dans Sentinelle' })
    expect(document.querySelector('style[data-mantine-styles="classes"]')).toBeNull()
  })

  it('are used by no screen (hiddenFrom / visibleFrom would need them)', () => {
    const users = rendererSources().filter((file) =>
      /\b(hiddenFrom|visibleFrom)\s*=/.test(readFileSync(file, 'utf8'))
    )
    expect(users).toEqual([])
  })
})
