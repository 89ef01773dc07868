/**
 * Backup, restore and merge of the register, case files and one-incident JSON (issue 13 §1).
 * The formats live in shared/backup (pure); this module is the Dexie side.
 *
 * Restore and merge run in two steps, so that nothing is written before every check passed and
 * the user has chosen for every conflict:
 *   1. planRestore(): opens and checks the whole file (shared/backup openBackup: checksums,
 *      schemas, references, decryption of every sealed record), reads the register, and decides
 *      per incident id: add, replace, keep, erase, or CONFLICT (listed to the user).
 *   2. applyRestore(plan, choices): prepares every record (attachments read and checked one at
 *      a time, sealed with the register's key when needed) BEFORE the transaction, then writes
 *      all of it in ONE Dexie transaction. Cancel (an AbortSignal) or any failure inside it
 *      aborts the transaction: the register is exactly as before.
 *
 * Merge rule (the one replication will use, see register-design.md §3): a version is its index
 * row's (writer, rev). Same writer: the higher rev wins (one seat's history is linear). Different
 * writers and different content: both sides changed since they diverged, a conflict, the user
 * chooses (keeping the other version is then their decision, never a silent overwrite).
 * Equal content is no conflict. A tombstone wins over content last changed before the erasure;
 * content changed after it is a conflict. Policies: the more recently updated copy wins.
 * Settings: restored into an empty register only; a merge keeps this register's settings.
 * Saved conflicts (v3, `conflicts`): a merge keeps this register's and adds the backup's for the
 * incidents that take the backup's version; an incident the merge erases loses its conflicts.
 */
import Dexie, { RangeSet, type ObservabilitySet, type Table } from 'dexie'

import {
  BackupError,
  blobSource,
  checkAborted,
  fromBase64,
  fromCheckedBase64,
  incidentFileOf,
  JsonArrayWriter,
  openBackup,
  openCaseFile,
  packBackup,
  packCaseFile,
  parseJson,
  sha256Hex,
  toBase64,
  type BackupTables,
  type BackupTablesInput,
  type ByteSource,
  type CaseAttachment,
  type CaseHistoryEntry,
  type IncidentKeyRowJson,
  type KeyringJson,
  type OpenedBackup,
  type PreparedEntry,
  settingEnvelope,
  type SealedJson,
  type TombstoneJson
} from '@shared/backup'
import {
  migrateIncidentFile,
  parseIncidentFile,
  type Incident,
  type IncidentFile,
  type ParseResult,
  type Policy
} from '@shared/model'
import { z } from 'zod'

import { SentinelleDbError, toDbError } from './errors'
import {
  openAttachmentRow,
  openHistoryRow,
  openPolicyRow,
  referenceNumber,
  toIndexRow
} from './repository'
import {
  appVersionOf,
  openGuarded,
  type AttachmentBlobRow,
  type AttachmentRow,
  type ConflictRow,
  type ContentRow,
  type CountersMetaRow,
  type HistoryRow,
  type IncidentKeyRow,
  type PolicyRow,
  type SentinelleDb,
  type SummaryRow,
  type TombstoneRow
} from './schema'
import { readCounts, rowCount } from './counts'
import { reloadRegisterStore } from './register-store'
import { registerCacheOf, summaryText } from './search'
import { SETTING_SCHEMAS, isSealedSetting } from './settings'
import type { IncidentIndexRow } from './types'
import { vaultOf, type Envelope, type KeyringMetaRow } from './vault'
import type { Keyring } from '../crypto/keys'

export type Progress = {
  phase: 'read' | 'check' | 'prepare' | 'write'
  done: number
  total: number
}
export type ProgressListener = (progress: Progress) => void

/** Every table of the register, in the order a restore writes them. */
const ALL_TABLES = [
  'incidentKeys',
  'policies',
  'incidents',
  'contents',
  'summaries',
  'history',
  'attachments',
  'attachmentBlobs',
  'tombstones',
  'settings',
  'conflicts',
  'meta'
] as const

async function ready(db: SentinelleDb): Promise<void> {
  if (!db.isOpen()) await openGuarded(db)
  await vaultOf(db).load()
}

/* ------------------------------------------------------------------------------------------ */
/* Envelopes ↔ JSON                                                                            */

type DbSealed = { iv: Uint8Array; ciphertext: ArrayBuffer; ik?: string }

function envelopeToJson<T>(envelope: Envelope<T>): { clear: T } | SealedJson {
  if ('clear' in envelope) return { clear: envelope.clear }
  return {
    iv: toBase64(envelope.iv),
    ciphertext: toBase64(envelope.ciphertext),
    ...(envelope.ik !== undefined ? { ik: envelope.ik } : {})
  }
}

/** An envelope of an opened backup: its base64 fields matched their schema's pattern. */
function jsonToEnvelope<T>(envelope: { clear: T } | SealedJson): Envelope<T> {
  if ('clear' in envelope) return { clear: envelope.clear }
  const sealed: DbSealed = {
    iv: fromCheckedBase64(envelope.iv)!,
    ciphertext: fromCheckedBase64(envelope.ciphertext)!.buffer,
    ...(envelope.ik !== undefined ? { ik: envelope.ik } : {})
  }
  return sealed
}

type EnvelopeKeys = 'clear' | 'iv' | 'ciphertext' | 'ik'

/** A row's clear fields: without its envelope (`clear`, or `iv` + `ciphertext` and `ik`). */
export function withoutEnvelope<R extends object>(row: R): Omit<R, EnvelopeKeys> {
  const {
    clear: _c,
    iv: _i,
    ciphertext: _x,
    ik: _k,
    ...rest
  } = row as R & Partial<Record<EnvelopeKeys, unknown>>
  return rest
}

/** Splits a row into its clear fields and its envelope (`clear` or `iv` + `ciphertext`). */
function splitRow<R extends object>(
  row: R
): { rest: Record<string, unknown>; envelope: Envelope<unknown> } {
  const { clear, iv, ciphertext, ik } = row as Partial<Record<EnvelopeKeys, unknown>>
  const envelope = (
    iv !== undefined ? { iv, ciphertext, ...(ik !== undefined ? { ik } : {}) } : { clear }
  ) as Envelope<unknown>
  return { rest: withoutEnvelope(row), envelope }
}

/**
 * Only what any device needs to open the register: the passphrase and recovery wraps. The
 * `device` wrap ("remember on this device") is bound to this machine's OS key store: never
 * carried, so a restored keyring has none.
 */
const keyringToJson = (k: Keyring): KeyringJson => ({
  version: k.version,
  createdAt: k.createdAt,
  passphrase: {
    kdf: { ...k.passphrase.kdf, salt: toBase64(k.passphrase.kdf.salt) },
    key: { iv: toBase64(k.passphrase.key.iv), wrapped: toBase64(k.passphrase.key.wrapped) }
  },
  recovery: {
    kdf: { ...k.recovery.kdf, salt: toBase64(k.recovery.kdf.salt) },
    key: { iv: toBase64(k.recovery.key.iv), wrapped: toBase64(k.recovery.key.wrapped) }
  }
})

