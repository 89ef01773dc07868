import { describe, expect, it } from 'vitest'

import { parseJson } from './container'
import { BackupError } from './errors'

describe('parseJson', () => {
  it('refuses a prototype-changing key, written plainly or with \\u escapes, at any depth', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}}',
      '{"a": [{"constructor": {}}]}',
      '{"b": {"prototype": 1}}',
      '{"\\u005f_proto__": {}}',
      '{"c": "é", "\\u0063onstructor": 1}',
      '{"d": "\\u0007", "protot\\u0079pe": 1}',
      '{"__prot\\u006F__": 1}'
    ]) {
      expect(() => parseJson(text, 'tables/x.json'), text).toThrow(BackupError)
    }
  })

  it('accepts those words as values, and text with or without escapes', () => {
    expect(parseJson('{"title": "constructor", "n": "\\u00e9t\\u00e9"}', '')).toEqual({
      title: 'constructor',
      n: 'été'
    })
    expect(parseJson('{"a": [1, {"b": "prototype du registre"}]}', '')).toEqual({
      a: [1, { b: 'prototype du registre' }]
    })
  })

  it('refuses unreadable JSON with a BackupError', () => {
    expect(() => parseJson('{"a": ', 'tables/x.json')).toThrow(BackupError)
  })
})
