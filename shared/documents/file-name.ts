/**
 * File names proposed for documents and exports (save dialog, CLI). They contain user text
 * (incident references, insurer names), so they are reduced to one safe path segment that is
 * valid on Windows, macOS and Linux. Pure, shared by the renderer, main and the CLI.
 */

/**
 * Characters removed outright, because they are invisible or reorder what the user sees: bidi
 * marks, embeddings, overrides and isolates (an RLO makes `gpj.exe` read `exe.jpg`), zero-width
 * characters and joiners, the BOM, the soft hyphen, invisible operators, tag characters, the C1
 * controls (U+0080–U+009F) and surrogates left unpaired by a bad cut.
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u0080-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufff8]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// C0 controls, DEL and the characters Windows forbids in a file name: replaced by '_'.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]/g
/**
 * Windows device names, whatever the extension (`CON.pdf`, `con .txt`), case-insensitive,
 * including the superscript digits Windows also maps to COM1–3/LPT1–3 and the console devices.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i

/**
 * Most file systems allow 255 bytes per name (ext4, APFS, and NTFS's 255 UTF-16 units are at
 * most as many bytes). A name is capped below that, so that an atomic write's temporary name
 * (`.<name>.<12 hex>.tmp`, see TEMP_NAME_RESERVE_BYTES) still fits.
 */
export const FILE_NAME_MAX_BYTES = 200
/** Room kept for the prefix and suffix a writer adds to make its temporary file's name. */
export const TEMP_NAME_RESERVE_BYTES = 32
/** What a name that reduces to nothing becomes (plus its extension). */
export const DEFAULT_FILE_NAME = 'document'

const encoder = new TextEncoder()
const utf8Bytes = (text: string): number => encoder.encode(text).length

const graphemes = (text: string): string[] =>
  typeof Intl.Segmenter === 'function'
    ? Array.from(
        new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text),
        (s) => s.segment
      )
    : Array.from(text)

/** The longest prefix of `text` within `maxBytes` of UTF-8, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text
  let out = ''
  let used = 0
  for (const piece of graphemes(text)) {
    const size = utf8Bytes(piece)
    if (used + size > maxBytes) break
    out += piece
    used += size
  }
  return out
}

/** Strips the invisible and reordering characters of INVISIBLE (they are dropped, not replaced). */
export const stripInvisible = (text: string): string => text.replace(INVISIBLE, '')

const trimEnds = (text: string): string =>
  // Leading dots would hide the file; trailing dots and spaces are stripped by Windows.
  text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')

export const isWindowsReservedName = (name: string): boolean => {
  // Windows ignores what follows the first dot, and trailing spaces before it.
  const stem = name.split('.')[0]!.replace(/[ ]+$/, '')
  return WINDOWS_RESERVED.test(stem)
}

/** Returns a safe single-segment file name, or null when nothing usable is left. */
export function sanitizeFileName(name: string): string | null {
  let cleaned = trimEnds(
    stripInvisible(stripInvisible(name).normalize('NFC'))
      .replace(/\s+/g, ' ')
      .replace(FORBIDDEN, '_')
  )
  if (cleaned === '' || /^[_ .]+$/.test(cleaned)) return null
  if (isWindowsReservedName(cleaned)) cleaned = `_${cleaned}`
  if (utf8Bytes(cleaned) > FILE_NAME_MAX_BYTES) {
    const dot = cleaned.lastIndexOf('.')
    const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
    const stem = extension === '' ? cleaned : cleaned.slice(0, dot)
    const cut = trimEnds(truncateUtf8(stem, FILE_NAME_MAX_BYTES - utf8Bytes(extension)))
    cleaned = cut === '' ? `${DEFAULT_FILE_NAME}${extension}` : `${cut}${extension}`
  }
  return cleaned
}

/** Like sanitizeFileName, but a name that reduces to nothing becomes `document.<extension>`. */
export function safeFileName(name: string, extension?: string): string {
  const ext = extension === undefined ? '' : `.${extension.replace(/^\./, '')}`
  return sanitizeFileName(name) ?? sanitizeFileName(`${DEFAULT_FILE_NAME}${ext}`)!
}

/** `2026-11-25_INC-0042_declaration_AXA.pdf`: date first so the files sort by day. */
export function buildDocumentFileName(parts: {
  date: string
  reference: string
  kind: string
  qualifier?: string
  extension: string
}): string {
  const extension = parts.extension.replace(/[^A-Za-z0-9]/g, '')
  const segments = [parts.date, parts.reference, parts.kind, parts.qualifier]
    .map((segment) => (segment === undefined ? '' : stripInvisible(segment).trim()))
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/\s+/g, '-'))
  const stem = segments.length === 0 ? DEFAULT_FILE_NAME : segments.join('_')
  const name = extension === '' ? stem : `${stem}.${extension}`
  return safeFileName(name, extension === '' ? undefined : extension)
}