const keyringFromJson = (k: KeyringJson): Keyring => ({
  version: k.version,
  createdAt: k.createdAt,
  passphrase: {
    kdf: { ...k.passphrase.kdf, salt: fromBase64(k.passphrase.kdf.salt)! },
    key: {
      iv: fromBase64(k.passphrase.key.iv)!,
      wrapped: fromBase64(k.passphrase.key.wrapped)!.buffer
    }
  },
  recovery: {
    kdf: { ...k.recovery.kdf, salt: fromBase64(k.recovery.kdf.salt)! },
    key: { iv: fromBase64(k.recovery.key.iv)!, wrapped: fromBase64(k.recovery.key.wrapped)!.buffer }
  }
})

function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 20) return false
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true
  if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1))
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every((v) => isPlainJson(v, depth + 1))
  }
  return false
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (value === null || typeof value !== 'object') return false
  return 'clear' in value || ('iv' in value && value.iv instanceof Uint8Array)
}

/**
 * Restored rows keep their backup revision, which may be below what the register cache has seen:
 * its next refresh must reload everything. Kept in the same cache object, so that its version
 * goes up and the live queries holding it re-render (forgetting it would restart at version 0).
 */
function reloadRegisterCache(db: SentinelleDb): void {
  registerCacheOf(db).loaded = false
  // The register's engine (a Worker in the app) holds its own snapshot.
  reloadRegisterStore(db)
}

/* ------------------------------------------------------------------------------------------ */
/* Backup                                                                                      */

export type BackupResult = { blob: Blob; fileName: string; incidents: number; attachments: number }

export function backupFileName(at: string): string {
  return `sentinelle-sauvegarde-${at.slice(0, 16).replace(/[:T]/g, '-')}.sentinelle-backup`
}

/**
 * The whole register in one file. Tables are read in one read transaction (a consistent
 * snapshot); attachment bytes are then read one at a time, so only one is in memory while it is
 * hashed. Records stay as stored: an encrypted register gives an encrypted backup.
 */
export async function createBackup(
  db: SentinelleDb,
  options: { now?: string; onProgress?: ProgressListener } = {}
): Promise<BackupResult> {
  await ready(db)
  const at = options.now ?? new Date().toISOString()
  const json = <R extends object>(rows: R[]) =>
    rows.map((row) => {
      const { rest, envelope } = splitRow(row)
      return { ...rest, ...envelopeToJson(envelope) }
    })
  const incidentIds = new Set<string>()
  // One read transaction (a consistent snapshot). The big tables are written batch by batch
  // (writeTable), so the register is never held whole as rows, JSON objects, text and bytes.
  const snapshot = await db.transaction(
    'r',
    ALL_TABLES.filter((t) => t !== 'attachmentBlobs').map((t) => db.table(t)),
    async () => ({
      incidents: await writeTable(db.incidents, (rows) => {
        for (const row of rows) incidentIds.add(row.id)
        return rows
      }),
      contents: await writeTable(db.contents, json),
      summaries: await writeTable(db.summaries, json),
      policies: await writeTable(db.policies, json),
      history: await writeTable(db.history, json),
      attachments: await db.attachments.toArray(),
      settings: await db.settings.toArray(),
      tombstones: await writeTable(db.tombstones, (rows) =>
        rows.map(({ art33, ...rest }) => (art33 ? { ...rest, art33: envelopeToJson(art33) } : rest))
      ),
      conflicts: await writeTable(db.conflicts, json),
      // Sealed under the data key as stored. A key without its incident (a creation whose write
      // failed) seals nothing: left out. Read after the incidents, whose ids it needs.
      incidentKeys: await writeTable(db.incidentKeys, (rows) =>
        rows
          .filter((row) => incidentIds.has(row.id))
          .map((row) => ({
            id: row.id,
            iv: toBase64(row.iv),
            ciphertext: toBase64(row.ciphertext),
            createdAt: row.createdAt
          }))
      ),
      counters: (await db.meta.get('counters')) as CountersMetaRow | undefined,
      seat: await db.meta.get('seat'),
      keyring: (await db.meta.get('keyring')) as KeyringMetaRow | undefined
    })
  )
  // Blob envelopes: the bytes go to their own entry; only the type or the IV stays here.
  const blobRows: BackupTables['blobs'] = []
  const blobData = new Map<string, Uint8Array | Blob>()
  for (const [i, meta] of snapshot.attachments.entries()) {
    const row = await db.attachmentBlobs.get(meta.id)
    if (!row) {
      throw new BackupError('damaged', `attachmentBlobs/${meta.id}`, {
        fr: 'Contenu d’une pièce jointe introuvable dans le registre.',
        en: 'An attachment’s bytes are missing from the register.'
      })
    }
    if ('clear' in row) {
      blobRows.push({ id: row.id, clear: { type: row.clear.type } })
      blobData.set(row.id, row.clear)
    } else {
      blobRows.push({
        id: row.id,
        iv: toBase64(row.iv),
        ...(row.ik !== undefined ? { ik: row.ik } : {})
      })
      blobData.set(row.id, new Blob([row.ciphertext]))
    }
    options.onProgress?.({ phase: 'read', done: i + 1, total: snapshot.attachments.length })
  }
  const tables: BackupTablesInput = {
    incidents: snapshot.incidents,
    contents: snapshot.contents,
    summaries: snapshot.summaries,
    policies: snapshot.policies,
    history: snapshot.history,
    attachments: json(snapshot.attachments) as BackupTables['attachments'],
    blobs: blobRows,
    tombstones: snapshot.tombstones,
    // Personal settings are envelopes (sealed ones hold bytes): carried as envelope JSON. Other
    // values a later version might store in binary form are left out rather than mangled.
    settings: snapshot.settings.flatMap((row) => {
      if (isSealedSetting(row.key) && isEnvelope(row.value)) {
        return [{ key: row.key, value: envelopeToJson(row.value) }]
      }
      return isPlainJson(row.value) ? [row] : []
    }),
    conflicts: snapshot.conflicts,
    incidentKeys: snapshot.incidentKeys
  }
  const seat = snapshot.seat && snapshot.seat.key === 'seat' ? snapshot.seat.writer : undefined
  const blob = await packBackup({
    appVersion: appVersionOf(db),
    createdAt: at,
    meta: {
      lastRefNumber: snapshot.counters?.lastRefNumber ?? 0,
      rev: snapshot.counters?.rev ?? 0,
      ...(seat ? { writer: seat } : {}),
      schemaVersion: db.verno
    },
    keyring: snapshot.keyring ? keyringToJson(snapshot.keyring.keyring) : undefined,
    tables,
    blobs: async (id) => blobData.get(id)!,
    onProgress: (done, total) => options.onProgress?.({ phase: 'check', done, total })
  })
  return {
    blob,
    fileName: backupFileName(at),
    incidents: snapshot.incidents.rows,
    attachments: snapshot.attachments.length
  }
}

/** Rows a backup reads and writes at a time (the JSON of 1,000 sealed contents: about 4 MiB). */
const BACKUP_BATCH_ROWS = 1000

/**
 * A table's JSON entry (`JSON.stringify` of all its rows in key order, as `toArray()` gives
 * them), read and written BACKUP_BATCH_ROWS at a time by primary-key range. Called inside the
 * backup's read transaction: nothing in it awaits anything but Dexie (the hashing is
 * synchronous), so the transaction stays open.
 */
