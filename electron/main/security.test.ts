import { describe, expect, it, vi } from 'vitest'

import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  isPermissionAllowed,
  restrictPermissions,
  hardenWebContents,
  isTrustedSender,
  secureWebPreferences,
  securityHeaders
} from './security'

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/index.cjs')

  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    expect(preferences.contextIsolation).toBe(true)
    expect(preferences.sandbox).toBe(true)
    expect(preferences.nodeIntegration).toBe(false)
    expect(preferences.nodeIntegrationInWorker).toBe(false)
    expect(preferences.nodeIntegrationInSubFrames).toBe(false)
  })

  it('never loosens web security', () => {
    expect(preferences.webSecurity).toBe(true)
    expect(preferences.allowRunningInsecureContent).toBe(false)
    expect(preferences.experimentalFeatures).toBe(false)
    expect(preferences.webviewTag).toBe(false)
  })

  it('loads the CommonJS preload, the only format a sandboxed preload accepts', () => {
    expect(preferences.preload).toMatch(/index\.cjs$/)
  })
})

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY_HEADER.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/)
      return [name, values] as const
    })
  )

  it('allows scripts from the app only, without eval or inline scripts', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'")
  })

  it('names no remote origin at all', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/)
  })

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('is sent as a header with every file of the app protocol', () => {
    const headers = securityHeaders('text/html; charset=utf-8')
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(CONTENT_SECURITY_POLICY_HEADER.startsWith(CONTENT_SECURITY_POLICY)).toBe(true)
    // A meta tag ignores frame-ancestors and logs an error, so the meta policy leaves it out.
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8')
  })
})

describe('hardenWebContents', () => {
  it('prevents every navigation, redirect and webview, and denies every new window', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>()
    let openHandler: ((details: unknown) => { action: string }) | undefined
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) => {
        listeners.set(name, listener)
        return contents
      },
      setWindowOpenHandler: (handler: (details: unknown) => { action: string }) => {
        openHandler = handler
      }
    }
    hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0])

    for (const name of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview'
    ]) {
      const event = { preventDefault: vi.fn() }
      const listener = listeners.get(name)
      expect(listener, name).toBeDefined()
      listener?.(event)
      expect(event.preventDefault, name).toHaveBeenCalledOnce()
    }
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
  })
})

describe('restrictPermissions', () => {
  function install(devServerUrl?: string) {
    let requestHandler: ((...args: unknown[]) => void) | undefined
    let checkHandler: ((...args: unknown[]) => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
        requestHandler = handler
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
        checkHandler = handler
      }
    }
    restrictPermissions(
      session as unknown as Parameters<typeof restrictPermissions>[0],
      devServerUrl
    )
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn()
      requestHandler?.({}, permission, callback, { requestingUrl })
      return callback.mock.calls[0]?.[0] as boolean
    }
    const check = (permission: string, origin: string) => checkHandler?.({}, permission, origin)
    return { request, check }
  }

  it('refuses every device, notification and clipboard permission, even to the app', () => {
    const { request, check } = install()
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal'
    ]) {
      expect(request(permission, 'app://sentinelle/index.html'), permission).toBe(false)
      expect(check(permission, 'app://sentinelle'), permission).toBe(false)
    }
  })

  it('grants persistent storage to the app origin only, so the register is not evicted', () => {
    const { request, check } = install()
    expect(request('persistent-storage', 'app://sentinelle/index.html')).toBe(true)
    expect(check('persistent-storage', 'app://sentinelle')).toBe(true)
    expect(request('persistent-storage', 'https://evil.example/')).toBe(false)
    expect(request('persistent-storage', 'app://sentinelle.evil/')).toBe(false)
    expect(check('persistent-storage', 'http://localhost:5173')).toBe(false)
  })

  it('treats the dev server as the app only when one is configured', () => {
    expect(
      install('http://localhost:5173').request('persistent-storage', 'http://localhost:5173/')
    ).toBe(true)
  })
})

describe('isPermissionAllowed', () => {
  it('needs a requesting URL', () => {
    expect(isPermissionAllowed('persistent-storage', undefined)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender({ url: 'app://sentinelle/index.html', parent: null })).toBe(true)
    expect(isTrustedSender({ url: 'app://sentinelle/index.html', parent: {} })).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false)
    expect(isTrustedSender({ url: 'app://sentinelle.evil/', parent: null })).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })

  it('trusts the dev server only when one is configured', () => {
    const frame = { url: 'http://localhost:5173/', parent: null }
    expect(isTrustedSender(frame)).toBe(false)
    expect(isTrustedSender(frame, 'http://localhost:5173')).toBe(true)
  })
})
