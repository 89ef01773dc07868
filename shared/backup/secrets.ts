/**
 * The cryptography a backup or case file needs, in WebCrypto only so that the verify-backup CLI
 * opens what the app wrote without the app:
 *   - the register's keyring: its data key, wrapped with a key derived from the passphrase
 *     (PBKDF2-SHA-256) or from the recovery key (HKDF-SHA-256), opened by the same code as the
 *     app's (shared/keyring.ts);
 *   - records sealed with AES-GCM and the AAD `table NUL id` (renderer/src/crypto/seal.ts), and
 *     since format 2 the incident keys they may be sealed with (incidentKeyOpener);
 *   - a case file's own passphrase: PBKDF2-SHA-256 (600,000 iterations) → AES-GCM, each entry
 *     sealed with its own IV and its name as AAD (an entry moved to another name fails).
 */
import { WrongSecretError, passphraseKek, unwrapWithSecret, type Keyring } from '../keyring'
import { fromBase64, toBase64, utf8, type AesKey, type Bytes } from './bytes'
import { BackupError, fail } from './errors'
import type { KeyringJson, PassphraseKdfJson } from './schemas'

export const CASE_PBKDF2_ITERATIONS = 600_000
const AES = { name: 'AES-GCM', length: 256 } as const

const b64 = (text: string, part: string): Uint8Array<ArrayBuffer> =>
  fromBase64(text) ?? fail('invalid', part, 'Base64 invalide.', 'Invalid base64.')

/** The keyring as the app stores it (binary fields) from its backup JSON (base64). */
function keyringOf(json: KeyringJson): Pick<Keyring, 'passphrase' | 'recovery'> {
  return {
    passphrase: {
      kdf: { ...json.passphrase.kdf, salt: b64(json.passphrase.kdf.salt, 'keyring') },
      key: {
        iv: b64(json.passphrase.key.iv, 'keyring'),
        wrapped: b64(json.passphrase.key.wrapped, 'keyring').buffer
      }
    },
    recovery: {
      kdf: { ...json.recovery.kdf, salt: b64(json.recovery.kdf.salt, 'keyring') },
      key: {
        iv: b64(json.recovery.key.iv, 'keyring'),
        wrapped: b64(json.recovery.key.wrapped, 'keyring').buffer
      }
    }
  }
}

/** The register's data key from its passphrase or, failing that, its recovery key. */
export async function unwrapRegisterKey(keyring: KeyringJson, secret: string): Promise<AesKey> {
  try {
    return await unwrapWithSecret(keyringOf(keyring), secret, { usages: ['decrypt'] })
  } catch (error) {
    if (error instanceof WrongSecretError) {
      throw new BackupError('wrong-secret', '', {
        fr: 'Phrase secrète ou clé de secours incorrecte.',
        en: 'Wrong passphrase or recovery key.'
      })
    }
    throw error
  }
}

/**
 * A record's AAD, `table NUL id` in UTF-8. Table names and ids are ASCII: written byte by byte,
 * which spares a TextEncoder call per record (0.5 s of a 30k-incident restore's 17 s of checks,
 * bench/ui/restore-bench.ts profile); anything else goes through `utf8`.
 */
export function recordAad(table: string, id: string): Uint8Array<ArrayBuffer> {
  const length = table.length + 1 + id.length
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) {
    const code =
      i < table.length
        ? table.charCodeAt(i)
        : i === table.length
          ? 0
          : id.charCodeAt(i - table.length - 1)
    if (code > 0x7f) return utf8(`${table}\u0000${id}`)
    out[i] = code
  }
  return out
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
          additionalData: recordAad(table, id)
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
  passphraseKek(passphrase, { iterations: kdf.iterations, salt: b64(kdf.salt, 'kdf') }, [
    'encrypt',
    'decrypt'
  ])

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
