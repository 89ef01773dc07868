/**
 * French typography for every French output (PDF and DOCX): a narrow no-break space (U+202F)
 * before « : ; ! ? » and inside « », between a number and its unit ("72 h", "5 jours") and in
 * "1 800", so that no line starts with a colon or splits "72 h". U+202F rather than U+00A0: in
 * DejaVu Sans U+00A0 shares the space's glyph, so a PDF reader would extract an ordinary space.
 * Applied to user text too: a narrative typed "Coût : 1 800 €" comes out right.
 */
import type { Block } from '../pdf'

export const NNBSP = '\u202f'
export const NBSP = '\u00a0'

/** A number then an ordinary space then a short unit: the space must not break. */
const NUMBER_UNIT = /(\d) (h|min|jours?|mois|ans?|heures?|%|€|Mo|Go|ko)(?=$|[\s.,;:!?)»])/g

export function frenchTypography(text: string): string {
  return (
    text
      // Spaces (ordinary or none) before : ; ! ? after a word, not inside URLs like https://.
      .replace(/[ \t]+:(?!\/\/)/g, `${NNBSP}:`)
      .replace(/[ \t]+([;!?])/g, `${NNBSP}$1`)
      .replace(/« */g, `«${NNBSP}`)
      .replace(/ *»/g, `${NNBSP}»`)
      .replace(NUMBER_UNIT, `$1${NNBSP}$2`)
      .replace(/(\d) (\d{3})(?!\d)/g, `$1${NNBSP}$2`)
  )
}

/** The same blocks with French typography in every string a reader sees. */
export function frenchBlocks(blocks: Block[]): Block[] {
  const f = frenchTypography
  return blocks.map((block): Block => {
    switch (block.kind) {
      case 'title':
        return {
          ...block,
          text: f(block.text),
          ...(block.subtitle !== undefined ? { subtitle: f(block.subtitle) } : {})
        }
      case 'heading':
      case 'paragraph':
      case 'notice':
        return { ...block, text: f(block.text) }
      case 'table':
        return {
          ...block,
          columns: block.columns.map((column) => ({ ...column, header: f(column.header) })),
          rows: block.rows.map((row) => row.map(f))
        }
      case 'signature':
        return { ...block, labels: block.labels.map(f) }
      case 'spacer':
        return block
    }
  })
}

/** An ordinary space before a colon, semicolon, ! or ?: what the French-output test rejects. */
export const ORDINARY_SPACE_BEFORE_PUNCTUATION = / [:;!?]/