async function writeTable<R, K, I>(
  table: Table<R, K, I>,
  toJson: (rows: R[]) => unknown[]
): Promise<PreparedEntry> {
  const writer = new JsonArrayWriter()
  const keyPath = table.schema.primKey.keyPath as string
  let after: K | undefined
  for (;;) {
    const range = after === undefined ? table.toCollection() : table.where(':id').above(after)
    const rows = await range.limit(BACKUP_BATCH_ROWS).toArray()
    writer.add(toJson(rows))
    if (rows.length < BACKUP_BATCH_ROWS) break
    after = (rows[rows.length - 1] as Record<string, K>)[keyPath]
  }
  return writer.finish()
}

/* ------------------------------------------------------------------------------------------ */
/* Restore and merge: plan                                                                     */

export type ConflictKind =
  /** Both registers changed the incident since they diverged. */
  | 'both-changed'
  /** Erased here, changed in the backup after that erasure. */
  | 'erased-here'
  /** Erased in the backup, changed here after that erasure. */
  | 'erased-there'

export type RestoreConflict = {
  id: string
  kind: ConflictKind
  reference: string
  local?: { title: string; updatedAt: string; erasedAt?: string }
  backup?: { title: string; updatedAt: string; erasedAt?: string }
}
export type ConflictChoice = 'local' | 'backup'

type Decision =
  | { id: string; action: 'add' | 'replace' }
  | { id: string; action: 'erase'; tombstone: TombstoneJson }
  | { id: string; action: 'conflict'; conflict: RestoreConflict }

export type RestorePlan = {
  mode: 'empty' | 'merge'
  backup: OpenedBackup
  conflicts: RestoreConflict[]
  counts: { add: number; replace: number; erase: number; keep: number; same: number }
  /** What the register looked like when planned: applyRestore refuses if it changed since. */
  baseRev: number
  decisions: Decision[]
  /** Empty clear register: the backup's rows go in exactly as they are (history ids too). */
  asIs: boolean
  /** …and an encrypted backup brings its keyring: the register opens with the backup's secret. */
  adoptKeyring: boolean
  /**
   * An encrypted backup whose records this clear register would keep IN CLEAR (a merge, or an
   * empty register that has history). Never silent: the user is told and chooses (set a
   * passphrase first, or merge in clear knowingly); applyRestore refuses it without
   * `allowClearCopy` while the register is still clear.
   */
  clearCopy: boolean
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v
  )

/**
 * Opens and checks a backup, compares it with the register and lists the conflicts. Writes
 * nothing. Throws BackupError (bad file, wrong secret) or SentinelleDbError ('locked').
 */
export async function planRestore(
  db: SentinelleDb,
  source: Blob | ByteSource,
  options: { secret?: string; signal?: AbortSignal; onProgress?: ProgressListener } = {}
): Promise<RestorePlan> {
  await ready(db)
  const vault = vaultOf(db)
  if (vault.status() === 'locked') throw new SentinelleDbError({ kind: 'locked' })
  // The register is read before the file: whether the records go in as stored (asIs) decides
  // what the check keeps. A write in between changes the counters' rev: applyRestore refuses.
  const localRows = await db.incidents.toArray()
  const localTombs = new Map((await db.tombstones.toArray()).map((t) => [t.id, t]))
  const counters = (await db.meta.get('counters')) as CountersMetaRow | undefined
  const baseRev = counters?.rev ?? 0
  const counts = { add: 0, replace: 0, erase: 0, keep: 0, same: 0 }
  const decisions: Decision[] = []
  const mode = localRows.length === 0 && localTombs.size === 0 ? 'empty' : 'merge'
  const historyCount = await db.history.count()
  const asIs = mode === 'empty' && !vault.encrypted && historyCount === 0
  const backup = await openBackup(source instanceof Blob ? blobSource(source) : source, {
    secret: options.secret,
    requireSecret: true,
    signal: options.signal,
    onProgress: (_phase, done, total) => options.onProgress?.({ phase: 'check', done, total }),
    // Written as stored: the opened contents, summaries and history are checked, never used.
    dropRecordValues: asIs
  })
  const clear = backup.clear!
  const adoptKeyring = asIs && !!backup.keyring
  const clearCopy = !!backup.keyring && !vault.encrypted && !adoptKeyring
  const flags = { asIs, adoptKeyring, clearCopy }

  if (mode === 'empty') {
    for (const row of backup.tables.incidents) decisions.push({ id: row.id, action: 'add' })
    counts.add = backup.tables.incidents.length
    return { mode, backup, conflicts: [], counts, baseRev, decisions, ...flags }
  }

  const local = new Map(localRows.map((row) => [row.id, row]))
  const localAttachments = new Map<string, string[]>()
  for (const row of await db.attachments.toArray()) {
    const meta = await openAttachmentRow(db, row)
    const list = localAttachments.get(meta.incidentId) ?? []
    list.push(meta.sha256)
    localAttachments.set(meta.incidentId, list)
  }
  const backupAttachments = new Map<string, string[]>()
  for (const row of backup.tables.attachments) {
    const list = backupAttachments.get(row.incidentId) ?? []
    list.push(clear.attachments.get(row.id)!.sha256)
    backupAttachments.set(row.incidentId, list)
  }
  const conflicts: RestoreConflict[] = []
  const title = (id: string) => clear.summaries.get(id)?.title ?? ''
  for (const row of backup.tables.incidents) {
    checkAborted(options.signal)
    const mine = local.get(row.id)
    const erased = localTombs.get(row.id)
    if (!mine && !erased) {
      decisions.push({ id: row.id, action: 'add' })
      counts.add++
      continue
    }
    if (!mine && erased) {
      if (row.updatedAt <= erased.erasedAt) counts.keep++
      else {
        const conflict: RestoreConflict = {
          id: row.id,
          kind: 'erased-here',
          reference: row.reference,
          local: { title: '', updatedAt: erased.erasedAt, erasedAt: erased.erasedAt },
          backup: { title: title(row.id), updatedAt: row.updatedAt }
        }
        conflicts.push(conflict)
        decisions.push({ id: row.id, action: 'conflict', conflict })
      }
      continue
    }
    const localRow = mine!
    const content = await db.contents.get(row.id)
    const mineIncident = content
      ? await vault.open<Incident>('contents', row.id, content)
      : undefined
    const same =
      canonical(mineIncident) === canonical(clear.contents.get(row.id)) &&
      localRow.deleted === row.deleted &&
      canonical((localAttachments.get(row.id) ?? []).sort()) ===
        canonical((backupAttachments.get(row.id) ?? []).sort())
    if (same) {
      counts.same++
      continue
    }
    if (localRow.writer !== undefined && localRow.writer === row.writer) {
      if (row.rev > localRow.rev) {
        decisions.push({ id: row.id, action: 'replace' })
        counts.replace++
      } else counts.keep++
      continue
    }
    const localSummary = await db.summaries.get(row.id)
    const localTitle = localSummary
      ? (await vault.open('summaries', row.id, localSummary)).title
      : ''
    const conflict: RestoreConflict = {
      id: row.id,
      kind: 'both-changed',
      reference: localRow.reference,
      local: { title: localTitle, updatedAt: localRow.updatedAt },
      backup: { title: title(row.id), updatedAt: row.updatedAt }
    }
    conflicts.push(conflict)
    decisions.push({ id: row.id, action: 'conflict', conflict })
  }
  for (const tomb of backup.tables.tombstones) {
    const mine = local.get(tomb.id)
    if (!mine) continue
    if (mine.updatedAt <= tomb.erasedAt) {
      decisions.push({ id: tomb.id, action: 'erase', tombstone: tomb })
      counts.erase++
      continue
    }
    const localSummary = await db.summaries.get(tomb.id)
    const conflict: RestoreConflict = {
      id: tomb.id,
      kind: 'erased-there',
      reference: mine.reference,
      local: {
        title: localSummary ? (await vault.open('summaries', tomb.id, localSummary)).title : '',
        updatedAt: mine.updatedAt
      },
      backup: { title: '', updatedAt: tomb.erasedAt, erasedAt: tomb.erasedAt }
    }
    conflicts.push(conflict)
    decisions.push({ id: tomb.id, action: 'conflict', conflict })
  }
  // A set, not a search of the backup’s rows for each local one: quadratic, 5·10⁹ comparisons
  // for a merge of two registers of 100,000 that share their incidents.
  const inBackup = new Set(backup.tables.incidents.map((row) => row.id))
  counts.keep += localRows.filter((row) => !inBackup.has(row.id)).length
  return { mode, backup, conflicts, counts, baseRev, decisions, ...flags }
}

