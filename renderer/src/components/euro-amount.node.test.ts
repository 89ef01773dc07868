import { describe, expect, it } from 'vitest'

import { displayEuros, formatEuroAmount, parseEuroAmount } from './euro-amount'

const cents = (text: string, language: 'fr' | 'en') => {
  const parsed = parseEuroAmount(text, language)
  return parsed.kind === 'ok' ? parsed.cents : parsed.kind
}

describe('parseEuroAmount', () => {
  it('reads French amounts, with any kind of space between thousands', () => {
    expect(cents('1 500,50', 'fr')).toBe(150050)
    expect(cents('1\u00a0500,5', 'fr')).toBe(150050)
    expect(cents('1\u202f500 €', 'fr')).toBe(150000)
    expect(cents('0,29', 'fr')).toBe(29)
    expect(cents('12', 'fr')).toBe(1200)
    expect(cents('1.500', 'fr')).toBe(150000)
    expect(cents('1.500,50', 'fr')).toBe(150050)
    expect(cents('2.500.000', 'fr')).toBe(250000000)
    expect(cents('1500.5', 'fr')).toBe(150050)
    // Ambiguous in French (1,5 € or 1 500 €?): refused, the field asks for two decimals at most.
    expect(cents('1,500', 'fr')).toBe('invalid')
    expect(cents('8 000 euros', 'fr')).toBe(800000)
  })

  it('reads English amounts, a lone comma before three digits grouping thousands', () => {
    expect(cents('1,500.50', 'en')).toBe(150050)
    expect(cents('1,500', 'en')).toBe(150000)
    expect(cents('€1,234,567.89', 'en')).toBe(123456789)
    expect(cents('1500.5', 'en')).toBe(150050)
    expect(cents('1500,5', 'en')).toBe(150050)
    expect(cents('0.07', 'en')).toBe(7)
    expect(cents("12'000", 'en')).toBe(1200000)
  })

  it('is exact where floating point is not', () => {
    expect(cents('0,29', 'fr')).toBe(29)
    expect(cents('1.005,01', 'fr')).toBe(100501)
    expect(cents('90071992547409,91', 'fr')).toBe(9007199254740991)
  })

  it('refuses rather than guesses', () => {
    expect(cents('', 'fr')).toBe('empty')
    expect(cents('  ', 'en')).toBe('empty')
    expect(cents('12,345', 'en')).toBe(1234500)
    expect(cents('1,2345', 'fr')).toBe('invalid')
    expect(parseEuroAmount('1,234', 'fr')).toEqual({ kind: 'invalid', reason: 'decimals' })
    expect(parseEuroAmount('-50', 'fr')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseEuroAmount('abc', 'en')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseEuroAmount('1.2.3', 'en')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseEuroAmount('12,34,56', 'en')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseEuroAmount('1.500,000.5', 'fr')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseEuroAmount('1,5,', 'fr')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseEuroAmount('€', 'fr')).toEqual({ kind: 'empty' })
    expect(parseEuroAmount('99999999999999999', 'fr')).toEqual({
      kind: 'invalid',
      reason: 'tooLarge'
    })
  })
})

describe('formatEuroAmount', () => {
  it('writes amounts back in the form they are typed, and they read back the same', () => {
    expect(formatEuroAmount(150050, 'fr')).toBe('1 500,50')
    expect(formatEuroAmount(150050, 'en')).toBe('1,500.50')
    expect(formatEuroAmount(30000000, 'fr')).toBe('300 000')
    expect(formatEuroAmount(7, 'en')).toBe('0.07')
    for (const value of [0, 7, 29, 100, 150050, 123456789, 9007199254740991]) {
      for (const language of ['fr', 'en'] as const) {
        expect(cents(formatEuroAmount(value, language), language)).toBe(value)
      }
    }
  })

  it('shows amounts with the currency for reading', () => {
    expect(displayEuros(150050, 'fr').replace(/\s/g, ' ')).toBe('1 500,50 €')
    expect(displayEuros(150050, 'en')).toBe('€1,500.50')
  })
})
