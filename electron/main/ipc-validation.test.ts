import { describe, expect, it } from 'vitest'

import { MAX_SAVE_BYTES } from '../../shared/ipc-contract'

import { parseDeviceKeyArguments, parseNoArguments, parseSaveFileRequest } from './ipc-validation'

const valid = {
  suggestedName: '2026-11-25_INC-0042_declaration_AXA.pdf',
  mimeType: 'application/pdf',
  bytes: new Uint8Array([37, 80, 68, 70])
}

describe('parseSaveFileRequest', () => {
  it('accepts a well-formed request', () => {
    const result = parseSaveFileRequest(valid)
    expect(result).toEqual({ ok: true, value: valid })
  })

  it.each([
    'text/csv;charset=utf-8',
    'image/png',
    'message/rfc822',
    'application/vnd.ms-excel',
    ''
  ])('accepts the MIME type %j (documents and any attachment)', (mimeType) => {
    expect(parseSaveFileRequest({ ...valid, mimeType }).ok).toBe(true)
  })

  it('reduces a hostile file name to one safe segment', () => {
    const result = parseSaveFileRequest({ ...valid, suggestedName: '../../etc/passwd' })
    expect(result.ok && result.value.suggestedName).toBe('_.._etc_passwd')
  })

  it.each([
    ['nothing', undefined],
    ['a string', 'save me'],
    ['an array', [valid]],
    ['a missing name', { mimeType: valid.mimeType, bytes: valid.bytes }],
    ['an empty name', { ...valid, suggestedName: '' }],
    ['a name made only of forbidden characters', { ...valid, suggestedName: '///' }],
    ['a type that is not a MIME type', { ...valid, mimeType: 'pdf file' }],
    ['a type with a line break', { ...valid, mimeType: 'text/plain\r\nX: y' }],
    ['bytes as a plain array', { ...valid, bytes: [1, 2, 3] }],
    ['bytes as a string', { ...valid, bytes: 'JVBERi0=' }],
    ['an extra field', { ...valid, path: '/etc/passwd' }]
  ])('refuses %s with a message naming the problem', (_label, payload) => {
    const result = parseSaveFileRequest(payload)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^Invalid save request \(.+\)$/)
  })

  it('refuses a file over the size limit without copying it', () => {
    const huge = { ...valid, bytes: new Uint8Array(new ArrayBuffer(8)) }
    Object.defineProperty(huge.bytes, 'byteLength', { value: MAX_SAVE_BYTES + 1 })
    const result = parseSaveFileRequest(huge)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain('size limit')
  })
})

describe('parseNoArguments', () => {
  it('accepts no argument and refuses any', () => {
    expect(parseNoArguments([]).ok).toBe(true)
    expect(parseNoArguments([{}]).ok).toBe(false)
  })
})

describe('parseDeviceKeyArguments', () => {
  it('accepts exactly one 32-byte Uint8Array, as a copy', () => {
    const key = new Uint8Array(32).fill(7)
    const result = parseDeviceKeyArguments([key])
    expect(result).toEqual({ ok: true, value: key })
    if (result.ok) expect(result.value).not.toBe(key)
  })

  it.each([
    ['no argument', []],
    ['two arguments', [new Uint8Array(32), new Uint8Array(32)]],
    ['a short key', [new Uint8Array(16)]],
    ['a long key', [new Uint8Array(64)]],
    ['a plain array', [Array.from({ length: 32 }, () => 1)]],
    ['a string', ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=']],
    ['an object', [{ key: new Uint8Array(32) }]]
  ])('refuses %s', (_label, args) => {
    const result = parseDeviceKeyArguments(args)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^Invalid device key \(.+\)$/)
  })
})
