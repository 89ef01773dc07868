import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { sampleIncidents } from '@shared/model'

import { SentinelleDbError } from './errors'
import { createRepository, type Repository } from './repository'
import { openSentinelleDb, type SentinelleDb } from './schema'

let db: SentinelleDb
let repo: Repository
let clock = Date.parse('2026-03-01T09:00:00Z')
const tick = (ms: number) => (clock += ms)

beforeEach(async () => {
  clock = Date.parse('2026-03-01T09:00:00Z')
  db = await openSentinelleDb({ name: `repo-${Math.random()}`, appVersion: '0.1.0' })
  repo = createRepository(db, { now: () => new Date(clock).toISOString() })
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('incidents', () => {
  it('creates drafts with the next free reference', async () => {
    const a = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    const b = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    const sa = await repo.getIncident(a)
    const sb = await repo.getIncident(b)
    expect(sa?.incident.reference).toBe('INC-0001')
    expect(sb?.incident.reference).toBe('INC-0002')
    expect(sa?.incident.status).toBe('draft')
    expect(sa?.index).toMatchObject({ status: 'draft', deleted: 0, refNumber: 1 })
  })

  it('saves with a history diff and coalesces autosaves of the same field', async () => {
    const id = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    const stored = (await repo.getIncident(id))!
    tick(1000)
    await repo.saveIncident({ ...stored.incident, title: 'Ordi' })
    tick(1000)
    await repo.saveIncident({ ...stored.incident, title: 'Ordinateur perdu' })
    let history = await repo.getHistory(id)
    expect(history.map((h) => h.kind)).toEqual(['created', 'edited'])
    expect(history[1]!.changes).toEqual([{ path: 'title', before: '', after: 'Ordinateur perdu' }])
    tick(61_000)
    await repo.saveIncident({ ...stored.incident, title: 'Ordinateur perdu dans le train' })
    history = await repo.getHistory(id)
    expect(history.map((h) => h.kind)).toEqual(['created', 'edited', 'edited'])
    expect(history[2]!.changes[0]).toMatchObject({ before: 'Ordinateur perdu' })
  })

  it('rejects invalid incidents with localized paths and writes nothing', async () => {
    const id = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    const stored = (await repo.getIncident(id))!
    const bad = { ...stored.incident, timeZone: 'Mars/Olympus' }
    const error = await repo.saveIncident(bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SentinelleDbError)
    expect((error as SentinelleDbError).detail).toMatchObject({ kind: 'invalid' })
    expect((await repo.getIncident(id))!.incident.timeZone).toBe('Europe/Paris')
  })

  it('imports a sample', async () => {
    const id = await repo.importIncidentFile(sampleIncidents[0]!.file)
    const stored = await repo.getIncident(id)
    expect(stored?.incident.title).toBe(sampleIncidents[0]!.file.incident.title)
    const list = await repo.listIncidents({ text: 'ordinateur train' })
    expect(list.items.map((i) => i.id)).toEqual([id])
  })
})
