/**
 * Fuzzing the importers (issue 13 §3): thousands of mutated and random backups and case files
 * (truncated, flipped bytes, wrong types, huge strings, __proto__ keys, duplicated ids, future
 * versions, wrong checksums). Each must end in a clean BackupError, or in a valid restore, and a
 * refused one must leave the register exactly as it was.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAGIC, isBackupError, verifyBackup } from '@shared/backup'

import {
  applyRestore,
  createBackup,
  exportCaseFile,
  importCaseFile,
  planRestore
} from './backup-store'
import { openTestDb, repack, seedRegister, unpack } from './backup-test-support'
import { SentinelleDbError } from './errors'
import type { SentinelleDb } from './schema'

const RUNS = 1_000
const CASE_PASS = 'phrase du dossier'

/**
 * What any write would change: every table's size, the meta rows (counters, keyring) and each
 * incident's revision. Cheap enough to take before each of the thousands of attempts.
 */
async function fingerprint(db: SentinelleDb): Promise<string> {
  const parts: unknown[] = []
  for (const table of db.tables) parts.push(table.name, await table.count())
  parts.push(await db.meta.toArray())
  parts.push((await db.incidents.toArray()).map((row) => [row.id, row.rev, row.reference]))
  parts.push(await db.settings.toArray())
  return JSON.stringify(parts)
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'json'; entry: number; path: number[]; value: unknown }
  | { kind: 'proto'; entry: number }
  | { kind: 'huge'; entry: number; path: number[] }
  | { kind: 'duplicate'; entry: number }
  | { kind: 'version'; version: number }
  | { kind: 'manifest'; field: 'format' | 'counts' | 'encryption' | 'appVersion'; value: unknown }
  | { kind: 'checksum'; entry: number }
  | { kind: 'random'; bytes: Uint8Array }

const position = fc.nat({ max: 1_000_000 })
const path = fc.array(fc.nat({ max: 40 }), { minLength: 0, maxLength: 5 })
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: position,
    value: fc.integer({ min: 1, max: 255 })
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 })
  }),
  fc.record({
    kind: fc.constant('json' as const),
    entry: fc.nat(),
    path,
    value: fc.jsonValue({ maxDepth: 3 })
  }),
  fc.record({ kind: fc.constant('proto' as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant('huge' as const), entry: fc.nat(), path }),
  fc.record({ kind: fc.constant('duplicate' as const), entry: fc.nat() }),
  fc.record({
    kind: fc.constant('version' as const),
    version: fc.integer({ min: 2, max: 1_000_000 })
  }),
  fc.record({
    kind: fc.constant('manifest' as const),
    field: fc.constantFrom(
      'format' as const,
      'counts' as const,
      'encryption' as const,
      'appVersion' as const
    ),
    value: fc.jsonValue({ maxDepth: 2 })
  }),
  fc.record({ kind: fc.constant('checksum' as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ maxLength: 2_000 }) })
)

/** Sets a value at a path of indexes into whatever keys the JSON has there. */
function setAt(root: unknown, indexes: number[], value: unknown): unknown {
  if (indexes.length === 0 || root === null || typeof root !== 'object') return value
  const keys = Object.keys(root)
  if (keys.length === 0) return value
  const key = keys[indexes[0]! % keys.length]!
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...root }) as Record<
    string,
    unknown
  >
  copy[key] = setAt((root as Record<string, unknown>)[key], indexes.slice(1), value)
  return copy
}

