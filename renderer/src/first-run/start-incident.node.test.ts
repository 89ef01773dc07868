import { afterAll, describe, expect, it } from 'vitest'

import { sampleIncidents } from '@shared/model'

import { db, getHistory, getIncident, listIncidents, listPolicies } from '../db'
import { loadSampleIncident, startNewIncident } from './start-incident'

afterAll(async () => {
  db.close()
  await db.delete()
})

describe('the first-run actions', () => {
  it('load the sample as a filed incident with its policies and its deadlines in the register', async () => {
    const id = await loadSampleIncident(undefined, '2026-02-12T09:00:00.000Z')
    const stored = await getIncident(id)
    const sample = sampleIncidents[0]!.file
    expect(stored?.incident.title).toBe(sample.incident.title)
    expect(stored?.incident.status).toBe('open')
    expect(stored?.incident.reference).toBe('INC-0001')
    // The register can colour and sort it at once: the summary of a real assessment is stored.
    expect(stored?.index.assessment?.ruleSetVersion).toBeTruthy()
    // The sample's times are moved so the user became aware 18 h before "now": the 72 h to the
    // authority end 54 h after "now", and the countdown is live.
    expect(stored?.index.nextDueAt).toBe('2026-02-14T15:00:00.000Z')
    const policies = await listPolicies()
    expect(policies.map((p) => p.id).sort()).toEqual(sample.policies.map((p) => p.id).sort())
    // Storing the summary is not an edit the user made.
    expect((await getHistory(id)).map((entry) => entry.kind)).toEqual(['imported'])
  })

  it('start a new draft in the user’s time zone', async () => {
    const id = await startNewIncident('America/Montreal')
    const stored = await getIncident(id)
    expect(stored?.incident.status).toBe('draft')
    expect(stored?.incident.timeZone).toBe('America/Montreal')
    expect((await listIncidents({})).total).toBe(2)
  })
})
