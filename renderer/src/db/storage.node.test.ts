import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { describeStorageError, isQuotaError, SentinelleDbError } from './errors'
import { createRepository, type Repository } from './repository'
import { openSentinelleDb, type SentinelleDb } from './schema'
import { requestPersistentStorage } from './storage'

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('a quota error during a write', () => {
  let db: SentinelleDb
  let repo: Repository
  beforeEach(async () => {
    db = await openSentinelleDb({ name: `quota-${crypto.randomUUID()}` })
    repo = createRepository(db)
  })
  afterEach(async () => {
    db.close()
    await db.delete()
  })

  it('rolls back the whole save and keeps what was saved before', async () => {
    const id = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    const before = (await repo.getIncident(id))!
    const saved = await repo.saveIncident({ ...before.incident, title: 'Version enregistrée' })
    const counters = await db.meta.get('counters')
    const historyCount = await db.history.count()

    // The history row is the last write of a save: index, content and summary are already
    // written in the same transaction when the disk "fills up".
    const fail = () => {
      throw quotaError()
    }
    db.history.hook('creating', fail)
    const error = await repo
      .saveIncident({ ...saved.incident, title: 'Jamais enregistré', narrative: 'perdu' })
      .catch((e: unknown) => e)
    db.history.hook('creating').unsubscribe(fail)

    expect(error).toBeInstanceOf(SentinelleDbError)
    expect((error as SentinelleDbError).detail.kind).toBe('quota-exceeded')
    const after = (await repo.getIncident(id))!
    expect(after.incident).toEqual(saved.incident)
    expect(after.index).toEqual(saved.index)
    expect(await db.summaries.get(id)).toMatchObject({ clear: { title: 'Version enregistrée' } })
    expect(await db.meta.get('counters')).toEqual(counters)
    expect(await db.history.count()).toBe(historyCount)
    expect((await repo.listIncidents({ text: 'jamais' })).total).toBe(0)
    // And the app keeps working once space is freed.
    await repo.saveIncident({ ...saved.incident, title: 'Après' })
    expect((await repo.getIncident(id))!.incident.title).toBe('Après')
  })

  it('leaves no attachment metadata behind when storing the bytes fails', async () => {
    const id = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
    const fail = () => {
      throw quotaError()
    }
    db.attachmentBlobs.hook('creating', fail)
    const file = Object.assign(new Blob(['x'.repeat(1000)]), { name: 'scan.pdf' })
    const error = await repo.addAttachment(id, file).catch((e: unknown) => e)
    db.attachmentBlobs.hook('creating').unsubscribe(fail)
    expect((error as SentinelleDbError).detail.kind).toBe('quota-exceeded')
    expect(await db.attachments.count()).toBe(0)
    expect((await repo.getHistory(id)).map((h) => h.kind)).toEqual(['created'])
  })
})

describe('describeStorageError', () => {
  it('explains a full disk in French and English', () => {
    expect(isQuotaError(quotaError())).toBe(true)
    expect(describeStorageError(quotaError(), 'fr')).toMatch(
      /Espace de stockage insuffisant.*intact/
    )
    expect(describeStorageError(quotaError(), 'en')).toMatch(/Not enough storage space.*intact/)
    const wrapped = Object.assign(new Error('AbortError'), { inner: quotaError() })
    expect(isQuotaError(wrapped)).toBe(true)
    expect(isQuotaError(new Error('boom'))).toBe(false)
    expect(describeStorageError(new Error('boom'), 'en')).toBe('Local storage error: boom')
  })
})

describe('requestPersistentStorage', () => {
  const manager = (persisted: boolean, grant: boolean | Error) => ({
    persisted: async () => persisted,
    persist: async () => {
      if (grant instanceof Error) throw grant
      return grant
    }
  })
  it('reports granted, denied and unsupported', async () => {
    expect(await requestPersistentStorage(manager(true, false))).toBe('granted')
    expect(await requestPersistentStorage(manager(false, true))).toBe('granted')
    expect(await requestPersistentStorage(manager(false, false))).toBe('denied')
    expect(await requestPersistentStorage(manager(false, new Error('no')))).toBe('denied')
    expect(await requestPersistentStorage(null)).toBe('unsupported')
  })
})
