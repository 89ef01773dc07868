/** Test helper: renders UI inside the same providers as the app (jsdom component tests). */
import { MantineProvider } from '@mantine/core'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'

import { I18nProvider } from '../i18n/I18nProvider'
import type { Language } from '../i18n/language'
import { cssVariablesResolver, theme } from '../theme'

export function polyfillMatchMedia(): void {
  if (typeof window.matchMedia === 'function') return
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false
    }) as MediaQueryList
}

/** jsdom has no ResizeObserver: one that never reports (the list keeps its last height). */
export function polyfillResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

/** jsdom has no FontFaceSet; Mantine's autosize textarea listens to it. */
function polyfillFonts() {
  if ('fonts' in document && document.fonts) return
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() }
  })
}

export function renderWithProviders(ui: ReactElement, language: Language = 'fr') {
  polyfillMatchMedia()
  polyfillFonts()
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider initialLanguage={language}>{ui}</I18nProvider>
    </MantineProvider>
  )
}
