/**
 * The repository: the only way the app writes to the register.
 *
 * Rules it keeps:
 *   - validate with the shared zod schemas before anything is written (IndexedDB stores any
 *     object it is given);
 *   - every write that touches several tables runs in ONE `db.transaction('rw', …)`, so a quota
 *     error or a crash leaves either the whole change or nothing;
 *   - foreign async work (file.arrayBuffer(), crypto.subtle) happens BEFORE the transaction:
 *     awaiting it inside would commit the transaction early (TransactionInactiveError);
 *   - each incident write bumps the `rev` counter in `meta`, which the register cache reads.
 */
import { createEmptyIncident } from '@shared/model/empty'
import type { Incident, IncidentFile, Policy } from '@shared/model'

import { art33EntryOf, type Art33Entry } from './art33-entry'
import { shiftCounts } from './counts'
import { coalesce, diffValues } from './diff'
import { SentinelleDbError, toDbError } from './errors'
import {
  openGuarded,
  type AttachmentRow,
  type ConflictRow,
  type ConflictVersions,
  type CountersMetaRow,
  type HistoryRow,
  type PolicyRow,
  type SentinelleDb,
  type TombstoneRow
} from './schema'
import { compareByReference, refreshRegisterCache, runIncidentQuery, summaryText } from './search'
import { vaultOf, type Envelope } from './vault'
import { isPlainSetting, isSealedSetting, readPlainSetting } from './setting-checks'
import type * as ValidationModule from './validation'
import type {
  AssessmentSummary,
  AttachmentInput,
  AttachmentMeta,
  CreateDraftOptions,
  FieldChange,
  HistoryEntry,
  HistoryKind,
  IncidentConflict,
  IncidentIndexRow,
  IncidentListResult,
  IncidentQuery,
  PolicyInput,
  SaveOptions,
  SettingKey,
  Settings,
  StoredIncident
} from './types'

/** Largest evidence file accepted, in bytes (50 MiB): IndexedDB keeps it in the profile. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

/** Days an incident stays in the bin before it is erased automatically. */
export const DEFAULT_BIN_DAYS = 30

export const REFERENCE_PREFIX = 'INC-'

export function formatReference(n: number): string {
  return `${REFERENCE_PREFIX}${String(n).padStart(4, '0')}`
}

export function referenceNumber(reference: string): number {
  const match = /(\d+)\s*$/.exec(reference)
  return match ? Number(match[1]) : 0
}

