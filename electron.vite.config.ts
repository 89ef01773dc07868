import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

import { mantineLazyDefaultVariables } from './scripts/mantine-lazy-defaults'
import { CONTENT_SECURITY_POLICY } from './shared/csp'

const here = import.meta.dirname
const alias = { '@shared': resolve(here, 'shared') }
// The app's version, as import.meta.env.VITE_APP_VERSION: the register records which version
// wrote it, so that an older app can refuse a database a newer one wrote.
const appVersion = (
  JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as { version: string }
).version

/** Writes the one CSP of shared/csp.ts into index.html, so the meta tag and the header never drift. */
function injectCsp(): Plugin {
  return {
    name: 'sentinelle-csp',
    transformIndexHtml: (html) => html.replace('%SENTINELLE_CSP%', CONTENT_SECURITY_POLICY)
  }
}

/**
 * Every module the entry reaches by static imports goes into one chunk: the code the first
 * screen needs, fetched as one file rather than ~25 small shared chunks (Chromium fetches at
 * most six at a time from one origin, so each wave of chunks cost a round trip before the
 * shell could render). The screens loaded with import() stay in their own chunks.
 * Through a library's index (BARRELS) only the modules of the names actually imported are
 * followed: otherwise every Mantine component a lazy screen uses would join the start chunk.
 */
const BARRELS = ['/@mantine/core/esm/index.mjs', '/@mantine/hooks/esm/index.mjs']
const barrelPackage = (id: string) => /node_modules\/(@mantine\/[^/]+)\//.exec(id)?.[1]

/** name → the module the barrel takes it from (`import { A, B } from "./components/A.mjs"`). */
function barrelModules(id: string, code: string): Map<string, string> {
  const byName = new Map<string, string>()
  for (const [, names = '', from = ''] of code.matchAll(
    /import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g
  ))
    for (const name of names.split(',')) byName.set(name.trim(), resolve(id, '..', from))
  return byName
}

/** The names `code` imports from `pkg` (`import { A, B as C } from "pkg"`). */
function namesImported(code: string, pkg: string): string[] {
  const names: string[] = []
  for (const [, list = '', from] of code.matchAll(
    /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g
  ))
    if (from === pkg)
      names.push(...list.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!))
  return names
}

function startChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const start = new Set<string>()
  const plugin: Plugin = {
    name: 'sentinelle-start-chunk',
    buildEnd() {
      start.clear()
      const barrels = new Map<string, Map<string, string>>()
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      while (pending.length > 0) {
        const id = pending.pop()!
        if (start.has(id)) continue
        start.add(id)
        const info = this.getModuleInfo(id)
        for (const imported of info?.importedIds ?? []) {
          const pkg = barrelPackage(imported)
          const barrelCode = this.getModuleInfo(imported)?.code
          if (!BARRELS.some((b) => imported.endsWith(b)) || !pkg || !barrelCode || !info?.code) {
            pending.push(imported)
            continue
          }
          start.add(imported)
          if (!barrels.has(imported)) barrels.set(imported, barrelModules(imported, barrelCode))
          for (const name of namesImported(info.code, pkg)) {
            const from = barrels.get(imported)!.get(name)
            if (from !== undefined) pending.push(from)
          }
        }
      }
    }
  }
  return { plugin, test: (id) => start.has(id) }
}
const rendererStart = startChunk()

/**
 * Mantine's CSS per component instead of its whole stylesheet (254 KB, parsed and matched
 * before the first paint): each component's class map (`X.module.mjs`) imports its own
 * `@mantine/core/styles/X.css`. The CSS then travels with the code that uses it: the start
 * chunk's components in the start stylesheet, a lazy screen's in that screen's stylesheet, which
 * Vite loads before the screen renders. A dependency's module runs first, so its CSS comes first
 * (Input before TextInput), the order Mantine's docs ask for. The union is the whole stylesheet
 * (main.tsx imports the three global files).
 */
function mantineCssPerComponent(): Plugin {
  const stylesDir = resolve(here, 'node_modules/@mantine/core/styles')
  return {
    name: 'sentinelle-mantine-css-per-component',
    transform(code, id) {
      const name = /\/@mantine\/core\/esm\/.+\/(\w+)\.module\.mjs$/.exec(id)?.[1]
      if (name === undefined || !existsSync(resolve(stylesDir, `${name}.css`))) return null
      return { code: `import '@mantine/core/styles/${name}.css';\n${code}`, map: null }
    }
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: { input: { index: resolve(here, 'electron/main/index.ts') } }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can only require Electron's renderer modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        output: { format: 'cjs' }
      }
    }
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    build: {
      // electron-vite leaves the renderer unminified; minified, the JS parsed at start is about
      // a third (npm run bench:ui, "JS loaded at start").
      minify: true,
      rollupOptions: {
        input: { index: resolve(here, 'renderer/index.html') },
        output: { codeSplitting: { groups: [{ name: 'start', test: rendererStart.test }] } }
      }
    },
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion) },
    worker: { format: 'es' },
    plugins: [
      react(),
      injectCsp(),
      mantineCssPerComponent(),
      mantineLazyDefaultVariables(),
      rendererStart.plugin
    ]
  }
})
