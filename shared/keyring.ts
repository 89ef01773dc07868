/**
 * The register's keyring format and its unwrap, in WebCrypto only (no DOM, no Node API), so the
 * app (renderer/src/crypto/keys.ts) and a backup reader (shared/backup/secrets.ts, the
 * verify-backup CLI) open a keyring with ONE code.
 *
 * One random 256-bit AES-GCM DATA KEY, never stored in clear, wrapped (AES-GCM key wrap):
 *   - by a key derived from the passphrase with PBKDF2-SHA-256 (≥ 600,000 iterations; the
 *     parameters and salt are stored beside it so they can be raised later), NFC-normalised;
 *   - by a key derived from the RECOVERY KEY (160 random bits, Crockford base32 in 8 groups of 4)
 *     with HKDF-SHA-256, info `sentinelle recovery key v1`;
 *   - optionally (Electron, opt-in) by a random device key kept by the OS key store.
 * A wrong secret fails AES-GCM authentication of the wrapped key: WrongSecretError.
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

/* WebCrypto's types without the DOM lib (shared/ also compiles for Node). */
export type CryptoKeyOf = Awaited<ReturnType<typeof crypto.subtle.importKey>>
type Usages = Parameters<typeof crypto.subtle.deriveKey>[4]
/** What a key-encryption key may do: wrap and unwrap (the app), or only unwrap (a reader). */
export type KekUsages = Usages

const encoder = new TextEncoder()
export const AES_256_GCM = { name: 'AES-GCM', length: 256 } as const
const RECOVERY_INFO = 'sentinelle recovery key v1'

/** The passphrase's key-encryption key. NFC so that the same visible text gives the same key. */
export async function passphraseKek(
  passphrase: string,
  kdf: Pick<PassphraseKdf, 'iterations' | 'salt'>,
  usages: KekUsages
): Promise<CryptoKeyOf> {
  const base = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey']
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: new Uint8Array(kdf.salt) },
    base,
    AES_256_GCM,
    false,
    usages
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

export async function recoveryKek(
  secret: Uint8Array<ArrayBuffer>,
  kdf: Pick<RecoveryKdf, 'salt'>,
  usages: KekUsages
): Promise<CryptoKeyOf> {
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(kdf.salt),
      info: encoder.encode(RECOVERY_INFO)
    },
    base,
    AES_256_GCM,
    false,
    usages
  )
}

/** The data key a wrap holds; a wrong key-encryption key throws WrongSecretError. */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  kek: CryptoKeyOf,
  options: { extractable?: boolean; usages?: Usages } = {}
): Promise<CryptoKeyOf> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped.wrapped,
      kek,
      { name: 'AES-GCM', iv: new Uint8Array(wrapped.iv) },
      AES_256_GCM,
      options.extractable ?? false,
      options.usages ? [...options.usages] : ['encrypt', 'decrypt']
    )
  } catch {
    throw new WrongSecretError()
  }
}

export type UnwrapOptions = { extractable?: boolean; usages?: Usages }

/** The fields a keyring must have to be opened with a passphrase or a recovery key. */
export type OpenableKeyring = Pick<Keyring, 'passphrase' | 'recovery'>

export async function unwrapWithPassphrase(
  keyring: OpenableKeyring,
  passphrase: string,
  options: UnwrapOptions = {}
): Promise<CryptoKeyOf> {
  const kek = await passphraseKek(passphrase, keyring.passphrase.kdf, ['unwrapKey'])
  return unwrapDataKey(keyring.passphrase.key, kek, options)
}

export async function unwrapWithRecoveryKey(
  keyring: OpenableKeyring,
  recoveryKey: string,
  options: UnwrapOptions = {}
): Promise<CryptoKeyOf> {
  const secret = parseRecoveryKey(recoveryKey)
  if (!secret) throw new WrongSecretError()
  const kek = await recoveryKek(secret, keyring.recovery.kdf, ['unwrapKey'])
  return unwrapDataKey(keyring.recovery.key, kek, options)
}

/** With whichever the user typed: the passphrase first, then the text as a recovery key. */
export async function unwrapWithSecret(
  keyring: OpenableKeyring,
  secret: string,
  options: UnwrapOptions = {}
): Promise<CryptoKeyOf> {
  try {
    return await unwrapWithPassphrase(keyring, secret, options)
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error
  }
  return unwrapWithRecoveryKey(keyring, secret, options)
}