/* ------------------------------------------------------------------------------------------ */
/* Restore and merge: apply                                                                    */

export type RestoreResult = {
  added: number
  replaced: number
  erased: number
  /** Incidents whose reference was taken here by another incident: they got the next free one. */
  renumbered: { id: string; from: string; to: string }[]
  settingsRestored: number
  /** The register took the backup's keyring: reload the app, it opens locked. */
  reloadRequired: boolean
}

export type ApplyOptions = {
  choices?: Record<string, ConflictChoice>
  signal?: AbortSignal
  onProgress?: ProgressListener
  /**
   * The user chose to merge an encrypted backup into this clear register in clear (plan
   * `clearCopy`). Without it such a plan is refused, unless the register got a passphrase since.
   */
  allowClearCopy?: boolean
  /** Tests only: called after each batch written inside the transaction (throw to fail it). */
  afterBatch?: (table: string, written: number) => void
}

const BATCH = 500

type Prepared = {
  incidents: IncidentIndexRow[]
  contents: ContentRow[]
  summaries: SummaryRow[]
  policies: PolicyRow[]
  history: HistoryRow[]
  attachments: AttachmentRow[]
  blobs: AttachmentBlobRow[]
  tombstones: TombstoneRow[]
  conflicts: ConflictRow[]
  /** Incident keys: as stored (asIs), or new ones for incidents this register has no key for. */
  incidentKeys: IncidentKeyRow[]
  settings: { key: string; value: unknown }[]
  /** Incidents whose local records go first (replaced or erased). */
  clearIds: string[]
  /** Local tombstones that go (an erased incident the user chose to bring back). */
  dropTombstones: string[]
  renumbered: RestoreResult['renumbered']
  /**
   * asIs: tables written as the backup holds them, each JSON row turned into its stored form
   * when its batch is sent (writeRows), so that no second copy of a whole table is ever built.
   * A table named here has its array above empty.
   */
  fromJson: Partial<Record<JsonTable, { rows: readonly object[]; stored: (row: object) => object }>>
}

/** The tables an asIs restore writes straight from the backup's rows (see Prepared.fromJson). */
type JsonTable =
  'contents' | 'summaries' | 'policies' | 'history' | 'attachments' | 'conflicts' | 'incidentKeys'

function missingChoice(id: string): never {
  throw new BackupError('invalid', id, {
    fr: 'Un conflit n’a pas été tranché : choisissez une version pour chaque incident.',
    en: 'A conflict was not resolved: choose a version for every incident.'
  })
}

const clearCopyRefused = () =>
  new BackupError('invalid', '', {
    fr: 'Cette sauvegarde est chiffrée et ce registre ne l’est pas : ses incidents y seraient copiés en clair. Rien n’a été écrit. Définissez d’abord une phrase secrète, ou confirmez la fusion en clair.',
    en: 'This backup is encrypted and this register is not: its incidents would be copied here in clear. Nothing was written. Set a passphrase first, or confirm the merge in clear.'
  })

const abortedError = () =>
  new BackupError('invalid', '', {
    fr: 'Restauration annulée : rien n’a été modifié.',
    en: 'Restore cancelled: nothing was changed.'
  })

/**
 * The rows of a restore, written with plain IndexedDB `put` requests on the Dexie transaction's
 * own IDBTransaction. Dexie's bulkPut in awaited batches cost about twice a raw write of the same
 * rows in Chromium (bench/ui/restore-bench.ts): per-row work in its middleware (the key ranges
 * each write marks for live queries) and an idle round trip to the database after every batch.
 *
 * Pipelined: the next batch is sent when the one before the previous has been stored, so the
 * database always has work queued while the page gets a turn between batches to paint the
 * progress and hear Cancel. Cancel aborts the transaction at once; so does a failed request or a
 * throwing `afterBatch` (tests). Resolves when the last row is stored. (Exported for the bench,
 * whose raw baseline writes the same rows the same way without Dexie.)
 */
export function writeRows(
  idbtrans: IDBTransaction,
  tables: readonly (readonly [string, readonly unknown[], ((row: object) => object)?])[],
  options: Pick<ApplyOptions, 'signal' | 'onProgress' | 'afterBatch'> = {}
): Promise<void> {
  /** A table's rows `from`–`to`, turned into stored rows by `stored` (if any) when sent. */
  const batches: {
    table: string
    rows: readonly unknown[]
    from: number
    to: number
    stored?: (row: object) => object
  }[] = []
  for (const [table, rows, stored] of tables)
    for (let i = 0; i < rows.length; i += BATCH)
      batches.push({ table, rows, from: i, to: Math.min(i + BATCH, rows.length), stored })
  const total = batches.reduce((sum, b) => sum + b.to - b.from, 0)
  let done = 0
  return new Promise<void>((resolve, reject) => {
    let failure: unknown
    const stop = (error: unknown) => {
      failure ??= error
      try {
        idbtrans.abort()
      } catch {
        // Already finished or aborting: the abort event, if any, reports the failure.
      }
    }
    const onCancel = () => stop(abortedError())
    const finish = () => options.signal?.removeEventListener('abort', onCancel)
    idbtrans.addEventListener('abort', () => {
      finish()
      reject(failure ?? idbtrans.error ?? abortedError())
    })
    if (options.signal?.aborted) return stop(abortedError())
    options.signal?.addEventListener('abort', onCancel)
    const send = (index: number): void => {
      const batch = batches[index]
      if (!batch || failure !== undefined) return
      const store = idbtrans.objectStore(batch.table)
      let last: IDBRequest | undefined
      try {
        for (let i = batch.from; i < batch.to; i++) {
          const row = batch.rows[i]
          last = store.put(batch.stored ? batch.stored(row as object) : row)
        }
      } catch (error) {
        return stop(error)
      }
      last!.onsuccess = () => {
        if (failure !== undefined) return
        done += batch.to - batch.from
        try {
          options.onProgress?.({ phase: 'write', done, total })
          options.afterBatch?.(batch.table, done)
        } catch (error) {
          return stop(error)
        }
        if (index === batches.length - 1) {
          finish()
          resolve()
        } else send(index + 2)
      }
    }
    if (batches.length === 0) {
      finish()
      return resolve()
    }
    send(0)
    send(1)
  })
}

/**
 * Live queries learn of writes through Dexie's change events; the plain requests above bypass
 * them, so every restored table is announced as changed as a whole (what Dexie itself does after
 * creating a database).
 */