async function apply(base: Uint8Array, m: Mutation): Promise<Uint8Array> {
  switch (m.kind) {
    case 'truncate':
      return base.slice(0, m.at % base.length)
    case 'flip': {
      const copy = base.slice()
      const at = m.at % copy.length
      copy[at] = copy[at]! ^ m.value
      return copy
    }
    case 'insert': {
      const at = m.at % base.length
      return new Uint8Array([...base.subarray(0, at), ...m.bytes, ...base.subarray(at)])
    }
    case 'random':
      return new Uint8Array([...MAGIC, ...m.bytes])
    default:
      break
  }
  const u = await unpack(base)
  const jsonEntries = u.entries.filter((e) => e.name.endsWith('.json') && !e.iv)
  const pick = (n: number) => jsonEntries[n % jsonEntries.length]
  switch (m.kind) {
    case 'json': {
      const entry = pick(m.entry)
      if (entry)
        entry.data = encoder.encode(
          JSON.stringify(setAt(JSON.parse(decoder.decode(entry.data)), m.path, m.value))
        )
      break
    }
    case 'huge': {
      const entry = pick(m.entry)
      if (entry)
        entry.data = encoder.encode(
          JSON.stringify(
            setAt(JSON.parse(decoder.decode(entry.data)), m.path, 'x'.repeat(2_000_000))
          )
        )
      break
    }
    case 'proto': {
      const entry = pick(m.entry)
      if (entry) {
        const text = decoder.decode(entry.data)
        entry.data = encoder.encode(text.replace('{', '{"__proto__":{"polluted":true},'))
      }
      break
    }
    case 'duplicate': {
      const entry = pick(m.entry)
      if (entry) {
        const value: unknown = JSON.parse(decoder.decode(entry.data))
        if (Array.isArray(value) && value.length > 0)
          entry.data = encoder.encode(JSON.stringify([...value, value[0]]))
        else entry.data = encoder.encode(JSON.stringify([value, value]))
      }
      break
    }
    case 'version':
      u.header = { ...u.header, formatVersion: m.version as 1 }
      break
    case 'manifest':
      u.header = { ...u.header, [m.field]: m.value }
      break
    case 'checksum': {
      // Repacked with the right sums, then one entry's bytes changed behind the manifest.
      const bytes = await repack(u)
      const entry = u.entries[m.entry % u.entries.length]!
      const copy = bytes.slice()
      const at =
        copy.length -
        1 -
        u.entries.slice(u.entries.indexOf(entry) + 1).reduce((n, e) => n + e.data.length, 0)
      if (entry.data.length > 0) copy[at] = copy[at]! ^ 1
      return copy
    }
  }
  return repack(u)
}

function expectClean(error: unknown) {
  if (isBackupError(error) || error instanceof SentinelleDbError) {
    expect(error.message.length).toBeGreaterThan(0)
    return
  }
  throw error
}

describe('fuzzing the importers', () => {
  let target: SentinelleDb
  let backup: Uint8Array
  let caseFile: Uint8Array
  let sealedCase: Uint8Array

  beforeAll(async () => {
    const source = await openTestDb()
    const ids = await seedRegister(source.repo, 5, { attachEvery: 2 })
    backup = new Uint8Array(await (await createBackup(source.db)).blob.arrayBuffer())
    caseFile = new Uint8Array(await (await exportCaseFile(source.db, ids[0]!)).blob.arrayBuffer())
    sealedCase = new Uint8Array(
      await (
        await exportCaseFile(source.db, ids[0]!, { passphrase: CASE_PASS, iterations: 1_000 })
      ).blob.arrayBuffer()
    )
    // The register that receives everything: it already has incidents of its own.
    target = (await openTestDb()).db
    const { repo } = { repo: (await import('./repository')).createRepository(target) }
    await seedRegister(repo, 4, { attachEvery: 3 })
  }, 120_000)

  it(`${RUNS} mutated or random backups: a clean error and an unchanged register, or a valid restore`, async () => {
    let refused = 0
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = await apply(backup, m)
        const before = await fingerprint(target)
        try {
          const plan = await planRestore(target, new Blob([new Uint8Array(bytes)]))
          const choices = Object.fromEntries(plan.conflicts.map((c) => [c.id, 'backup' as const]))
          await applyRestore(target, plan, { choices })
        } catch (error) {
          expectClean(error)
          refused++
          expect(await fingerprint(target)).toBe(before)
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: RUNS }
    )
    expect(refused).toBeGreaterThan(RUNS / 2)
  }, 600_000)

  it(`${RUNS} mutated or random case files (clear and sealed): a clean error and an unchanged register, or a valid import`, async () => {
    let refused = 0
    await fc.assert(
      fc.asyncProperty(mutation, fc.boolean(), async (m, sealed) => {
        const bytes = await apply(sealed ? sealedCase : caseFile, m)
        const before = await fingerprint(target)
        try {
          await importCaseFile(target, new Blob([new Uint8Array(bytes)]), {
            passphrase: sealed ? CASE_PASS : undefined
          })
        } catch (error) {
          expectClean(error)
          refused++
          expect(await fingerprint(target)).toBe(before)
        }
      }),
      { numRuns: RUNS }
    )
    expect(refused).toBeGreaterThan(RUNS / 2)
  }, 600_000)

  it('verifyBackup never throws on any of them', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom('backup', 'case'), async (m, which) => {
        const report = await verifyBackup(await apply(which === 'backup' ? backup : caseFile, m))
        expect(report.ok || report.error !== undefined).toBe(true)
      }),
      { numRuns: 300 }
    )
  }, 600_000)
})
