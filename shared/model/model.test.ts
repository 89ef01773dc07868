import { describe, expect, it } from 'vitest'

import {
  createEmptyIncident,
  INCIDENT_FILE_FORMAT,
  INCIDENT_FILE_VERSION,
  localize,
  localizeDeep,
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

  it('bounds every date to the years 1970–2100, with a message in both languages', () => {
    const f = sample()
    f.incident.createdAt = '1969-12-31T23:59:59Z'
    f.incident.timeline[0]!.at = '0026-05-01T10:00:00+02:00'
    f.incident.updatedAt = '2101-01-01T00:00:00Z'
    f.policies[0]!.periodStart = '0026-01-01'
    f.policies[0]!.periodEnd = '2101-01-01'
    const r = parseIncidentFile(f)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.path).sort()).toEqual(
      [
        'incident.createdAt',
        'incident.timeline[0].at',
        'incident.updatedAt',
        'policies[0].periodEnd',
        'policies[0].periodStart'
      ].sort()
    )
    for (const e of r.errors) {
      expect(e.message.fr).toContain('entre 1970 et 2100')
      expect(e.message.en).toContain('between 1970 and 2100')
    }
    // The bounds themselves are accepted.
    const ok = sample()
    ok.incident.createdAt = '1970-01-01T00:00:00Z'
    ok.incident.updatedAt = '2100-12-31T23:59:59.999Z'
    ok.policies[0]!.periodStart = '1970-01-01'
    ok.policies[0]!.periodEnd = '2100-12-31'
    expect(parseIncidentFile(ok).ok).toBe(true)
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
