// @vitest-environment node
/**
 * Fuzzing the way an incident file gets in: thousands of mutated and random files (truncated,
 * wrong types, huge strings, `__proto__` keys, duplicated ids, future versions, dates at and past
 * the bounds, random bytes) fed to the shared parser the app's importers use and to the input path
 * of the CLIs. Each must end in a result or a clean, typed error: never a throw of anything else,
 * never a message that echoes a control character, never a polluted prototype.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { CliError, EXIT_INPUT, readIncidentFile } from '../../scripts/cli-io'
import { assess } from '../../shared/assessment'
import {
  ARRAY_LIMITS,
  INPUT_LIMITS,
  parseIncidentFileText,
  sampleIncidents
} from '../../shared/model'
import type { ParseResult } from '../../shared/model'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

const samples = sampleIncidents.map((sample) => sample.file as unknown as Json)

/** Every path to a value inside a JSON document. */
const pathsOf = (value: Json, prefix: Path = []): Path[] => {
  const here = [prefix]
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...prefix, i])))
  if (value !== null && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k])))
  return here
}
const parentOf = (root: Json, path: Path): Json => {
  let cur = root
  for (const key of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[key]!
  return cur
}
/** Sets a key as an own property, even `__proto__` (a plain assignment would set the prototype). */
const setOwn = (target: object, key: string | number, value: Json) =>
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })

const DATES = [
  '1969-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '1970-01-01T00:30:00+01:00',
  '2100-12-31T23:59:59.999Z',
  '2101-01-01T00:00:00Z',
  '0026-05-01T10:00:00Z',
  '0000-01-01T00:00:00Z',
  '+010000-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '1970-01-01',
  '2100-12-31',
  '2101-01-01',
  '0099-12-31'
]
const deep = (depth: number): Json => (depth === 0 ? 'bottom' : [deep(depth - 1)])
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom(...DATES),
  fc.constantFrom<Json>(
    null,
    -1,
    0,
    1e308,
    2 ** 53,
    '',
    [],
    {},
    true,
    'unknown',
    '\u001b[31m\u202e'
  ),
  fc.constant('x'.repeat(20_001)),
  fc.constant('é'.repeat(INPUT_LIMITS.maxStringLength + 1)),
  fc.constant(deep(INPUT_LIMITS.maxDepth + 2)),
  fc.constant(Array.from({ length: ARRAY_LIMITS.timeline + 1 }, (_, i) => ({ id: `e${i}` })))
)
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '']

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'duplicate'; at: number }
  | { kind: 'version'; value: Json }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 10 })),
    value: replacement
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('version' as const),
    value: fc.constantFrom<Json>(0, 1, 3, 99, 1.5, -1, '2', null, 1e308)
  })
)

const mutate = (original: Json, mutations: Mutation[]): Json => {
  const root = structuredClone(original)
  for (const m of mutations) {
    const paths = pathsOf(root).filter((p) => p.length > 0)
    if (m.kind === 'version') {
      setOwn(root as object, 'formatVersion', m.value)
      continue
    }
    const path = paths[m.at % paths.length]
    if (path === undefined) continue
    const parent = parentOf(root, path) as Record<string | number, Json> | Json[]
    const key = path.at(-1)!
    if (m.kind === 'replace') setOwn(parent, key, structuredClone(m.value))
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete (parent as Record<string, Json>)[key]
    } else if (m.kind === 'add') {
      const target = (parent as Record<string | number, Json>)[key]
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        setOwn(target, m.key, structuredClone(m.value))
    } else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]!))
  }
  return root
}

/** A whole file: a mutated sample, possibly truncated or with bytes changed, or random bytes. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.nat(samples.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean()
      )
      .map(([i, ms, bom]) =>
        new TextEncoder().encode(`${bom ? '\ufeff' : ''}${JSON.stringify(mutate(samples[i]!, ms))}`)
      )
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(samples.length - 1), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([i, cut]) => {
        const text = new TextEncoder().encode(JSON.stringify(samples[i]))
        return text.subarray(0, Math.floor(text.length * cut))
      })
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.nat(samples.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8
        })
      )
      .map(([i, flips]) => {
        const bytes = new TextEncoder().encode(JSON.stringify(samples[i]))
        for (const [at, value] of flips) bytes[at % bytes.length] = value
        return bytes
      })
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) }
)

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** A clean result: ok with a value, or errors each with a path and a message in FR and EN. */
const expectClean = (result: ParseResult) => {
  if (result.ok) {
    // What got in can be assessed without throwing, dates at the bounds included.
    expect(() =>
      assess(
        { incident: result.value.incident, policies: result.value.policies },
        { now: '2026-11-25T10:00:00Z' }
      )
    ).not.toThrow()
    return
  }
  expect(result.errors.length).toBeGreaterThan(0)
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string')
    expect(error.message.fr.length).toBeGreaterThan(0)
    expect(error.message.en.length).toBeGreaterThan(0)
    expect(error.message.fr).not.toMatch(CONTROL)
    expect(error.message.en).not.toMatch(CONTROL)
    expect(error.path).not.toMatch(CONTROL)
  }
}

describe('fuzzing the shared incident parser', () => {
  it('gives a result or clean errors for 1,000 mutated and random files', () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        expectClean(parseIncidentFileText(bytes))
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        expect(Object.prototype).not.toHaveProperty('x')
      }),
      { numRuns: 1000 }
    )
  })

  it('accepts every date at the bounds and refuses every date past them', () => {
    const base = structuredClone(sampleIncidents[0]!.file)
    for (const [at, ok] of [
      ['1970-01-01T00:00:00Z', true],
      ['2100-12-31T23:59:59.999Z', true],
      ['1969-12-31T23:59:59.999Z', false],
      ['2101-01-01T00:00:00Z', false]
    ] as const) {
      const file = structuredClone(base)
      file.incident.timeline[0]!.at = at
      file.incident.createdAt = at
      expect(parseIncidentFileText(JSON.stringify(file)).ok, at).toBe(ok)
    }
  })
})

describe('fuzzing the CLIs’ input path (readIncidentFile, as assess and render call it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sentinelle-fuzz-'))
  let n = 0

  it('returns an incident or throws a CliError with exit 2 for 1,000 mutated files', () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const path = join(dir, `case-${n++}.json`)
        writeFileSync(path, bytes)
        try {
          const file = readIncidentFile(path, 'en', (count) => `invalid (${count})`)
          expect(file.format).toBe('sentinelle.incident')
        } catch (error) {
          expect(error).toBeInstanceOf(CliError)
          const cliError = error as CliError
          expect(cliError.exitCode).toBe(EXIT_INPUT)
          expect(cliError.lines.length).toBeGreaterThan(0)
          expect(cliError.lines.length).toBeLessThanOrEqual(32)
        }
      }),
      { numRuns: 1000 }
    )
  })
})
