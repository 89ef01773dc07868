/**
 * File names proposed for documents and exports (save dialog, CLI). They contain user text
 * (incident references, insurer names), so they are reduced to one safe path segment that is
 * valid on Windows, macOS and Linux. Pure, shared by the renderer, main and the CLI.
 */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
// Control characters and the characters Windows forbids in a file name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]/g
const MAX_LENGTH = 180

/** Returns a safe single-segment file name, or null when nothing usable is left. */
export function sanitizeFileName(name: string): string | null {
  let cleaned = name.normalize('NFC').replace(/\s+/g, ' ').replace(FORBIDDEN, '_').trim()
  // Leading dots would hide the file; trailing dots and spaces are stripped by Windows.
  cleaned = cleaned.replace(/^\.+/, '').replace(/[. ]+$/, '')
  if (cleaned === '' || /^_+$/.test(cleaned)) return null
  if (WINDOWS_RESERVED.test(cleaned)) cleaned = `_${cleaned}`
  if (cleaned.length > MAX_LENGTH) {
    const dot = cleaned.lastIndexOf('.')
    const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
    cleaned = cleaned.slice(0, MAX_LENGTH - extension.length) + extension
  }
  return cleaned
}

/** `2026-11-25_INC-0042_declaration_AXA.pdf`: date first so the files sort by day. */
export function buildDocumentFileName(parts: {
  date: string
  reference: string
  kind: string
  qualifier?: string
  extension: string
}): string {
  const segments = [parts.date, parts.reference, parts.kind, parts.qualifier]
    .filter((segment): segment is string => segment !== undefined && segment.trim() !== '')
    .map((segment) => segment.trim().replace(/\s+/g, '-'))
  const name = `${segments.join('_')}.${parts.extension.replace(/^\./, '')}`
  return sanitizeFileName(name) ?? `document.${parts.extension.replace(/^\./, '')}`
}
