import { describe, expect, it, vi } from 'vitest'

import { buildMenuTemplate, menuLanguageFor } from './menu'

describe('the application menu', () => {
  it('follows the system locale, French for fr-*', () => {
    expect(menuLanguageFor('fr-FR')).toBe('fr')
    expect(menuLanguageFor('fr')).toBe('fr')
    expect(menuLanguageFor('en-GB')).toBe('en')
    expect(menuLanguageFor('de-DE')).toBe('en')
  })

  it('has French and English labels', () => {
    const labels = (language: 'fr' | 'en') =>
      buildMenuTemplate(language, 'linux', () => undefined).map((item) => item.label)
    expect(labels('fr')).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide'])
    expect(labels('en')).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('adds the application menu on macOS only', () => {
    expect(buildMenuTemplate('fr', 'darwin', () => undefined)[0]).toEqual({ role: 'appMenu' })
    expect(buildMenuTemplate('fr', 'win32', () => undefined)[0]?.role).toBeUndefined()
  })

  it('opens nothing online: the only custom action is "About"', () => {
    const onAbout = vi.fn()
    const help = buildMenuTemplate('en', 'linux', onAbout).at(-1)
    const submenu = Array.isArray(help?.submenu) ? help.submenu : []
    expect(submenu).toHaveLength(1)
    const about = submenu[0]
    about?.click?.({} as never, undefined, {} as never)
    expect(onAbout).toHaveBeenCalledOnce()
  })
})
