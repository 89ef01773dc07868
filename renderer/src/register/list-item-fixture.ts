import type { IncidentListItem } from '../db/types'

/** An incident as the register engine sends it to the list (a new object on every call). */
export function listItem(n: number, patch: Partial<IncidentListItem> = {}): IncidentListItem {
  return {
    id: `id-${n}`,
    reference: `INC-${String(n).padStart(4, '0')}`,
    refNumber: n,
    status: 'open',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    occurredAt: '2026-11-20T09:30:00.000Z',
    causeKind: 'human_error',
    breachTypes: ['confidentiality'],
    policyIds: [],
    authorityNotified: 0,
    personsInformed: 0,
    insurerNotified: 0,
    deleted: 0,
    rev: n,
    title: `Incident number ${n}`,
    client: `Client ${n}`,
    ...patch
  }
}
