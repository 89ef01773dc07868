/**
 * Playwright's web server (playwright.config.ts): serves the built renderer (out/renderer) on
 * 127.0.0.1 through the production `app://` protocol handler (app-server.ts).
 *   tsx test/e2e/support/static-server.ts [renderer dir] [port]
 */
import { resolve } from 'node:path'

import { serveBuiltRenderer } from './app-server'

const root = resolve(process.argv[2] ?? 'out/renderer')
const port = Number(process.argv[3] ?? 4173)

await serveBuiltRenderer(root, port)
console.log(`serving ${root} on http://127.0.0.1:${port}`)
