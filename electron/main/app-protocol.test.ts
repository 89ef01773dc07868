import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  isAppUrl,
  resolveAppRequestPath
} from './app-protocol'

const root = resolve('/srv/sentinelle/out/renderer')

describe('the production origin', () => {
  it('is fixed to app://sentinelle, because IndexedDB is per origin', () => {
    expect(APP_ORIGIN).toBe('app://sentinelle')
    expect(APP_ENTRY_URL).toBe('app://sentinelle/index.html')
  })

  it('is a standard, secure scheme so that IndexedDB and persistent storage work', () => {
    expect(APP_SCHEME_PRIVILEGES.standard).toBe(true)
    expect(APP_SCHEME_PRIVILEGES.secure).toBe(true)
  })

  it('lets V8 cache the compiled start bundle between starts (Electron requires a standard scheme for it)', () => {
    expect(APP_SCHEME_PRIVILEGES.codeCache).toBe(true)
    expect(APP_SCHEME_PRIVILEGES.standard).toBe(true)
  })
})

describe('resolveAppRequestPath', () => {
  it.each([
    ['app://sentinelle/', 'index.html'],
    ['app://sentinelle/index.html', 'index.html'],
    ['app://sentinelle/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://sentinelle/assets/a%20b.css', 'assets/a b.css'],
    ['app://sentinelle/index.html?x=1#/incident/1', 'index.html']
  ])('serves %s from the renderer folder', (url, relativePath) => {
    expect(resolveAppRequestPath(root, url)).toBe(join(root, relativePath))
  })

  it.each([
    'app://sentinelle/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
    'app://sentinelle/..%5cmain%5cindex.js',
    'app://sentinelle/assets/..\\..\\secret',
    'app://sentinelle/%00index.html',
    'app://sentinelle/%E0%A4%A',
    'app://other/index.html',
    'app://sentinelle.evil/index.html',
    'app://user:pass@sentinelle/index.html',
    'app://sentinelle:8080/index.html',
    'file:///etc/passwd',
    'https://sentinelle/index.html',
    'not a url'
  ])('refuses %s', (url) => {
    expect(resolveAppRequestPath(root, url)).toBeNull()
  })
})

describe('dot segments', () => {
  it.each(['app://sentinelle/../main/index.js', 'app://sentinelle/%2e%2e/main/index.js'])(
    'are folded by the URL parser, so %s still resolves inside the renderer folder',
    (url) => {
      expect(resolveAppRequestPath(root, url)).toBe(join(root, 'main/index.js'))
    }
  )
})

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl('app://sentinelle/index.html')).toBe(true)
    expect(isAppUrl('app://sentinelle/index.html#/incident/2')).toBe(true)
  })

  it.each([
    'app://sentinelle.evil.example/index.html',
    'app://evil/index.html',
    'app://a:b@sentinelle/index.html',
    'https://sentinelle/',
    'file:///index.html',
    'http://localhost:5173/',
    'devtools://devtools/',
    ''
  ])('rejects %s without a dev server', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })

  it('accepts the exact dev-server origin in development, and nothing that only looks like it', () => {
    const dev = 'http://localhost:5173/'
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
  })
})

describe('contentTypeFor', () => {
  it('names the types the renderer build contains', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('/x/font.ttf')).toBe('font/ttf')
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream')
  })
})