function signalTablesChanged(db: SentinelleDb, tables: readonly string[]): void {
  const everything: ObservabilitySet = {}
  for (const name of tables) {
    const table = db.table(name)
    const prefix = `idb://${db.name}/${name}/`
    everything[prefix] = new RangeSet(-Infinity, [[[]]])
    everything[`${prefix}:dels`] = new RangeSet(-Infinity, [[[]]])
    for (const index of table.schema.indexes)
      if (index.name) everything[`${prefix}${index.name}`] = new RangeSet(-Infinity, [[[]]])
  }
  Dexie.on.storagemutated.fire(everything)
}

/**
 * Writes a plan in one transaction (see the module comment). Throws BackupError (cancelled,
 * register changed since the plan) or SentinelleDbError (quota): in every case nothing changed.
 */
export async function applyRestore(
  db: SentinelleDb,
  plan: RestorePlan,
  options: ApplyOptions = {}
): Promise<RestoreResult> {
  await ready(db)
  // Not asked again once the register has a passphrase (set since the plan): records get sealed.
  if (plan.clearCopy && !options.allowClearCopy && !vaultOf(db).encrypted) throw clearCopyRefused()
  // Keys staged for the restore wait in the vault's cache: dropped whatever happens, so that a
  // failed restore leaves none without its row (a successful one's are re-read from the rows).
  try {
    return await applyPrepared(db, plan, options, await prepare(db, plan, options))
  } finally {
    vaultOf(db).forgetIncidentKeys()
  }
}

async function applyPrepared(
  db: SentinelleDb,
  plan: RestorePlan,
  options: ApplyOptions,
  prepared: Prepared
): Promise<RestoreResult> {
  const vault = vaultOf(db)
  try {
    await db.transaction(
      'rw',
      ALL_TABLES.map((t) => db.table(t)),
      async (tx) => {
        const counters = (await db.meta.get('counters')) as CountersMetaRow | undefined
        if (
          (counters?.rev ?? 0) !== plan.baseRev ||
          !!(await db.meta.get('keyring')) !== vault.encrypted ||
          // Rows as stored (in clear, or sealed for the backup's keyring) never go into a
          // register that got its own passphrase since the plan (setting one keeps the rev).
          (plan.asIs && vault.encrypted)
        ) {
          throw new BackupError('invalid', '', {
            fr: 'Le registre a changé pendant la préparation : rien n’a été écrit, recommencez.',
            en: 'The register changed while this was prepared: nothing was written, start again.'
          })
        }
        for (const id of prepared.clearIds) {
          const attachmentIds = await db.attachments.where('incidentId').equals(id).primaryKeys()
          await db.attachmentBlobs.bulkDelete(attachmentIds)
          await db.attachments.bulkDelete(attachmentIds)
          await db.history.where('incidentId').equals(id).delete()
          await db.summaries.delete(id)
          await db.contents.delete(id)
          await db.incidents.delete(id)
        }
        await db.tombstones.bulkDelete(prepared.dropTombstones)
        // An incident this merge erases keeps no conflicts (a replaced one keeps this register's)
        // and loses its key (crypto-shredding; a replaced one keeps it: its records use it).
        const taken = new Set(prepared.incidents.map((r) => r.id))
        for (const id of prepared.clearIds) {
          if (taken.has(id)) continue
          await db.conflicts.where('incidentId').equals(id).delete()
          await db.incidentKeys.delete(id)
        }
        let maxRev = Math.max(counters?.rev ?? 0, plan.backup.meta.rev)
        for (const r of prepared.incidents) maxRev = Math.max(maxRev, r.rev)
        for (const t of prepared.tombstones) maxRev = Math.max(maxRev, t.rev)
        let refs = Math.max(counters?.lastRefNumber ?? 0, plan.backup.meta.lastRefNumber)
        for (const r of prepared.incidents) refs = Math.max(refs, r.refNumber)
        // A fresh counters row: other counts kept in it are recomputed when absent.
        const meta: unknown[] = [{ key: 'counters', lastRefNumber: refs, rev: maxRev + 1 }]
        if (plan.adoptKeyring && plan.backup.keyring) {
          // Stored rows and the backup's JSON rows have the same envelope keys (clear, iv, ik).
          const rowsOf = (table: JsonTable, rows: readonly object[]) =>
            prepared.fromJson[table]?.rows ?? rows
          const anyClear = [
            rowsOf('contents', prepared.contents),
            rowsOf('summaries', prepared.summaries)
          ].some((rows) => rows.some((r) => 'clear' in r))
          // Records of a format 1 backup (register v3) are under the data key: the next unlock
          // re-seals them per incident (vault.ts migrate).
          const incidentRows: (readonly object[])[] = [
            rowsOf('contents', prepared.contents),
            rowsOf('summaries', prepared.summaries),
            rowsOf('history', prepared.history),
            rowsOf('attachments', prepared.attachments),
            prepared.blobs,
            rowsOf('conflicts', prepared.conflicts)
          ]
          const allMarked = incidentRows.every((rows) => rows.every((r) => 'ik' in r))
          meta.push({
            key: 'keyring',
            keyring: keyringFromJson(plan.backup.keyring),
            migration: anyClear ? 'running' : 'done',
            ...(allMarked ? { incidentKeys: 'done' as const } : {})
          })
        }
        const table = (name: JsonTable, rows: readonly object[]) => {
          const json = prepared.fromJson[name]
          return json ? ([name, json.rows, json.stored] as const) : ([name, rows] as const)
        }
        await writeRows(
          tx.idbtrans,
          [
            table('incidentKeys', prepared.incidentKeys),
            table('policies', prepared.policies),
            ['incidents', prepared.incidents],
            table('contents', prepared.contents),
            table('summaries', prepared.summaries),
            table('history', prepared.history),
            table('attachments', prepared.attachments),
            ['attachmentBlobs', prepared.blobs],
            ['tombstones', prepared.tombstones],
            ['settings', prepared.settings],
            table('conflicts', prepared.conflicts),
            ['meta', meta]
          ],
          options
        )
        if (options.signal?.aborted) throw abortedError()
      }
    )
  } catch (error) {
    throw toDbError(error)
  }
  reloadRegisterCache(db)
  signalTablesChanged(db, ALL_TABLES)
  const taken = new Set(prepared.incidents.map((r) => r.id))
  const replacedIds = new Set(prepared.clearIds.filter((id) => taken.has(id)))
  return {
    added: prepared.incidents.length - replacedIds.size,
    replaced: replacedIds.size,
    erased: prepared.clearIds.length - replacedIds.size,
    renumbered: prepared.renumbered,
    settingsRestored: prepared.settings.length,
    reloadRequired: plan.adoptKeyring
  }
}

