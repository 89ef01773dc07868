/**
 * The production origin of the renderer: `app://sentinelle/`.
 *
 * IndexedDB is per origin, so this origin is where every user's register lives. It must never
 * change: a new scheme or host would open an empty database and orphan the old one.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'sentinelle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Privileges of the scheme: standard + secure is what makes IndexedDB and `persist()` work.
 * `codeCache` (Electron 28+, standard schemes only) lets V8 keep the app's compiled scripts
 * between starts, as Chromium does for cached http scripts: a start after the first skips most
 * of compiling the ~630 KB start bundle (issue 12). It caches our own code, never user data.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true
} as const

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8'
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps a request URL to a file inside `rootDir`, or `null` when the request must be refused:
 * another scheme or host, credentials or a port in the URL, or a path that escapes the root
 * (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL bytes).
 */
export function resolveAppRequestPath(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null
  if (url.username !== '' || url.password !== '' || url.port !== '') return null

  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname === '/' || pathname === '') pathname = '/index.html'

  const root = resolve(rootDir)
  const candidate = resolve(root, `.${pathname}`)
  const fromRoot = relative(root, candidate)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null
  if (fromRoot.split(sep).includes('..')) return null
  return candidate
}

/**
 * Whether a URL belongs to the app: exactly `app://sentinelle/...`, or in development the exact
 * origin of the Vite dev server. Used to check the sender of every IPC message and every
 * navigation. A prefix test would accept `app://sentinelle.evil/`; parsing does not.
 */
export function isAppUrl(value: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username !== '' || url.password !== '') return false
  if (url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '') return true
  if (devServerUrl === undefined) return false
  let dev: URL
  try {
    dev = new URL(devServerUrl)
  } catch {
    return false
  }
  return url.origin === dev.origin
}
