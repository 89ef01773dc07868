/**
 * Text measurement with a glyph-advance cache per font.
 *
 * fontkit's `layout()` shapes every string it is given (GSUB, GPOS, script detection), which made
 * measuring a 300-event timeline take over a second. We only need advance widths: pdf-lib never
 * applies kerning when it draws, so the sum of the glyphs' advances is exactly the drawn width.
 */

/** The part of a fontkit glyph we rely on. */
export type GlyphLike = { id: number; advanceWidth: number; codePoints: number[] }

/** The part of a fontkit font we rely on (also what pdf-lib's embedder calls). */
export type FontkitFontLike = {
  unitsPerEm: number
  ascent: number
  descent: number
  glyphForCodePoint(codePoint: number): GlyphLike
  layout(text: string, features?: unknown): { glyphs: GlyphLike[] }
}

export type FontMetrics = {
  /** Width of `text` at size 1 (multiply by the font size). */
  widthOf(text: string): number
  /** Distance from the top of a line box to the baseline, at size 1. */
  ascent: number
  /** Positive depth below the baseline, at size 1. */
  descent: number
  /** Glyphs of `text`, one per code point, no shaping: what is measured is what is drawn. */
  glyphsOf(text: string): GlyphLike[]
  /** True when the font has a real glyph (not .notdef) for the code point. */
  hasGlyph(codePoint: number): boolean
}

// Word widths repeat a lot (labels, dates, common words); bounded so a 10,000-incident export
// cannot grow it without limit.
const WORD_CACHE_LIMIT = 50_000

export function createFontMetrics(font: FontkitFontLike): FontMetrics {
  const scale = 1 / font.unitsPerEm
  const glyphs = new Map<number, GlyphLike>()
  const words = new Map<string, number>()

  const glyph = (codePoint: number): GlyphLike => {
    let found = glyphs.get(codePoint)
    if (found === undefined) {
      found = font.glyphForCodePoint(codePoint)
      glyphs.set(codePoint, found)
    }
    return found
  }

  const widthOf = (text: string): number => {
    const cached = words.get(text)
    if (cached !== undefined) return cached
    let width = 0
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i) as number
      if (codePoint > 0xffff) i++
      width += glyph(codePoint).advanceWidth
    }
    width *= scale
    if (words.size >= WORD_CACHE_LIMIT) words.clear()
    words.set(text, width)
    return width
  }

  const glyphsOf = (text: string): GlyphLike[] => {
    const out: GlyphLike[] = []
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i) as number
      if (codePoint > 0xffff) i++
      out.push(glyph(codePoint))
    }
    return out
  }

  return {
    widthOf,
    glyphsOf,
    ascent: font.ascent * scale,
    descent: Math.abs(font.descent) * scale,
    hasGlyph: (codePoint) => glyph(codePoint).id !== 0
  }
}
