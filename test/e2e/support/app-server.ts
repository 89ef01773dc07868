/**
 * Serves a built renderer on 127.0.0.1 through the production `app://` protocol handler
 * (electron/main/serve-app.ts): the browser tests and the browser benches see the same files,
 * content types, CSP header and path checks as the Electron app. A localhost origin is a secure
 * context (WebCrypto, IndexedDB). Used by static-server.ts (Playwright's web server) and
 * bench/ui/bench-lib.ts.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { APP_ORIGIN } from '../../../electron/main/app-protocol'
import { serveAppRequest } from '../../../electron/main/serve-app'

export type CloseServer = () => Promise<void>
type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** Listens on 127.0.0.1:`port`; resolves to a close function, rejects when the port is taken. */
export function listenLocal(port: number, handle: Handler): Promise<CloseServer> {
  const server = createServer(handle)
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () =>
      done(() => new Promise((closed) => server.close(() => closed())))
    )
  })
}

/**
 * The app's handler for the renderer built in `root`, never cached by the browser; with
 * `cacheAssets`, the hashed files under /assets/ may be cached (a bench's stand-in for the
 * Electron scheme's V8 code cache: Chromium keeps compiled code only for cached scripts).
 */
export function appRequestHandler(root: string, cacheAssets = false): Handler {
  return (request, response) => {
    const appUrl = new URL(request.url ?? '/', APP_ORIGIN)
    const cached = cacheAssets && appUrl.pathname.startsWith('/assets/')
    void serveAppRequest(root, new Request(appUrl, { method: request.method ?? 'GET' }))
      .then(async (served) => {
        response.writeHead(served.status, {
          ...Object.fromEntries(served.headers),
          'Cache-Control': cached ? 'max-age=31536000, immutable' : 'no-store'
        })
        response.end(Buffer.from(await served.arrayBuffer()))
      })
      .catch(() => response.writeHead(500).end())
  }
}

/** Serves the renderer built in `root` on 127.0.0.1:`port` (see appRequestHandler). */
export function serveBuiltRenderer(
  root: string,
  port: number,
  cacheAssets = false
): Promise<CloseServer> {
  return listenLocal(port, appRequestHandler(root, cacheAssets))
}
