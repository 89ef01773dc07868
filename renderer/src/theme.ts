import { createTheme } from '@mantine/core'

/** Calm and sober: one blue accent, readable sizes, no decoration competing with deadlines. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' }
})
