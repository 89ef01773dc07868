import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { assess } from '../assessment'
import { sampleIncidents } from '../model'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import type { RegisterEntry, SkippedRecord } from './register'
import { buildRegisterCsv, csvCell, registerFileName } from './register'

const NOW = '2026-11-25T10:00:00Z'
const entries = (): RegisterEntry[] =>
  sampleIncidents.map((sample) => {
    const file = structuredClone(sample.file)
    return { file, assessment: assess(file, { now: NOW }) }
  })
const csvText = (list: RegisterEntry[], lang: 'fr' | 'en', onSkip?: (s: SkippedRecord) => void) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    buildRegisterCsv(list, {
      createdAt: NOW,
      timeZone: 'Europe/Paris',
      lang,
      ...(onSkip ? { onSkip } : {})
    }).bytes
  )
/** Splits RFC 4180 text into rows of cells (quoted cells may hold separators and line breaks). */
const parseCsv = (text: string, separator: string): string[][] => {
  const rows: string[][] = [[]]
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === separator) {
      rows.at(-1)!.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.at(-1)!.push(cell)
      cell = ''
      rows.push([])
      i++
    } else cell += c
  }
  if (cell !== '' || rows.at(-1)!.length > 0) rows.at(-1)!.push(cell)
  return rows.filter((row) => row.length > 0)
}
/** What a spreadsheet would take as the start of a formula. */
const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/

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

  it.each([
    ['-2+3', "'-2+3"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['＝HYPERLINK("x")', '"\'＝HYPERLINK(""x"")"'],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠A1', "'＠A1"],
    ['  =1+1', "'  =1+1"],
    ['a;b', '"a;b"'],
    ['a=b', 'a=b']
  ])('defuses and quotes %j as %j whatever the separator', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('never lets any text start a formula, and reads back to the same text', () => {
    const starters = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '＝',
      '＋',
      '－',
      '＠',
      ' ',
      ';',
      ',',
      '"',
      '\n'
    )
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.tuple(starters, fc.string({ maxLength: 20 })).map(([a, b]) => a + b)
    )
    fc.assert(
      fc.property(text, fc.constantFrom(';', ','), (value, separator) => {
        const cell = csvCell(value)
        const [[read]] = parseCsv(`${cell}${separator}x\r\n`, separator) as [[string]]
        expect(FORMULA.test(read)).toBe(false)
        // The only change is the leading apostrophe of a defused cell.
        expect(read === value || read === `'${value}`).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('register CSV', () => {
  it('is semicolon-separated with a UTF-8 BOM in French, for French Excel', () => {
    const list = entries()
    const bytes = buildRegisterCsv(list, {
      createdAt: NOW,
      timeZone: 'Europe/Paris',
      lang: 'fr'
    }).bytes
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(csvText(list, 'fr').replace(/^\ufeff/, ''), ';')
    expect(rows[0]?.slice(0, 3)).toEqual(['reference', 'title', 'status'])
    expect(rows).toHaveLength(list.length + 1)
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length)
  })

  it('is comma-separated in English', () => {
    const list = entries()
    const rows = parseCsv(csvText(list, 'en').replace(/^\ufeff/, ''), ',')
    expect(rows[0]?.slice(0, 3)).toEqual(['reference', 'title', 'status'])
    expect(rows).toHaveLength(list.length + 1)
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length)
  })

  it('defuses a formula typed in any field, in both languages', () => {
    const list = entries()
    list[0]!.file.incident.title = '＝cmd|"/c calc"!A1'
    list[0]!.file.incident.reference = '@INC'
    list[0]!.file.incident.measures = [{ id: 'm', description: '-1+1; =2' }]
    for (const [lang, separator] of [
      ['fr', ';'],
      ['en', ',']
    ] as const) {
      const rows = parseCsv(csvText(list, lang).replace(/^\ufeff/, ''), separator)
      for (const row of rows) for (const cell of row) expect(FORMULA.test(cell), cell).toBe(false)
      expect(rows[1]?.[1]).toBe('\'＝cmd|"/c calc"!A1')
    }
  })

  it('reports a row it cannot write and keeps the others', () => {
    const list = entries()
    const broken = { ...list[1]!, assessment: {} as RegisterEntry['assessment'], sourceIndex: 1 }
    const skipped: SkippedRecord[] = []
    const rows = parseCsv(
      csvText([list[0]!, broken, ...list.slice(2)], 'en', (s) => skipped.push(s)).replace(
        /^\ufeff/,
        ''
      ),
      ','
    )
    expect(rows).toHaveLength(list.length)
    expect(skipped).toEqual([
      expect.objectContaining({
        index: 1,
        stage: 'csv',
        reference: list[1]!.file.incident.reference
      })
    ])
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
