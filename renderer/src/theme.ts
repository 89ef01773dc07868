import { createTheme, isMantineColorScheme, mergeThemeOverrides } from '@mantine/core'
import type {
  CSSVariablesResolver,
  MantineColorSchemeManager,
  MantineThemeOverride
} from '@mantine/core'

/**
 * Calm and sober: one blue accent, readable sizes, no decoration competing with deadlines.
 * Shade 8 of indigo keeps white button text above 4.5:1 (shade 6 is 4.3:1, an axe failure).
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  // A user who asked the system for less motion gets dialogs and menus without animation.
  respectReducedMotion: true
})

/**
 * Mantine's default help-text grey (gray.6, 3.3:1) and error red (red.6, 3.6:1) fail WCAG AA on
 * white; help texts carry the explanations our users need, so they must be readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Light and subtle buttons (navigation) keep 5:1 when hovered too.
    '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-9)',
    '--mantine-color-indigo-light': 'var(--mantine-color-indigo-0)',
    '--mantine-color-indigo-light-hover': 'var(--mantine-color-indigo-1)'
  },
  dark: {}
})

/**
 * The theme with the close buttons of notifications, dialogs and drawers named in the user's
 * language (Mantine leaves them unnamed: an axe "button-name" failure for screen readers).
 * Plain objects rather than `Modal.extend(...)`: naming the components here would put the dialog
 * and drawer code in the start bundle, though the first screen shows neither.
 */
export function themeFor(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel }
  return mergeThemeOverrides(theme, {
    components: {
      Notification: { defaultProps: { closeButtonProps } },
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } }
    }
  })
}

/**
 * Mantine's colour-scheme manager without its `storage` event listener. Mantine's default
 * (localStorageColorSchemeManager) listens for `storage` events so that a scheme changed in
 * another tab follows here; the app has one window and no scheme switch, and adding that
 * listener cost about 16 ms of main-thread time before the first paint (profiled in Chromium,
 * issue 12: the browser sets up its storage events then). The scheme is read and written in
 * the same localStorage key as before.
 */
export const colorSchemeManager: MantineColorSchemeManager = (() => {
  const key = 'mantine-color-scheme-value'
  return {
    get: (defaultValue) => {
      try {
        const stored = window.localStorage.getItem(key)
        return isMantineColorScheme(stored) ? stored : defaultValue
      } catch {
        return defaultValue
      }
    },
    set: (value) => {
      try {
        window.localStorage.setItem(key, value)
      } catch {
        // Not kept: the scheme still applies to this window.
      }
    },
    subscribe: () => {},
    unsubscribe: () => {},
    clear: () => {
      try {
        window.localStorage.removeItem(key)
      } catch {
        // Nothing kept to clear.
      }
    }
  }
})()
