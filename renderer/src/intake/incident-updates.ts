/** Immutable edits of the draft, so that every change is a new object the autosave can see. */
import type { Incident, TimelineEvent, TimelineEventKind } from '@shared/model'

export type IncidentUpdate = (incident: Incident) => Incident

export function newId(): string {
  return crypto.randomUUID()
}

export const KEY_EVENTS = [
  'occurred',
  'detected',
  'aware'
] as const satisfies readonly TimelineEventKind[]

export function firstEvent(incident: Incident, kind: TimelineEventKind): TimelineEvent | undefined {
  return incident.timeline.find((event) => event.kind === kind)
}

/** Sets (or, with undefined, removes) the first event of a kind. */
export function setKeyEvent(kind: TimelineEventKind, at: string | undefined): IncidentUpdate {
  return (incident) => {
    const existing = firstEvent(incident, kind)
    if (at === undefined) {
      return existing
        ? { ...incident, timeline: incident.timeline.filter((e) => e.id !== existing.id) }
        : incident
    }
    if (existing) {
      return {
        ...incident,
        timeline: incident.timeline.map((e) => (e.id === existing.id ? { ...e, at } : e))
      }
    }
    return { ...incident, timeline: [...incident.timeline, { id: newId(), kind, at }] }
  }
}

export function updateEvent(id: string, patch: Partial<TimelineEvent>): IncidentUpdate {
  return (incident) => ({
    ...incident,
    timeline: incident.timeline.map((event) => {
      if (event.id !== id) return event
      const next = { ...event, ...patch }
      // Absent rather than empty or undefined, as the schema and the exports expect.
      if (next.note === '') delete next.note
      if (next.policyId === undefined) delete next.policyId
      if (next.reference === undefined) delete next.reference
      if (next.service === undefined) delete next.service
      return next
    })
  })
}

export function removeEvent(id: string): IncidentUpdate {
  return (incident) => ({ ...incident, timeline: incident.timeline.filter((e) => e.id !== id) })
}

export function addEvent(kind: TimelineEventKind, at: string): IncidentUpdate {
  return (incident) => ({
    ...incident,
    timeline: [...incident.timeline, { id: newId(), kind, at }]
  })
}

/** Optional text fields are absent rather than empty, as the schema and the exports expect. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value
}

export function withOptional<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined
): T {
  const next = { ...object }
  if (value === undefined) delete next[key]
  else next[key] = value
  return next
}
