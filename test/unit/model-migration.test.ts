import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  INCIDENT_FILE_VERSION,
  migrateIncidentFile,
  parseIncidentFile,
  sampleIncidents
} from '../../shared/model'
import type { IncidentFile } from '../../shared/model'

const sample = (): IncidentFile => structuredClone(sampleIncidents[0]!.file)

describe('format v1 → v2 migration', () => {
  // Frozen copies of the v1 examples as released (rule set 2026.11.1): every one must still be
  // read, with nothing the user entered lost.
  const v1Dir = resolve(import.meta.dirname, '../fixtures/incident-v1')
  const v1Files = readdirSync(v1Dir).filter((f) => f.endsWith('.json'))

  it('has the frozen v1 fixtures', () => {
    expect(v1Files.length).toBeGreaterThanOrEqual(6)
  })

  it.each(v1Files)('reads the v1 file %s as v2 with every field kept', (name) => {
    const v1 = JSON.parse(readFileSync(resolve(v1Dir, name), 'utf8')) as Record<string, unknown>
    expect(v1.formatVersion).toBe(1)
    const r = parseIncidentFile(structuredClone(v1))
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true)
    if (!r.ok) return
    expect(r.value.formatVersion).toBe(INCIDENT_FILE_VERSION)
    expect(r.value).toEqual({ ...v1, formatVersion: INCIDENT_FILE_VERSION })
  })

  it('migrates without touching the input and leaves current files alone', () => {
    const v1 = { ...sample(), formatVersion: 1 }
    const frozen = structuredClone(v1)
    expect(migrateIncidentFile(v1)).toMatchObject({ formatVersion: INCIDENT_FILE_VERSION })
    expect(v1).toEqual(frozen)
    const current = sample()
    expect(migrateIncidentFile(current)).toBe(current)
  })

  it('refuses an exclusion marked both in and not in the contract', () => {
    const f = sample()
    f.policies[0]!.exclusions = ['cyber']
    f.policies[0]!.exclusionsAbsent = ['cyber', 'ransom']
    const r = parseIncidentFile(f)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['policies[0].exclusionsAbsent'])
  })
})
