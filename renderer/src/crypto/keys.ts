/**
 * The register's keys (WebCrypto only).
 *
 * One random 256-bit AES-GCM DATA KEY encrypts every record. It is never stored in clear: the
 * keyring keeps it wrapped twice,
 *   - by a key derived from the passphrase with PBKDF2-SHA-256 (≥ 600,000 iterations, OWASP
 *     2023; the parameters and salt are stored beside it so they can be raised later),
 *   - by a key derived from the RECOVERY KEY (160 random bits, shown once at set-up) with
 *     HKDF-SHA-256: a random secret of that size needs no slow derivation.
 * Changing the passphrase re-wraps the data key; no record is re-encrypted. A wrong secret
 * fails AES-GCM authentication of the wrapped key: it unlocks nothing.
 * Why PBKDF2 and not Argon2id: see the README's security section (measured on this machine).
 */
export const PBKDF2_MIN_ITERATIONS = 600_000

export type PassphraseKdf = {
  name: 'PBKDF2'
  hash: 'SHA-256'
  iterations: number
  salt: Uint8Array
}
export type RecoveryKdf = { name: 'HKDF'; hash: 'SHA-256'; salt: Uint8Array }
export type WrappedKey = { iv: Uint8Array; wrapped: ArrayBuffer }

export type Keyring = {
  version: 1
  createdAt: string
  passphrase: { kdf: PassphraseKdf; key: WrappedKey }
  recovery: { kdf: RecoveryKdf; key: WrappedKey }
  /**
   * "Remember the key on this device" (Electron, opt-in): the data key wrapped by a random
   * 256-bit device key that main keeps in the OS key store (electron/main/device-key.ts).
   */
  device?: { key: WrappedKey }
}

export class WrongSecretError extends Error {
  constructor() {
    super('Wrong passphrase or recovery key.')
    this.name = 'WrongSecretError'
  }
}

const encoder = new TextEncoder()
const AES = { name: 'AES-GCM', length: 256 } as const

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n))
}

/** The passphrase's key-encryption key. NFC so that the same visible text gives the same key. */
async function passphraseKek(passphrase: string, kdf: PassphraseKdf): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey']
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: new Uint8Array(kdf.salt) },
    base,
    AES,
    false,
    ['wrapKey', 'unwrapKey']
  )
}

/* Recovery key: 20 random bytes in Crockford base32, 8 groups of 4 (no I, L, O, U). */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out.match(/.{1,4}/g)!.join('-')
}

/** Parses what the user typed (case, dashes, spaces and O/I/L look-alikes forgiven). */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (!/^[0-9A-HJKMNP-TV-Z]{32}$/.test(clean)) return undefined
  const out = new Uint8Array(20)
  let bits = 0
  let value = 0
  let n = 0
  for (const char of clean) {
    value = ((value << 5) | BASE32.indexOf(char)) & 0xffff
    bits += 5
    if (bits >= 8) {
      out[n++] = (value >>> (bits - 8)) & 0xff
      bits -= 8
    }
  }
  return out
}

async function recoveryKek(secret: Uint8Array<ArrayBuffer>, kdf: RecoveryKdf): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: kdf.hash,
      salt: new Uint8Array(kdf.salt),
      info: encoder.encode('sentinelle recovery key v1')
    },
    base,
    AES,
    false,
    ['wrapKey', 'unwrapKey']
  )
}

async function wrap(dataKey: CryptoKey, kek: CryptoKey): Promise<WrappedKey> {
  const iv = randomBytes(12)
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv })
  return { iv, wrapped }
}

async function unwrap(
  wrapped: WrappedKey,
  kek: CryptoKey,
  extractable: boolean
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped.wrapped,
      kek,
      { name: 'AES-GCM', iv: new Uint8Array(wrapped.iv) },
      AES,
      extractable,
      ['encrypt', 'decrypt']
    )
  } catch {
    throw new WrongSecretError()
  }
}

function newPassphraseKdf(iterations: number): PassphraseKdf {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(16) }
}

