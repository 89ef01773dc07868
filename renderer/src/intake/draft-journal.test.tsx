import { afterEach, describe, expect, it } from 'vitest'

import { createEmptyIncident } from '@shared/model'

import { clearJournal, readJournal, writeJournal } from './draft-journal'

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
})
