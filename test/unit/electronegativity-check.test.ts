import { describe, expect, it } from 'vitest'

import { compare, fileMatches } from '../../scripts/electronegativity-check'

describe('electronegativity allow-list', () => {
  it('a `*` in a row stands for a built chunk’s content hash, never for a folder', () => {
    expect(
      fileMatches('out/renderer/assets/documents-*.js', 'out/renderer/assets/documents-IPQZovZU.js')
    ).toBe(true)
    expect(
      fileMatches('out/renderer/assets/documents-*.js', 'out/renderer/assets/x/documents-a.js')
    ).toBe(false)
    expect(
      fileMatches('out/renderer/assets/documents-*.js', 'out/renderer/assets/other-a.js')
    ).toBe(false)
    expect(fileMatches('out/main/index.js', 'out/main/index.js')).toBe(true)
  })

  it('a finding in a hashed chunk is justified by its wildcard row, and only by the same check', () => {
    const finding = {
      check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
      file: 'out/renderer/assets/documents-IPQZovZU.js',
      location: '121:89124',
      description: 'x'
    }
    const row = {
      check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
      file: 'out/renderer/assets/documents-*.js',
      reason: 'a polyfill, and the CSP forbids eval anyway'
    }
    expect(compare([finding], [row]).unjustified).toEqual([])
    expect(compare([finding], [{ ...row, check: 'CSP_GLOBAL_CHECK' }]).unjustified).toEqual([
      finding
    ])
  })
})
