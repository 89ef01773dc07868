/**
 * The one contract between the renderer and the Electron main process.
 *
 * The preload exposes exactly `SentinelleBridge` on `window.sentinelle`; main registers one
 * handler per channel below and validates every payload before acting on it. In a plain
 * browser (end-to-end tests, `npm run dev` in a browser) the renderer uses a browser
 * implementation of the same type, chosen in `renderer/src/platform/bridge.ts`.
 */

export type SaveFileRequest = {
  /** File name proposed to the user, e.g. `2026-11-25_INC-0042_declaration_AXA.pdf`. */
  suggestedName: string
  mimeType: string
  bytes: Uint8Array
}

export type SaveFileResult =
  { status: 'saved'; path: string } | { status: 'cancelled' } | { status: 'error'; message: string }

export type AppInfo = {
  name: string
  version: string
  /** BCP 47 locale of the operating system, e.g. `fr-FR`. */
  locale: string
  platform: 'electron' | 'browser'
  electronVersion?: string
}

export type SentinelleBridge = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  appInfo(): Promise<AppInfo>
}

/** IPC channel names, `domain:verb`. */
export const IPC_CHANNELS = {
  saveFile: 'file:save',
  appInfo: 'app:info'
} as const

/** Largest file the renderer may ask main to write (a 10,000-incident register PDF fits). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024
