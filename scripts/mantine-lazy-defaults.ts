import type { Plugin } from 'vite'

/**
 * Mantine computes its default theme's CSS variables (every colour and shade) when the module
 * of `removeDefaultVariables` is evaluated, which MantineProvider's chunk does at every start,
 * although the app never injects CSS variables (`withCssVariables={false}`, App.tsx): about
 * 2-4 ms of main-thread work before the first paint (first-render-profile, issue 12). Rewritten
 * to compute them on the first call, with the same result.
 */
const MODULE = /\/@mantine\/core\/esm\/.+\/remove-default-variables\.mjs$/
const EAGER = 'const defaultCssVariables = defaultCssVariablesResolver(DEFAULT_THEME);'
const FUNCTION = 'function removeDefaultVariables(input) {'

/** The module's code with the default variables computed at the first call, not at load. */
export function deferDefaultCssVariables(code: string): string {
  // A Mantine update that changed the module must fail the build, not silently undo the saving.
  if (code.split(EAGER).length !== 2 || code.split(FUNCTION).length !== 2)
    throw new Error('@mantine/core remove-default-variables.mjs changed: see ' + import.meta.url)
  return code
    .replace(EAGER, 'let defaultCssVariablesOnce;')
    .replace(
      FUNCTION,
      `${FUNCTION}\n\tconst defaultCssVariables = (defaultCssVariablesOnce ??= defaultCssVariablesResolver(DEFAULT_THEME));`
    )
}

export function mantineLazyDefaultVariables(): Plugin {
  return {
    name: 'sentinelle-mantine-lazy-default-variables',
    transform(code, id) {
      return MODULE.test(id) ? { code: deferDefaultCssVariables(code), map: null } : null
    }
  }
}
