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

/** Seals and opens journal texts with the register's key (set while unlocked). */
export type JournalCipher = {
  seal(id: string, text: string): Promise<{ iv: string; ciphertext: string }>
  open(id: string, sealed: { iv: string; ciphertext: string }): Promise<string>
}

type SealedEntry = { savedAt: number; iv: string; ciphertext: string }

let cipher: JournalCipher | undefined
/** Decrypted journals while unlocked: readJournal must stay synchronous. */
const memory = new Map<string, JournalEntry>()

function isJournalEntry(value: Partial<JournalEntry>, id: string): value is JournalEntry {
  return (
    typeof value.savedAt === 'number' &&
    typeof value.incident === 'object' &&
    value.incident !== null &&
    value.incident.id === id
  )
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
      const value: SealedEntry = { savedAt: entry.savedAt, ...sealed }
      storage()?.setItem(PREFIX + id, JSON.stringify(value))
    })
    .catch(() => {
      // Locked meanwhile or storage full: the database autosave still runs.
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
      if (typeof parsed.ciphertext === 'string' && typeof parsed.iv === 'string') {
        const entry = JSON.parse(
          await next.open(id, { iv: parsed.iv, ciphertext: parsed.ciphertext })
        ) as Partial<JournalEntry>
        if (isJournalEntry(entry, id)) memory.set(id, entry)
      } else if (isJournalEntry(parsed, id)) {
        const entry = { savedAt: parsed.savedAt, incident: parsed.incident }
        memory.set(id, entry)
        writeSealed(entry)
      }
    } catch {
      // A journal that does not open (damaged) is dropped: the database copy stands.
      storage()?.removeItem(PREFIX + id)
    }
  }
}

export function writeJournal(incident: Incident, savedAt = Date.now()): void {
  try {
    if (cipher) {
      const entry = { savedAt, incident }
      memory.set(incident.id, entry)
      writeSealed(entry)
      return
    }
    storage()?.setItem(PREFIX + incident.id, JSON.stringify({ savedAt, incident }))
  } catch {
    // Full or disabled localStorage: the database autosave still runs, only the net is gone.
  }
}

export function readJournal(id: string): JournalEntry | undefined {
  if (cipher) return memory.get(id)
  try {
    const raw = storage()?.getItem(PREFIX + id)
    if (!raw) return undefined
    const entry = JSON.parse(raw) as Partial<JournalEntry>
    if (!isJournalEntry(entry, id)) return undefined
    return { savedAt: entry.savedAt, incident: entry.incident }
  } catch {
    return undefined
  }
}

export function clearJournal(id: string, ifSavedAt?: number): void {
  try {
    if (ifSavedAt !== undefined && readJournal(id)?.savedAt !== ifSavedAt) return
    memory.delete(id)
    storage()?.removeItem(PREFIX + id)
  } catch {
    // Nothing to do: a stale journal older than the database is ignored on load.
  }
}
