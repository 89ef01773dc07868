/**
 * A synchronous copy of the draft being typed, in localStorage, written on every change.
 *
 * IndexedDB writes are asynchronous: a crash, a killed process or a window closed in the
 * 600 ms before the debounced autosave would lose the last words. localStorage is written
 * synchronously, so the last keystroke survives; on the next open the journal is replayed
 * into the database when it is newer than what the database holds, then removed.
 *
 * Encrypted register: the journal holds the same confidential text as the database, so it is
 * sealed with the register's key (AES-GCM, see setJournalCipher). Sealing is asynchronous but
 * takes well under a millisecond, against the 600 ms the debounced autosave waits; the latest
 * copy is also kept in memory while unlocked so that readJournal stays synchronous, and that
 * memory is emptied on lock.
 *
 * Format (JOURNAL_VERSION 2): `{ v: 2, savedAt, baseRev?, incident }` in clear, or
 * `{ v: 2, savedAt, iv, ciphertext }` sealed (the same JSON inside). `baseRev` is the register
 * revision the typing started from, so a replay over a newer save is a conflict shown to the
 * user (renderer/src/db saveIncident), never an overwrite. An entry without `v` is version 1
 * (`{ savedAt, incident }`, no base). An entry of an unknown version (a newer app wrote it) is
 * never applied nor overwritten: it is moved aside under KEPT_PREFIX and reported.
 *
 * A full localStorage (QuotaExceededError) is reported through journalStatus() /
 * subscribeJournalStatus(), so the UI can tell the user that the safety copy is not written.
 */
import type { Incident } from '@shared/model'

const PREFIX = 'sentinelle.draft-journal.'
/** Entries of an unknown format version, kept as they were for a newer app to read. */
const KEPT_PREFIX = 'sentinelle.draft-journal-kept.'
export const JOURNAL_VERSION = 2

/**
 * When this page (tab, window) loaded: an entry written before it was left by a closed or
 * crashed page, one written since by this page's own intake (which saves and clears it).
 */
export const SESSION_STARTED_AT = Date.now()

export type JournalEntry = { savedAt: number; incident: Incident; baseRev?: number }

/** 'full': the last write did not fit in localStorage; 'ok' again after one that did. */
export type JournalStatus = 'ok' | 'full' | 'unavailable'
let status: JournalStatus = 'ok'
const statusListeners = new Set<() => void>()

function setStatus(next: JournalStatus): void {
  if (next === status) return
  status = next
  for (const listener of [...statusListeners]) listener()
}

export function journalStatus(): JournalStatus {
  return status
}

export function subscribeJournalStatus(listener: () => void): () => void {
  statusListeners.add(listener)
  return () => statusListeners.delete(listener)
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: unknown }).name
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** setItem that reports a full storage instead of failing silently. */
function store(key: string, value: string): void {
  const target = storage()
  if (!target) {
    setStatus('unavailable')
    return
  }
  try {
    target.setItem(key, value)
    setStatus('ok')
  } catch (error) {
    setStatus(isQuota(error) ? 'full' : 'unavailable')
  }
}

/** The format version of a raw entry: 1 when absent (the first format). */
function versionOf(parsed: Record<string, unknown>): unknown {
  return 'v' in parsed ? parsed.v : 1
}

function isKnownVersion(version: unknown): boolean {
  return version === 1 || version === JOURNAL_VERSION
}

/** Moves an entry of an unknown version aside (once), so that this app's typing has a place. */
function keepAside(id: string, raw: string): void {
  const target = storage()
  if (!target) return
  if (target.getItem(KEPT_PREFIX + id) === null) store(KEPT_PREFIX + id, raw)
  if (target.getItem(KEPT_PREFIX + id) === raw) target.removeItem(PREFIX + id)
}

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** Seals and opens journal texts with the register's key (set while unlocked). */
export type JournalCipher = {
  seal(id: string, text: string): Promise<SealedText>
  open(id: string, sealed: SealedText): Promise<string>
}
/** `ik`: the incident whose key sealed it (register v4); absent = the register's data key. */
type SealedText = { iv: string; ciphertext: string; ik?: string }

type SealedEntry = { v?: number; savedAt: number } & SealedText

let cipher: JournalCipher | undefined
/** Decrypted journals while unlocked: readJournal must stay synchronous. */
const memory = new Map<string, JournalEntry>()

function isJournalEntry(value: Partial<JournalEntry>, id: string): value is JournalEntry {
  return (
    typeof value.savedAt === 'number' &&
    typeof value.incident === 'object' &&
    value.incident !== null &&
    value.incident.id === id &&
    (value.baseRev === undefined || typeof value.baseRev === 'number')
  )
}

/** The entry as callers see it (no format field). */
function entryOf(value: JournalEntry): JournalEntry {
  const entry: JournalEntry = { savedAt: value.savedAt, incident: value.incident }
  if (value.baseRev !== undefined) entry.baseRev = value.baseRev
  return entry
}

function serialise(entry: JournalEntry): string {
  return JSON.stringify({ v: JOURNAL_VERSION, ...entry })
}

