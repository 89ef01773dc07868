/**
 * The cryptography a backup or case file needs, in WebCrypto only so that the verify-backup CLI
 * opens what the app wrote without the app:
 *   - the register's keyring (renderer/src/crypto/keys.ts): its data key, wrapped with a key
 *     derived from the passphrase (PBKDF2-SHA-256) or from the recovery key (HKDF-SHA-256);
 *   - records sealed with AES-GCM and the AAD `table NUL id` (renderer/src/crypto/seal.ts);
 *   - a case file's own passphrase: PBKDF2-SHA-256 (600,000 iterations) → AES-GCM, each entry
 *     sealed with its own IV and its name as AAD (an entry moved to another name fails).
 * The formats are the register's; a change there must be mirrored here (the round-trip tests
 * open real vault records with these functions).
 */
import { fromBase64, toBase64, utf8, type AesKey, type Bytes, type KeyUsages } from './bytes'
import { BackupError, fail } from './errors'
import type { KeyringJson, PassphraseKdfJson } from './schemas'

export const CASE_PBKDF2_ITERATIONS = 600_000
const AES = { name: 'AES-GCM', length: 256 } as const

const b64 = (text: string, part: string): Uint8Array<ArrayBuffer> =>
  fromBase64(text) ?? fail('invalid', part, 'Base64 invalide.', 'Invalid base64.')

async function passphraseKey(
  passphrase: string,
  kdf: PassphraseKdfJson,
  usages: KeyUsages
): Promise<AesKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey']
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: b64(kdf.salt, 'kdf') },
    base,
    AES,
    false,
    usages
  )
}

/* Recovery key: 20 bytes in Crockford base32 (renderer/src/crypto/keys.ts parseRecoveryKey). */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

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

async function unwrapWith(kek: AesKey, key: { iv: string; wrapped: string }): Promise<AesKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    b64(key.wrapped, 'keyring'),
    kek,
    { name: 'AES-GCM', iv: b64(key.iv, 'keyring') },
    AES,
    false,
    ['decrypt']
  )
}

const wrongSecret = (): BackupError =>
  new BackupError('wrong-secret', '', {
    fr: 'Phrase secrète ou clé de secours incorrecte.',
    en: 'Wrong passphrase or recovery key.'
  })

/** The register's data key from its passphrase or, failing that, its recovery key. */
export async function unwrapRegisterKey(keyring: KeyringJson, secret: string): Promise<AesKey> {
  try {
    return await unwrapWith(
      await passphraseKey(secret, keyring.passphrase.kdf, ['unwrapKey']),
      keyring.passphrase.key
    )
  } catch (error) {
    if (error instanceof BackupError) throw error
  }
  const recovery = parseRecoveryKey(secret)
  if (recovery) {
    try {
      const base = await crypto.subtle.importKey('raw', recovery, 'HKDF', false, ['deriveKey'])
      const kek = await crypto.subtle.deriveKey(
        {
          name: 'HKDF',
          hash: 'SHA-256',
          salt: b64(keyring.recovery.kdf.salt, 'keyring'),
          info: utf8('sentinelle recovery key v1')
        },
        base,
        AES,
        false,
        ['unwrapKey']
      )
      return await unwrapWith(kek, keyring.recovery.key)
    } catch (error) {
      if (error instanceof BackupError) throw error
    }
  }
  throw wrongSecret()
}

/** Opens a record sealed by the register's vault; a failure names the record. */
export async function openRecord(
  key: AesKey,
  table: string,
  id: string,
  iv: string,
  ciphertext: Bytes
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: b64(iv, `${table}/${id}`),
          additionalData: utf8(`${table}\u0000${id}`)
        },
        key,
        ciphertext
      )
    )
  } catch (error) {
    if (error instanceof BackupError) throw error
    return fail(
      'damaged',
      `${table}/${id}`,
      'Enregistrement chiffré illisible : altéré, ou clé d’un autre registre.',
      'Sealed record cannot be opened: altered, or another register’s key.'
    )
  }
}

/**
 * The keys of a register backup (format 2): the data key, and each incident's key, unwrapped on
 * first use from its `incidentKeys` row (raw key sealed under the data key, AAD `incidentKeys`
 * + incident id; renderer/src/crypto/incident-keys.ts). `keyFor(ik)` gives the key that opens a
 * record marked `ik`, the data key when unmarked; a mark without its key row fails `damaged`.
 */
export type RecordKeys = {
  dataKey: AesKey
  keyFor(ik: string | undefined, part: string): Promise<AesKey>
}

export function incidentKeyOpener(
  dataKey: AesKey,
  rows: readonly { id: string; iv: string; ciphertext: string }[]
): RecordKeys {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const opened = new Map<string, Promise<AesKey>>()
  const unwrap = async (incidentId: string, part: string): Promise<AesKey> => {
    const row = byId.get(incidentId)
    if (!row) {
      return fail(
        'damaged',
        part,
        `Clé de l’incident « ${incidentId} » absente : enregistrement illisible.`,
        `The key of incident "${incidentId}" is missing: the record cannot be opened.`
      )
    }
    const raw = await openRecord(
      dataKey,
      'incidentKeys',
      incidentId,
      row.iv,
      b64(row.ciphertext, `tables/incident-keys.json: ${incidentId}`)
    )
    if (raw.length !== 32) {
      fail('damaged', `tables/incident-keys.json: ${incidentId}`, 'Clé invalide.', 'Invalid key.')
    }
    return crypto.subtle.importKey('raw', raw, AES, false, ['decrypt'])
  }
  return {
    dataKey,
    keyFor(ik, part) {
      if (ik === undefined) return Promise.resolve(dataKey)
      let key = opened.get(ik)
      if (!key) {
        key = unwrap(ik, part)
        opened.set(ik, key)
      }
      return key
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Case file passphrase                                                                        */

export function newCaseKdf(iterations = CASE_PBKDF2_ITERATIONS): PassphraseKdfJson {
  return {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16)))
  }
}

export const caseKey = (passphrase: string, kdf: PassphraseKdfJson): Promise<AesKey> =>
  passphraseKey(passphrase, kdf, ['encrypt', 'decrypt'])

const caseAad = (name: string) => utf8(`sentinelle.case\u0000${name}`)

export async function sealEntry(
  key: AesKey,
  name: string,
  bytes: Bytes
): Promise<{ iv: string; data: Uint8Array<ArrayBuffer> }> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: caseAad(name) },
    key,
    bytes
  )
  return { iv: toBase64(iv), data: new Uint8Array(data) }
}

export async function openEntry(
  key: AesKey,
  name: string,
  iv: string | undefined,
  bytes: Bytes,
  first: boolean
): Promise<Uint8Array<ArrayBuffer>> {
  if (!iv)
    return fail(
      'invalid',
      name,
      'IV manquant pour une entrée chiffrée.',
      'Missing IV for a sealed entry.'
    )
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: b64(iv, name), additionalData: caseAad(name) },
        key,
        bytes
      )
    )
  } catch (error) {
    if (error instanceof BackupError) throw error
    // The first entry failing means the passphrase is wrong; a later one, that it was altered.
    if (first)
      throw new BackupError('wrong-secret', '', {
        fr: 'Phrase secrète incorrecte.',
        en: 'Wrong passphrase.'
      })
    return fail(
      'damaged',
      name,
      'Entrée chiffrée illisible : altérée.',
      'Sealed entry cannot be opened: altered.'
    )
  }
}
