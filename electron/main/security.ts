/**
 * Every security setting of the window in one place (Electron security checklist #2-#20).
 * This module imports Electron's types only, so that it runs under plain Node in tests.
 */
import type { Session, WebContents, WebPreferences } from 'electron'

import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp'

import { isAppUrl } from './app-protocol'

export { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER }

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

/** Response headers sent with every file of the app protocol. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer'
  }
}

type NavigationEvent = { preventDefault(): void }

/**
 * The renderer is a single page: any navigation, new window or webview is an attack or a bug.
 * Links to the outside are never opened (the app is offline by design). `will-navigate` sees the
 * main frame only; `will-frame-navigate` also sees sub-frames (an injected `<iframe>` pointed at
 * another page), so both are refused. In-page navigation (the hash router) fires neither.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>
): void {
  contents.on('will-navigate', (event: NavigationEvent) => event.preventDefault())
  contents.on('will-frame-navigate', (event: NavigationEvent) => event.preventDefault())
  contents.on('will-redirect', (event: NavigationEvent) => event.preventDefault())
  contents.on('will-attach-webview', (event: NavigationEvent) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * Whether the app may have a permission. Camera, microphone, notifications, geolocation…: the
 * app needs none. The one exception is persistent storage (`navigator.storage.persist()`, which
 * Electron reports as 'persistent-storage'), granted to the app's own origin only: without it the
 * register could be evicted under disk pressure.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  devServerUrl?: string
): boolean {
  return (
    permission === 'persistent-storage' &&
    requestingUrl !== undefined &&
    isAppUrl(requestingUrl, devServerUrl)
  )
}

/** Installs isPermissionAllowed as the session's request and check handlers. */
export function restrictPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  devServerUrl?: string
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details?.requestingUrl, devServerUrl))
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, devServerUrl)
  )
}

/** The sender check of every IPC handler: only the app's own top frame may call main. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  devServerUrl?: string
): boolean {
  if (frame === null || frame === undefined) return false
  if (frame.parent !== null) return false
  return isAppUrl(frame.url, devServerUrl)
}
