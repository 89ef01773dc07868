import { readFile } from 'node:fs/promises'

import { contentTypeFor, resolveAppRequestPath } from './app-protocol'
import { securityHeaders } from './security'

/**
 * The `app://` protocol handler: GET only, files inside the renderer build only, every response
 * with the CSP header. Kept apart from index.ts so it is tested without Electron.
 */
export async function serveAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 })
  }
  const filePath = resolveAppRequestPath(rendererRoot, request.url)
  if (filePath === null) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(filePath)
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: securityHeaders(contentTypeFor(filePath))
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}
