import { deflateSync } from 'node:zlib'

import fontkit from '@pdf-lib/fontkit'
import { afterEach, describe, expect, it } from 'vitest'

import { A4, renderPdf, usePlatformDeflate } from '../../shared/pdf'
import { documentFont } from '../../shared/pdf/writer'
import { FONTS } from './helpers'
import { NOW } from './fixtures'

/** What these tests read of a fontkit font, beyond what the writer relies on. */
type Font = {
  postscriptName: string
  italicAngle: number
  post: { isFixedPitch: number; names?: string[] }
  loca: { offsets: number[] }
  _tables?: Record<string, unknown>
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number }
}
const asFont = (font: unknown): Font => font as Font
const fresh = (bytes: Uint8Array): Font =>
  asFont((fontkit as unknown as { create(data: Uint8Array): unknown }).create(bytes))

describe('fonts of the PDF writer', () => {
  it('gives each document its own font, with the read-only tables decoded once', () => {
    const first = asFont(documentFont(FONTS.regular))
    const second = asFont(documentFont(FONTS.regular))
    expect(second).not.toBe(first)
    // fontkit keeps decoded tables in `_tables`: if an update renames it, the writer falls back
    // to decoding per document, silently slower; this says so.
    expect(first._tables).toBeDefined()
    for (const tag of ['post', 'loca', 'OS/2', 'cvt ', 'prep', 'fpgm']) {
      expect(first._tables?.[tag], tag).toBeDefined()
      expect(second._tables?.[tag], tag).toBe(first._tables?.[tag])
    }
    // Glyph state is never shared (sharing it lost glyphs in later subsets).
    expect(second.glyphForCodePoint(0x55)).not.toBe(first.glyphForCodePoint(0x55))
  })

  it('reads the same values as a font decoded as it comes, for both faces', () => {
    for (const bytes of [FONTS.regular, FONTS.bold]) {
      const ours = asFont(documentFont(bytes))
      const theirs = fresh(bytes)
      expect(ours.postscriptName).toBe(theirs.postscriptName)
      // Read from the name records: the whole name table is not decoded for it.
      expect(ours._tables?.['name']).toBeUndefined()
      expect(ours.italicAngle).toBe(theirs.italicAngle)
      expect(ours.post.isFixedPitch).toBe(theirs.post.isFixedPitch)
      expect(ours.loca.offsets).toEqual(theirs.loca.offsets)
      expect(ours.glyphForCodePoint(0x2022).advanceWidth).toBe(
        theirs.glyphForCodePoint(0x2022).advanceWidth
      )
    }
  })

  it('reads the post header as fontkit does, and the glyph names only when asked', () => {
    const header = [
      'version',
      'italicAngle',
      'underlinePosition',
      'underlineThickness',
      'isFixedPitch',
      'minMemType42',
      'maxMemType42',
      'minMemType1',
      'maxMemType1'
    ]
    for (const bytes of [FONTS.regular, FONTS.bold]) {
      const ours = asFont(documentFont(bytes)).post as unknown as Record<string, unknown>
      const theirs = fresh(bytes).post as unknown as Record<string, unknown>
      // Not decoded yet: the names are behind a getter until something reads them.
      expect(Object.getOwnPropertyDescriptor(ours, 'names')?.get).toBeDefined()
      for (const field of header) expect(ours[field], field).toBe(theirs[field])
      expect(ours['names']).toEqual(theirs['names'])
      expect(ours['glyphNameIndex']).toEqual(theirs['glyphNameIndex'])
    }
  })

  it('reads a font file given as a view into a larger buffer from its own bytes', () => {
    const padded = new Uint8Array(FONTS.bold.length + 64)
    padded.set(FONTS.bold, 16)
    const view = padded.subarray(16, 16 + FONTS.bold.length)
    expect(asFont(documentFont(view)).postscriptName).toBe(fresh(FONTS.bold).postscriptName)
    expect(asFont(documentFont(view)).postscriptName).toBe('DejaVuSans-Bold')
  })
})

describe("the platform's deflate", () => {
  afterEach(() => usePlatformDeflate(undefined))

  const render = async () =>
    (
      await renderPdf(
        [
          { kind: 'heading', text: 'Déclaration de sinistre' },
          { kind: 'paragraph', text: 'Usurpation d’identité • hameçonnage. '.repeat(200) }
        ],
        {
          page: A4,
          fonts: FONTS,
          header: { left: 'Sentinelle', right: 'INC-0001' },
          footer: () => 'page',
          metadata: {
            title: 'Essai',
            subject: 'deflate',
            author: 'Sentinelle',
            language: 'fr-FR',
            createdAt: NOW
          }
        }
      )
    ).bytes

  it("writes the same bytes through Node's zlib as through CompressionStream", async () => {
    const throughStreams = await render()
    let calls = 0
    usePlatformDeflate((bytes) => {
      calls++
      return deflateSync(bytes)
    })
    const throughZlib = await render()
    // Page streams, font subsets and ToUnicode maps all went through it.
    expect(calls).toBeGreaterThanOrEqual(5)
    expect(Buffer.compare(Buffer.from(throughZlib), Buffer.from(throughStreams))).toBe(0)
  })
})
