/**
 * Serves the built renderer (out/renderer) on 127.0.0.1 for the browser end-to-end tests through
 * the production `app://` protocol handler (electron/main/serve-app.ts): the tests see the same
 * files, content types, CSP header and path checks as the Electron app.
 */
import { createServer } from 'node:http'
import { resolve } from 'node:path'

import { APP_ORIGIN } from '../../../electron/main/app-protocol'
import { serveAppRequest } from '../../../electron/main/serve-app'

const root = resolve(process.argv[2] ?? 'out/renderer')
const port = Number(process.argv[3] ?? 4173)

createServer((request, response) => {
  const appUrl = new URL(request.url ?? '/', APP_ORIGIN)
  void serveAppRequest(root, new Request(appUrl, { method: request.method ?? 'GET' }))
    .then(async (served) => {
      response.writeHead(served.status, {
        ...Object.fromEntries(served.headers),
        'Cache-Control': 'no-store'
      })
      response.end(Buffer.from(await served.arrayBuffer()))
    })
    .catch(() => response.writeHead(500).end())
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`))
