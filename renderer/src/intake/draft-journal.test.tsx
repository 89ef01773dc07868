import { afterEach, describe, expect, it, vi } from 'vitest'

import { createEmptyIncident } from '@shared/model'

import {
  JOURNAL_VERSION,
  clearJournal,
  journalStatus,
  readJournal,
  rebaseJournal,
  subscribeJournalStatus,
  unappliedJournalVersion,
  writeJournal
} from './draft-journal'

const incident = createEmptyIncident({
  id: 'inc-1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

describe('draft journal', () => {
  afterEach(() => localStorage.clear())

  it('keeps the last typed draft synchronously and gives it back by id', () => {
    writeJournal({ ...incident, narrative: 'mot à mot' }, 1_000)
    expect(readJournal('inc-1')).toEqual({
      savedAt: 1_000,
      incident: { ...incident, narrative: 'mot à mot' }
    })
    expect(readJournal('other')).toBeUndefined()
  })

  it('is cleared only by the save that wrote its own version', () => {
    writeJournal(incident, 1_000)
    writeJournal({ ...incident, title: 'newer' }, 2_000)
    clearJournal('inc-1', 1_000)
    expect(readJournal('inc-1')?.incident.title).toBe('newer')
    clearJournal('inc-1', 2_000)
    expect(readJournal('inc-1')).toBeUndefined()
  })

  it('ignores a corrupt or foreign entry instead of loading it', () => {
    localStorage.setItem('sentinelle.draft-journal.inc-1', '{not json')
    expect(readJournal('inc-1')).toBeUndefined()
    localStorage.setItem(
      'sentinelle.draft-journal.inc-1',
      JSON.stringify({ savedAt: 1, incident: { ...incident, id: 'inc-2' } })
    )
    expect(readJournal('inc-1')).toBeUndefined()
  })

  it('is versioned: an entry carries its format version and the revision it started from', () => {
    writeJournal({ ...incident, title: 'base 7' }, 1_000, 7)
    const raw = JSON.parse(localStorage.getItem('sentinelle.draft-journal.inc-1')!)
    expect(raw).toMatchObject({ v: JOURNAL_VERSION, savedAt: 1_000, baseRev: 7 })
    expect(readJournal('inc-1')).toMatchObject({ baseRev: 7, incident: { title: 'base 7' } })
    // After a save at revision 9, the typing still journaled starts from 9.
    rebaseJournal('inc-1', 9)
    expect(readJournal('inc-1')).toMatchObject({ savedAt: 1_000, baseRev: 9 })
  })

  it('still reads a version 1 entry (no version field, no base revision)', () => {
    localStorage.setItem(
      'sentinelle.draft-journal.inc-1',
      JSON.stringify({ savedAt: 5, incident: { ...incident, title: 'ancien format' } })
    )
    expect(readJournal('inc-1')).toEqual({
      savedAt: 5,
      incident: { ...incident, title: 'ancien format' }
    })
  })

  it('keeps an entry of an unknown version, never applies or overwrites it, reports it, and erasure clears it', () => {
    const future = JSON.stringify({ v: 99, savedAt: 5, payload: 'written by a newer app' })
    localStorage.setItem('sentinelle.draft-journal.inc-1', future)
    expect(readJournal('inc-1')).toBeUndefined()
    expect(unappliedJournalVersion('inc-1')).toBe(99)

    writeJournal({ ...incident, title: 'typed here' }, 2_000, 3)
    expect(readJournal('inc-1')?.incident.title).toBe('typed here')
    expect(unappliedJournalVersion('inc-1')).toBe(99)
    expect(Object.values({ ...localStorage })).toContain(future)

    // A save clears only this app's entry; erasure clears everything kept for the incident.
    clearJournal('inc-1', 2_000)
    expect(readJournal('inc-1')).toBeUndefined()
    expect(unappliedJournalVersion('inc-1')).toBe(99)
    clearJournal('inc-1')
    expect(unappliedJournalVersion('inc-1')).toBeUndefined()
    expect(localStorage.length).toBe(0)
  })

  it('reports a full localStorage, and recovers when a write fits again', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeJournalStatus(listener)
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    writeJournal(incident, 1_000)
    expect(journalStatus()).toBe('full')
    expect(listener).toHaveBeenCalledTimes(1)
    setItem.mockRestore()
    writeJournal(incident, 2_000)
    expect(journalStatus()).toBe('ok')
    expect(readJournal('inc-1')?.savedAt).toBe(2_000)
    unsubscribe()
  })
})
