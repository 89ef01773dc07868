/**
 * What an erased incident may leave in the register when the user so chooses: the entry of the
 * breach register RGPD art. 33(5) requires the controller to keep — "the facts relating to the
 * personal data breach, its effects and the remedial action taken" — as the register export
 * (shared/documents/register.ts) shows it. Everything else (parties, insured, evidence,
 * attachments, claims, losses, history, draft journal) is erased. The entry is sealed in the
 * tombstone like any content once the register is encrypted.
 */
import type {
  BreachType,
  CauseDetail,
  CauseKind,
  DataCategory,
  Incident,
  PersonCategory
} from '@shared/model'

import type { IncidentIndexRow } from './types'

export type Art33Entry = {
  reference: string
  title: string
  /* Facts */
  occurredAt?: string
  awareAt?: string
  cause: { kind: CauseKind; detail?: CauseDetail }
  breachTypes: BreachType[]
  narrative: string
  /* Effects */
  effects: {
    categories: DataCategory[]
    personsCount?: number
    recordsCount?: number
    personCategories?: PersonCategory[]
  }
  /* Remedial action taken */
  measures: { description: string; at?: string }[]
  /* Notifications made (art. 33 and 34), with their dates and references */
  notifications: {
    kind: 'authority_notified' | 'persons_informed'
    at: string
    reference?: string
  }[]
  /** The duties as last assessed (statuses only: the reasons are the rules' own text). */
  duties?: { id: string; required: boolean; status: string }[]
  ruleSetVersion?: string
}

/** The fields kept, in the order the bin lists them (keys of security.erase.kept.*). */
export const ART33_KEPT_FIELDS = [
  'reference',
  'facts',
  'effects',
  'measures',
  'notifications'
] as const

const NOTIFICATION_KINDS = ['authority_notified', 'persons_informed'] as const

export function art33EntryOf(incident: Incident, index: IncidentIndexRow): Art33Entry {
  const entry: Art33Entry = {
    reference: incident.reference,
    title: incident.title,
    cause: { kind: incident.cause.kind },
    breachTypes: [...incident.breachTypes],
    narrative: incident.narrative,
    effects: { categories: [...incident.data.categories] },
    measures: incident.measures.map(({ description, at }) =>
      at === undefined ? { description } : { description, at }
    ),
    notifications: incident.timeline.flatMap((event) =>
      (NOTIFICATION_KINDS as readonly string[]).includes(event.kind)
        ? [
            {
              kind: event.kind as (typeof NOTIFICATION_KINDS)[number],
              at: event.at,
              ...(event.reference !== undefined ? { reference: event.reference } : {})
            }
          ]
        : []
    )
  }
  if (incident.cause.detail !== undefined) entry.cause.detail = incident.cause.detail
  if (index.occurredAt !== undefined) entry.occurredAt = index.occurredAt
  if (index.awareAt !== undefined) entry.awareAt = index.awareAt
  const { personsCount, recordsCount, personCategories } = incident.data
  if (personsCount !== undefined) entry.effects.personsCount = personsCount
  if (recordsCount !== undefined) entry.effects.recordsCount = recordsCount
  if (personCategories !== undefined) entry.effects.personCategories = [...personCategories]
  if (index.assessment) {
    entry.duties = index.assessment.duties.map((duty) => ({ ...duty }))
    entry.ruleSetVersion = index.assessment.ruleSetVersion
  }
  return entry
}
