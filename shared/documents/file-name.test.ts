// File names made from incident data: the hostile cases, then properties over any text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  DEFAULT_FILE_NAME,
  FILE_NAME_MAX_BYTES,
  TEMP_NAME_RESERVE_BYTES,
  buildDocumentFileName,
  isWindowsReservedName,
  safeFileName,
  sanitizeFileName,
  truncateUtf8
} from './file-name'

const bytes = (text: string) => new TextEncoder().encode(text).length
const RESERVED_STEMS = [
  'CON',
  'PRN',
  'AUX',
  'NUL',
  ...Array.from({ length: 10 }, (_, i) => `COM${i}`),
  ...Array.from({ length: 10 }, (_, i) => `LPT${i}`),
  'COM¹',
  'COM²',
  'COM³',
  'LPT¹',
  'LPT²',
  'LPT³',
  'CONIN$',
  'CONOUT$'
]
/** Characters that must never survive: bidi controls, zero-width, C0/C1 controls, BOM. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Every property a name handed to the file system must have. */
const expectSafe = (name: string) => {
  expect(name).not.toBe('')
  expect(name).not.toMatch(INVISIBLE)
  expect(name).not.toMatch(LONE_SURROGATE)
  expect(name).not.toMatch(/[<>:"/\\|?*]/)
  expect(name).not.toMatch(/^[. ]|[. ]$/)
  expect(isWindowsReservedName(name)).toBe(false)
  expect(bytes(name)).toBeLessThanOrEqual(FILE_NAME_MAX_BYTES)
  expect(bytes(name) + TEMP_NAME_RESERVE_BYTES).toBeLessThanOrEqual(255)
  expect(name.normalize('NFC')).toBe(name)
}

describe('sanitizeFileName against hostile names', () => {
  it.each([
    ['report\u202Efdp.exe', 'reportfdp.exe'],
    ['INC\u200B-\u200D0042\uFEFF.pdf', 'INC-0042.pdf'],
    ['a\u2066b\u2069c\u061C.pdf', 'abc.pdf'],
    ['c1\u0085\u009Bcontrols.pdf', 'c1controls.pdf'],
    ['tab\tand\nnewline.pdf', 'tab and newline.pdf']
  ])('strips bidi, zero-width and C1 controls: %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected)
  })

  it('treats every Windows reserved name, any case, any extension, trailing dots and spaces', () => {
    for (const stem of RESERVED_STEMS)
      for (const variant of [
        stem,
        stem.toLowerCase(),
        `${stem}.pdf`,
        `${stem} .pdf`,
        `${stem}.tar.gz`,
        `${stem}. . `
      ]) {
        const name = sanitizeFileName(variant)
        expect(name, variant).not.toBeNull()
        expect(isWindowsReservedName(name!), `${variant} -> ${name}`).toBe(false)
        expect(name!.startsWith('_'), variant).toBe(true)
      }
    // Names that only look like them are left alone.
    for (const fine of ['CONSOLE.pdf', 'COM10.txt', 'LPT.pdf', 'nullable', 'AUXILIAIRE'])
      expect(sanitizeFileName(fine)).toBe(fine)
  })

  it('caps by UTF-8 bytes, keeps the extension, never splits a character', () => {
    for (const unit of ['x', 'é', '€', '𝄞', '👩‍💻', 'é']) {
      const name = sanitizeFileName(`${unit.repeat(300)}.pdf`)!
      expectSafe(name)
      expect(name.endsWith('.pdf')).toBe(true)
      expect(bytes(name)).toBeGreaterThan(FILE_NAME_MAX_BYTES - 8)
    }
    expect(truncateUtf8('aé', 2)).toBe('a')
    expect(truncateUtf8('a𝄞', 4)).toBe('a')
    // A base letter and its combining accent stay together.
    expect(truncateUtf8('ae\u0301', 3)).toBe('a')
  })

  it('gives a default to a name that reduces to nothing', () => {
    for (const empty of ['', '   ', '...', '\u202E\u200B', '\u0085', '. .'])
      expect(safeFileName(empty, 'pdf')).toBe(`${DEFAULT_FILE_NAME}.pdf`)
    expect(
      buildDocumentFileName({ date: '', reference: '\u200B', kind: ' ', extension: 'pdf' })
    ).toBe(`${DEFAULT_FILE_NAME}.pdf`)
  })
})

describe('file names from any incident text (properties)', () => {
  const hostile = fc.constantFrom(
    '\u202E',
    '\u2066',
    '\u200B',
    '\u200D',
    '\uFEFF',
    '\u0085',
    '\u009B',
    '\u0000',
    '\u001B',
    '\ud800',
    '\udc00',
    '.',
    ' ',
    '/',
    '\\',
    ':',
    '*',
    'CON',
    'com¹',
    'CONIN$',
    'é',
    'e\u0301',
    '👩‍💻',
    '𝄞'
  )
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc
      .array(fc.oneof(hostile, fc.string({ maxLength: 5 })), { maxLength: 200 })
      .map((a) => a.join(''))
  )

  it('sanitizeFileName returns null or a safe name', () => {
    fc.assert(
      fc.property(text, (name) => {
        const safe = sanitizeFileName(name)
        if (safe !== null) expectSafe(safe)
      }),
      { numRuns: 1500 }
    )
  })

  it('buildDocumentFileName always returns a safe name with its extension', () => {
    fc.assert(
      fc.property(text, text, text, (reference, kind, qualifier) => {
        const name = buildDocumentFileName({
          date: '2026-11-25',
          reference,
          kind,
          qualifier,
          extension: 'pdf'
        })
        expectSafe(name)
        expect(name.endsWith('.pdf')).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (name) => {
        const once = sanitizeFileName(name)
        if (once !== null) expect(sanitizeFileName(once)).toBe(once)
      }),
      { numRuns: 1000 }
    )
  })
})
