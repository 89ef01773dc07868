/**
 * Scenarios for the GDPR facts of rule set 2026.12 (role, awareness delay, EDPB 9/2022 risk
 * factors), shared by gdpr-v2.test.ts and the rule-coverage check of scenarios.test.ts.
 */
import type { Incident } from '../model/schema'
import { assess } from './assess'
import { CALIBRATION_CASES } from './calibration-cases'
import { BASE_NOW, baseIncident, event } from './testing'

/** An accountant running a client's payroll: processor for those data (art. 28). */
export const processorIncident = (contractNoticeHours?: number): Incident => {
  const i = baseIncident()
  i.insured.profession = 'accountant'
  i.data.categories = ['identity', 'financial', 'national_id']
  i.data.personsCount = 300
  i.data.recipients = 'unknown'
  i.role = {
    kind: 'processor',
    controllerName: 'Boulangerie Martin',
    ...(contractNoticeHours !== undefined ? { contractNoticeHours } : {})
  }
  return i
}

export const jointControllerIncident = (): Incident => {
  const i = baseIncident()
  i.data.personsCount = 500
  i.role = { kind: 'joint_controller', controllerName: 'Cabinet Durand' }
  return i
}

/** Detected on Monday, awareness recorded on Thursday: 72 hours later. */
export const lateAwarenessIncident = (reason?: string): Incident => {
  const i = baseIncident()
  i.timeline = [
    event('detected', '2026-03-09T09:00:00+01:00'),
    event('aware', '2026-03-12T09:00:00+01:00')
  ]
  if (reason) i.awarenessDelayReason = reason
  return i
}

/** A misdirected e-mail: fraud-enabling records exposed 48 h, other categories not ruled out. */
export const riskFactorsIncident = (): Incident => {
  const i = baseIncident()
  i.data.partiallyProtected = true
  i.data.otherCategoriesPossible = true
  i.data.exposureHours = 48
  i.data.fraudEnabling = 'yes'
  // Hard to identify anyone: a low ENISA severity, so the doubts decide (CNIL).
  i.data.identifiability = 'negligible'
  return i
}

/** An outage restored from backup within hours, no data exposed (EDPB 01/2021 case 01). */
export const availabilityOnlyIncident = (): Incident => {
  const i = baseIncident()
  i.breachTypes = ['availability']
  i.data.backupAvailable = true
  i.data.unavailabilityHours = 3
  i.cause = { kind: 'other', description: 'Panne du serveur de fichiers' }
  return i
}

/**
 * Location history of a few users published on a forum: behavioural data (ENISA DPC 2), hard to
 * tie to a person, so a low score; unknown recipients then weigh as a doubt (not simple data).
 */
export const publishedBehaviouralIncident = (): Incident => {
  const i = baseIncident()
  i.data.categories = ['behavioural']
  i.data.personsCount = 12
  i.data.identifiability = 'negligible'
  i.data.leftOrganisation = 'yes'
  i.data.recipients = 'unknown'
  return i
}

export const GDPR_V2_SCENARIOS: readonly Incident[] = [
  publishedBehaviouralIncident(),
  processorIncident(24),
  jointControllerIncident(),
  lateAwarenessIncident(),
  riskFactorsIncident(),
  availabilityOnlyIncident()
]

export const GDPR_V2_SCENARIO_FIRED = (): string[] =>
  [...GDPR_V2_SCENARIOS, ...CALIBRATION_CASES.map((c) => c.incident)].flatMap(
    (incident) => assess({ incident, policies: [] }, { now: BASE_NOW }).firedRuleIds
  )
