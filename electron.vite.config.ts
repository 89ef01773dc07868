import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

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
    plugins: [react(), injectCsp(), rendererStart.plugin]
  }
})
