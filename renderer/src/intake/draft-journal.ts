/**
 * A synchronous copy of the draft being typed, in localStorage, written on every change.
 *
 * IndexedDB writes are asynchronous: a crash, a killed process or a window closed in the
 * 600 ms before the debounced autosave would lose the last words. localStorage is written
 * synchronously, so the last keystroke survives; on the next open the journal is replayed
 * into the database when it is newer than what the database holds, then removed.
 *
 * When encryption at rest arrives, this journal must be encrypted with the register's key
 * (or dropped): it holds the same confidential text as the database.
 */
import type { Incident } from '@shared/model'

const PREFIX = 'sentinelle.draft-journal.'

export type JournalEntry = { savedAt: number; incident: Incident }

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

export function writeJournal(incident: Incident, savedAt = Date.now()): void {
  try {
    storage()?.setItem(PREFIX + incident.id, JSON.stringify({ savedAt, incident }))
  } catch {
    // Full or disabled localStorage: the database autosave still runs, only the net is gone.
  }
}

export function readJournal(id: string): JournalEntry | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + id)
    if (!raw) return undefined
    const entry = JSON.parse(raw) as Partial<JournalEntry>
    if (
      typeof entry.savedAt !== 'number' ||
      typeof entry.incident !== 'object' ||
      !entry.incident
    ) {
      return undefined
    }
    if (entry.incident.id !== id) return undefined
    return { savedAt: entry.savedAt, incident: entry.incident }
  } catch {
    return undefined
  }
}

export function clearJournal(id: string, ifSavedAt?: number): void {
  try {
    if (ifSavedAt !== undefined && readJournal(id)?.savedAt !== ifSavedAt) return
    storage()?.removeItem(PREFIX + id)
  } catch {
    // Nothing to do: a stale journal older than the database is ignored on load.
  }
}
