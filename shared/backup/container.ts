/**
 * The container shared by backups and case files: a small binary frame around named entries.
 *
 *   "SNTLPACK"                 8 bytes, magic
 *   manifest length            4 bytes, unsigned big-endian
 *   SHA-256 of the manifest   32 bytes
 *   manifest                   UTF-8 JSON (./schemas.ts ManifestSchema): format, versions, counts
 *                              and, per entry, its name, offset, size and SHA-256
 *   entries                    the bytes of every entry, back to back, in manifest order
 *
 * Why not zip or one JSON document: see shared/backup/README.md (entries are read one at a time
 * by offset, attachments are stored as they are, with no base64 inflation, no CRC and no 4 GiB
 * limit to work around).
 */
import { z } from 'zod'

import { fromUtf8, sha256Hex, utf8, type BlobParts } from './bytes'
import { BackupError, fail } from './errors'
import { JsonArraySplitter } from './json-stream'
import {
  ManifestSchema,
  READABLE_FORMAT_VERSIONS,
  type Manifest,
  type ManifestEntry
} from './schemas'
import { firstIssue } from './validate'

export const MAGIC = utf8('SNTLPACK')
const HEADER_BYTES = MAGIC.length + 4 + 32
/** A manifest lists names and hashes only: 64 MiB covers 250,000 entries with room to spare. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

/** Random access to the bytes of a file: a Blob in the app, a Uint8Array in the CLI. */
export type ByteSource = { size: number; read(start: number, end: number): Promise<Uint8Array> }

export const bytesSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.byteLength,
  read: async (start, end) => bytes.subarray(start, end)
})

export const blobSource = (blob: Blob): ByteSource => ({
  size: blob.size,
  read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer())
})

export type EntryData = Uint8Array | Blob

/** `sha256`: the data's, when the writer hashed it already (a table written batch by batch). */
export type PackEntry = { name: string; data: EntryData; iv?: string; sha256?: string }

export type OpenedContainer = {
  manifest: Manifest
  /** Reads one entry and checks its SHA-256 against the manifest. */
  read(entry: ManifestEntry): Promise<Uint8Array>
  /**
   * Reads one JSON entry a slice at a time (`sliceBytes`, a few MiB), checked as `read` and
   * parsed as `decodeJsonEntry`, same refusals in the same order; a top-level array is parsed
   * element by element, so no string of the whole entry is made.
   */
  readJson(entry: ManifestEntry, sliceBytes?: number): Promise<unknown>
  entry(name: string): ManifestEntry | undefined
}

const sizeOf = (data: EntryData): number =>
  data instanceof Uint8Array ? data.byteLength : data.size

async function bytesOf(data: EntryData): Promise<Uint8Array<ArrayBuffer>> {
  if (data instanceof Uint8Array) return new Uint8Array(data)
  return new Uint8Array(await data.arrayBuffer())
}

/**
 * Packs entries into one Blob. Each entry is hashed once (one entry in memory at a time when
 * entries are Blobs); the Blob keeps references, it does not copy the attachments again.
 */
export async function packContainer(
  header: Omit<Manifest, 'entries'>,
  entries: readonly PackEntry[],
  onEntry?: (done: number, total: number) => void
): Promise<Blob> {
  const listed: ManifestEntry[] = []
  let offset = 0
  for (const [i, entry] of entries.entries()) {
    const size = sizeOf(entry.data)
    const sha256 = entry.sha256 ?? (await sha256Hex(await bytesOf(entry.data)))
    listed.push({ name: entry.name, offset, size, sha256, ...(entry.iv ? { iv: entry.iv } : {}) })
    offset += size
    onEntry?.(i + 1, entries.length)
  }
  const manifest = utf8(JSON.stringify({ ...header, entries: listed }))
  const head = new Uint8Array(HEADER_BYTES)
  head.set(MAGIC, 0)
  new DataView(head.buffer).setUint32(MAGIC.length, manifest.byteLength)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', manifest))
  head.set(digest, MAGIC.length + 4)
  return new Blob([head, manifest, ...(entries.map((e) => e.data) as BlobParts)], {
    type: 'application/octet-stream'
  })
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype']
/**
 * One of those names as a plain quoted string, or an escape from `\u0040` to `\u007F` (either
 * case: those that can write an ASCII letter or `_`). One regular expression scans a big text
 * about five times faster than three `includes` (measured in Node on 38 M characters: 22 ms
 * against 110 ms).
 */
const SUSPECT = /"(?:__proto__|constructor|prototype)"|\\u00[4-7][0-9a-fA-F]/

/**
 * Parses a JSON text that must not carry prototype-changing keys. A reviver sees every key, but
 * calling it for each of a big backup's millions of values made this 30 % of a restore's checks.
 * Such a key can only be written as its plain quoted name, or with at least one of its letters
 * or underscores (U+005F to U+0079) as a `\u005f`-style escape: a text holding neither is parsed
 * without the reviver; any other text goes through it. (Other escapes, e.g. of control
 * characters, cannot spell one of these names.)
 */
export function parseJson(text: string, part: string): unknown {
  try {
    return parseGuarded(text, part)
  } catch (error) {
    if (error instanceof SyntaxError) return unreadableJson(part)
    throw error
  }
}

const unreadableJson = (part: string): never =>
  fail('invalid', part, 'JSON illisible.', 'Unreadable JSON.')

/** parseJson, but a syntax error stays JSON.parse's SyntaxError. */
function parseGuarded(text: string, part: string): unknown {
  if (!SUSPECT.test(text)) return JSON.parse(text) as unknown
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.includes(key)) {
      fail('invalid', part, `Clé interdite « ${key} ».`, `Forbidden key "${key}".`)
    }
    return value
  })
}