async function prepare(
  db: SentinelleDb,
  plan: RestorePlan,
  options: ApplyOptions
): Promise<Prepared> {
  const { backup } = plan
  const clear = backup.clear!
  const vault = vaultOf(db)
  const asIs = plan.asIs
  const out: Prepared = {
    incidents: [],
    contents: [],
    summaries: [],
    policies: [],
    history: [],
    attachments: [],
    blobs: [],
    tombstones: [],
    conflicts: [],
    incidentKeys: [],
    settings: [],
    clearIds: [],
    dropTombstones: [],
    renumbered: [],
    fromJson: {}
  }
  const take = new Set<string>()
  /** The backup's tombstones that go in (their Art. 33(5) entries converted at the end). */
  const tombstones: TombstoneJson[] = []
  for (const d of plan.decisions) {
    const choice =
      d.action === 'conflict' ? (options.choices?.[d.id] ?? missingChoice(d.id)) : undefined
    if (d.action === 'add' || d.action === 'replace') take.add(d.id)
    if (d.action === 'replace') out.clearIds.push(d.id)
    if (d.action === 'erase') {
      out.clearIds.push(d.id)
      tombstones.push(d.tombstone)
    }
    if (d.action === 'conflict' && choice === 'backup') {
      if (d.conflict.kind === 'erased-there') {
        out.clearIds.push(d.id)
        tombstones.push(backup.tables.tombstones.find((t) => t.id === d.id)!)
      } else {
        take.add(d.id)
        if (d.conflict.kind === 'both-changed') out.clearIds.push(d.id)
        else out.dropTombstones.push(d.id)
      }
    }
  }
  // Backup tombstones of incidents unknown here travel along (replication needs them).
  const known = new Set([
    ...(await db.incidents.toCollection().primaryKeys()),
    ...(await db.tombstones.toCollection().primaryKeys())
  ])
  for (const tomb of backup.tables.tombstones) if (!known.has(tomb.id)) tombstones.push(tomb)

  const step = (done: number, total: number) => {
    checkAborted(options.signal)
    options.onProgress?.({ phase: 'prepare', done, total })
  }
  if (asIs) {
    // Empty register: rows exactly as in the backup (sealed ones with the adopted keyring).
    const t = backup.tables
    out.incidents = t.incidents as IncidentIndexRow[]
    // Turned into stored rows batch by batch as they are written (Prepared.fromJson).
    const envelopeRow = (row: object): object => {
      const { rest, envelope } = splitRow(row)
      return { ...rest, ...jsonToEnvelope(envelope as { clear: unknown } | SealedJson) }
    }
    out.fromJson = {
      contents: { rows: t.contents, stored: envelopeRow },
      summaries: { rows: t.summaries, stored: envelopeRow },
      policies: { rows: t.policies, stored: envelopeRow },
      history: { rows: t.history, stored: envelopeRow },
      attachments: { rows: t.attachments, stored: envelopeRow },
      conflicts: { rows: t.conflicts, stored: envelopeRow },
      incidentKeys: {
        rows: t.incidentKeys,
        stored: (json): IncidentKeyRow => {
          const row = json as IncidentKeyRowJson
          return {
            id: row.id,
            iv: fromCheckedBase64(row.iv)!,
            ciphertext: fromCheckedBase64(row.ciphertext)!.buffer,
            createdAt: row.createdAt
          }
        }
      }
    }
    out.tombstones = tombstones.map(({ art33, ...rest }) =>
      art33 ? { ...rest, art33: jsonToEnvelope(art33) } : rest
    ) as TombstoneRow[]
    for (const [i, row] of t.blobs.entries()) {
      const { stored } = await backup.attachmentBytes(row.id)
      const bytes = new Uint8Array(stored)
      out.blobs.push(
        'iv' in row
          ? {
              id: row.id,
              iv: fromBase64(row.iv)!,
              ciphertext: bytes.buffer,
              ...(row.ik !== undefined ? { ik: row.ik } : {})
            }
          : { id: row.id, clear: new Blob([bytes], { type: row.clear.type }) }
      )
      step(i + 1, t.blobs.length)
    }
    out.settings = await restorableSettings(db, t.settings, clear.settings, true)
    return out
  }

  // Merge, or an encrypted register: every record re-sealed with this register's key.
  const writer = await db.meta.get('seat')
  const localRefs = new Map((await db.incidents.toArray()).map((r) => [r.reference, r.id]))
  for (const id of out.clearIds)
    for (const [ref, rid] of localRefs) if (rid === id) localRefs.delete(ref)
  let nextRef = Math.max(
    ((await db.meta.get('counters')) as CountersMetaRow | undefined)?.lastRefNumber ?? 0,
    ...[...localRefs.keys()].map(referenceNumber),
    ...backup.tables.incidents.map((r) => r.refNumber)
  )
  const lastHistory = await db.history.orderBy(':id').last()
  let historyId = lastHistory?.id ?? 0
  const rowsById = new Map(backup.tables.incidents.map((r) => [r.id, r]))
  const historyByIncident = new Map<string, typeof backup.tables.history>()
  for (const h of backup.tables.history) {
    const list = historyByIncident.get(h.incidentId) ?? []
    list.push(h)
    historyByIncident.set(h.incidentId, list)
  }
  const attachmentsByIncident = new Map<string, typeof backup.tables.attachments>()
  for (const a of backup.tables.attachments) {
    const list = attachmentsByIncident.get(a.incidentId) ?? []
    list.push(a)
    attachmentsByIncident.set(a.incidentId, list)
  }
  const localAttachmentOwner = new Map<string, string>()
  for (const a of await db.attachments.toArray()) localAttachmentOwner.set(a.id, a.incidentId)
  let n = 0
  for (const id of take) {
    const row = rowsById.get(id)!
    let incident = clear.contents.get(id)!
    const clash = localRefs.get(incident.reference)
    if (clash !== undefined && clash !== id) {
      nextRef++
      const reference = `INC-${String(nextRef).padStart(4, '0')}`
      out.renumbered.push({ id, from: incident.reference, to: reference })
      incident = { ...incident, reference }
    }
    localRefs.set(incident.reference, id)
    const index: IncidentIndexRow = {
      ...toIndexRow(incident, row as IncidentIndexRow, row.rev, undefined),
      ...(row.contentRev === undefined ? {} : { contentRev: row.contentRev }),
      ...(row.writer
        ? { writer: row.writer }
        : writer && writer.key === 'seat'
          ? { writer: writer.writer }
          : {})
    }
    out.incidents.push(index)
    // Its own key (a replaced incident keeps the one it has here), written with the records.
    const staged = await vault.stageIncidentKey(id)
    if (staged) out.incidentKeys.push(staged)
    out.contents.push({ id, ...(await vault.seal('contents', id, incident, id)) })
    out.summaries.push({ id, ...(await vault.seal('summaries', id, summaryText(incident), id)) })
    // History ids are renumbered here; a staged removal points at its entry by id.
    const historyIds = new Map<number, number>()
    for (const h of (historyByIncident.get(id) ?? []).sort((a, b) => a.id - b.id)) {
      const newId = ++historyId
      historyIds.set(h.id, newId)
      out.history.push({
        ...withoutEnvelope(h),
        id: newId,
        ...(await vault.seal('history', String(newId), clear.history.get(h.id)!, id))
      } as HistoryRow)
    }
    for (const a of attachmentsByIncident.get(id) ?? []) {
      const owner = localAttachmentOwner.get(a.id)
      if (owner !== undefined && owner !== id && !out.clearIds.includes(owner)) {
        throw new BackupError('invalid', `tables/attachments.json: ${a.id}`, {
          fr: 'Cette pièce jointe appartient ici à un autre incident.',
          en: 'This attachment belongs to another incident here.'
        })
      }
      const secret = clear.attachments.get(a.id)!
      const { plain } = await backup.attachmentBytes(a.id)
      out.attachments.push({
        id: a.id,
        incidentId: a.incidentId,
        // The media type travels sealed with the name (a clear copy from older rows is dropped).
        size: a.size,
        addedAt: a.addedAt,
        ...(a.removedAt === undefined ? {} : { removedAt: a.removedAt }),
        ...(a.removalHistoryId !== undefined && historyIds.has(a.removalHistoryId)
          ? { removalHistoryId: historyIds.get(a.removalHistoryId) }
          : {}),
        ...(await vault.seal('attachments', a.id, secret, id))
      })
      const bytes = new Blob([new Uint8Array(plain!)], { type: secret.type })
      out.blobs.push({ id: a.id, ...(await vault.sealBlob(a.id, bytes, id)) })
    }
    step(++n, take.size)
  }
  // Policies: added when unknown here, replaced when the backup's copy was updated later.
  const localPolicies = new Map((await db.policies.toArray()).map((p) => [p.id, p]))
  for (const p of backup.tables.policies) {
    const mine = localPolicies.get(p.id)
    if (mine && mine.updatedAt >= p.updatedAt) continue
    const policy: Policy = clear.policies.get(p.id)!
    out.policies.push({
      id: p.id,
      kind: p.kind,
      archived: p.archived,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      ...(await vault.seal('policies', p.id, policy))
    })
  }
  // Saved conflicts of the incidents that take the backup's version; this register's stay.
  const localConflicts = new Set(await db.conflicts.toCollection().primaryKeys())
  for (const c of backup.tables.conflicts) {
    if (!take.has(c.incidentId) || localConflicts.has(c.id)) continue
    out.conflicts.push({
      ...withoutEnvelope(c),
      ...(await vault.seal('conflicts', c.id, clear.conflicts.get(c.id)!, c.incidentId))
    } as ConflictRow)
  }
  for (const tomb of tombstones) {
    const { art33: _a, ...rest } = tomb
    const entry = clear.art33.get(tomb.id)
    out.tombstones.push(
      entry ? { ...rest, art33: await vault.seal('tombstones', tomb.id, entry) } : rest
    )
  }
  if (plan.mode === 'empty') {
    out.settings = await restorableSettings(db, backup.tables.settings, clear.settings, false)
  }
  return out
}

