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

/** Strict base64 (no whitespace, canonical padding); undefined when malformed. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - pad)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const quad = [0, 1, 2, 3].map((k) => {
      const code = text.charCodeAt(i + k)
      if (i + k >= text.length - pad) return 0
      return code < 128 ? B64_INDEX[code]! : -1
    })
    if (quad.some((v) => v < 0)) return undefined
    const n = (quad[0]! << 18) | (quad[1]! << 12) | (quad[2]! << 6) | quad[3]!
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
