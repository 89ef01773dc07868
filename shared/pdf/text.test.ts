import { describe, expect, it } from 'vitest'

import { hardBreak, normalizeText, wrapText } from './text'

// One unit per code point: easy to reason about.
const measure = (text: string): number => [...text].length

describe('wrapText', () => {
  it('wraps greedily on spaces and keeps every word', () => {
    expect(wrapText('aa bb cc dd', 5, measure)).toEqual(['aa bb', 'cc dd'])
  })

  it('keeps hard line breaks and empty paragraphs', () => {
    expect(wrapText('a\r\n\nb', 10, measure)).toEqual(['a', '', 'b'])
  })

  it('hard-breaks a token wider than the line without losing characters', () => {
    const lines = wrapText('x 0123456789abc y', 4, measure)
    expect(lines.every((line) => measure(line) <= 4)).toBe(true)
    expect(lines.join('').replace(/ /g, '')).toBe('x0123456789abcy')
  })

  it('prefers to break a long identifier after a dot or an underscore', () => {
    expect(hardBreak('insurance.rc_pro.negligence', 12, measure)).toEqual([
      'insurance.',
      'rc_pro.',
      'negligence'
    ])
    const pieces = hardBreak('abcdefghij.klmnopqrstuvwxyz', 8, measure)
    expect(pieces.join('')).toBe('abcdefghij.klmnopqrstuvwxyz')
    expect(pieces.every((piece) => measure(piece) <= 8)).toBe(true)
  })

  it('never splits a surrogate pair', () => {
    expect(hardBreak('😀😀😀', 2, measure)).toEqual(['😀😀', '😀'])
  })

  it('does not break at no-break spaces', () => {
    expect(wrapText('1\u00a0250 €', 6, measure)).toEqual(['1\u00a0250', '€'])
  })
})

describe('normalizeText', () => {
  it('composes accents and drops control characters', () => {
    expect(normalizeText('e\u0301\u0007\tz')).toBe('é    z')
  })
})
