/**
 * The register's keys (WebCrypto only).
 *
 * One random 256-bit AES-GCM DATA KEY encrypts every record (since register v4 it seals the
 * per-incident keys, ./incident-keys.ts, and the register-wide records). It is never stored in
 * clear: the keyring keeps it wrapped twice,
 *   - by a key derived from the passphrase with PBKDF2-SHA-256 (≥ 600,000 iterations, OWASP
 *     2023; the parameters and salt are stored beside it so they can be raised later),
 *   - by a key derived from the RECOVERY KEY (160 random bits, shown once at set-up) with
 *     HKDF-SHA-256: a random secret of that size needs no slow derivation.
 * Changing the passphrase re-wraps the data key; no record is re-encrypted. A wrong secret
 * fails AES-GCM authentication of the wrapped key: it unlocks nothing.
 * The keyring's format, the key derivations and the unwrap live in shared/keyring.ts,
 * which a backup reader calls too; this module adds what only the app does (create, re-wrap,
 * device key).
 * Why PBKDF2 and not Argon2id: see the README's security section (measured on this machine).
 */
import {
  AES_256_GCM as AES,
  PBKDF2_MIN_ITERATIONS,
  WrongSecretError,
  formatRecoveryKey,
  parseRecoveryKey,
  passphraseKek,
  recoveryKek,
  unwrapDataKey,
  unwrapWithPassphrase as unwrapPassphraseWrap,
  unwrapWithRecoveryKey as unwrapRecoveryWrap,
  type Keyring,
  type RecoveryKdf,
  type PassphraseKdf,
  type WrappedKey
} from '@shared/keyring'

export {
  PBKDF2_MIN_ITERATIONS,
  WrongSecretError,
  formatRecoveryKey,
  parseRecoveryKey,
  type Keyring,
  type PassphraseKdf,
  type RecoveryKdf,
  type WrappedKey
}

const WRAP: KeyUsage[] = ['wrapKey', 'unwrapKey']

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n))
}

async function wrap(dataKey: CryptoKey, kek: CryptoKey): Promise<WrappedKey> {
  const iv = randomBytes(12)
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv })
  return { iv, wrapped }
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
  const kek = await passphraseKek(passphrase, kdf, WRAP)
  const keyring: Keyring = {
    version: 1,
    createdAt: options.now ?? new Date().toISOString(),
    passphrase: { kdf, key: await wrap(extractable, kek) },
    recovery: {
      kdf: recoveryKdf,
      key: await wrap(extractable, await recoveryKek(recoverySecret, recoveryKdf, WRAP))
    }
  }
  // The session uses a non-extractable copy: script running in the page cannot export it.
  const dataKey = await unwrapDataKey(keyring.passphrase.key, kek)
  return { keyring, dataKey, recoveryKey: formatRecoveryKey(recoverySecret) }
}

export function unwrapWithPassphrase(
  keyring: Keyring,
  passphrase: string,
  extractable = false
): Promise<CryptoKey> {
  return unwrapPassphraseWrap(keyring, passphrase, { extractable })
}

export function unwrapWithRecoveryKey(
  keyring: Keyring,
  recoveryKey: string,
  extractable = false
): Promise<CryptoKey> {
  return unwrapRecoveryWrap(keyring, recoveryKey, { extractable })
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
    passphrase: { kdf, key: await wrap(dataKey, await passphraseKek(newPassphrase, kdf, WRAP)) }
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
  return unwrapDataKey(keyring.device.key, await deviceKek(deviceKey))
}
