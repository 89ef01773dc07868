/**
 * "Remember the key on this device": main keeps one random DEVICE KEY (32 bytes), encrypted by
 * the operating system's key store through Electron's `safeStorage`, in a file of the profile.
 * The renderer wraps the register's data key with it (the keyring's `device` entry), so this
 * file alone opens nothing, and the raw data key never crosses IPC.
 *
 * Only the asynchronous safeStorage API is used: the synchronous one is deprecated in Electron
 * 45 and removed in 46. On Linux the `basic_text` backend encrypts with a hard-coded password,
 * i.e. not at all: the option is then reported unavailable. Plain module, tested under Node
 * with a fake safeStorage (device-key.test.ts).
 */
import { readFile, rm } from 'node:fs/promises'

import type { DeviceKeyResult, DeviceKeyStatus } from '../../shared/ipc-contract'
import { DEVICE_KEY_BYTES } from '../../shared/ipc-contract'

import { writeFileAtomically } from './write-file'

/** The part of Electron's `safeStorage` used here. */
export type SafeStorageLike = {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  /** Linux only. */
  getSelectedStorageBackend?(): string
}

export type DeviceKeyStore = {
  status(): Promise<DeviceKeyStatus>
  remember(key: Uint8Array): Promise<DeviceKeyResult>
  recall(): Promise<Uint8Array | null>
  forget(): Promise<void>
}

export function createDeviceKeyStore(options: {
  safeStorage: SafeStorageLike
  platform: NodeJS.Platform
  /** e.g. `<userData>/device-key.bin`. */
  file: string
}): DeviceKeyStore {
  const { safeStorage, platform, file } = options

  async function available(): Promise<boolean> {
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
      return false
    }
    try {
      return await safeStorage.isAsyncEncryptionAvailable()
    } catch {
      return false
    }
  }

  async function readStored(): Promise<Buffer | null> {
    try {
      return await readFile(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  async function store(key: Uint8Array): Promise<void> {
    const encrypted = await safeStorage.encryptStringAsync(Buffer.from(key).toString('base64'))
    await writeFileAtomically(file, new Uint8Array(encrypted))
  }

  return {
    async status() {
      return { available: await available(), remembered: (await readStored()) !== null }
    },

    async remember(key) {
      if (key.byteLength !== DEVICE_KEY_BYTES) {
        return { ok: false, message: `The device key must be ${DEVICE_KEY_BYTES} bytes` }
      }
      if (!(await available())) {
        return { ok: false, message: 'The key store of this computer is not available' }
      }
      try {
        await store(key)
        return { ok: true }
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) }
      }
    },

    async recall() {
      const stored = await readStored()
      if (stored === null || !(await available())) return null
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(stored)
        const key = new Uint8Array(Buffer.from(result, 'base64'))
        if (key.byteLength !== DEVICE_KEY_BYTES) return null
        // The OS rotated its key: store it again under the new one (same device key).
        if (shouldReEncrypt) await store(key).catch(() => undefined)
        return key
      } catch {
        // Another user, another computer, a reset key store: the passphrase is asked instead.
        return null
      }
    },

    async forget() {
      await rm(file, { force: true })
    }
  }
}
