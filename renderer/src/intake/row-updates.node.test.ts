import { describe, expect, it } from 'vitest'

import { IncidentSchema, createEmptyIncident } from '@shared/model'

import { collectProblems, fieldKeyOf, stepOfKey } from './field-errors'
import {
  ROW_LISTS,
  addRow,
  blankRow,
  insertRow,
  removeRow,
  totalLossCents,
  updateRow
} from './row-updates'

const base = createEmptyIncident({
  id: 'i1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

describe('row updates', () => {
  it('adds a blank row of every list that the shared schema accepts', () => {
    let incident = base
    for (const list of ROW_LISTS) incident = addRow(list, blankRow(list, `${list}-1`))(incident)
    for (const list of ROW_LISTS) expect(incident[list]).toHaveLength(1)
    expect(IncidentSchema.safeParse(incident).success).toBe(true)
    // The original is untouched: every edit is a new object the autosave can see.
    expect(base.parties).toEqual([])
  })

  it('edits one row only, and removes an optional field rather than leaving it undefined', () => {
    let incident = addRow('parties', blankRow('parties', 'p1'))(base)
    incident = addRow('parties', blankRow('parties', 'p2'))(incident)
    incident = updateRow('parties', 'p2', { name: 'Cabinet Durand', contact: '01 23 45 67 89' })(
      incident
    )
    expect(incident.parties[0]).toEqual({ id: 'p1', role: 'client', name: '' })
    expect(incident.parties[1]).toEqual({
      id: 'p2',
      role: 'client',
      name: 'Cabinet Durand',
      contact: '01 23 45 67 89'
    })
    incident = updateRow('parties', 'p2', { contact: undefined, role: 'processor' })(incident)
    expect(incident.parties[1]).toEqual({ id: 'p2', role: 'processor', name: 'Cabinet Durand' })
    expect('contact' in incident.parties[1]!).toBe(false)
    expect(JSON.parse(JSON.stringify(incident)).parties[1]).toEqual(incident.parties[1])
  })

  it('removes the right row, and returns the same object when nothing changes', () => {
    let incident = addRow('measures', { id: 'm1', description: 'Mots de passe changés' })(base)
    incident = addRow('measures', { id: 'm2', description: 'Appareil effacé' })(incident)
    expect(removeRow('measures', 'm1')(incident).measures.map((m) => m.id)).toEqual(['m2'])
    expect(removeRow('measures', 'nope')(incident)).toBe(incident)
    expect(updateRow('measures', 'nope', { description: 'x' })(incident)).toBe(incident)
  })

  it('puts a removed row back at its place, once', () => {
    let incident = base
    for (const id of ['a', 'b', 'c']) incident = addRow('evidence', { id, label: id })(incident)
    const removed = incident.evidence[1]!
    const without = removeRow('evidence', 'b')(incident)
    const restored = insertRow('evidence', removed, 1)(without)
    expect(restored.evidence).toEqual(incident.evidence)
    expect(insertRow('evidence', removed, 1)(restored)).toBe(restored)
    expect(insertRow('evidence', { id: 'z', label: 'z' }, 99)(without).evidence.at(-1)!.id).toBe(
      'z'
    )
  })

  it('totals the estimated losses in cents', () => {
    let incident = addRow('estimatedLosses', { id: 'l1', kind: 'forensics', amountCents: 250050 })(
      base
    )
    incident = addRow('estimatedLosses', { id: 'l2', kind: 'device', amountCents: 129999 })(
      incident
    )
    expect(totalLossCents(incident)).toBe(380049)
  })
})

describe('row errors', () => {
  it('puts a shared schema error on its row by id and on the consequences step', () => {
    let incident = addRow('thirdPartyClaims', blankRow('thirdPartyClaims', 'c1'))(base)
    incident = addRow('thirdPartyClaims', blankRow('thirdPartyClaims', 'c2'))(incident)
    incident = updateRow('thirdPartyClaims', 'c2', { claimant: 'x'.repeat(301) })(incident)
    expect(fieldKeyOf('incident.thirdPartyClaims[1].claimant', incident)).toBe(
      'thirdPartyClaims.c2.claimant'
    )
    expect(fieldKeyOf('incident.evidence[0].label', incident)).toBe('evidence[0].label')
    expect(stepOfKey('thirdPartyClaims.c2.claimant')).toBe('consequences')
    expect(stepOfKey('measures')).toBe('consequences')
    expect(stepOfKey('insured.dpoContact')).toBe('incident')

    const result = IncidentSchema.safeParse(incident)
    expect(result.success).toBe(false)
    const problems = collectProblems(
      incident,
      [{ path: 'incident.thirdPartyClaims[1].claimant', message: { fr: 'trop long', en: 'long' } }],
      [],
      'fr',
      () => ''
    )
    expect(problems).toEqual([
      { key: 'thirdPartyClaims.c2.claimant', step: 'consequences', message: 'trop long' }
    ])
  })
})
