import { describe, expect, it } from 'vitest'

import { createEmptyIncident } from '@shared/model'

import { conflictGroups, mergeVersions } from './ConflictPanel'

const base = createEmptyIncident({
  id: 'inc-1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

describe('the conflict screen', () => {
  const theirs = {
    ...base,
    status: 'open' as const,
    updatedAt: '2026-11-25T11:00:00Z',
    title: 'Leur titre',
    narrative: 'Même récit'
  }
  const mine = {
    ...base,
    title: 'Mon titre',
    narrative: 'Même récit',
    data: { ...base.data, categories: ['health' as const] }
  }

  it('lists only the fields that differ and that a save writes (not status or dates)', () => {
    const groups = conflictGroups(theirs, mine)
    expect(groups.map((g) => g.field)).toEqual(['title', 'data'])
    expect(groups[0]!.changes).toEqual([
      { path: 'title', before: 'Leur titre', after: 'Mon titre' }
    ])
  })

  it('merges field by field: the other version with the fields picked from mine', () => {
    const merged = mergeVersions(theirs, mine, new Set(['data']))
    expect(merged.title).toBe('Leur titre')
    expect(merged.data.categories).toEqual(['health'])
    expect(conflictGroups(merged, mine).map((g) => g.field)).toEqual(['title'])
  })
})
