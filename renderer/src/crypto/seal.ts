/**
 * Record sealing with AES-GCM (WebCrypto only, so it runs the same in the renderer and Node).
 *
 * Every sealed record has its own random 96-bit IV and binds `table` and `id` as additional
 * authenticated data: a ciphertext copied onto another record (or another table) fails to open,
 * exactly like a flipped byte. A failure is a DamagedRecordError, never a wrong value.
 */
export type Sealed = { iv: Uint8Array; ciphertext: ArrayBuffer }

export class DamagedRecordError extends Error {
  constructor(
    readonly table: string,
    readonly id: string
  ) {
    super(`Record ${table}/${id} failed authentication: it is damaged or was tampered with.`)
    this.name = 'DamagedRecordError'
  }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** AAD = table NUL id: the record is bound to where it is stored. */
export function recordAad(table: string, id: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${table}\u0000${id}`)
}

export async function sealBytes(
  key: CryptoKey,
  table: string,
  id: string,
  bytes: BufferSource
): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: recordAad(table, id) },
    key,
    bytes
  )
  return { iv, ciphertext }
}

export async function openBytes(
  key: CryptoKey,
  table: string,
  id: string,
  sealed: Sealed
): Promise<ArrayBuffer> {
  try {
    return await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(sealed.iv), additionalData: recordAad(table, id) },
      key,
      sealed.ciphertext
    )
  } catch {
    throw new DamagedRecordError(table, id)
  }
}

export async function sealJson(
  key: CryptoKey,
  table: string,
  id: string,
  value: unknown
): Promise<Sealed> {
  return sealBytes(key, table, id, encoder.encode(JSON.stringify(value)))
}

export async function openJson<T>(
  key: CryptoKey,
  table: string,
  id: string,
  sealed: Sealed
): Promise<T> {
  const bytes = await openBytes(key, table, id, sealed)
  try {
    return JSON.parse(decoder.decode(bytes)) as T
  } catch {
    throw new DamagedRecordError(table, id)
  }
}

export function isSealed(value: unknown): value is Sealed {
  const v = value as Partial<Sealed> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    v.iv instanceof Uint8Array &&
    v.ciphertext instanceof ArrayBuffer
  )
}

/** Base64 for the places that store text only (localStorage). */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let text = ''
  for (let i = 0; i < view.length; i += 0x8000) {
    text += String.fromCharCode(...view.subarray(i, i + 0x8000))
  }
  return btoa(text)
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text)
  const out = new Uint8Array(raw.length)
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i)
  return out
}
