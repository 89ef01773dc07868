/**
 * The two ways out of the first-run screen, as plain async functions the screen and the tests
 * call: a new draft, or the sample incident (with its assessment summary, so the register shows
 * its deadlines at once).
 */
import { rebaseSampleTimes, sampleIncidents } from '@shared/model/samples'
import type { IncidentFile } from '@shared/model'

import {
  createDraftIncident,
  getIncident,
  getSetting,
  importIncidentFile,
  listPolicies,
  saveIncident,
  summarizeAssessment
} from '../db'

export async function startNewIncident(timeZone: string): Promise<string> {
  const defaultInsured = await getSetting('defaultInsured')
  return createDraftIncident({
    timeZone,
    patch: defaultInsured ? { insured: defaultInsured } : undefined
  })
}

/** The first sample: a consultant's laptop lost on a train (the most common case). */
export function defaultSample(): IncidentFile {
  const sample = sampleIncidents[0]
  if (sample === undefined) throw new Error('shared/model has no sample incident')
  return sample.file
}

/**
 * Imports the sample as a filed incident (with its policies) and stores its assessment summary.
 * By default its times are moved to just before `now`, so the deadlines are live, not long past.
 */
export async function loadSampleIncident(
  file?: IncidentFile,
  now: string = new Date().toISOString()
): Promise<string> {
  file ??= rebaseSampleTimes(defaultSample(), now)
  const id = await importIncidentFile(file, { keepStatus: true })
  const stored = await getIncident(id)
  if (stored === undefined) return id
  const policies = await listPolicies({ includeArchived: true })
  const concerned = policies.filter((policy) => stored.incident.policyIds.includes(policy.id))
  // The rules and the assessment are fetched here, not at start: the first screen needs neither.
  const { assess } = await import('@shared/assessment')
  const assessment = assess({ incident: stored.incident, policies: concerned }, { now })
  await saveIncident(stored.incident, { assessment: summarizeAssessment(assessment) })
  return id
}
