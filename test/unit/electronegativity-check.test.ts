import { describe, expect, it } from 'vitest'

import {
  compare,
  fileMatches,
  parseAnyReport,
  parseReport
} from '../../scripts/electronegativity-check'

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

  const sarif = JSON.stringify({
    runs: [
      {
        results: [
          {
            ruleId: 'CSP_GLOBAL_CHECK',
            message: { text: 'One or more CSP directives detected are vulnerable' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'out\\renderer\\index.html' },
                  region: { startLine: 5, startColumn: 1 }
                }
              }
            ]
          }
        ]
      }
    ]
  })
  const header = 'issue, severity, confidence, filename, location, sample, description, url\n'
  const row =
    'CSP_GLOBAL_CHECK,"LOW","FIRM","out/renderer/index.html","5:0","default-src \'self\'",' +
    '"One or more CSP directives detected are vulnerable",https://example.org/CSP_GLOBAL_CHECK\n'

  it('reads the SARIF report (one write, unlike the CSV) as the CSV gives the same finding', () => {
    expect(parseAnyReport('r.sarif', sarif)).toEqual(parseAnyReport('r.csv', header + row))
    expect(parseAnyReport('r.sarif', sarif)).toEqual([
      {
        check: 'CSP_GLOBAL_CHECK',
        file: 'out/renderer/index.html',
        location: '5:0',
        description: 'One or more CSP directives detected are vulnerable'
      }
    ])
  })

  it('refuses a CSV report whose header was written over its first row', () => {
    // Electronegativity 1.10.3 writes the header and the rows concurrently: seen in CI.
    const overwritten = header + row.slice(header.length)
    expect(() => parseReport(overwritten)).toThrow(/without its check id/)
  })
})
