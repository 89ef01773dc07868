/**
 * Line breaking: tokenize, measure (through a cached `measure`), wrap greedily, and hard-break
 * tokens wider than the line so that nothing is ever clipped. Pure: no PDF, no font file.
 */

/** Width of a string at size 1. */
export type Measure = (text: string) => number

/**
 * Makes user text drawable: NFC (so `é` typed as e + U+0301 uses one glyph), line endings to
 * `\n`, tabs to spaces, other control characters dropped.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/g, '')
  )
}

/** Words of one paragraph; runs of ordinary spaces are break opportunities (no-break spaces are not). */
export function tokenize(paragraph: string): string[] {
  return paragraph.split(/ +/).filter((word) => word !== '')
}

/** After these, a long token (rule id, e-mail, path, URL, hash-free identifiers) breaks best. */
const SOFT_BREAK_AFTER = new Set(['.', '_', '-', '/', '@', ':', ','])

/**
 * Splits a token wider than `maxWidth` into pieces that fit, preferably after a `.`, `_`, `-`,
 * `/`, `@`, `:` or `,`, never splitting a surrogate pair.
 */
export function hardBreak(token: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = []
  let current = ''
  let currentWidth = 0
  // Length of `current` up to its last soft break, 0 when none.
  let softBreak = 0
  for (const char of token) {
    const width = measure(char)
    if (current !== '' && currentWidth + width > maxWidth) {
      if (softBreak > 0 && softBreak < current.length) {
        pieces.push(current.slice(0, softBreak))
        current = current.slice(softBreak)
        currentWidth = measure(current)
      } else {
        pieces.push(current)
        current = ''
        currentWidth = 0
      }
      softBreak = 0
      // The rest may still be too wide with this character: start a fresh piece then.
      if (current !== '' && currentWidth + width > maxWidth) {
        pieces.push(current)
        current = ''
        currentWidth = 0
      }
    }
    current += char
    currentWidth += width
    if (SOFT_BREAK_AFTER.has(char)) softBreak = current.length
  }
  if (current !== '') pieces.push(current)
  return pieces
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (same unit as `measure`). Hard line breaks in
 * the text are kept; an empty paragraph gives an empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = []
  const spaceWidth = measure(' ')
  for (const paragraph of normalizeText(text).split('\n')) {
    const words = tokenize(paragraph)
    if (words.length === 0) {
      lines.push('')
      continue
    }
    let line = ''
    let lineWidth = 0
    for (const word of words) {
      const wordWidth = measure(word)
      if (line !== '' && lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += ' ' + word
        lineWidth += spaceWidth + wordWidth
        continue
      }
      if (line !== '') lines.push(line)
      if (wordWidth <= maxWidth) {
        line = word
        lineWidth = wordWidth
        continue
      }
      const pieces = hardBreak(word, maxWidth, measure)
      for (let i = 0; i < pieces.length - 1; i++) lines.push(pieces[i] as string)
      line = pieces[pieces.length - 1] ?? ''
      lineWidth = measure(line)
    }
    lines.push(line)
  }
  return lines
}