/** What readJson reads at a time: a few MiB of bytes, and of text. */
export const JSON_SLICE_BYTES = 4 * 1024 * 1024

/**
 * decodeJsonEntry on bytes already checked against their SHA-256, decoded slice by slice (`read`
 * gives the next slice, `undefined` at the end), with decodeJsonEntry's refusals in their order:
 * invalid UTF-8 anywhere, then a syntax error anywhere, then a forbidden key (the first one
 * JSON.parse's reviver would meet). So every slice is decoded even after an error.
 */
async function readJsonSlices(
  read: () => Promise<Uint8Array | undefined>,
  name: string
): Promise<unknown> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let forbidden: BackupError | undefined
  const splitter = new JsonArraySplitter((text) => {
    // After a forbidden key only a syntax error can still change the answer.
    if (forbidden) return JSON.parse(text) as unknown
    try {
      return parseGuarded(text, name)
    } catch (error) {
      if (!(error instanceof BackupError)) throw error
      forbidden = error
      return undefined
    }
  })
  let badText = false
  let syntax: unknown
  const feed = (decode: () => string) => {
    if (badText) return
    let text: string
    try {
      text = decode()
    } catch {
      badText = true
      return
    }
    if (syntax !== undefined) return
    try {
      splitter.push(text)
    } catch (error) {
      syntax = error
    }
  }
  for (let bytes = await read(); bytes; bytes = await read()) {
    const slice = bytes
    feed(() => decoder.decode(slice, { stream: true }))
  }
  feed(() => decoder.decode())
  if (badText) return fail('invalid', name, 'Texte UTF-8 invalide.', 'Invalid UTF-8 text.')
  let value: unknown
  if (syntax === undefined) {
    try {
      value = splitter.end()
    } catch (error) {
      syntax = error
    }
  }
  if (syntax !== undefined) {
    if (syntax instanceof SyntaxError) return unreadableJson(name)
    throw syntax
  }
  if (forbidden) throw forbidden
  return value
}

const wrongChecksum = (name: string): never =>
  fail(
    'checksum',
    name,
    'Empreinte SHA-256 incorrecte : contenu altéré ou corrompu.',
    'Wrong SHA-256: the content was altered or corrupted.'
  )

export function decodeJsonEntry(bytes: Uint8Array, part: string): unknown {
  let text: string
  try {
    text = fromUtf8(bytes)
  } catch {
    return fail('invalid', part, 'Texte UTF-8 invalide.', 'Invalid UTF-8 text.')
  }
  return parseJson(text, part)
}

/**
 * The bytes as WebCrypto takes them, without a copy: `new Uint8Array(bytes)` copied each entry
 * whole before hashing it (WebCrypto copies it once more itself), so the contents of a backup of
 * 100k incidents stood three times in memory at once. A source gives views of ArrayBuffers.
 */
const hashable = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>

