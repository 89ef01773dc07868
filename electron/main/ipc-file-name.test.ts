// The names main sanitises in every save request (shared/documents/file-name.ts).
import { describe, expect, it } from 'vitest'

import { buildDocumentFileName, sanitizeFileName } from '../../shared/documents/file-name'

describe('sanitizeFileName', () => {
  it.each([
    ['déclaration « AXA ».pdf', 'déclaration « AXA ».pdf'],
    ['a/b\\c:d*e?f"g<h>i|j.pdf', 'a_b_c_d_e_f_g_h_i_j.pdf'],
    ['  spaced   name .pdf  ', 'spaced name .pdf'],
    ['.hidden', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1', '_lpt1'],
    ['tab\there', 'tab here'],
    ['nul\u0000byte', 'nul_byte']
  ])('%j becomes %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected)
  })

  it.each(['', '   ', '...', '///', '\u0000'])(
    'returns null when nothing usable is left (%j)',
    (input) => {
      expect(sanitizeFileName(input)).toBeNull()
    }
  )

  it('shortens very long names but keeps the extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(400)}.pdf`)
    expect(name?.length).toBe(200)
    expect(name?.endsWith('.pdf')).toBe(true)
  })
})

describe('buildDocumentFileName', () => {
  it('builds the name the user sees in the save dialog', () => {
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

  it('joins words of a qualifier and drops empty parts', () => {
    expect(
      buildDocumentFileName({
        date: '2026-11-25',
        reference: 'INC-7',
        kind: 'declaration',
        qualifier: 'Hiscox France / RC',
        extension: '.pdf'
      })
    ).toBe('2026-11-25_INC-7_declaration_Hiscox-France-_-RC.pdf')
    expect(
      buildDocumentFileName({
        date: '2026-11-25',
        reference: 'INC-7',
        kind: 'checklist',
        qualifier: ' ',
        extension: 'pdf'
      })
    ).toBe('2026-11-25_INC-7_checklist.pdf')
  })
})