/**
 * Settings this version knows and that validate; the rest is left out. A personal setting
 * (settings.ts SEALED_SETTING_KEYS) is validated on its opened value, then either kept as stored
 * (`asIs`: the register adopts the backup's key) or sealed again with this register's key.
 */
async function restorableSettings(
  db: SentinelleDb,
  rows: BackupTables['settings'],
  opened: Map<string, unknown>,
  asIs: boolean
): Promise<{ key: string; value: unknown }[]> {
  const schemas: Record<string, z.ZodType> = {
    ...SETTING_SCHEMAS,
    [BACKUP_SETTING_KEY]: BackupSettingsSchema
  }
  const out: { key: string; value: unknown }[] = []
  for (const row of rows) {
    const schema = Object.hasOwn(schemas, row.key) ? schemas[row.key] : undefined
    const envelope = isSealedSetting(row.key) ? settingEnvelope(row.value) : undefined
    const parsed = schema?.safeParse(envelope ? opened.get(row.key) : row.value)
    if (!parsed?.success) continue
    if (!isSealedSetting(row.key)) out.push({ key: row.key, value: parsed.data })
    else if (asIs && envelope && !('clear' in envelope)) {
      out.push({ key: row.key, value: jsonToEnvelope(envelope) })
    } else {
      out.push({ key: row.key, value: await vaultOf(db).seal('settings', row.key, parsed.data) })
    }
  }
  return out
}

/* ------------------------------------------------------------------------------------------ */
/* Case file                                                                                   */

async function policiesOf(db: SentinelleDb, incident: Incident): Promise<Policy[]> {
  const ids = new Set([
    ...incident.policyIds,
    ...incident.timeline.flatMap((e) => (e.policyId ? [e.policyId] : []))
  ])
  const out: Policy[] = []
  for (const id of ids) {
    const row = await db.policies.get(id)
    if (row) out.push(await openPolicyRow(db, row))
  }
  return out
}

async function loadIncident(db: SentinelleDb, id: string): Promise<Incident> {
  await ready(db)
  const content = await db.contents.get(id)
  if (!content) throw new SentinelleDbError({ kind: 'not-found', id })
  return vaultOf(db).open<Incident>('contents', id, content)
}

/** The one-incident JSON file the CLI reads (`npm run assess`, `render`). */
export async function exportIncidentFile(db: SentinelleDb, id: string): Promise<IncidentFile> {
  const incident = await loadIncident(db, id)
  return incidentFileOf(incident, await policiesOf(db, incident))
}

/** Parses an incident JSON text (BOM allowed, older formats migrated) with the shared schemas. */
export function parseIncidentJson(text: string): ParseResult {
  let json: unknown
  try {
    json = parseJson(text.replace(/^\uFEFF/, ''), '')
  } catch (error) {
    const message =
      error instanceof BackupError
        ? error.detail
        : { fr: 'JSON illisible.', en: 'Unreadable JSON.' }
    return { ok: false, errors: [{ path: '', message }] }
  }
  return parseIncidentFile(migrateIncidentFile(json))
}

export async function exportCaseFile(
  db: SentinelleDb,
  id: string,
  options: { passphrase?: string; iterations?: number; now?: string } = {}
): Promise<{ blob: Blob; fileName: string }> {
  const incident = await loadIncident(db, id)
  const attachments: { meta: CaseAttachment; bytes: Uint8Array | Blob }[] = []
  for (const row of await db.attachments.where('incidentId').equals(id).sortBy('addedAt')) {
    const meta = await openAttachmentRow(db, row)
    const blobRow = await db.attachmentBlobs.get(row.id)
    if (!blobRow) throw new SentinelleDbError({ kind: 'not-found', id: row.id })
    const { incidentId: _drop, ...caseMeta } = meta
    attachments.push({
      meta: caseMeta,
      bytes: await vaultOf(db).openBlob(row.id, blobRow, meta.type)
    })
  }
  const history: CaseHistoryEntry[] = []
  for (const row of await db.history.where('incidentId').equals(id).sortBy('id')) {
    const { id: _id, incidentId: _inc, ...entry } = await openHistoryRow(db, row)
    history.push(entry)
  }
  const at = options.now ?? new Date().toISOString()
  const blob = await packCaseFile({
    appVersion: appVersionOf(db),
    createdAt: at,
    file: incidentFileOf(incident, await policiesOf(db, incident)),
    attachments,
    history,
    passphrase: options.passphrase,
    iterations: options.iterations
  })
  const safeRef = incident.reference.replace(/[^A-Za-z0-9-]/g, '_').slice(0, 40)
  return { blob, fileName: `${safeRef}-dossier.sentinelle-case` }
}

/**
 * Imports a case file as one incident. Its id and reference are kept when free here; otherwise it
 * comes in as a copy with a new id, a new reference and new attachment ids. One transaction,
 * after every check (checksums, schemas, each attachment's SHA-256).
 */