/** Reads the header and manifest; every entry is checked against it when it is read. */
export async function openContainer(source: ByteSource): Promise<OpenedContainer> {
  if (source.size < HEADER_BYTES) {
    return fail(
      'not-a-backup',
      '',
      'Fichier trop court : ce n’est pas une sauvegarde Sentinelle.',
      'File too short: not a Sentinelle backup.'
    )
  }
  const head = await source.read(0, HEADER_BYTES)
  if (!MAGIC.every((b, i) => head[i] === b)) {
    return fail(
      'not-a-backup',
      '',
      'Ce fichier n’est ni une sauvegarde ni un dossier Sentinelle.',
      'This file is neither a Sentinelle backup nor a case file.'
    )
  }
  const length = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(MAGIC.length)
  if (length > MAX_MANIFEST_BYTES) {
    return fail('too-large', 'manifest', 'Manifeste trop grand.', 'Manifest too large.')
  }
  if (HEADER_BYTES + length > source.size) {
    return fail(
      'truncated',
      'manifest',
      'Fichier tronqué (manifeste incomplet).',
      'Truncated file (incomplete manifest).'
    )
  }
  const manifestBytes = await source.read(HEADER_BYTES, HEADER_BYTES + length)
  const expected = Array.from(head.subarray(MAGIC.length + 4), (b) =>
    b.toString(16).padStart(2, '0')
  ).join('')
  if ((await sha256Hex(new Uint8Array(manifestBytes))) !== expected) {
    return fail(
      'checksum',
      'manifest',
      'Empreinte SHA-256 du manifeste incorrecte : fichier altéré.',
      'Wrong SHA-256 of the manifest: the file was altered.'
    )
  }
  const raw = decodeJsonEntry(manifestBytes, 'manifest')
  const versionCheck = z.looseObject({ formatVersion: z.number() }).safeParse(raw)
  const newest = Math.max(...READABLE_FORMAT_VERSIONS)
  if (versionCheck.success && versionCheck.data.formatVersion > newest) {
    return fail(
      'newer-format',
      'manifest',
      `Fichier écrit par une version plus récente de Sentinelle (format ${versionCheck.data.formatVersion}) : mettez l’application à jour.`,
      `File written by a newer Sentinelle (format ${versionCheck.data.formatVersion}): please update the app.`
    )
  }
  const parsed = ManifestSchema.safeParse(raw)
  if (!parsed.success) throw firstIssue(parsed.error, 'manifest', raw)
  const manifest = parsed.data
  const dataStart = HEADER_BYTES + length
  const byName = new Map<string, ManifestEntry>()
  let offset = 0
  for (const entry of manifest.entries) {
    if (byName.has(entry.name)) {
      fail('invalid', `manifest: ${entry.name}`, 'Entrée en double.', 'Duplicate entry.')
    }
    if (entry.offset !== offset) {
      fail('invalid', `manifest: ${entry.name}`, 'Position incohérente.', 'Inconsistent offset.')
    }
    byName.set(entry.name, entry)
    offset += entry.size
  }
  if (dataStart + offset > source.size) {
    fail(
      'truncated',
      '',
      'Fichier tronqué : des données annoncées manquent.',
      'Truncated file: announced data is missing.'
    )
  }
  if (dataStart + offset < source.size) {
    fail(
      'invalid',
      '',
      'Données en trop après la dernière entrée.',
      'Extra data after the last entry.'
    )
  }
  return {
    manifest,
    entry: (name) => byName.get(name),
    async read(entry) {
      const bytes = await source.read(
        dataStart + entry.offset,
        dataStart + entry.offset + entry.size
      )
      if ((await sha256Hex(hashable(bytes))) !== entry.sha256) wrongChecksum(entry.name)
      return bytes
    },
    async readJson(entry, sliceBytes = JSON_SLICE_BYTES) {
      // The entry's bytes are read and hashed at once by WebCrypto (about 8 times the JS hash's
      // speed, measured under load: 289 against 35 MB/s); they sit in an ArrayBuffer, outside
      // the JS heap. Only their text is decoded and parsed a slice at a time, so no string of
      // the whole table is made. Same refusals, same order: the SHA-256 first.
      const bytes = await source.read(
        dataStart + entry.offset,
        dataStart + entry.offset + entry.size
      )
      if ((await sha256Hex(hashable(bytes))) !== entry.sha256) wrongChecksum(entry.name)
      let at = 0
      const next = async () => {
        if (at >= bytes.byteLength) return undefined
        const end = Math.min(bytes.byteLength, at + sliceBytes)
        const slice = bytes.subarray(at, end)
        at = end
        return slice
      }
      return readJsonSlices(next, entry.name)
    }
  }
}
