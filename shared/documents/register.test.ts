import { describe, expect, it } from 'vitest'

import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { csvCell, registerFileName } from './register'

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(42)).toBe('42')
  })

  it('defuses spreadsheet formulas typed by a user', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvCell('+33 6 12')).toBe("'+33 6 12")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
  })
})

describe('file names', () => {
  it('dates documents in the incident time zone', () => {
    // 23:30 UTC on the 24th is already the 25th in Paris.
    expect(instantToDateKey('2026-11-24T23:30:00Z', 'Europe/Paris')).toBe('2026-11-25')
    expect(registerFileName('2026-11-24T23:30:00Z', 'Europe/Paris', 'fr', 'csv')).toBe(
      '2026-11-25_registre_violations.csv'
    )
  })

  it('proposes names like 2026-11-25_INC-0042_declaration_AXA.pdf', () => {
    expect(
      buildDocumentFileName({
        date: '2026-11-25',
        reference: 'INC-0042',
        kind: 'declaration',
        qualifier: 'AXA',
        extension: 'pdf'
      })
    ).toBe('2026-11-25_INC-0042_declaration_AXA.pdf')
  })
})
