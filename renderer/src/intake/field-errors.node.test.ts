import { describe, expect, it } from 'vitest'

import { createEmptyIncident, parseIncidentFile } from '@shared/model'

import { collectProblems, fieldKeyOf, problemAt, stepOfKey } from './field-errors'

const base = createEmptyIncident({
  id: 'i1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

describe('field errors', () => {
  it('maps schema paths to field keys and steps', () => {
    const incident = {
      ...base,
      timeline: [{ id: 'e1', kind: 'occurred' as const, at: '2026-11-20T10:00:00Z' }]
    }
    expect(fieldKeyOf('incident.timeline[0].at', incident)).toBe('timeline.e1.at')
    expect(fieldKeyOf('incident.title', incident)).toBe('title')
    expect(stepOfKey('insured.name')).toBe('incident')
    expect(stepOfKey('data.personsCount')).toBe('data')
    expect(stepOfKey('cause.detail')).toBe('cause')
  })

  it('puts a real shared validation error next to its field, in the user language', () => {
    const incident = { ...base, title: 'x'.repeat(301) }
    const result = parseIncidentFile({
      format: 'sentinelle.incident',
      formatVersion: 1,
      incident,
      policies: []
    })
    expect(result.ok).toBe(false)
    const problems = collectProblems(incident, result.ok ? [] : result.errors, [], 'fr', () => '')
    expect(problems).toHaveLength(1)
    expect(problems[0]!.step).toBe('incident')
    expect(problemAt(problems, 'title')).toMatch(/trop long/)
    const english = collectProblems(incident, result.ok ? [] : result.errors, [], 'en', () => '')
    expect(problemAt(english, 'title')).toMatch(/too long/)
  })

  it('adds the date contradictions on the event that carries them', () => {
    const problems = collectProblems(
      base,
      [],
      [{ eventId: 'e2', code: 'detectedBeforeOccurred', otherAt: '2026-11-20T10:00:00Z' }],
      'en',
      (issue) => `bad ${issue.code}`
    )
    expect(problemAt(problems, 'timeline.e2.at')).toBe('bad detectedBeforeOccurred')
  })
})
