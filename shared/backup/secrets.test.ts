import { describe, expect, it } from 'vitest'

import { utf8 } from './bytes'
import { recordAad } from './secrets'

describe('recordAad', () => {
  it('is the UTF-8 of `table NUL id`, for ASCII ids and for any other text', () => {
    const cases: [string, string][] = [
      ['contents', '0b7e9a52-2d3f-4f6e-9a1c-3c2a1f0e4d5b'],
      ['history', '12'],
      ['settings', ''],
      ['settings', 'clé'],
      ['tombstones', 'id-🙂'],
      ['tables\u007f', 'x\u0080']
    ]
    for (const [table, id] of cases)
      expect(recordAad(table, id), `${table}/${id}`).toEqual(utf8(`${table}\u0000${id}`))
  })
})
