/**
 * The facts the rules read, derived once from the incident. Every rule predicate takes Facts,
 * so a reviewer can see which field of the incident a rule depends on.
 */
import type {
  Incident,
  Policy,
  PolicyKind,
  TimelineEvent,
  TimelineEventKind
} from '../model/schema'
import { toMs } from '../time/time-zone'

export const REGULATED_PROFESSIONS = [
  'physician',
  'health_professional',
  'lawyer',
  'accountant'
] as const

export type AwarenessSource = 'aware' | 'processor_notice' | 'detected' | 'missing'

export type Facts = {
  incident: Incident
  policies: Policy[]
  nowMs: number
  timeZone: string
  awarenessMs?: number
  awarenessSource: AwarenessSource
  /** Earliest event of each kind. */
  firstEvent: Partial<Record<TimelineEventKind, TimelineEvent>>
  personalData: 'yes' | 'no' | 'unknown'
  gdprApplies: boolean
  /** Art. 9 or art. 10 data. */
  specialCategories: boolean
  healthData: boolean
  /** Regulated profession: the data are under professional secrecy (RGPD considérant 85). */
  professionalSecrecy: boolean
  healthProfession: boolean
  confidentiality: boolean
  integrity: boolean
  availability: boolean
  /** State-of-the-art encryption with a key that was not compromised (RGPD art. 34(3)(a)). */
  encryptedSafe: boolean
  /** Only a confidentiality breach, on data made unintelligible. */
  encryptedOnlyConfidentiality: boolean
  cyberattack: boolean
  /** An attack on an automated data processing system (C. pén. art. 323-1 to 323-3-1): L12-10-1. */
  systemAttack: boolean
  malicious: boolean
  intentionalInsured: boolean
  maliciousEmployee: boolean
  stolenDevice: boolean
  lostDevice: boolean
  ransomware: boolean
  /** Someone outside may claim against the insured. */
  thirdPartyExposure: boolean
  /** The insured bears costs of its own. */
  firstPartyLoss: boolean
  policyKinds: Set<PolicyKind>
}

const earliest = (events: TimelineEvent[]): Partial<Record<TimelineEventKind, TimelineEvent>> => {
  const out: Partial<Record<TimelineEventKind, TimelineEvent>> = {}
  for (const ev of events) {
    // Tolerate an unvalidated draft: an event without a valid instant is ignored, not fatal.
    if (Number.isNaN(Date.parse(ev.at))) continue
    const cur = out[ev.kind]
    if (!cur || toMs(ev.at) < toMs(cur.at)) out[ev.kind] = ev
  }
  return out
}

export const deriveFacts = (incident: Incident, policies: Policy[], nowMs: number): Facts => {
  const firstEvent = earliest(incident.timeline)
  // Awareness, not detection, starts the clocks (RGPD art. 33(1); EDPB 9/2022). A processor's
  // notice makes the controller aware (art. 33(2)); take the earlier of the two.
  const aware = firstEvent.aware ? toMs(firstEvent.aware.at) : undefined
  const notice = firstEvent.processor_notice ? toMs(firstEvent.processor_notice.at) : undefined
  let awarenessMs: number | undefined
  let awarenessSource: AwarenessSource = 'missing'
  if (aware !== undefined && (notice === undefined || aware <= notice)) {
    awarenessMs = aware
    awarenessSource = 'aware'
  } else if (notice !== undefined) {
    awarenessMs = notice
    awarenessSource = 'processor_notice'
  } else if (firstEvent.detected) {
    // Without a recorded awareness, detection is the earliest defensible start: conservative.
    awarenessMs = toMs(firstEvent.detected.at)
    awarenessSource = 'detected'
  }

  const d = incident.data
  const cats = new Set(d.categories)
  const types = new Set(incident.breachTypes)
  const cause = incident.cause
  const encryptedSafe = d.encryption === 'state_of_the_art' && !d.keyCompromised
  const confidentiality = types.has('confidentiality')
  const integrity = types.has('integrity')
  const availability = types.has('availability')
  const cyberattack = cause.kind === 'cyberattack'
  const maliciousEmployee = cause.kind === 'malicious_employee'
  const intentionalInsured = cause.kind === 'intentional_insured'
  const stolenDevice = cause.detail === 'stolen_device'
  const lostDevice = cause.detail === 'lost_device'
  const profession = incident.insured.profession
  const regulated = (REGULATED_PROFESSIONS as readonly string[]).includes(profession)
  const gdprApplies = d.personalData !== 'no'
  const dataExposed =
    confidentiality &&
    !encryptedSafe &&
    d.leftOrganisation !== 'no' &&
    (d.personalData !== 'no' || cats.has('business_confidential'))

  return {
    incident,
    policies,
    nowMs,
    timeZone: incident.timeZone,
    awarenessMs,
    awarenessSource,
    firstEvent,
    personalData: d.personalData,
    gdprApplies,
    specialCategories: cats.has('health') || cats.has('special_other') || cats.has('offences'),
    healthData: cats.has('health'),
    professionalSecrecy: regulated && gdprApplies,
    healthProfession: profession === 'physician' || profession === 'health_professional',
    confidentiality,
    integrity,
    availability,
    encryptedSafe,
    encryptedOnlyConfidentiality: encryptedSafe && confidentiality && !integrity && !availability,
    cyberattack,
    // An employee who abuses or exceeds an access can commit the offence of art. 323-1 too.
    systemAttack: cyberattack || maliciousEmployee,
    malicious: cyberattack || maliciousEmployee || intentionalInsured,
    intentionalInsured,
    maliciousEmployee,
    stolenDevice,
    lostDevice,
    ransomware: cause.detail === 'ransomware',
    thirdPartyExposure: incident.thirdPartyClaims.length > 0 || dataExposed,
    firstPartyLoss:
      incident.estimatedLosses.some((l) => l.amountCents > 0) ||
      cyberattack ||
      stolenDevice ||
      lostDevice ||
      ((availability || integrity) && !d.backupAvailable),
    policyKinds: new Set(policies.map((p) => p.kind))
  }
}
