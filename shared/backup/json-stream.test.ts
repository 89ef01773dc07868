import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { utf8 } from './bytes'
import { blobSource, decodeJsonEntry, openContainer, packContainer } from './container'
import { BackupError } from './errors'
import { JsonArrayWriter } from './json-stream'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Manifest } from './schemas'

const NAME = 'tables/contents.json'
const header: Omit<Manifest, 'entries'> = {
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  appVersion: '0.0.0',
  createdAt: '2026-11-30T10:00:00.000Z',
  encryption: { kind: 'none' },
  counts: { incidents: 0, attachments: 0, policies: 0, history: 0, tombstones: 0, settings: 0 }
}

/** What the reader gives for these bytes: a value, or the refusal's English message. */
type Outcome = { value: unknown } | { refused: string }
const outcome = async (run: () => unknown): Promise<Outcome> => {
  try {
    return { value: await run() }
  } catch (error) {
    if (error instanceof BackupError) return { refused: error.message }
    throw error
  }
}

/** The streaming reader (slices of `sliceBytes`) against the whole-entry one on the same bytes. */
async function bothReaders(bytes: Uint8Array, sliceBytes: number) {
  const container = await openContainer(
    blobSource(await packContainer(header, [{ name: NAME, data: bytes }]))
  )
  const entry = container.entry(NAME)!
  return {
    streamed: await outcome(() => container.readJson(entry, sliceBytes)),
    whole: await outcome(() => decodeJsonEntry(bytes, NAME))
  }
}

/** Strings made of what a splitter can trip on: brackets, quotes, backslashes, non-ASCII. */
const tricky = fc.oneof(
  fc.string({
    unit: fc.constantFrom('[', ']', '{', '}', ',', '"', '\\', ' ', '\n', 'é', '😀', 'a')
  }),
  fc.string({ unit: 'binary' })
)
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    // Keys the readers refuse by design (container.ts FORBIDDEN_KEYS) would make JSON.parse a
    // wrong oracle here; the refusal itself is checked below, with the damaged texts and by name.
    fc.dictionary(
      tricky.filter((key) => !['__proto__', 'constructor', 'prototype'].includes(key)),
      tie('node'),
      { maxKeys: 4 }
    )
  )
})).node
const arrayText = fc
  .tuple(fc.array(value, { maxLength: 8 }), fc.constantFrom(undefined, 1, '\t'))
  .map(([items, indent]) => JSON.stringify(items, null, indent))

describe('readJson (a table read slice by slice, element by element)', () => {
  it('reads every array exactly as JSON.parse of the whole text, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(arrayText, fc.integer({ min: 1, max: 12 }), async (text, slice) => {
        const { streamed, whole } = await bothReaders(utf8(text), slice)
        expect(streamed).toEqual(whole)
        expect(streamed).toEqual({ value: JSON.parse(text) })
      }),
      { numRuns: 400 }
    )
  })

  it('refuses what the whole-entry reader refuses, with the same message (damaged text)', async () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat(3),
      insert: fc.constantFrom(
        '',
        '[',
        ']',
        '{',
        '}',
        ',',
        '"',
        '\\',
        ':',
        ' ',
        'x',
        '1',
        '"__proto__":1'
      )
    })
    await fc.assert(
      fc.asyncProperty(
        arrayText,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 9 }),
        async (text, edits, slice) => {
          let damaged = text
          for (const { at, remove, insert } of edits) {
            const i = at % (damaged.length + 1)
            damaged = damaged.slice(0, i) + insert + damaged.slice(i + remove)
          }
          const { streamed, whole } = await bothReaders(utf8(damaged), slice)
          expect(streamed).toEqual(whole)
        }
      ),
      { numRuns: 600 }
    )
  })

  it('refuses invalid UTF-8 anywhere, even after a syntax error, as the whole-entry reader', async () => {
    await fc.assert(
      fc.asyncProperty(
        arrayText,
        fc.nat(),
        fc.constantFrom(0xff, 0xc3, 0x80, 0xed),
        fc.integer({ min: 1, max: 9 }),
        async (text, at, byte, slice) => {
          const bytes = utf8(`${text}`)
          const i = at % (bytes.length + 1)
          const damaged = new Uint8Array([...bytes.subarray(0, i), byte, ...bytes.subarray(i)])
          const { streamed, whole } = await bothReaders(damaged, slice)
          expect(streamed).toEqual(whole)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('reads a non-array, an empty entry, a BOM and a forbidden key as before', async () => {
    for (const text of [
      '{"a": [1, "]"]}',
      '',
      '  ',
      '\uFEFF[1, 2]',
      '[{"__proto__": {}}, 1',
      '[{"__proto__": {}}, 1]',
      '[{"a": {"constructor": 1}}, {"\\u005f_proto__": 2}]',
      '[1] ]',
      '[]',
      ' [ ] ',
      '[1,]',
      '[,1]'
    ]) {
      const { streamed, whole } = await bothReaders(utf8(text), 2)
      expect(streamed, text).toEqual(whole)
    }
  })
})

describe('JsonArrayWriter', () => {
  it('writes the bytes and SHA-256 of JSON.stringify of all the rows, however they are batched', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { maxLength: 10 }),
        fc.array(fc.nat(10), { maxLength: 4 }),
        async (rows, cuts) => {
          const writer = new JsonArrayWriter()
          let at = 0
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            writer.add(rows.slice(at, Math.max(at, cut)))
            at = Math.max(at, cut)
          }
          writer.add(rows.slice(at))
          const entry = writer.finish()
          const expected = utf8(JSON.stringify(rows))
          expect(new Uint8Array(await entry.data.arrayBuffer())).toEqual(expected)
          expect(entry.rows).toBe(rows.length)
          const container = await openContainer(
            blobSource(await packContainer(header, [{ name: NAME, data: expected }]))
          )
          expect(entry.sha256).toBe(container.entry(NAME)!.sha256)
        }
      ),
      { numRuns: 200 }
    )
  })
})
