import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  createEmptyIncident,
  INCIDENT_FILE_FORMAT,
  INCIDENT_FILE_VERSION,
  localize,
  localizeDeep,
  migrateIncidentFile,
  parseIncidentFile,
  sampleIncidents
} from './index'
import type { IncidentFile } from './index'

const clone = <T>(v: T): T => structuredClone(v)
const sample = (): IncidentFile => clone(sampleIncidents[0]!.file)

describe('parseIncidentFile', () => {
  it.each(sampleIncidents.map((s) => [s.slug, s]))('accepts the sample %s', (_slug, s) => {
    const r = parseIncidentFile(clone(s.file))
    expect(r).toEqual({ ok: true, value: s.file })
  })

  it('accepts a file built from createEmptyIncident', () => {
    const incident = createEmptyIncident({
      id: 'x',
      reference: 'INC-1',
      now: '2026-01-01T00:00:00Z',
      timeZone: 'Europe/Paris'
    })
    const r = parseIncidentFile({
      format: INCIDENT_FILE_FORMAT,
      formatVersion: INCIDENT_FILE_VERSION,
      incident,
      policies: []
    })
    expect(r.ok).toBe(true)
  })

  it('returns every error at once, with paths and messages in both languages', () => {
    const f = sample() as unknown as { incident: Record<string, unknown>; policies: unknown[] }
    const inc = f.incident as Record<string, unknown> & {
      timeline: { at: string }[]
      data: Record<string, unknown>
      insured: Record<string, unknown>
    }
    inc.timeline[1]!.at = '2026-02-10 21:15'
    inc.data.personsCount = -3
    inc.data.encryption = 'rot13'
    delete inc.insured.name
    inc.timeZone = 'Mars/Olympus'
    inc.policyIds = ['pol-rcpro', 'nope']
    inc.colour = 'red'
    const r = parseIncidentFile(f)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = r.errors.map((e) => e.path).sort()
    expect(paths).toEqual(
      [
        'incident',
        'incident.data.encryption',
        'incident.data.personsCount',
        'incident.insured.name',
        'incident.policyIds[1]',
        'incident.timeZone',
        'incident.timeline[1].at'
      ].sort()
    )
    for (const e of r.errors) {
      expect(e.message.fr.length).toBeGreaterThan(5)
      expect(e.message.en.length).toBeGreaterThan(5)
      expect(e.message.fr).not.toBe(e.message.en)
    }
    const missing = r.errors.find((e) => e.path === 'incident.insured.name')!
    expect(missing.message.fr).toBe('Champ obligatoire manquant.')
    const unknown = r.errors.find((e) => e.path === 'incident')!
    expect(unknown.message.fr).toContain('colour')
  })

  it('rejects another format and a newer version with one clear message', () => {
    expect(parseIncidentFile({ format: 'other' })).toMatchObject({
      ok: false,
      errors: [{ path: 'format' }]
    })
    const newer = { ...sample(), formatVersion: INCIDENT_FILE_VERSION + 1 }
    const r = parseIncidentFile(newer)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]!.message.fr).toContain('plus récente')
  })

  it('rejects non-objects', () => {
    for (const v of [null, 42, 'x', []]) {
      const r = parseIncidentFile(v)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0)
    }
  })

  it('flags duplicate ids and a cause detail of another kind', () => {
    const f = sample()
    f.policies.push(clone(f.policies[0]!))
    f.incident.cause = { kind: 'cyberattack', detail: 'lost_device' }
    const r = parseIncidentFile(f)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors.map((e) => e.path).sort()).toEqual([
        'incident.cause.detail',
        'policies[2].id'
      ])
  })
})

describe('format v1 → v2 migration', () => {
  // Frozen copies of the v1 examples as released (rule set 2026.11.1): every one must still be
  // read, with nothing the user entered lost.
  const v1Dir = resolve(import.meta.dirname, '../../test/fixtures/incident-v1')
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

describe('localize', () => {
  it('picks one language, deeply', () => {
    expect(localize({ fr: 'bonjour', en: 'hello' }, 'en')).toBe('hello')
    expect(
      localizeDeep({ a: [{ fr: 'un', en: 'one' }], b: 3, c: { fr: 'x', en: 'y' } }, 'fr')
    ).toEqual({
      a: ['un'],
      b: 3,
      c: 'x'
    })
  })
})
