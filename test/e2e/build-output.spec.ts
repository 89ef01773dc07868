import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { expect, test } from '@playwright/test'

import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

// These checks read the output of `npm run build`, which `npm test` runs first.
const out = join(import.meta.dirname, '..', '..', 'out')

test('the build produces main, a CommonJS preload and the renderer', () => {
  expect(existsSync(join(out, 'main', 'index.js'))).toBe(true)
  expect(existsSync(join(out, 'preload', 'index.cjs'))).toBe(true)
  expect(existsSync(join(out, 'renderer', 'index.html'))).toBe(true)
})

test('the built index.html carries the one CSP of shared/csp.ts', () => {
  const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8')
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  expect(meta).toBe(CONTENT_SECURITY_POLICY)
})

test('the sandboxed preload requires nothing but electron', () => {
  const preload = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8')
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])
  expect(new Set(required)).toEqual(new Set(['electron']))
  expect(preload).toContain('exposeInMainWorld')
  expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/)
})
