/**
 * The remembered device key under Node with a fake safeStorage: what reaches the disk, the
 * Linux `basic_text` refusal, a key store that cannot decrypt, key rotation, and forgetting.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createDeviceKeyStore, type SafeStorageLike } from './device-key'

/** A fake OS key store: XOR with a secret byte, tagged so a foreign blob fails to decrypt. */
function fakeSafeStorage(options: { available?: boolean; backend?: string; secret?: number } = {}) {
  const calls = { encrypt: 0, rotate: false }
  const secret = options.secret ?? 0x5a
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    encryptStringAsync: (text) => {
      calls.encrypt++
      return Promise.resolve(
        Buffer.concat([Buffer.from([secret]), Buffer.from(text).map((b) => b ^ secret)])
      )
    },
    decryptStringAsync: (encrypted) => {
      if (encrypted[0] !== secret) return Promise.reject(new Error('Error while decrypting'))
      const result = Buffer.from(encrypted.subarray(1).map((b) => b ^ secret)).toString()
      return Promise.resolve({ result, shouldReEncrypt: calls.rotate })
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret'
  }
  return { storage, calls }
}

const KEY = new Uint8Array(32).map((_, i) => i * 7 + 1)
let dir: string
let file: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sentinelle-device-key-'))
  file = join(dir, 'device-key.bin')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the device key store', () => {
  it('is off until remembered; stores only the OS-encrypted key; recalls it; forgets it', async () => {
    const { storage } = fakeSafeStorage()
    const store = createDeviceKeyStore({ safeStorage: storage, platform: 'linux', file })
    expect(await store.status()).toEqual({ available: true, remembered: false })
    expect(await store.recall()).toBeNull()
    expect(await store.remember(KEY)).toEqual({ ok: true })
    expect(await store.status()).toEqual({ available: true, remembered: true })
    const onDisk = await readFile(file)
    expect(onDisk.includes(Buffer.from(KEY))).toBe(false)
    expect(onDisk.toString().includes(Buffer.from(KEY).toString('base64'))).toBe(false)
    expect(await store.recall()).toEqual(KEY)
    await store.forget()
    expect(await readdir(dir)).toEqual([])
    expect(await store.recall()).toBeNull()
    await store.forget()
  })

  it('refuses the Linux basic_text backend (a hard-coded password) and a missing key store', async () => {
    for (const fake of [
      fakeSafeStorage({ backend: 'basic_text' }),
      fakeSafeStorage({ available: false })
    ]) {
      const store = createDeviceKeyStore({ safeStorage: fake.storage, platform: 'linux', file })
      expect((await store.status()).available).toBe(false)
      expect(await store.remember(KEY)).toMatchObject({ ok: false })
      expect(fake.calls.encrypt).toBe(0)
      expect(await readdir(dir)).toEqual([])
    }
    // basic_text is a Linux name only: elsewhere the key store's own answer counts.
    const mac = fakeSafeStorage({ backend: 'basic_text' })
    const store = createDeviceKeyStore({ safeStorage: mac.storage, platform: 'darwin', file })
    expect((await store.status()).available).toBe(true)
  })

  it('refuses a key of the wrong size', async () => {
    const store = createDeviceKeyStore({
      safeStorage: fakeSafeStorage().storage,
      platform: 'win32',
      file
    })
    expect(await store.remember(new Uint8Array(16))).toMatchObject({ ok: false })
    expect(await store.status()).toMatchObject({ remembered: false })
  })

  it('recalls nothing when the key store cannot decrypt (another user, a reset key store)', async () => {
    const first = createDeviceKeyStore({
      safeStorage: fakeSafeStorage().storage,
      platform: 'win32',
      file
    })
    await first.remember(KEY)
    const other = createDeviceKeyStore({
      safeStorage: fakeSafeStorage({ secret: 0x33 }).storage,
      platform: 'win32',
      file
    })
    expect(await other.recall()).toBeNull()
  })

  it('stores the key again when the OS rotated its own key', async () => {
    const fake = fakeSafeStorage()
    const store = createDeviceKeyStore({ safeStorage: fake.storage, platform: 'darwin', file })
    await store.remember(KEY)
    fake.calls.rotate = true
    expect(await store.recall()).toEqual(KEY)
    expect(fake.calls.encrypt).toBe(2)
  })
})
