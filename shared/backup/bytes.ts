/**
 * Bytes, base64 and SHA-256 for the backup formats (WebCrypto and TextEncoder only: the same code
 * runs in the renderer, under Node and in the verify-backup CLI).
 */
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text)

/** Strict UTF-8 decoding: a malformed sequence throws instead of becoming U+FFFD. */
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes)

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_INDEX = new Int16Array(128).fill(-1)
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i

export function toBase64(input: ArrayBuffer | Uint8Array): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  const parts: string[] = []
  let line = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    line += B64[a >> 2]
    line += B64[((a & 3) << 4) | ((b ?? 0) >> 4)]
    line += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]
    line += c === undefined ? '=' : B64[c & 63]
    if (line.length >= 0x10000) {
      parts.push(line)
      line = ''
    }
  }
  parts.push(line)
  return parts.join('')
}

/** What `fromBase64` accepts: the base64 alphabet, then at most two `=` (length checked apart). */
const STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
/**
 * The engine's own decoder where it has one (Chromium 140+, so Electron's renderer; not Node 20).
 * Its default "loose" last-chunk handling ignores the bits a padded end leaves over, like the
 * loop below; the whitespace it would skip and the missing padding it would accept are refused
 * before it is called. A restore decodes every sealed record's IV and ciphertext: the loop cost
 * about 10 % of an encrypted backup's checks (bench/ui/restore-bench.ts profile, 1,000 incidents).
 */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array })
  .fromBase64

/** Strict base64 (no whitespace, canonical padding); undefined when malformed. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0 || !STRICT_BASE64.test(text)) return undefined
  if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, text) as Uint8Array<ArrayBuffer>
  return decodeBase64(text)
}

/**
 * fromBase64 for text that already matched B64_PATTERN (schemas.ts: a row's zod check): only the
 * length is left to check. A restore decodes every sealed record's ciphertext; testing the
 * pattern again cost a second pass over each (at 100k incidents, a few hundred MB of text).
 */
export function fromCheckedBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined
  if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, text) as Uint8Array<ArrayBuffer>
  return decodeBase64(text)
}

/** The decoding loop for engines without `Uint8Array.fromBase64`: `text` is already checked. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - pad)
  const digit = (i: number) => (i < text.length - pad ? B64_INDEX[text.charCodeAt(i)]! : 0)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const n = (digit(i) << 18) | (digit(i + 1) << 12) | (digit(i + 2) << 6) | digit(i + 3)
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}

export async function sha256Hex(bytes: Bytes): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A copy that owns its own ArrayBuffer (WebCrypto and IndexedDB want whole buffers). */
export function ownBuffer(view: Uint8Array): ArrayBuffer {
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer
}

/* WebCrypto types that exist under both the DOM and Node typings (shared/ compiles with both). */
export type AesKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>
export type Bytes = Parameters<typeof crypto.subtle.digest>[1]
export type KeyUsages = Parameters<typeof crypto.subtle.deriveKey>[4]
export type BlobParts = NonNullable<ConstructorParameters<typeof Blob>[0]>
