/**
 * Issue 12: Mantine's default CSS variables are no longer computed when MantineProvider's code
 * is evaluated at start (scripts/mantine-lazy-defaults.ts), and `removeDefaultVariables` still
 * answers as Mantine's own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, describe, expect, it } from 'vitest'

import config from '../../electron.vite.config'
import { deferDefaultCssVariables } from '../../scripts/mantine-lazy-defaults'

const moduleDir = resolve(
  import.meta.dirname,
  '../../node_modules/@mantine/core/esm/core/MantineProvider/MantineCssVariables'
)
const file = join(moduleDir, 'remove-default-variables.mjs')
const original = readFileSync(file, 'utf8')
const scratch = mkdtempSync(join(tmpdir(), 'mantine-lazy-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

type Variables = Record<'variables' | 'light' | 'dark', Record<string, string>>

/** Loads `code` as that module (its relative imports pointed at the installed package). */
async function load(code: string, name: string) {
  const absolute = code
    .replace(
      /from "(\.[^"]+)"/g,
      (_, path: string) => `from "${pathToFileURL(resolve(moduleDir, path)).href}"`
    )
    .replace(/\/\/# sourceMappingURL=.*/, '')
  const copy = join(scratch, name)
  writeFileSync(copy, absolute)
  return (await import(pathToFileURL(copy).href)) as {
    removeDefaultVariables: (input: Variables) => Variables
  }
}

describe('Mantine default CSS variables, deferred', () => {
  const deferred = deferDefaultCssVariables(original)

  it('are not computed when the module is evaluated', () => {
    const topLevel = (code: string) =>
      code.slice(0, code.indexOf('function removeDefaultVariables'))
    expect(topLevel(original)).toContain('defaultCssVariablesResolver(DEFAULT_THEME)')
    expect(topLevel(deferred)).not.toContain('defaultCssVariablesResolver(')
  })

  it('leave removeDefaultVariables answering as before', async () => {
    const before = await load(original, 'original.mjs')
    const after = await load(deferred, 'deferred.mjs')
    const { defaultCssVariablesResolver } = (await import(
      pathToFileURL(join(moduleDir, 'default-css-variables-resolver.mjs')).href
    )) as { defaultCssVariablesResolver: (theme: unknown) => Variables }
    const { DEFAULT_THEME } = (await import(
      pathToFileURL(join(moduleDir, '../default-theme.mjs')).href
    )) as { DEFAULT_THEME: unknown }
    const defaults = defaultCssVariablesResolver(DEFAULT_THEME)
    const changed: Variables = {
      variables: { ...defaults.variables, '--mantine-scale': '2' },
      light: { ...defaults.light, '--extra': 'red' },
      dark: { ...defaults.dark }
    }
    for (const input of [defaults, changed])
      expect(after.removeDefaultVariables(input)).toEqual(before.removeDefaultVariables(input))
    expect(after.removeDefaultVariables(changed)).toEqual({
      variables: { '--mantine-scale': '2' },
      light: { '--extra': 'red' },
      dark: {}
    })
  })

  it('fail the build when Mantine changed the module', () => {
    expect(() => deferDefaultCssVariables(original.replace('DEFAULT_THEME);', 'theme);'))).toThrow(
      /remove-default-variables/
    )
  })

  it('are deferred by the renderer build', () => {
    const plugins = (config.renderer?.plugins ?? []).flat() as { name?: string }[]
    expect(plugins.map((plugin) => plugin?.name)).toContain(
      'sentinelle-mantine-lazy-default-variables'
    )
  })
})