function journalIds(): string[] {
  const store = storage()
  if (!store) return []
  const ids: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length))
  }
  return ids
}

function writeSealed(entry: JournalEntry): void {
  const current = cipher
  if (!current) return
  const id = entry.incident.id
  void current
    .seal(id, JSON.stringify(entry))
    .then((sealed) => {
      // A newer keystroke or a clear came meanwhile: that one wins.
      if (memory.get(id) !== entry) return
      const value: SealedEntry = { v: JOURNAL_VERSION, savedAt: entry.savedAt, ...sealed }
      store(PREFIX + id, JSON.stringify(value))
    })
    .catch(() => {
      // Locked meanwhile: the database autosave still runs.
    })
}

/**
 * Unlock: from now on journals are sealed; the existing ones are opened into memory (clear
 * ones written before set-up are sealed in place). Lock: `undefined` forgets them all.
 */
export async function setJournalCipher(next: JournalCipher | undefined): Promise<void> {
  cipher = next
  memory.clear()
  if (!next) return
  for (const id of journalIds()) {
    try {
      const raw = storage()?.getItem(PREFIX + id)
      if (!raw) continue
      const parsed = JSON.parse(raw) as Partial<JournalEntry & SealedEntry>
      if (!isKnownVersion(versionOf(parsed))) {
        keepAside(id, raw)
        continue
      }
      if (typeof parsed.ciphertext === 'string' && typeof parsed.iv === 'string') {
        const entry = JSON.parse(
          await next.open(id, {
            iv: parsed.iv,
            ciphertext: parsed.ciphertext,
            ...(typeof parsed.ik === 'string' ? { ik: parsed.ik } : {})
          })
        ) as Partial<JournalEntry>
        if (isJournalEntry(entry, id)) memory.set(id, entryOf(entry))
      } else if (isJournalEntry(parsed, id)) {
        const entry = entryOf(parsed)
        memory.set(id, entry)
        writeSealed(entry)
      }
    } catch {
      // A journal that does not open (damaged) is dropped: the database copy stands.
      storage()?.removeItem(PREFIX + id)
    }
  }
}

/**
 * Keeps `incident` as typed, synchronously; `baseRev` is the register revision the typing
 * started from. A full localStorage is reported through journalStatus().
 */
export function writeJournal(incident: Incident, savedAt = Date.now(), baseRev?: number): void {
  const entry: JournalEntry = { savedAt, incident }
  if (baseRev !== undefined) entry.baseRev = baseRev
  try {
    const raw = storage()?.getItem(PREFIX + incident.id)
    if (raw) {
      const parsed = JSON.parse(raw) as Record<string, unknown>
      if (!isKnownVersion(versionOf(parsed))) keepAside(incident.id, raw)
    }
  } catch {
    // A corrupt entry is simply replaced.
  }
  if (cipher) {
    memory.set(incident.id, entry)
    writeSealed(entry)
    return
  }
  store(PREFIX + incident.id, serialise(entry))
}

/**
 * After a save that reached the database at `rev`: the typing still in the journal (newer
 * than that save) now starts from `rev`, so a replay after a crash is not taken for a conflict.
 */
export function rebaseJournal(id: string, rev: number): void {
  const entry = readJournal(id)
  if (!entry || (entry.baseRev !== undefined && entry.baseRev >= rev)) return
  writeJournal(entry.incident, entry.savedAt, rev)
}

export function readJournal(id: string): JournalEntry | undefined {
  if (cipher) return memory.get(id)
  try {
    const raw = storage()?.getItem(PREFIX + id)
    if (!raw) return undefined
    const parsed = JSON.parse(raw) as Partial<JournalEntry> & Record<string, unknown>
    if (!isKnownVersion(versionOf(parsed)) || !isJournalEntry(parsed, id)) return undefined
    return entryOf(parsed)
  } catch {
    return undefined
  }
}

/**
 * The format version of a journal entry kept for this incident but not applied (written by
 * a newer version of the app), or undefined when there is none. The UI reports it.
 */
export function unappliedJournalVersion(id: string): unknown {
  try {
    for (const key of [PREFIX + id, KEPT_PREFIX + id]) {
      const raw = storage()?.getItem(key)
      if (!raw) continue
      const version = versionOf(JSON.parse(raw) as Record<string, unknown>)
      if (!isKnownVersion(version)) return version
    }
  } catch {
    // A corrupt entry is no kept version.
  }
  return undefined
}

/**
 * Removes the journal once the database holds what it had: only when it is still the entry
 * written at `ifSavedAt` (a newer keystroke stays). Without `ifSavedAt` (erasure, or the user
 * chose the other version) everything kept for the incident goes, including a kept entry of an
 * unknown version.
 */
export function clearJournal(id: string, ifSavedAt?: number): void {
  try {
    if (ifSavedAt !== undefined && readJournal(id)?.savedAt !== ifSavedAt) return
    memory.delete(id)
    storage()?.removeItem(PREFIX + id)
    if (ifSavedAt === undefined) storage()?.removeItem(KEPT_PREFIX + id)
  } catch {
    // Nothing to do: a stale journal older than the database is ignored on load.
  }
}
