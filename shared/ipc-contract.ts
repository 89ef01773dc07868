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

/**
 * "Remember the key on this device" (Electron only, off by default): main keeps a random device
 * key encrypted by the OS key store (`safeStorage`); the register's data key is wrapped by it in
 * the keyring, so the raw data key never leaves the renderer (electron/main/device-key.ts).
 */
export type DeviceKeyStatus = {
  /** False when the OS key store is missing or, on Linux, is the unprotected `basic_text`. */
  available: boolean
  remembered: boolean
}

export type DeviceKeyResult = { ok: true } | { ok: false; message: string }

/** The device key's length: an AES-256 key-wrapping key. */
export const DEVICE_KEY_BYTES = 32

export type DeviceKeyBridge = {
  status(): Promise<DeviceKeyStatus>
  remember(key: Uint8Array): Promise<DeviceKeyResult>
  /** The remembered device key, or null (none, or the OS key store refused). */
  recall(): Promise<Uint8Array | null>
  forget(): Promise<void>
}

export type SentinelleBridge = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  appInfo(): Promise<AppInfo>
  /** Electron only: absent in a browser, which then does not offer the option. */
  deviceKey?: DeviceKeyBridge
}

/** IPC channel names, `domain:verb`. */
export const IPC_CHANNELS = {
  saveFile: 'file:save',
  appInfo: 'app:info',
  deviceKeyStatus: 'device-key:status',
  deviceKeyRemember: 'device-key:remember',
  deviceKeyRecall: 'device-key:recall',
  deviceKeyForget: 'device-key:forget'
} as const

/** Largest file the renderer may ask main to write (a 10,000-incident register PDF fits). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024
