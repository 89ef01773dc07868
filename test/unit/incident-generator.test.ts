import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { INSTANT_MAX_MS, INSTANT_MIN_MS, IncidentSchema } from '../../shared/model'
import { generateIncidents } from '../e2e/support/incident-generator'

describe('the test-data generator', () => {
  it('makes valid incidents with consecutive references, the same ones for the same seed', () => {
    const options = { count: 500, seed: 3, firstNumber: 41, now: '2026-11-25T12:00:00.000Z' }
    const incidents = generateIncidents(options)
    expect(incidents).toHaveLength(500)
    for (const incident of incidents) {
      const parsed = IncidentSchema.safeParse(incident)
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
    expect(incidents[0]?.reference).toBe('INC-0041')
    expect(incidents[499]?.reference).toBe('INC-0540')
    expect(new Set(incidents.map((i) => i.id)).size).toBe(500)
    expect(generateIncidents(options)).toEqual(incidents)
    expect(generateIncidents({ ...options, seed: 4 })).not.toEqual(incidents)
  })

  it('varies what the register filters on', () => {
    const incidents = generateIncidents({ count: 1000, seed: 1 })
    expect(new Set(incidents.map((i) => i.status))).toEqual(new Set(['draft', 'open', 'closed']))
    expect(new Set(incidents.map((i) => i.cause.kind)).size).toBeGreaterThanOrEqual(5)
    const notified = incidents.filter((i) =>
      i.timeline.some((e) => e.kind === 'authority_notified')
    )
    expect(notified.length).toBeGreaterThan(200)
    expect(notified.length).toBeLessThan(800)
  })

  it('stays valid for any "now" in the years the schema allows, bounds included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: INSTANT_MIN_MS, max: INSTANT_MAX_MS }),
          fc.constantFrom(INSTANT_MIN_MS, INSTANT_MAX_MS)
        ),
        fc.integer({ min: 1, max: 1000 }),
        (nowMs, seed) => {
          const now = new Date(nowMs).toISOString()
          for (const incident of generateIncidents({ count: 5, seed, now })) {
            const parsed = IncidentSchema.safeParse(incident)
            expect(parsed.success, `${now}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})
