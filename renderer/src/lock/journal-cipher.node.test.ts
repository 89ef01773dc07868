/**
 * The draft journal of an encrypted register: sealed in localStorage, in memory only unlocked.
 * Under Node (jsdom's typed arrays are not WebCrypto's), with an in-memory localStorage.
 */
import { afterEach, expect, it } from 'vitest'

import { createEmptyIncident } from '@shared/model'

import { fromBase64, openJson, sealJson, toBase64 } from '../crypto/seal'
import {
  clearJournal,
  readJournal,
  setJournalCipher,
  writeJournal,
  type JournalCipher
} from '../intake/draft-journal'

const incident = {
  ...createEmptyIncident({
    id: 'inc-1',
    reference: 'INC-0001',
    now: '2026-11-25T10:00:00Z',
    timeZone: 'Europe/Paris'
  }),
  narrative: 'Le dossier Hippocampe-Mandarine a fuité'
}

async function cipherWith(key: CryptoKey): Promise<JournalCipher> {
  return {
    async seal(id, text) {
      const sealed = await sealJson(key, 'journal', id, text)
      return { iv: toBase64(sealed.iv), ciphertext: toBase64(sealed.ciphertext) }
    },
    open: (id, sealed) =>
      openJson<string>(key, 'journal', id, {
        iv: fromBase64(sealed.iv),
        ciphertext: fromBase64(sealed.ciphertext).buffer
      })
  }
}

/** localStorage as the draft journal sees it (window.localStorage), in memory. */
class MemoryStorage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  clear() {
    this.items.clear()
  }
  values() {
    return [...this.items.values()]
  }
}
const localStorage = new MemoryStorage()
;(globalThis as { window?: unknown }).window = { localStorage }

const flush = () => new Promise((resolve) => setTimeout(resolve, 50))
const stored = () => localStorage.values().join('\n')

afterEach(async () => {
  await setJournalCipher(undefined)
  localStorage.clear()
})

it('seals the journal, keeps it readable while unlocked, forgets it on lock, reopens it', async () => {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt'
  ])
  const cipher = await cipherWith(key)
  await setJournalCipher(cipher)
  writeJournal(incident, 1_000)
  expect(readJournal('inc-1')?.incident.narrative).toBe(incident.narrative)
  await flush()
  expect(localStorage.length).toBe(1)
  expect(stored()).not.toContain('Hippocampe')

  await setJournalCipher(undefined)
  expect(readJournal('inc-1')).toBeUndefined()

  await setJournalCipher(cipher)
  expect(readJournal('inc-1')).toEqual({ savedAt: 1_000, incident })
  clearJournal('inc-1', 1_000)
  expect(localStorage.length).toBe(0)
})

it('seals a clear journal written before set-up, and drops one that does not open', async () => {
  writeJournal(incident, 1_000)
  expect(stored()).toContain('Hippocampe')
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt'
  ])
  await setJournalCipher(await cipherWith(key))
  await flush()
  expect(stored()).not.toContain('Hippocampe')
  expect(readJournal('inc-1')?.incident.narrative).toBe(incident.narrative)

  const otherKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt'
  ])
  await setJournalCipher(await cipherWith(otherKey))
  expect(readJournal('inc-1')).toBeUndefined()
  expect(localStorage.length).toBe(0)
})
