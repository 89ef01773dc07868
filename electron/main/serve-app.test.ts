import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_SECURITY_POLICY_HEADER } from './security'
import { serveAppRequest } from './serve-app'

let base: string
let rendererRoot: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sentinelle-serve-'))
  rendererRoot = join(base, 'renderer')
  await mkdir(join(rendererRoot, 'assets'), { recursive: true })
  await writeFile(join(rendererRoot, 'index.html'), '<!doctype html><title>ok</title>')
  await writeFile(join(rendererRoot, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(base, 'secret.txt'), 'do not serve')
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('serveAppRequest', () => {
  it('serves index.html at the root with the CSP header', async () => {
    const response = await serveAppRequest(rendererRoot, new Request('app://sentinelle/'))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>ok</title>')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('serves assets with their type', async () => {
    const response = await serveAppRequest(
      rendererRoot,
      new Request('app://sentinelle/assets/app.js')
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://sentinelle/..%5csecret.txt',
      'app://sentinelle/assets/..%5c..%5csecret.txt',
      'app://other/secret.txt'
    ]) {
      const response = await serveAppRequest(rendererRoot, new Request(url))
      expect(response.status, url).toBe(404)
      expect(await response.text()).not.toContain('do not serve')
    }
  })

  it('answers 404 for a missing file and 405 for a write', async () => {
    expect(
      (await serveAppRequest(rendererRoot, new Request('app://sentinelle/nope.js'))).status
    ).toBe(404)
    const post = new Request('app://sentinelle/index.html', { method: 'POST', body: 'x' })
    expect((await serveAppRequest(rendererRoot, post)).status).toBe(405)
  })
})
