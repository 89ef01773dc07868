// @vitest-environment jsdom
// React hooks need a DOM; no Blob goes through IndexedDB here, so jsdom's Blob issue does not apply.
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  useAttachments,
  useConflicts,
  useHistory,
  useIncident,
  useIncidentList,
  usePolicies,
  useSetting
} from './hooks'
import { createRepository, type Repository } from './repository'
import { createSentinelleDb, openGuarded, openSentinelleDb, type SentinelleDb } from './schema'

let db: SentinelleDb
let repo: Repository

beforeEach(async () => {
  db = await openSentinelleDb({ name: `hooks-${crypto.randomUUID()}` })
  repo = createRepository(db)
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('live hooks', () => {
  it('useSetting mounted while the database opens (the shell) reads the value once it is open', async () => {
    const name = `hooks-closed-${crypto.randomUUID()}`
    const seeded = await openSentinelleDb({ name })
    await seeded.settings.put({ key: 'idleLockMinutes', value: 0.05 })
    seeded.close()
    const closed = createSentinelleDb({ name })
    const { result } = renderHook(() => useSetting('idleLockMinutes', closed))
    expect(result.current).toBeUndefined()
    await act(async () => {
      await openGuarded(closed)
    })
    await waitFor(() => expect(result.current).toBe(0.05))
    closed.close()
    await closed.delete()
  })

  it('every live hook mounted while the database opens reads its data once it is open (one gate)', async () => {
    const name = `hooks-gate-${crypto.randomUUID()}`
    const seeded = await openSentinelleDb({ name })
    const seededRepo = createRepository(seeded)
    const id = await seededRepo.createDraftIncident({
      timeZone: 'Europe/Paris',
      patch: { title: 'Portable perdu' }
    })
    await seededRepo.savePolicy({
      kind: 'cyber',
      insurer: 'Cyber Assur',
      policyNumber: 'C-1',
      confidentialityClause: 'yes',
      exclusions: []
    })
    seeded.close()
    const closed = createSentinelleDb({ name })
    const { result } = renderHook(() => ({
      incident: useIncident(id, closed),
      history: useHistory(id, closed),
      attachments: useAttachments(id, closed),
      policies: usePolicies({}, closed),
      conflicts: useConflicts(id, closed)
    }))
    expect(result.current.incident).toBeUndefined()
    expect(result.current.policies).toBeUndefined()
    await act(async () => {
      await openGuarded(closed)
    })
    await waitFor(() => {
      expect(result.current.incident?.incident.title).toBe('Portable perdu')
      expect(result.current.history?.map((h) => h.kind)).toEqual(['created'])
      expect(result.current.attachments).toEqual([])
      expect(result.current.policies?.map((p) => p.insurer)).toEqual(['Cyber Assur'])
      expect(result.current.conflicts).toEqual([])
    })
    closed.close()
    await closed.delete()
  })

  it('useIncidentList follows writes and re-runs the search when the query changes', async () => {
    const first = await repo.createDraftIncident({
      timeZone: 'Europe/Paris',
      patch: { title: 'Vol de portable' }
    })
    const { result, rerender } = renderHook(({ text }) => useIncidentList({ text }, db), {
      initialProps: { text: '' }
    })
    await waitFor(() => expect(result.current?.total).toBe(1))
    await act(() =>
      repo.createDraftIncident({ timeZone: 'Europe/Paris', patch: { title: 'Courriel égaré' } })
    )
    await waitFor(() => expect(result.current?.total).toBe(2))
    rerender({ text: 'egare' })
    // Answered by the register engine (a Worker in the app): asynchronously, the previous
    // answer showing meanwhile.
    await waitFor(() =>
      expect(result.current?.items.map((i) => i.title)).toEqual(['Courriel égaré'])
    )
    await act(() => repo.deleteIncident(first))
    rerender({ text: '' })
    await waitFor(() =>
      expect(result.current?.items.map((i) => i.title)).toEqual(['Courriel égaré'])
    )
  })

  it('useIncident and useHistory see saves', async () => {
    const id = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    const incident = renderHook(() => useIncident(id, db))
    const history = renderHook(() => useHistory(id, db))
    await waitFor(() => expect(incident.result.current?.incident.title).toBe(''))
    await act(async () => {
      await repo.saveIncident({ ...incident.result.current!.incident, title: 'Nouveau titre' })
    })
    await waitFor(() => expect(incident.result.current?.incident.title).toBe('Nouveau titre'))
    await waitFor(() =>
      expect(history.result.current?.map((h) => h.kind)).toEqual(['created', 'edited'])
    )
    const missing = renderHook(() => useIncident('nope', db))
    await waitFor(() => expect(missing.result.current).toBeNull())
  })

  it('usePolicies and useSetting see changes', async () => {
    const policies = renderHook(() => usePolicies({}, db))
    const language = renderHook(() => useSetting('language', db))
    await waitFor(() => expect(policies.result.current).toEqual([]))
    await act(async () => {
      await repo.savePolicy({
        kind: 'cyber',
        insurer: 'Cyber Assur',
        policyNumber: 'C-1',
        confidentialityClause: 'yes',
        exclusions: []
      })
      await repo.setSetting('language', 'en')
    })
    await waitFor(() =>
      expect(policies.result.current?.map((p) => p.insurer)).toEqual(['Cyber Assur'])
    )
    await waitFor(() => expect(language.result.current).toBe('en'))
  })
})
