import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sha256Hex } from './bytes'
import { Sha256 } from './sha256'

describe('Sha256 (incremental)', () => {
  it('gives the digest of the known vectors', () => {
    const hex = (text: string) => new Sha256().update(new TextEncoder().encode(text)).hex()
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('equals WebCrypto whatever the bytes and however they are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.array(fc.nat(400), { maxLength: 6 }),
        async (bytes, cuts) => {
          const hasher = new Sha256()
          let at = 0
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const end = Math.min(cut, bytes.length)
            if (end < at) continue
            hasher.update(bytes.subarray(at, end))
            at = end
          }
          hasher.update(bytes.subarray(at))
          expect(hasher.hex()).toBe(await sha256Hex(bytes))
        }
      ),
      { numRuns: 300 }
    )
  })
})
