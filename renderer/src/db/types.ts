/**
 * Public types of the local database (renderer/src/db). The UI codes against these and the
 * functions exported from ./index; nothing outside this folder sees Dexie.
 */
import type { BreachType, CauseKind, Incident, Lang, Policy, ValidationError } from '@shared/model'

export type IncidentStatus = Incident['status']

/** Pre-computed, queryable projection of an incident (the `incidents` table). */
export type IncidentIndexRow = {
  id: string
  reference: string
  /** Numeric part of the reference (INC-0042 → 42): sorting and the next free reference. */
  refNumber: number
  status: IncidentStatus
  /** UTC ISO instants (normalised with toISOString so that they sort as strings). */
  createdAt: string
  updatedAt: string
  occurredAt?: string
  awareAt?: string
  causeKind: CauseKind
  breachTypes: BreachType[]
  /** Policies the incident concerns: a referenced policy is archived, never deleted. */
  policyIds: string[]
  /** 0/1 because IndexedDB cannot index booleans. From the timeline. */
  authorityNotified: 0 | 1
  personsInformed: 0 | 1
  insurerNotified: 0 | 1
  /** Earliest pending or overdue deadline of the last stored assessment (UTC ISO). */
  nextDueAt?: string
  deleted: 0 | 1
  deletedAt?: string
  /** Monotonic write counter: lets the in-memory register cache fetch only what changed. */
  rev: number
  /**
   * Revision at which the content last changed (v3; `rev` also moves on status changes and
   * assessment refreshes). A save whose base is below it is a conflict. Absent in v2 rows.
   */
  contentRev?: number
  /** Installation that wrote this revision (meta `seat`), for replication between seats. */
  writer?: string
  assessment?: AssessmentSummary
}

/** What the register keeps of the last assessment the UI computed with shared/assessment. */
export type AssessmentSummary = {
  ruleSetVersion: string
  computedAt: string
  /** Earliest pending or overdue deadline (ISO instant), if any. */
  nextDueAt?: string
  nextDueLabel?: { fr: string; en: string }
  overdueCount: number
  pendingCount: number
  gdprApplies: boolean
  duties: { id: string; required: boolean; status: string }[]
  coverage: { policyId: string; verdict: string }[]
}

/** A row of the register list: the index row plus the display texts. */
export type IncidentListItem = IncidentIndexRow & {
  title: string
  /** Client(s) or insured organisation, for display. */
  client: string
  /** Its sealed summary failed authentication: title and client are unknown, never guessed. */
  damaged?: boolean
}

export type IncidentSortKey =
  | 'reference'
  | 'updatedAt'
  | 'createdAt'
  | 'occurredAt'
  | 'awareAt'
  | 'nextDueAt'
  | 'title'
  | 'status'

export type DateField = 'occurredAt' | 'awareAt' | 'createdAt' | 'updatedAt'

export type IncidentQuery = {
  /** Free text: every word must start a word of reference, title, client or narrative. */
  text?: string
  status?: IncidentStatus[]
  causeKinds?: CauseKind[]
  breachTypes?: BreachType[]
  /** Inclusive range on one date field, ISO instants or YYYY-MM-DD (to = end of that day, UTC). */
  dateRange?: { field: DateField; from?: string; to?: string }
  authorityNotified?: boolean
  personsInformed?: boolean
  insurerNotified?: boolean
  /** Only incidents whose next deadline is before `now` (true) or not (false). */
  overdue?: boolean
  /** Instant used for `overdue` (defaults to the current time). */
  now?: string
  /** Soft-deleted incidents: hidden by default, 'only' for the bin. */
  deleted?: 'exclude' | 'include' | 'only'
  sort?: { key: IncidentSortKey; direction: 'asc' | 'desc' }
  /** Closed incidents after all the others, each group in `sort` order. */
  closedLast?: boolean
  offset?: number
  limit?: number
}

export type IncidentListResult = {
  items: IncidentListItem[]
  /** Number of matches before offset/limit (the virtualised list needs it). */
  total: number
  /**
   * Answered while the register is still being read into memory: `total` counts the matches
   * among the `loaded` rows read so far, of `expected`.
   */
  partial?: { loaded: number; expected: number }
}

export type FieldChange = {
  /** e.g. `title`, `timeline[2].at`, `data.categories`. */
  path: string
  /** Short, human-readable summaries (strings cut at 120 characters); absent = did not exist. */
  before?: string
  after?: string
}