export async function importCaseFile(
  db: SentinelleDb,
  source: Blob | ByteSource,
  options: { passphrase?: string; signal?: AbortSignal; now?: string } = {}
): Promise<{ id: string; reference: string; copied: boolean }> {
  await ready(db)
  const vault = vaultOf(db)
  if (vault.status() === 'locked') throw new SentinelleDbError({ kind: 'locked' })
  const opened = await openCaseFile(source instanceof Blob ? blobSource(source) : source, {
    passphrase: options.passphrase
  })
  const at = options.now ?? new Date().toISOString()
  let incident = opened.file.incident
  const taken =
    (await db.incidents.get(incident.id)) !== undefined ||
    (await db.tombstones.get(incident.id)) !== undefined
  const refTaken =
    (await db.incidents.where('reference').equals(incident.reference).first()) !== undefined
  const copied = taken || refTaken
  const idMap = new Map<string, string>()
  for (const a of opened.attachments) {
    idMap.set(a.id, taken || (await db.attachments.get(a.id)) ? crypto.randomUUID() : a.id)
  }
  const counters = (await db.meta.get('counters')) as CountersMetaRow | undefined
  const last = await db.incidents.orderBy('refNumber').last()
  const refNumber = Math.max(counters?.lastRefNumber ?? 0, last?.refNumber ?? 0) + 1
  if (copied) {
    incident = {
      ...incident,
      id: taken ? crypto.randomUUID() : incident.id,
      reference: refTaken ? `INC-${String(refNumber).padStart(4, '0')}` : incident.reference,
      evidence: incident.evidence.map((e) =>
        e.attachmentId ? { ...e, attachmentId: idMap.get(e.attachmentId) ?? e.attachmentId } : e
      )
    }
  }
  try {
    return await writeCaseFile(db, opened, incident, copied, idMap, at, options.signal)
  } finally {
    // A key staged for it waits in the cache until written: dropped if the write failed.
    vault.forgetIncidentKeys()
  }
}

async function writeCaseFile(
  db: SentinelleDb,
  opened: Awaited<ReturnType<typeof openCaseFile>>,
  incident: Incident,
  copied: boolean,
  idMap: Map<string, string>,
  at: string,
  signal: AbortSignal | undefined
): Promise<{ id: string; reference: string; copied: boolean }> {
  const vault = vaultOf(db)
  const id = incident.id
  // A new incident here: a new key of its own (an encrypted register), written with it.
  const staged = await vault.stageIncidentKey(id)
  // Everything read, checked and sealed before the transaction.
  const attachments: AttachmentRow[] = []
  const blobs: AttachmentBlobRow[] = []
  for (const a of opened.attachments) {
    checkAborted(signal)
    const bytes = await opened.attachmentBytes(a.id)
    const newId = idMap.get(a.id)!
    attachments.push({
      id: newId,
      incidentId: id,
      size: a.size,
      addedAt: a.addedAt,
      ...(await vault.seal(
        'attachments',
        newId,
        { name: a.name, type: a.type, sha256: a.sha256 },
        id
      ))
    })
    const blob = new Blob([new Uint8Array(bytes)], { type: a.type })
    blobs.push({ id: newId, ...(await vault.sealBlob(newId, blob, id)) })
  }
  const content = await vault.seal('contents', id, incident, id)
  const summary = await vault.seal('summaries', id, summaryText(incident), id)
  const policies: PolicyRow[] = []
  for (const policy of opened.file.policies) {
    if (await db.policies.get(policy.id)) continue
    policies.push({
      id: policy.id,
      kind: policy.kind,
      archived: 0,
      createdAt: at,
      updatedAt: at,
      ...(await vault.seal('policies', policy.id, policy))
    })
  }
  const entries: CaseHistoryEntry[] = [
    ...opened.history,
    { kind: 'imported', at, lastAt: at, changes: [], note: opened.file.incident.reference }
  ]
  checkAborted(signal)
  try {
    await db.transaction(
      'rw',
      ALL_TABLES.map((t) => db.table(t)),
      async () => {
        if (await db.incidents.get(id)) throw new SentinelleDbError({ kind: 'invalid', errors: [] })
        if (staged) await db.incidentKeys.add(staged)
        const c = (await db.meta.get('counters')) as CountersMetaRow | undefined
        const rev = (c?.rev ?? 0) + 1
        const refs = Math.max(c?.lastRefNumber ?? 0, referenceNumber(incident.reference))
        await db.meta.put({
          ...(c ?? { key: 'counters' }),
          key: 'counters',
          lastRefNumber: refs,
          rev
        })
        const seat = await db.meta.get('seat')
        await db.incidents.add({
          ...toIndexRow(incident, undefined, rev, undefined),
          ...(seat && seat.key === 'seat' ? { writer: seat.writer } : {})
        })
        await db.contents.add({ id, ...content })
        await db.summaries.add({ id, ...summary })
        await db.policies.bulkAdd(policies)
        await db.attachments.bulkAdd(attachments)
        await db.attachmentBlobs.bulkAdd(blobs)
        for (const entry of entries) {
          const placeholder: HistoryRow = {
            incidentId: id,
            kind: entry.kind,
            at: entry.at,
            lastAt: entry.lastAt,
            clear: { changes: [] }
          }
          const historyId = (await db.history.add(placeholder)) as number
          const secret =
            entry.note === undefined
              ? { changes: entry.changes }
              : { changes: entry.changes, note: entry.note }
          await db.history.put({
            id: historyId,
            incidentId: id,
            kind: entry.kind,
            at: entry.at,
            lastAt: entry.lastAt,
            ...(await vault.seal('history', String(historyId), secret, id))
          })
        }
      }
    )
  } catch (error) {
    throw toDbError(error)
  }
  reloadRegisterCache(db)
  return { id, reference: incident.reference, copied }
}

/* ------------------------------------------------------------------------------------------ */
/* Reminder                                                                                    */

export const BACKUP_SETTING_KEY = 'backup'
export const DEFAULT_REMINDER_DAYS = 7
export const BackupSettingsSchema = z.strictObject({
  reminderDays: z.number().int().min(1).max(365),
  lastBackupAt: z.iso.datetime({ offset: true }).optional()
})
export type BackupSettings = z.infer<typeof BackupSettingsSchema>

export async function getBackupSettings(db: SentinelleDb): Promise<BackupSettings> {
  await ready(db)
  const row = await db.settings.get(BACKUP_SETTING_KEY)
  const parsed = BackupSettingsSchema.safeParse(row?.value)
  return parsed.success ? parsed.data : { reminderDays: DEFAULT_REMINDER_DAYS }
}

export async function saveBackupSettings(
  db: SentinelleDb,
  settings: BackupSettings
): Promise<void> {
  const value = BackupSettingsSchema.parse(settings)
  await ready(db)
  await db.settings.put({ key: BACKUP_SETTING_KEY, value })
}

export async function recordBackupDone(
  db: SentinelleDb,
  at = new Date().toISOString()
): Promise<void> {
  const current = await getBackupSettings(db)
  await saveBackupSettings(db, { ...current, lastBackupAt: at })
}

/** Whether to remind: a register with incidents whose last backup is older than N days. */
export function isBackupDue(settings: BackupSettings, incidentCount: number, now: string): boolean {
  if (incidentCount === 0) return false
  if (!settings.lastBackupAt) return true
  return Date.parse(now) - Date.parse(settings.lastBackupAt) >= settings.reminderDays * 86_400_000
}

export async function backupReminderDue(
  db: SentinelleDb,
  now = new Date().toISOString()
): Promise<boolean> {
  await ready(db)
  // The counters row, not a count() of the whole index: this runs on every screen change.
  return isBackupDue(await getBackupSettings(db), rowCount(await readCounts(db)), now)
}

/** For tests and tools: a bytes view of a file. */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer())
}

export { sha256Hex }
