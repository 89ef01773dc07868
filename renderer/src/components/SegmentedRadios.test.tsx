import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'

import { LanguageSwitch } from '../App'
import { useI18n } from '../i18n/I18nProvider'
import { renderWithProviders } from './render-with-providers'

/** What the rest of the app sees: the language in force, in a word of that language. */
function CurrentLanguage() {
  const { t, language } = useI18n()
  return <p data-testid="current">{`${language}: ${t('language.label')}`}</p>
}

afterEach(cleanup)

const checked = (element: HTMLElement) => (element as HTMLInputElement).checked

describe('the language switch (native radios)', () => {
  it('is one named group of two radios, French checked by default, each name in its language', () => {
    renderWithProviders(<LanguageSwitch />)
    const group = screen.getByRole('radiogroup', { name: 'Langue' })
    const radios = screen.getAllByRole('radio')
    expect(radios.every((radio) => group.contains(radio))).toBe(true)
    expect(radios.map(checked)).toEqual([true, false])
    expect(checked(screen.getByRole('radio', { name: 'Français' }))).toBe(true)
    expect(screen.getByText('English').getAttribute('lang')).toBe('en')
  })

  it('switches on a click on the label text, and back', async () => {
    const user = userEvent.setup()
    renderWithProviders(
      <>
        <LanguageSwitch />
        <CurrentLanguage />
      </>
    )
    await user.click(screen.getByText('English'))
    // The English catalogue is a chunk of its own: the switch happens once it is in.
    await screen.findByText('en: Language')
    screen.getByRole('radiogroup', { name: 'Language' })
    expect(checked(screen.getByRole('radio', { name: 'English' }))).toBe(true)
    await user.click(screen.getByText('Français'))
    await screen.findByText('fr: Langue')
    expect(checked(screen.getByRole('radio', { name: 'Français' }))).toBe(true)
  })

  it('is usable with the keyboard: Tab reaches the checked radio, an arrow key switches', async () => {
    // user-event finds a radio's group with CSS.escape, which jsdom lacks (browsers have it).
    const css = (globalThis.CSS ?? {}) as { escape?: (value: string) => string }
    css.escape ??= (value) => value.replace(/["\\]/g, '\\$&')
    Object.assign(globalThis, { CSS: css })
    const user = userEvent.setup()
    renderWithProviders(
      <>
        <LanguageSwitch />
        <CurrentLanguage />
      </>
    )
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Français' }))
    await user.keyboard('{ArrowRight}')
    await screen.findByText('en: Language')
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'English' }))
  })
})
