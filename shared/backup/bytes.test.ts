import { afterEach, describe, expect, it, vi } from 'vitest'

import { decodeBase64, fromBase64, fromCheckedBase64, toBase64 } from './bytes'
import { B64_PATTERN } from './schemas'

/** The reference: Node's decoder, given only text the strict format allows. */
const reference = (text: string) => new Uint8Array(Buffer.from(text, 'base64'))

function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

const MALFORMED = [
  'A',
  'AA',
  'AAA',
  'AAAAA',
  'AA=A',
  'A===',
  '====',
  '=AAA',
  'AAAA====',
  'AA AA',
  'AAAA\n',
  ' AAAA',
  'AA-_',
  'AAé=',
  'AA\u00a0='
]

describe('fromBase64', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('decodes what toBase64 writes, for every length and padding', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = randomBytes(length, length + 1)
      const text = toBase64(bytes)
      expect(fromBase64(text), text).toEqual(bytes)
      expect(decodeBase64(text), text).toEqual(reference(text))
    }
  })

  it('refuses whitespace, a missing or misplaced padding and characters outside the alphabet', () => {
    for (const text of MALFORMED) expect(fromBase64(text), JSON.stringify(text)).toBeUndefined()
  })

  it('accepts a padded end whose left-over bits are not zero, as it always has', () => {
    // "QR==": R leaves 0001 over; the bytes are those of "QQ==".
    expect(fromBase64('QR==')).toEqual(new Uint8Array([0x41]))
    expect(fromBase64('QUJ=')).toEqual(new Uint8Array([0x41, 0x42]))
  })

  it('hands only checked text to the engine’s own decoder when there is one', async () => {
    const seen: string[] = []
    vi.stubGlobal(
      'Uint8Array',
      Object.assign(class extends Uint8Array {}, {
        fromBase64: (text: string) => {
          seen.push(text)
          return reference(text)
        }
      })
    )
    vi.resetModules()
    const bytes = await import('./bytes')
    vi.unstubAllGlobals()
    for (const text of MALFORMED) expect(bytes.fromBase64(text)).toBeUndefined()
    expect(seen).toEqual([])
    expect(bytes.fromBase64('QUJD')).toEqual(new Uint8Array([0x41, 0x42, 0x43]))
    expect(seen).toEqual(['QUJD'])
  })
})

describe('fromCheckedBase64 (text that matched the schemas’ base64 pattern)', () => {
  it('gives what fromBase64 gives for every text the pattern lets through', () => {
    const texts = [
      ...MALFORMED,
      ...Array.from({ length: 70 }, (_, length) => toBase64(randomBytes(length, length + 7)))
    ].filter((text) => B64_PATTERN.test(text))
    expect(texts.length).toBeGreaterThan(70)
    for (const text of texts)
      expect(fromCheckedBase64(text), JSON.stringify(text)).toEqual(fromBase64(text))
  })
})