export type KeyringOptions = {
  /** Tests only may go below PBKDF2_MIN_ITERATIONS (to stay fast). */
  iterations?: number
  now?: string
}

/**
 * A new data key, wrapped by the passphrase and by a new recovery key. Returns the recovery
 * key's text: show it once, it is stored nowhere.
 */
export async function createKeyring(
  passphrase: string,
  options: KeyringOptions = {}
): Promise<{ keyring: Keyring; dataKey: CryptoKey; recoveryKey: string }> {
  const extractable = (await crypto.subtle.generateKey(AES, true, [
    'encrypt',
    'decrypt'
  ])) as CryptoKey
  const kdf = newPassphraseKdf(options.iterations ?? PBKDF2_MIN_ITERATIONS)
  const recoverySecret = randomBytes(20)
  const recoveryKdf: RecoveryKdf = { name: 'HKDF', hash: 'SHA-256', salt: randomBytes(16) }
  const kek = await passphraseKek(passphrase, kdf)
  const keyring: Keyring = {
    version: 1,
    createdAt: options.now ?? new Date().toISOString(),
    passphrase: { kdf, key: await wrap(extractable, kek) },
    recovery: {
      kdf: recoveryKdf,
      key: await wrap(extractable, await recoveryKek(recoverySecret, recoveryKdf))
    }
  }
  // The session uses a non-extractable copy: script running in the page cannot export it.
  const dataKey = await unwrap(keyring.passphrase.key, kek, false)
  return { keyring, dataKey, recoveryKey: formatRecoveryKey(recoverySecret) }
}

export async function unwrapWithPassphrase(
  keyring: Keyring,
  passphrase: string,
  extractable = false
): Promise<CryptoKey> {
  const kek = await passphraseKek(passphrase, keyring.passphrase.kdf)
  return unwrap(keyring.passphrase.key, kek, extractable)
}

export async function unwrapWithRecoveryKey(
  keyring: Keyring,
  recoveryKey: string,
  extractable = false
): Promise<CryptoKey> {
  const secret = parseRecoveryKey(recoveryKey)
  if (!secret) throw new WrongSecretError()
  return unwrap(keyring.recovery.key, await recoveryKek(secret, keyring.recovery.kdf), extractable)
}

/**
 * A keyring whose passphrase wrap is new; `current` is the old passphrase or the recovery key.
 * The data key, and so every record, stays the same. Iterations never go down.
 */
export async function rewrapPassphrase(
  keyring: Keyring,
  current: { passphrase: string } | { recoveryKey: string },
  newPassphrase: string,
  options: KeyringOptions = {}
): Promise<Keyring> {
  const dataKey =
    'passphrase' in current
      ? await unwrapWithPassphrase(keyring, current.passphrase, true)
      : await unwrapWithRecoveryKey(keyring, current.recoveryKey, true)
  const iterations = Math.max(
    keyring.passphrase.kdf.iterations,
    options.iterations ?? PBKDF2_MIN_ITERATIONS
  )
  const kdf = newPassphraseKdf(iterations)
  return {
    ...keyring,
    passphrase: { kdf, key: await wrap(dataKey, await passphraseKek(newPassphrase, kdf)) }
  }
}

/** The device key (32 random bytes, kept by the OS key store) as a key-wrapping key. */
function deviceKek(deviceKey: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(deviceKey), AES, false, [
    'wrapKey',
    'unwrapKey'
  ])
}

export function newDeviceKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(32)
}

/** A keyring whose data key is also wrapped by `deviceKey`; the passphrase proves the user. */
export async function wrapForDevice(
  keyring: Keyring,
  passphrase: string,
  deviceKey: Uint8Array
): Promise<Keyring> {
  const dataKey = await unwrapWithPassphrase(keyring, passphrase, true)
  return { ...keyring, device: { key: await wrap(dataKey, await deviceKek(deviceKey)) } }
}

export async function unwrapWithDeviceKey(
  keyring: Keyring,
  deviceKey: Uint8Array
): Promise<CryptoKey> {
  if (!keyring.device) throw new WrongSecretError()
  return unwrap(keyring.device.key, await deviceKek(deviceKey), false)
}