function utc(instant: string | undefined): string | undefined {
  if (instant === undefined) return undefined
  const time = Date.parse(instant)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

function earliest(incident: Incident, kinds: readonly string[]): string | undefined {
  for (const kind of kinds) {
    const times = incident.timeline
      .filter((e) => e.kind === kind)
      .map((e) => utc(e.at))
      .filter((t): t is string => t !== undefined)
      .sort()
    if (times[0]) return times[0]
  }
  return undefined
}

const flag = (incident: Incident, kind: string): 0 | 1 =>
  incident.timeline.some((e) => e.kind === kind) ? 1 : 0

/** The queryable projection of an incident (see the design note in schema.ts). */
export function toIndexRow(
  incident: Incident,
  previous: IncidentIndexRow | undefined,
  rev: number,
  assessment: AssessmentSummary | undefined
): IncidentIndexRow {
  const summary = assessment ?? previous?.assessment
  const row: IncidentIndexRow = {
    id: incident.id,
    reference: incident.reference,
    refNumber: referenceNumber(incident.reference),
    status: incident.status,
    createdAt: utc(incident.createdAt) ?? incident.createdAt,
    updatedAt: utc(incident.updatedAt) ?? incident.updatedAt,
    causeKind: incident.cause.kind,
    breachTypes: [...new Set(incident.breachTypes)],
    policyIds: [...new Set(incident.policyIds)],
    authorityNotified: flag(incident, 'authority_notified'),
    personsInformed: flag(incident, 'persons_informed'),
    insurerNotified: flag(incident, 'insurer_notified'),
    deleted: previous?.deleted ?? 0,
    rev
  }
  const occurredAt = earliest(incident, ['occurred'])
  if (occurredAt) row.occurredAt = occurredAt
  // The 72 h run from awareness (RGPD art. 33(1)); a processor's notice or detection stand in.
  const awareAt = earliest(incident, ['aware', 'processor_notice', 'detected'])
  if (awareAt) row.awareAt = awareAt
  if (previous?.deletedAt) row.deletedAt = previous.deletedAt
  if (summary) {
    row.assessment = summary
    const due = utc(summary.nextDueAt)
    if (due) row.nextDueAt = due
  }
  return row
}

let validation: typeof ValidationModule | undefined

/**
 * zod and the schemas (./validation.ts), fetched by the first write rather than at start. Each
 * write awaits this before its transaction (awaiting a fetch inside one would commit it early).
 */
export async function loadValidation(): Promise<typeof ValidationModule> {
  return (validation ??= await import('./validation'))
}

function loadedValidation(): typeof ValidationModule {
  // A write that forgot loadValidation() fails here: it is never stored unchecked.
  if (validation === undefined) throw new Error('validation not loaded: await loadValidation()')
  return validation
}

export function validateIncident(value: unknown): Incident {
  return loadedValidation().validateIncident(value)
}

export function validatePolicy(value: unknown): Policy {
  return loadedValidation().validatePolicy(value)
}

function duplicateReference(reference: string): SentinelleDbError {
  return new SentinelleDbError({
    kind: 'invalid',
    errors: [
      {
        path: 'reference',
        message: {
          fr: `La référence « ${reference} » est déjà utilisée par un autre incident.`,
          en: `Reference "${reference}" is already used by another incident.`
        }
      }
    ]
  })
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Opens a history row (decrypts its changes and note). */
export async function openHistoryRow(db: SentinelleDb, row: HistoryRow): Promise<HistoryEntry> {
  const { changes, note } = await vaultOf(db).open('history', String(row.id), row)
  const entry: HistoryEntry = {
    id: row.id,
    incidentId: row.incidentId,
    kind: row.kind,
    at: row.at,
    lastAt: row.lastAt,
    changes
  }
  if (note !== undefined) entry.note = note
  return entry
}

export async function openAttachmentRow(
  db: SentinelleDb,
  row: AttachmentRow
): Promise<AttachmentMeta> {
  const secret = await vaultOf(db).open('attachments', row.id, row)
  return {
    id: row.id,
    incidentId: row.incidentId,
    size: row.size,
    addedAt: row.addedAt,
    ...secret,
    ...(row.removedAt !== undefined ? { removedAt: row.removedAt } : {})
  }
}

export function openPolicyRow(db: SentinelleDb, row: PolicyRow): Promise<Policy> {
  return vaultOf(db).open('policies', row.id, row)
}

/** Opens a conflict record (decrypts both versions). */
export async function openConflictRow(
  db: SentinelleDb,
  row: ConflictRow
): Promise<IncidentConflict> {
  const { mine, theirs } = await vaultOf(db).open<ConflictVersions>('conflicts', row.id, row)
  return {
    id: row.id,
    incidentId: row.incidentId,
    detectedAt: row.detectedAt,
    baseRev: row.baseRev,
    theirRev: row.theirRev,
    writer: row.writer,
    theirWriter: row.theirWriter,
    mine,
    theirs
  }
}

/** How the user settles a conflict: the other version, or theirs replaced by `incident`. */
export type ConflictResolution = { keep: 'theirs' } | { keep: 'mine'; incident: Incident }

type SaveOutcome =
  { kind: 'saved'; stored: StoredIncident } | { kind: 'conflict'; error: SentinelleDbError }

export type RepositoryOptions = {
  /** Clock (ISO instant); injectable so tests can check the 60 s history coalescing. */
  now?: () => string
  newId?: () => string
}

export function createRepository(db: SentinelleDb, options: RepositoryOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString())
  const newId = options.newId ?? (() => crypto.randomUUID())
  const incidentTables = [db.incidents, db.contents, db.summaries, db.history, db.meta]
  const savingTables = [...incidentTables, db.conflicts]
  const vault = vaultOf(db)

  let opening: Promise<SentinelleDb> | undefined
  /**
   * Opens (guarded) on first use, and again after Dexie closed the connection because another
   * window upgraded the database: the guard then reports that newer version instead of writing.
   */
  const ready = async (): Promise<SentinelleDb> => {
    if (db.isOpen()) {
      await vault.load()
      return db
    }
    opening ??= openGuarded(db)
      .then(async (opened) => {
        await vault.load()
        return opened
      })
      .finally(() => {
        opening = undefined
      })
    return opening
  }

  /** Runs `fn` in one rw transaction on `tables`, with typed quota/constraint errors. */
  async function write<T>(
    tables: Parameters<SentinelleDb['transaction']>[1][],
    fn: () => Promise<T>
  ): Promise<T> {
    await ready()
    try {
      // incidentKeys in every write: a record sealed with a new incident key creates that key in
      // the same transaction (a separate rw transaction awaited inside this one never starts in
      // Chromium; vault.ts incidentKey).
      return await db.transaction('rw', [...tables, db.incidentKeys], fn)
    } catch (error) {
      throw toDbError(error)
    }
  }

  async function counters(): Promise<CountersMetaRow> {
    const row = await db.meta.get('counters')
    return row && row.key === 'counters' ? row : { key: 'counters', lastRefNumber: 0, rev: 0 }
  }

  /**
   * Bumps the write counter; `before`/`after` (the index row as stored and as it will be, absent
   * when created or erased) shift the register counts in the same transaction (./counts.ts).
   */
  async function nextRev(
    before?: Pick<IncidentIndexRow, 'status' | 'deleted'>,
    after?: Pick<IncidentIndexRow, 'status' | 'deleted'>
  ): Promise<number> {
    const c = await counters()
    const rev = c.rev + 1
    const counts = shiftCounts(c, rev, before, after)
    await db.meta.put(counts ? { ...c, rev, counts } : { ...c, rev })
    return rev
  }

  async function nextReference(): Promise<string> {
    const c = await counters()
    const last = await db.incidents.orderBy('refNumber').last()
    const n = Math.max(c.lastRefNumber, last?.refNumber ?? 0) + 1
    await db.meta.put({ ...c, lastRefNumber: n })
    return formatReference(n)
  }

  async function loadRequired(id: string): Promise<StoredIncident> {
    const [index, content] = await Promise.all([db.incidents.get(id), db.contents.get(id)])
    if (!index || !content) throw new SentinelleDbError({ kind: 'not-found', id })
    return { index, incident: await vault.open('contents', id, content) }
  }

  async function writer(): Promise<string> {
    const seat = await db.meta.get('seat')
    return seat && seat.key === 'seat' ? seat.writer : 'unknown'
  }

  /** Writes a history entry sealed with its own id as AAD (so a new one is added, then sealed). */
  async function putHistory(entry: HistoryEntry): Promise<number> {
    const { changes, note, ...clear } = entry
    const secret = note === undefined ? { changes } : { changes, note }
    const placeholder: HistoryRow = { ...clear, clear: { changes: [] } }
    const id = entry.id ?? ((await db.history.add(placeholder)) as number)
    const sealed = await vault.seal('history', String(id), secret, entry.incidentId)
    await db.history.put({ ...clear, id, ...sealed })
    return id
  }

  async function addHistory(entry: Omit<HistoryEntry, 'id' | 'lastAt'>): Promise<void> {
    await putHistory({ ...entry, lastAt: entry.at })
  }

  /** Writes the three records of an incident (inside the caller's transaction). */
  async function putIncident(
    incident: Incident,
    previous: IncidentIndexRow | undefined,
    assessment: AssessmentSummary | undefined,
    patch: Partial<IncidentIndexRow> = {},
    contentChanged = true
  ): Promise<IncidentIndexRow> {
    const projected = { ...toIndexRow(incident, previous, 0, assessment), ...patch }
    const rev = await nextRev(previous, projected)
    const index = {
      ...projected,
      rev,
      // A status change or an assessment refresh is not an edit a save could overwrite.
      contentRev: contentChanged ? rev : (previous?.contentRev ?? previous?.rev ?? rev),
      writer: await writer(),
      ...patch
    }
    const clash = await db.incidents.where('reference').equals(incident.reference).first()
    if (clash && clash.id !== incident.id) throw duplicateReference(incident.reference)
    const id = incident.id
    const content = await vault.seal('contents', id, incident, id)
    const summary = await vault.seal('summaries', id, summaryText(incident), id)
    await db.incidents.put(index)
    await db.contents.put({ id, ...content })
    await db.summaries.put({ id, ...summary })
    return index
  }

  async function insertNew(incident: Incident, kind: HistoryKind, note?: string): Promise<string> {
    await putIncident(incident, undefined, undefined)
    await addHistory({ incidentId: incident.id, kind, at: incident.createdAt, changes: [], note })
    return incident.id
  }

  /* -------------------------------------------------------------------------------------- */
  /* Incidents                                                                               */

  async function createDraftIncident(opts: CreateDraftOptions): Promise<string> {
    await loadValidation()
    const id = newId()
    const at = now()
    return write(incidentTables, async () => {
      const reference = await nextReference()
      const draft = { ...createEmptyIncident({ id, reference, now: at, timeZone: opts.timeZone }) }
      const incident = validateIncident({ ...draft, ...opts.patch, id, reference })
      return insertNew(incident, 'created')
    })
  }

  /**
   * The autosave target. Status, id, reference numbering and createdAt stay as stored (status
   * changes go through fileIncident/closeIncident/reopenIncident); updatedAt is set here.
   *
   * With `opts.baseRev` (the app always gives it), a save whose incident content was changed
   * after that revision (another tab or window) is refused before anything is written: the two
   * versions are kept in `conflicts` (unless `onConflict: 'refuse'`) and a `conflict` error is
   * thrown. Nothing else is written then; the user chooses with resolveConflict.
   */
  async function saveIncident(incident: Incident, opts: SaveOptions = {}): Promise<StoredIncident> {
    await loadValidation()
    const at = now()
    const candidate = validateIncident({ ...incident, updatedAt: at })
    // An async arrow: Dexie follows the transaction through native async functions only.
    const outcome = await write(savingTables, async () => saveInTransaction(candidate, opts, at))
    if (outcome.kind === 'conflict') throw outcome.error
    return outcome.stored
  }

  /** The body of a save, inside the caller's rw transaction on `savingTables`. */
  async function saveInTransaction(
    candidate: Incident,
    opts: SaveOptions,
    at: string
  ): Promise<SaveOutcome> {
    const stored = await loadRequired(candidate.id)
    if (stored.index.deleted === 1) {
      throw new SentinelleDbError({
        kind: 'invalid-transition',
        from: 'deleted',
        action: 'save'
      })
    }
    const next: Incident = {
      ...candidate,
      status: stored.incident.status,
      createdAt: stored.incident.createdAt
    }
    const changes = diffValues(stored.incident, next)
    const theirContentRev = stored.index.contentRev ?? stored.index.rev
    // Checked before the first write; the same content on both sides is no conflict.
    if (opts.baseRev !== undefined && theirContentRev > opts.baseRev && changes.length > 0) {
      const detail = {
        kind: 'conflict' as const,
        incidentId: next.id,
        baseRev: opts.baseRev,
        theirRev: stored.index.rev
      }
      if (opts.onConflict === 'refuse') {
        return { kind: 'conflict', error: new SentinelleDbError(detail) }
      }
      const conflictId = await keepConflict(next, stored, opts.baseRev, at)
      return { kind: 'conflict', error: new SentinelleDbError({ ...detail, conflictId }) }
    }
    const assessmentChanged =
      opts.assessment !== undefined &&
      JSON.stringify(opts.assessment) !== JSON.stringify(stored.index.assessment)
    if (changes.length === 0 && !assessmentChanged) return { kind: 'saved', stored }
    const written = changes.length === 0 ? { ...next, updatedAt: stored.incident.updatedAt } : next
    const index = await putIncident(written, stored.index, opts.assessment, {}, changes.length > 0)
    if (changes.length > 0) await recordEdit(next.id, changes, at)
    return { kind: 'saved', stored: { incident: written, index } }
  }

  /**
   * Keeps both versions of a refused save, sealed. A newer refused save of the same incident by
   * the same seat replaces its earlier record (it carries the same typing and more).
   */
  async function keepConflict(
    mine: Incident,
    theirs: StoredIncident,
    baseRev: number,
    at: string
  ): Promise<string> {
    const seat = await writer()
    const earlier = await db.conflicts.where('incidentId').equals(mine.id).toArray()
    await db.conflicts.bulkDelete(earlier.filter((row) => row.writer === seat).map((r) => r.id))
    const id = newId()
    const versions: ConflictVersions = { mine, theirs: theirs.incident }
    await db.conflicts.add({
      id,
      incidentId: mine.id,
      detectedAt: at,
      baseRev,
      theirRev: theirs.index.rev,
      writer: seat,
      theirWriter: theirs.index.writer ?? 'unknown',
      ...(await vault.seal('conflicts', id, versions, mine.id))
    })
    return id
  }

  /** The pending conflicts of one incident (or of all), oldest first. */
  async function listConflicts(incidentId?: string): Promise<IncidentConflict[]> {
    await ready()
    const rows =
      incidentId === undefined
        ? await db.conflicts.orderBy('detectedAt').toArray()
        : await db.conflicts.where('incidentId').equals(incidentId).sortBy('detectedAt')
    return Promise.all(rows.map((row) => openConflictRow(db, row)))
  }

  /**
   * Settles a conflict in one transaction: 'theirs' drops the record and keeps what is stored;
   * 'mine' saves `incident` (the user's version, or a merge) over the revision the user has
   * now seen. If the incident changed again meanwhile, that is a new conflict (thrown).
   */
  async function resolveConflict(
    conflictId: string,
    resolution: ConflictResolution,
    opts: Pick<SaveOptions, 'assessment'> = {}
  ): Promise<StoredIncident> {
    await loadValidation()
    const at = now()
    const candidate =
      resolution.keep === 'mine'
        ? validateIncident({ ...resolution.incident, updatedAt: at })
        : undefined
    const outcome = await write(savingTables, async (): Promise<SaveOutcome> => {
      const row = await db.conflicts.get(conflictId)
      if (!row) throw new SentinelleDbError({ kind: 'not-found', id: conflictId })
      if (!candidate) {
        await db.conflicts.delete(conflictId)
        return { kind: 'saved', stored: await loadRequired(row.incidentId) }
      }
      if (candidate.id !== row.incidentId) {
        throw new SentinelleDbError({ kind: 'not-found', id: candidate.id })
      }
      const result = await saveInTransaction(candidate, { ...opts, baseRev: row.theirRev }, at)
      if (result.kind === 'saved') await db.conflicts.delete(conflictId)
      return result
    })
    if (outcome.kind === 'conflict') throw outcome.error
    return outcome.stored
  }

  async function recordEdit(incidentId: string, changes: FieldChange[], at: string) {
    const lastRow = await db.history.where('incidentId').equals(incidentId).last()
    const last = lastRow ? await openHistoryRow(db, lastRow) : undefined
    const merged = coalesce(last, changes, at)
    if (merged && merged.id !== undefined) {
      // A burst that typed a field back to what it was leaves no trace.
      if (merged.changes.length === 0) await db.history.delete(merged.id)
      else await putHistory(merged)
    } else await addHistory({ incidentId, kind: 'edited', at, changes })
  }

  async function getIncident(id: string): Promise<StoredIncident | undefined> {
    await ready()
    const [index, content] = await Promise.all([db.incidents.get(id), db.contents.get(id)])
    return index && content
      ? { index, incident: await vault.open('contents', id, content) }
      : undefined
  }

  async function transition(
    id: string,
    action: 'file' | 'close' | 'reopen',
    opts: SaveOptions = {}
  ): Promise<StoredIncident> {
    await loadValidation()
    const rules = {
      file: { from: 'draft', to: 'open', kind: 'filed' },
      close: { from: 'open', to: 'closed', kind: 'closed' },
      reopen: { from: 'closed', to: 'open', kind: 'reopened' }
    } as const
    const rule = rules[action]
    const at = now()
    return write(incidentTables, async () => {
      const stored = await loadRequired(id)
      const from = stored.index.deleted === 1 ? 'deleted' : stored.incident.status
      if (from !== rule.from) {
        throw new SentinelleDbError({ kind: 'invalid-transition', from, action })
      }
      const incident = validateIncident({ ...stored.incident, status: rule.to, updatedAt: at })
      const index = await putIncident(incident, stored.index, opts.assessment, {}, false)
      await addHistory({
        incidentId: id,
        kind: rule.kind,
        at,
        changes: [{ path: 'status', before: rule.from, after: rule.to }]
      })
      return { incident, index }
    })
  }

  const fileIncident = (id: string, opts?: SaveOptions) => transition(id, 'file', opts)
  const closeIncident = (id: string, opts?: SaveOptions) => transition(id, 'close', opts)
  const reopenIncident = (id: string, opts?: SaveOptions) => transition(id, 'reopen', opts)

  /** A new draft with the same content, a new id and the next reference. */
  async function duplicateIncident(id: string): Promise<string> {
    await loadValidation()
    const copyId = newId()
    const at = now()
    return write(incidentTables, async () => {
      const source = await loadRequired(id)
      const reference = await nextReference()
      const copy = validateIncident({
        ...source.incident,
        id: copyId,
        reference,
        status: 'draft',
        createdAt: at,
        updatedAt: at,
        // Attachments belong to the source incident; the copy keeps labels and hashes only.
        evidence: source.incident.evidence.map(({ attachmentId: _drop, ...rest }) => rest)
      })
      return insertNew(copy, 'duplicated', source.incident.reference)
    })
  }

  /** Adds an incident from an incident file (a sample, an import) as a new draft or record. */
  async function importIncidentFile(
    file: IncidentFile,
    opts: { keepStatus?: boolean } = {}
  ): Promise<string> {
    await loadValidation()
    const id = newId()
    const at = now()
    const policies = file.policies.map(validatePolicy)
    return write([...incidentTables, db.policies], async () => {
      const reference = await nextReference()
      const incident = validateIncident({
        ...file.incident,
        id,
        reference,
        status: opts.keepStatus ? file.incident.status : 'draft',
        createdAt: at,
        updatedAt: at
      })
      for (const policy of policies) {
        if (!(await db.policies.get(policy.id))) {
          await db.policies.add({
            id: policy.id,
            kind: policy.kind,
            archived: 0,
            createdAt: at,
            updatedAt: at,
            ...(await vault.seal('policies', policy.id, policy))
          })
        }
      }
      return insertNew(incident, 'imported', file.incident.reference)
    })
  }

  async function setDeleted(id: string, deleted: 0 | 1): Promise<void> {
    const at = now()
    await write(incidentTables, async () => {
      const stored = await loadRequired(id)
      if (stored.index.deleted === deleted) {
        throw new SentinelleDbError({
          kind: 'invalid-transition',
          from: deleted ? 'deleted' : stored.incident.status,
          action: deleted ? 'delete' : 'undo-delete'
        })
      }
      const rev = await nextRev(stored.index, { status: stored.index.status, deleted })
      const index: IncidentIndexRow = { ...stored.index, deleted, rev, writer: await writer() }
      if (deleted) index.deletedAt = at
      else delete index.deletedAt
      await db.incidents.put(index)
      await addHistory({ incidentId: id, kind: deleted ? 'deleted' : 'restored', at, changes: [] })
    })
  }

  /** Soft delete: the incident leaves the register but can be restored with undoDelete. */
  const deleteIncident = (id: string) => setDeleted(id, 1)
  const undoDelete = (id: string) => setDeleted(id, 0)

  /**
   * Erases a soft-deleted incident for good: content, summary, history, attachments and pending
   * conflict records, leaving a tombstone (id, revision, erasure date) and, if `keepArt33Entry`,
   * the Art. 33(5) register entry sealed in it (./art33-entry.ts). Its draft journal is the UI's
   * to clear.
   */
  async function purgeIncident(id: string, opts: { keepArt33Entry?: boolean } = {}): Promise<void> {
    const at = now()
    await write(
      [...incidentTables, db.attachments, db.attachmentBlobs, db.tombstones, db.conflicts],
      async () => {
        const stored = await loadRequired(id)
        if (stored.index.deleted !== 1) {
          throw new SentinelleDbError({
            kind: 'invalid-transition',
            from: stored.incident.status,
            action: 'purge'
          })
        }
        const attachmentIds = await db.attachments.where('incidentId').equals(id).primaryKeys()
        await db.attachmentBlobs.bulkDelete(attachmentIds)
        await db.attachments.bulkDelete(attachmentIds)
        await db.history.where('incidentId').equals(id).delete()
        await db.conflicts.where('incidentId').equals(id).delete()
        await db.summaries.delete(id)
        await db.contents.delete(id)
        await db.incidents.delete(id)
        // Crypto-shredding: without its key, any copy of the records above opens no more.
        await db.incidentKeys.delete(id)
        const tombstone: TombstoneRow = {
          id,
          rev: await nextRev(stored.index, undefined),
          erasedAt: at,
          writer: await writer()
        }
        if (opts.keepArt33Entry) {
          const entry = art33EntryOf(stored.incident, stored.index)
          tombstone.art33 = await vault.seal('tombstones', id, entry)
        }
        await db.tombstones.put(tombstone)
      }
    )
    vault.forgetIncidentKey(id)
  }

  /** Purges every soft-deleted incident deleted before `before` (all of them by default). */
  async function purgeDeleted(before?: string): Promise<number> {
    await ready()
    const limit = utc(before)
    const rows = await db.incidents.where('deleted').equals(1).toArray()
    const ids = rows.filter((r) => !limit || (r.deletedAt ?? '') < limit).map((r) => r.id)
    for (const id of ids) await purgeIncident(id)
    return ids.length
  }

  async function listIncidents(query: IncidentQuery = {}): Promise<IncidentListResult> {
    await ready()
    return runIncidentQuery(await refreshRegisterCache(db), query)
  }

  /**
   * Ids of the incidents not in the bin, in the order listIncidents gives them sorted by
   * reference, from the index rows alone: no summary opened and no in-memory register built on
   * this thread (the register export used to build one at 100,000 incidents next to the
   * register engine's).
   */
  async function listIncidentIdsByReference(): Promise<string[]> {
    await ready()
    const rows = await db.incidents.where('deleted').equals(0).toArray()
    return rows.sort(compareByReference).map((row) => row.id)
  }

  async function getHistory(incidentId: string): Promise<HistoryEntry[]> {
    await ready()
    const rows = await db.history.where('incidentId').equals(incidentId).sortBy('id')
    return Promise.all(rows.map((row) => openHistoryRow(db, row)))
  }

  /**
   * Bin: erases the incidents deleted more than `days` days before now (30 by default) and
   * returns their ids (the UI clears their draft journals).
   */
  async function eraseExpired(
    days = DEFAULT_BIN_DAYS,
    opts: { keepArt33Entry?: boolean } = {}
  ): Promise<string[]> {
    await ready()
    const limit = new Date(Date.parse(now()) - days * 86_400_000).toISOString()
    const rows = await db.incidents.where('deleted').equals(1).toArray()
    const ids = rows.filter((r) => (r.deletedAt ?? '') < limit).map((r) => r.id)
    for (const id of ids) await purgeIncident(id, opts)
    return ids
  }

  /** The Art. 33(5) entries kept by erasures, oldest erasure first; a damaged one is flagged. */
  async function listKeptArt33Entries(): Promise<
    { id: string; erasedAt: string; entry?: Art33Entry; damaged?: boolean }[]
  > {
    await ready()
    const rows = await db.tombstones.orderBy('erasedAt').toArray()
    const kept = rows.filter((row) => row.art33 !== undefined)
    return Promise.all(
      kept.map(async (row) => {
        try {
          return {
            id: row.id,
            erasedAt: row.erasedAt,
            entry: await vault.open('tombstones', row.id, row.art33!)
          }
        } catch (error) {
          if ((error as SentinelleDbError).detail?.kind !== 'damaged') throw error
          return { id: row.id, erasedAt: row.erasedAt, damaged: true }
        }
      })
    )
  }

  async function listTombstones(): Promise<{ id: string; rev: number; erasedAt: string }[]> {
    await ready()
    const rows = await db.tombstones.orderBy('erasedAt').toArray()
    // The kept Art. 33(5) entries are read apart (listKeptArt33Entries): they are sealed.
    return rows.map(({ art33: _kept, ...tombstone }) => tombstone)
  }

  /* -------------------------------------------------------------------------------------- */
  /* Policies                                                                                */

  async function listPolicies(opts: { includeArchived?: boolean } = {}): Promise<Policy[]> {
    await ready()
    const rows = opts.includeArchived
      ? await db.policies.toArray()
      : await db.policies.where('archived').equals(0).toArray()
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return Promise.all(rows.map((row) => openPolicyRow(db, row)))
  }

  async function getPolicy(id: string): Promise<Policy | undefined> {
    await ready()
    const row = await db.policies.get(id)
    return row ? openPolicyRow(db, row) : undefined
  }

  async function savePolicy(input: PolicyInput): Promise<Policy> {
    await loadValidation()
    const policy = validatePolicy({ ...input, id: input.id ?? newId() })
    const at = now()
    return write([db.policies], async () => {
      const previous = await db.policies.get(policy.id)
      await db.policies.put({
        id: policy.id,
        kind: policy.kind,
        archived: previous?.archived ?? 0,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
        ...(await vault.seal('policies', policy.id, policy))
      })
      return policy
    })
  }

  /**
   * Deletes a policy no incident refers to; a referenced one is archived instead (hidden from
   * the list, still used by the incidents' assessments). Returns what happened.
   */
  async function deletePolicy(id: string): Promise<'deleted' | 'archived'> {
    const at = now()
    return write([db.policies, db.incidents], async () => {
      const row = await db.policies.get(id)
      if (!row) throw new SentinelleDbError({ kind: 'not-found', id })
      const used = (await db.incidents.where('policyIds').equals(id).count()) > 0
      if (!used) {
        await db.policies.delete(id)
        return 'deleted'
      }
      await db.policies.put({ ...row, archived: 1, updatedAt: at })
      return 'archived'
    })
  }

  async function restorePolicy(id: string): Promise<void> {
    const at = now()
    await write([db.policies], async () => {
      const row = await db.policies.get(id)
      if (!row) throw new SentinelleDbError({ kind: 'not-found', id })
      await db.policies.put({ ...row, archived: 0, updatedAt: at })
    })
  }

  /* -------------------------------------------------------------------------------------- */
  /* Attachments                                                                             */

  async function addAttachment(incidentId: string, file: AttachmentInput): Promise<AttachmentMeta> {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      throw new SentinelleDbError({
        kind: 'attachment-too-large',
        size: file.size,
        limit: MAX_ATTACHMENT_BYTES
      })
    }
    // Outside the transaction: both are foreign async work.
    const bytes = await file.arrayBuffer()
    const sha256 = await sha256Hex(bytes)
    const type = file.type || 'application/octet-stream'
    const meta: AttachmentMeta = {
      id: newId(),
      incidentId,
      name: file.name || 'fichier',
      type,
      size: bytes.byteLength,
      sha256,
      addedAt: now()
    }
    // Sealed before the transaction: up to 50 MiB of AES-GCM is not a record-sized wait.
    const sealedBytes = await vault.sealBlob(meta.id, new Blob([bytes], { type }), incidentId)
    return write([db.incidents, db.attachments, db.attachmentBlobs, db.history], async () => {
      const index = await db.incidents.get(incidentId)
      if (!index) throw new SentinelleDbError({ kind: 'not-found', id: incidentId })
      if (index.deleted === 1) {
        throw new SentinelleDbError({
          kind: 'invalid-transition',
          from: 'deleted',
          action: 'attach'
        })
      }
      // The media type is sealed with the name and hash: only id, incident, size and date stay clear.
      const { name, type: mediaType, sha256: hash, ...clear } = meta
      await db.attachments.add({
        ...clear,
        ...(await vault.seal(
          'attachments',
          meta.id,
          { name, type: mediaType, sha256: hash },
          incidentId
        ))
      })
      await db.attachmentBlobs.add({ id: meta.id, ...sealedBytes })
      await addHistory({
        incidentId,
        kind: 'attachment-added',
        at: meta.addedAt,
        changes: [],
        note: `${meta.name} (SHA-256 ${sha256})`
      })
      return meta
    })
  }

  async function getAttachmentBlob(id: string): Promise<Blob | undefined> {
    await ready()
    const [metaRow, row] = await Promise.all([db.attachments.get(id), db.attachmentBlobs.get(id)])
    if (!metaRow || !row) return undefined
    const meta = await openAttachmentRow(db, metaRow)
    return vault.openBlob(id, row, meta.type)
  }

  async function listAttachments(incidentId: string): Promise<AttachmentMeta[]> {
    await ready()
    const rows = await db.attachments.where('incidentId').equals(incidentId).sortBy('addedAt')
    return Promise.all(rows.map((row) => openAttachmentRow(db, row)))
  }

  async function removeAttachment(id: string): Promise<void> {
    const at = now()
    await write([...incidentTables, db.attachments, db.attachmentBlobs], async () => {
      const row = await db.attachments.get(id)
      if (!row) throw new SentinelleDbError({ kind: 'not-found', id })
      const meta = await openAttachmentRow(db, row)
      await db.attachmentBlobs.delete(id)
      await db.attachments.delete(id)
      // No evidence row may keep pointing at bytes that are gone (it keeps its label and hash).
      const stored = await getIncident(meta.incidentId)
      if (stored?.incident.evidence.some((e) => e.attachmentId === id)) {
        const incident: Incident = {
          ...stored.incident,
          evidence: stored.incident.evidence.map(({ attachmentId, ...rest }) =>
            attachmentId === id ? rest : { ...rest, attachmentId }
          ),
          updatedAt: at
        }
        await putIncident(incident, stored.index, undefined)
        await recordEdit(incident.id, diffValues(stored.incident, incident), at)
      }
      // A staged removal wrote its history entry when it was staged.
      if (row.removalHistoryId === undefined) {
        await addHistory({
          incidentId: meta.incidentId,
          kind: 'attachment-removed',
          at,
          changes: [],
          note: `${meta.name} (SHA-256 ${meta.sha256})`
        })
      }
    })
  }

  /**
   * Removal the user can undo: the attachment is marked removed (`removedAt`) and its history
   * entry written; its bytes and the evidence rows' references stay until
   * `commitAttachmentRemovals`, so nothing dangles in between.
   */
  async function stageAttachmentRemoval(id: string): Promise<void> {
    const at = now()
    await write([db.attachments, db.history], async () => {
      const row = await db.attachments.get(id)
      if (!row) throw new SentinelleDbError({ kind: 'not-found', id })
      if (row.removedAt !== undefined) return
      const meta = await openAttachmentRow(db, row)
      const historyId = await putHistory({
        incidentId: meta.incidentId,
        kind: 'attachment-removed',
        at,
        lastAt: at,
        changes: [],
        note: `${meta.name} (SHA-256 ${meta.sha256})`
      })
      await db.attachments.put({ ...row, removedAt: at, removalHistoryId: historyId })
    })
  }

  /** Undoes a staged removal; like a field typed back, it leaves no history entry. */
  async function undoAttachmentRemoval(id: string): Promise<void> {
    await write([db.attachments, db.history], async () => {
      const row = await db.attachments.get(id)
      if (!row) throw new SentinelleDbError({ kind: 'not-found', id })
      const { removedAt: _removedAt, removalHistoryId, ...kept } = row
      if (removalHistoryId !== undefined) await db.history.delete(removalHistoryId)
      await db.attachments.put(kept as AttachmentRow)
    })
  }

  /**
   * Erases the attachments whose removal was staged (of one incident, or all): bytes, row and
   * the evidence references, each in one transaction (removeAttachment). Returns their ids.
   */
  async function commitAttachmentRemovals(incidentId?: string): Promise<string[]> {
    await ready()
    const rows = incidentId
      ? await db.attachments.where('incidentId').equals(incidentId).toArray()
      : await db.attachments.toArray()
    const staged = rows.filter((row) => row.removedAt !== undefined).map((row) => row.id)
    for (const id of staged) await removeAttachment(id)
    return staged
  }

  /* -------------------------------------------------------------------------------------- */
  /* Settings                                                                                */

  async function getSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
    await ready()
    const row = await db.settings.get(key)
    if (!row) return undefined
    const value = isSealedSetting(key) ? await openSettingValue(key, row.value) : row.value
    // A value a later version wrote differently is ignored rather than trusted. The settings
    // read at start are checked without zod (./setting-checks.ts); the others load the schemas.
    if (isPlainSetting(key)) return readPlainSetting(key, value)
    return (await loadValidation()).readSetting(key, value)
  }

  async function setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    const checked = (await loadValidation()).validateSetting(key, value)
    await write([db.settings], async () => {
      const value = isSealedSetting(key) ? await vault.seal('settings', key, checked) : checked
      await db.settings.put({ key, value })
    })
  }

  /** A personal setting's envelope (a bare value if written before envelopes existed). */
  async function openSettingValue(key: string, stored: unknown): Promise<unknown> {
    const value = stored as Record<string, unknown> | null
    if (value === null || typeof value !== 'object') return stored
    if ('clear' in value || 'ciphertext' in value) {
      return vault.open('settings', key, value as Envelope<unknown>)
    }
    return stored
  }

  return {
    ready,
    createDraftIncident,
    saveIncident,
    listConflicts,
    resolveConflict,
    getIncident,
    fileIncident,
    closeIncident,
    reopenIncident,
    duplicateIncident,
    importIncidentFile,
    deleteIncident,
    undoDelete,
    purgeIncident,
    purgeDeleted,
    eraseExpired,
    listKeptArt33Entries,
    listTombstones,
    listIncidents,
    listIncidentIdsByReference,
    getHistory,
    listPolicies,
    getPolicy,
    savePolicy,
    deletePolicy,
    restorePolicy,
    addAttachment,
    getAttachmentBlob,
    listAttachments,
    removeAttachment,
    stageAttachmentRemoval,
    undoAttachmentRemoval,
    commitAttachmentRemovals,
    getSetting,
    setSetting
  }
}

export type Repository = ReturnType<typeof createRepository>