export type HistoryKind =
  | 'created'
  | 'edited'
  | 'filed'
  | 'closed'
  | 'reopened'
  | 'duplicated'
  | 'deleted'
  | 'restored'
  | 'attachment-added'
  | 'attachment-removed'
  | 'imported'

export type HistoryEntry = {
  id?: number
  incidentId: string
  kind: HistoryKind
  /** When the change began (first autosave of a coalesced burst). */
  at: string
  /** Last change folded into this entry (equals `at` when not coalesced). */
  lastAt: string
  changes: FieldChange[]
  /** e.g. the attachment's name, or the source incident's reference for a duplicate. */
  note?: string
}

export type AttachmentMeta = {
  id: string
  incidentId: string
  name: string
  type: string
  size: number
  /** Lowercase hex SHA-256 of the bytes, computed before storing. */
  sha256: string
  addedAt: string
  /**
   * Set when the user removed it and can still undo: the file stays until the removal is
   * committed (leaving the incident, or the next start or unlock), then it is erased.
   */
  removedAt?: string
}

export type AttachmentInput = Blob & { name: string }

export type Settings = {
  language: Lang
  firstRunDone: boolean
  /** IANA zone the user chose to display dates in; the system zone when absent. */
  timeZone: string
  /** The insured's identity, reused as default in new incidents. */
  defaultInsured: Incident['insured']
  persistentStorage: 'granted' | 'denied' | 'unsupported'
  /** Minutes without input before an encrypted register locks itself (15 by default). */
  idleLockMinutes: number
  /** Days an incident stays in the bin before automatic erasure (30 by default). */
  binRetentionDays: number
  /** Automatic erasure keeps the Art. 33(5) register entry (true by default). */
  binKeepsArt33Entry: boolean
}
export type SettingKey = keyof Settings

export type CreateDraftOptions = {
  timeZone: string
  /** Fields to copy into the new draft (e.g. the insured from the settings). */
  patch?: Partial<Omit<Incident, 'id' | 'reference' | 'status' | 'createdAt' | 'updatedAt'>>
}

export type SaveOptions = {
  /** Result of shared/assessment assess(), summarised with summarizeAssessment(). */
  assessment?: AssessmentSummary
  /**
   * The revision (index row `rev`) the edited version started from. The app always gives it:
   * when the content changed after it, the save is refused with a `conflict` error and the
   * two versions are kept in `conflicts` until the user chooses. Absent (tools, imports):
   * the save is applied as before.
   */
  baseRev?: number
  /**
   * 'refuse' for a background write (an assessment refresh): a conflict throws without keeping
   * a conflict record, nothing to show. Default 'record'.
   */
  onConflict?: 'record' | 'refuse'
}

/**
 * A pending conflict (register schema v3, table `conflicts`): the version whose save was refused
 * and the one stored, with the revisions and seats involved. On disk the two versions are one
 * sealed envelope; the other fields stay clear.
 */
export type IncidentConflict = {
  id: string
  incidentId: string
  detectedAt: string
  /** The revision the refused save started from. */
  baseRev: number
  /** The incident's revision when the save was refused (the other version's). */
  theirRev: number
  /** The seat whose save was refused, and the seat that wrote the other version. */
  writer: string
  theirWriter: string
  mine: Incident
  theirs: Incident
}

export type StoredIncident = { incident: Incident; index: IncidentIndexRow }

export type DbErrorDetail =
  | { kind: 'newer-version'; dbVersion: number; writtenBy?: string }
  | { kind: 'not-found'; id: string }
  | { kind: 'invalid'; errors: ValidationError[] }
  | { kind: 'invalid-transition'; from: IncidentStatus | 'deleted'; action: string }
  | { kind: 'attachment-too-large'; size: number; limit: number }
  | { kind: 'quota-exceeded' }
  | { kind: 'storage-unavailable'; message: string }
  | { kind: 'upgrade-failed'; message: string }
  /** The register is encrypted and locked: nothing can be read or written until unlock. */
  | { kind: 'locked' }
  /** A sealed record failed authentication (flipped byte, swapped record): never shown. */
  | { kind: 'damaged'; table: string; id: string }
  /**
   * A save started from `baseRev` but the incident's content was saved meanwhile (another tab or
   * window) at `theirRev`: nothing was written. `conflictId` names the kept record (absent when
   * the save asked not to keep one).
   */
  | { kind: 'conflict'; incidentId: string; baseRev: number; theirRev: number; conflictId?: string }

export type DbOpenResult = { ok: true } | { ok: false; error: DbErrorDetail }

export type PolicyInput = Omit<Policy, 'id'> & { id?: string }
