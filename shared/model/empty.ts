import type { Incident } from './schema'

/**
 * A valid draft the UI starts from. Unknowns default to the cautious value (personal data
 * "unknown", data may have left the organisation, maximum ease of identification) so that an
 * unfinished draft errs towards notifying rather than towards silence (CNIL: « en cas de doute,
 * notifiez »).
 */
export const createEmptyIncident = (opts: {
  id: string
  reference: string
  now: string
  timeZone: string
}): Incident => ({
  id: opts.id,
  reference: opts.reference,
  title: '',
  narrative: '',
  status: 'draft',
  insured: {
    name: '',
    profession: 'other',
    healthEstablishment: false,
    alsaceMoselle: false
  },
  timeZone: opts.timeZone,
  timeline: [],
  data: {
    personalData: 'unknown',
    categories: [],
    vulnerablePersons: false,
    encryption: 'none',
    keyCompromised: false,
    backupAvailable: false,
    leftOrganisation: 'unknown',
    recipients: 'unknown',
    identifiability: 'maximum'
  },
  breachTypes: [],
  cause: { kind: 'other' },
  parties: [],
  evidence: [],
  thirdPartyClaims: [],
  estimatedLosses: [],
  measures: [],
  gdprMitigation: { measuresRemoveHighRisk: false, disproportionateEffort: false },
  policyIds: [],
  createdAt: opts.now,
  updatedAt: opts.now
})
