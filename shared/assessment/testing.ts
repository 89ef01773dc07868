/**
 * Builders for tests and demos: a plausible base incident and policies of each kind, to be
 * patched per scenario. Kept in shared/ so that UI and document tests can build incidents too.
 */
import { createEmptyIncident } from '../model/empty'
import type {
  Incident,
  Policy,
  PolicyKind,
  TimelineEvent,
  TimelineEventKind
} from '../model/schema'

/** Tuesday 10 March 2026, 10:00 in Paris. */
export const BASE_AWARE = '2026-03-10T10:00:00+01:00'
export const BASE_NOW = '2026-03-10T12:00:00+01:00'

export const baseIncident = (): Incident => {
  const i = createEmptyIncident({
    id: 'inc-test',
    reference: 'INC-TEST',
    now: BASE_AWARE,
    timeZone: 'Europe/Paris'
  })
  i.status = 'open'
  i.title = 'Courriel mal adressé'
  i.insured = {
    name: 'Test Conseil',
    profession: 'consultant',
    healthEstablishment: false,
    alsaceMoselle: false,
    dpoContact: 'contact@test.example'
  }
  i.timeline = [
    { id: 't-occ', kind: 'occurred', at: '2026-03-10T09:00:00+01:00' },
    { id: 't-aware', kind: 'aware', at: BASE_AWARE },
    { id: 't-cont', kind: 'contained', at: '2026-03-10T11:00:00+01:00' }
  ]
  i.data = {
    personalData: 'yes',
    categories: ['identity', 'contact'],
    personsCount: 20,
    recordsCount: 20,
    vulnerablePersons: false,
    encryption: 'none',
    keyCompromised: false,
    backupAvailable: true,
    leftOrganisation: 'yes',
    recipients: 'known',
    identifiability: 'maximum'
  }
  i.breachTypes = ['confidentiality']
  i.cause = { kind: 'human_error', detail: 'misdirected_email' }
  i.measures = [{ id: 'm-1', description: 'Demande de suppression au destinataire.' }]
  return i
}

export const policy = (kind: PolicyKind, over: Partial<Policy> = {}): Policy => ({
  id: `pol-${kind}`,
  kind,
  insurer: 'Assureur Test',
  policyNumber: `N-${kind}`,
  confidentialityClause: 'unknown',
  exclusions: [],
  ...over
})

export const event = (
  kind: TimelineEventKind,
  at: string,
  over: Partial<TimelineEvent> = {}
): TimelineEvent => ({
  id: `t-${kind}-${at}`,
  kind,
  at,
  ...over
})
