import { createHash } from 'node:crypto'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { sampleIncidents, type Incident, type Policy } from '@shared/model'

import { summarizeAssessment } from './assessment-summary'
import { SentinelleDbError, describeDbError } from './errors'
import { MAX_ATTACHMENT_BYTES, createRepository, type Repository } from './repository'
import { openSentinelleDb, type SentinelleDb } from './schema'

let db: SentinelleDb
let repo: Repository
let clock = 0
const tick = (ms: number) => (clock += ms)
const TZ = { timeZone: 'Europe/Paris' }

beforeEach(async () => {
  clock = Date.parse('2026-03-01T09:00:00Z')
  db = await openSentinelleDb({ name: `repo-${crypto.randomUUID()}`, appVersion: '0.1.0' })
  repo = createRepository(db, { now: () => new Date(clock).toISOString() })
})
afterEach(async () => {
  db.close()
  await db.delete()
})

async function draft(patch: Partial<Incident> = {}): Promise<Incident> {
  const id = await repo.createDraftIncident({ ...TZ, patch })
  return (await repo.getIncident(id))!.incident
}

async function caught(promise: Promise<unknown>): Promise<SentinelleDbError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(SentinelleDbError)
  return error as SentinelleDbError
}

const policy: Policy = {
  id: 'pol-1',
  kind: 'rc_pro',
  insurer: 'Assureur Mutuel',
  policyNumber: 'RCP-123',
  confidentialityClause: 'unknown',
  exclusions: []
}

describe('drafts and saving', () => {
  it('numbers new drafts INC-0001, INC-0002… and never reuses a purged number', async () => {
    const a = await draft()
    const b = await draft()
    expect([a.reference, b.reference]).toEqual(['INC-0001', 'INC-0002'])
    expect(a.status).toBe('draft')
    await repo.deleteIncident(b.id)
    await repo.purgeIncident(b.id)
    expect((await draft()).reference).toBe('INC-0003')
  })

  it('applies the patch of createDraftIncident and validates it', async () => {
    const insured = {
      ...(await draft()).insured,
      name: 'Dr Durand',
      profession: 'physician' as const
    }
    const d = await draft({ insured })
    expect(d.insured.name).toBe('Dr Durand')
    const bad = { insured: { ...insured, profession: 'astronaut' } } as unknown as Partial<Incident>
    expect((await caught(repo.createDraftIncident({ ...TZ, patch: bad }))).detail.kind).toBe(
      'invalid'
    )
  })

  it('writes index, content and summary together and keeps status and createdAt as stored', async () => {
    const d = await draft()
    tick(5000)
    const saved = await repo.saveIncident({
      ...d,
      title: 'Rançongiciel au cabinet',
      status: 'closed',
      createdAt: '2020-01-01T00:00:00Z',
      breachTypes: ['availability', 'confidentiality'],
      cause: { kind: 'cyberattack', detail: 'ransomware' },
      timeline: [
        { id: 'e1', kind: 'occurred', at: '2026-02-27T23:30:00+01:00' },
        { id: 'e2', kind: 'aware', at: '2026-02-28T08:00:00+01:00' },
        { id: 'e3', kind: 'authority_notified', at: '2026-02-28T18:00:00+01:00' }
      ]
    })
    expect(saved.incident.status).toBe('draft')
    expect(saved.incident.createdAt).toBe(d.createdAt)
    expect(saved.incident.updatedAt).toBe(new Date(clock).toISOString())
    expect(saved.index).toMatchObject({
      occurredAt: '2026-02-27T22:30:00.000Z',
      awareAt: '2026-02-28T07:00:00.000Z',
      causeKind: 'cyberattack',
      breachTypes: ['availability', 'confidentiality'],
      authorityNotified: 1,
      personsInformed: 0,
      insurerNotified: 0
    })
    expect(await db.summaries.get(d.id)).toMatchObject({
      clear: { title: 'Rançongiciel au cabinet' }
    })
    expect(await db.summaries.get(d.id)).toMatchObject({
      clear: { searchText: expect.stringContaining(' rancongiciel ') }
    })
    expect((await repo.getIncident(d.id))!.incident.title).toBe('Rançongiciel au cabinet')
    expect(await db.incidents.where('breachTypes').equals('availability').count()).toBe(1)
  })

  it('does not write or log a save that changes nothing', async () => {
    const d = await draft()
    const rev = (await db.incidents.get(d.id))!.rev
    tick(1000)
    await repo.saveIncident(d)
    expect((await db.incidents.get(d.id))!.rev).toBe(rev)
    expect((await repo.getHistory(d.id)).map((h) => h.kind)).toEqual(['created'])
  })

  it('rejects an invalid incident with every error, in both languages, and writes nothing', async () => {
    const d = await draft({ title: 'Avant' })
    const bad = {
      ...d,
      title: 'Après',
      timeZone: 'Mars/Olympus',
      timeline: [{ id: 'x', kind: 'occurred', at: 'hier' }]
    }
    const error = await caught(repo.saveIncident(bad as Incident))
    expect(error.detail.kind).toBe('invalid')
    if (error.detail.kind !== 'invalid') return
    expect(error.detail.errors.map((e) => e.path).sort()).toEqual(['timeZone', 'timeline[0].at'])
    expect(error.detail.errors[0]!.message.fr).not.toBe(error.detail.errors[0]!.message.en)
    expect(describeDbError(error, 'fr')).toContain('rien n')
    expect((await repo.getIncident(d.id))!.incident.title).toBe('Avant')
  })

  it('refuses a reference already used by another incident', async () => {
    const a = await draft()
    const b = await draft()
    const error = await caught(repo.saveIncident({ ...b, reference: a.reference }))
    expect(error.detail).toMatchObject({ kind: 'invalid', errors: [{ path: 'reference' }] })
  })

  it('fails with not-found for an unknown id', async () => {
    const d = await draft()
    const error = await caught(repo.saveIncident({ ...d, id: 'nope' }))
    expect(error.detail).toEqual({ kind: 'not-found', id: 'nope' })
    expect(await repo.getIncident('nope')).toBeUndefined()
  })
})

describe('history', () => {
  it('folds autosaves of the same field within 60 s into one entry, then starts a new one', async () => {
    const d = await draft()
    tick(1000)
    await repo.saveIncident({ ...d, title: 'Ordi' })
    tick(1000)
    await repo.saveIncident({ ...d, title: 'Ordinateur perdu' })
    let history = await repo.getHistory(d.id)
    expect(history.map((h) => h.kind)).toEqual(['created', 'edited'])
    expect(history[1]!.changes).toEqual([{ path: 'title', before: '', after: 'Ordinateur perdu' }])
    expect(history[1]!.lastAt > history[1]!.at).toBe(true)
    tick(61_000)
    await repo.saveIncident({ ...d, title: 'Ordinateur perdu dans le train' })
    history = await repo.getHistory(d.id)
    expect(history.map((h) => h.kind)).toEqual(['created', 'edited', 'edited'])
    expect(history[2]!.changes).toEqual([
      { path: 'title', before: 'Ordinateur perdu', after: 'Ordinateur perdu dans le train' }
    ])
  })

  it('starts a new entry when another field changes', async () => {
    const d = await draft()
    tick(1000)
    const s1 = await repo.saveIncident({ ...d, title: 'Titre' })
    tick(1000)
    await repo.saveIncident({ ...s1.incident, narrative: 'Le récit' })
    const history = await repo.getHistory(d.id)
    expect(history.map((h) => h.changes.map((c) => c.path))).toEqual([[], ['title'], ['narrative']])
  })

  it('drops a burst that typed the field back to its previous value', async () => {
    const d = await draft({ title: 'Original' })
    tick(1000)
    await repo.saveIncident({ ...d, title: 'Originalx' })
    tick(1000)
    await repo.saveIncident({ ...d, title: 'Original' })
    expect((await repo.getHistory(d.id)).map((h) => h.kind)).toEqual(['created'])
  })

  it('matches list elements by id and names their paths', async () => {
    const d = await draft()
    tick(1000)
    const at = '2026-02-28T08:00:00+01:00'
    const s1 = await repo.saveIncident({ ...d, timeline: [{ id: 'a', kind: 'aware', at }] })
    tick(120_000)
    await repo.saveIncident({
      ...s1.incident,
      timeline: [
        { id: 'o', kind: 'occurred', at: '2026-02-27T08:00:00+01:00' },
        { id: 'a', kind: 'aware', at: '2026-02-28T09:00:00+01:00' }
      ],
      data: { ...s1.incident.data, categories: ['health', 'identity'] }
    })
    const last = (await repo.getHistory(d.id)).at(-1)!
    expect(last.changes).toEqual([
      { path: 'timeline[0]', after: 'occurred · 2026-02-27T08:00:00+01:00' },
      { path: 'timeline[1].at', before: at, after: '2026-02-28T09:00:00+01:00' },
      { path: 'data.categories', before: '', after: 'health, identity' }
    ])
  })
})

describe('status, duplicate, delete', () => {
  it('files, closes and reopens, refusing transitions that do not apply', async () => {
    const d = await draft()
    expect((await caught(repo.closeIncident(d.id))).detail).toMatchObject({
      kind: 'invalid-transition',
      from: 'draft'
    })
    expect((await repo.fileIncident(d.id)).incident.status).toBe('open')
    expect((await caught(repo.fileIncident(d.id))).detail.kind).toBe('invalid-transition')
    expect((await repo.closeIncident(d.id)).index.status).toBe('closed')
    expect((await repo.reopenIncident(d.id)).incident.status).toBe('open')
    const kinds = (await repo.getHistory(d.id)).map((h) => h.kind)
    expect(kinds).toEqual(['created', 'filed', 'closed', 'reopened'])
  })

  it('duplicates as a new draft with the next reference and without attachment links', async () => {
    const id = await repo.importIncidentFile(sampleIncidents[1]!.file, { keepStatus: true })
    const source = (await repo.getIncident(id))!.incident
    const withEvidence = await repo.saveIncident({
      ...source,
      evidence: [{ id: 'ev', label: 'Capture', attachmentId: 'att-1' }]
    })
    const copyId = await repo.duplicateIncident(id)
    const copy = (await repo.getIncident(copyId))!.incident
    expect(copy.status).toBe('draft')
    expect(copy.reference).toBe('INC-0002')
    expect(copy.narrative).toBe(source.narrative)
    expect(copy.evidence).toEqual([{ id: 'ev', label: 'Capture' }])
    expect(withEvidence.incident.evidence[0]!.attachmentId).toBe('att-1')
    expect((await repo.getHistory(copyId))[0]).toMatchObject({
      kind: 'duplicated',
      note: source.reference
    })
  })

  it('soft-deletes, undoes, and purges only what was deleted', async () => {
    const d = await draft({ title: 'À supprimer' })
    await repo.addAttachment(d.id, Object.assign(new Blob(['preuve']), { name: 'p.txt' }))
    expect((await caught(repo.purgeIncident(d.id))).detail.kind).toBe('invalid-transition')
    await repo.deleteIncident(d.id)
    expect((await repo.listIncidents()).total).toBe(0)
    expect((await repo.listIncidents({ deleted: 'only' })).total).toBe(1)
    expect((await caught(repo.saveIncident(d))).detail).toMatchObject({ from: 'deleted' })
    await repo.undoDelete(d.id)
    expect((await repo.listIncidents()).items[0]!.title).toBe('À supprimer')
    await repo.deleteIncident(d.id)
    expect(await repo.purgeDeleted()).toBe(1)
    expect(await repo.getIncident(d.id)).toBeUndefined()
    expect(await db.history.count()).toBe(0)
    expect(await db.attachments.count()).toBe(0)
    expect(await db.attachmentBlobs.count()).toBe(0)
    expect(await db.contents.count()).toBe(0)
    expect(await db.summaries.count()).toBe(0)
  })

  it('keeps the last assessment summary on the index row', async () => {
    const d = await draft()
    const summary = summarizeAssessment({
      ruleSetVersion: '2026.11.1',
      computedAt: '2026-03-01T09:00:00Z',
      gdpr: {
        applies: true,
        duties: [{ id: 'notify_authority', required: true, status: 'pending' }]
      },
      coverage: [{ policyId: 'pol-1', verdict: 'uncertain' }],
      deadlines: [
        {
          dueAt: '2026-03-05T12:00:00+01:00',
          status: 'pending',
          label: { fr: 'Assureur', en: 'Insurer' }
        },
        {
          dueAt: '2026-03-03T09:00:00+01:00',
          status: 'overdue',
          label: { fr: 'CNIL', en: 'CNIL' }
        },
        { dueAt: '2026-03-01T09:00:00+01:00', status: 'done', label: { fr: 'Fait', en: 'Done' } }
      ]
    })
    const saved = await repo.saveIncident(d, { assessment: summary })
    expect(saved.index.nextDueAt).toBe('2026-03-03T08:00:00.000Z')
    expect(saved.index.assessment).toMatchObject({
      overdueCount: 1,
      pendingCount: 1,
      ruleSetVersion: '2026.11.1'
    })
    // A later save without an assessment keeps the last one.
    tick(1000)
    const again = await repo.saveIncident({ ...saved.incident, title: 'x' })
    expect(again.index.nextDueAt).toBe('2026-03-03T08:00:00.000Z')
  })
})

describe('policies', () => {
  it('saves, lists, updates, archives a referenced policy and deletes an unused one', async () => {
    const created = await repo.savePolicy({ ...policy, id: undefined })
    expect(created.id).toMatch(/[0-9a-f-]{36}/)
    await repo.savePolicy(policy)
    await repo.savePolicy({ ...policy, insurer: 'Autre assureur' })
    expect((await repo.listPolicies()).map((p) => p.insurer).sort()).toEqual([
      'Assureur Mutuel',
      'Autre assureur'
    ])
    const d = await draft({ policyIds: ['pol-1'] })
    expect(d.policyIds).toEqual(['pol-1'])
    expect(await repo.deletePolicy('pol-1')).toBe('archived')
    expect((await repo.listPolicies()).map((p) => p.id)).toEqual([created.id])
    expect(await repo.listPolicies({ includeArchived: true })).toHaveLength(2)
    await repo.restorePolicy('pol-1')
    expect(await repo.listPolicies()).toHaveLength(2)
    expect(await repo.deletePolicy(created.id)).toBe('deleted')
    expect(await repo.getPolicy(created.id)).toBeUndefined()
    const bad = { ...policy, kind: 'life' } as unknown as Policy
    expect((await caught(repo.savePolicy(bad))).detail.kind).toBe('invalid')
  })
})

describe('attachments', () => {
  it('stores the bytes with their SHA-256 and gives them back', async () => {
    const d = await draft()
    const text = 'capture du courriel envoyé par erreur'
    const file = Object.assign(new Blob([text], { type: 'text/plain' }), { name: 'courriel.txt' })
    const meta = await repo.addAttachment(d.id, file)
    expect(meta).toMatchObject({
      incidentId: d.id,
      name: 'courriel.txt',
      type: 'text/plain',
      size: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex')
    })
    const blob = await repo.getAttachmentBlob(meta.id)
    expect(blob?.type).toBe('text/plain')
    expect(await blob!.text()).toBe(text)
    expect(await repo.listAttachments(d.id)).toEqual([meta])
    expect((await repo.getHistory(d.id)).at(-1)).toMatchObject({ kind: 'attachment-added' })
    await repo.removeAttachment(meta.id)
    expect(await repo.listAttachments(d.id)).toEqual([])
    expect(await repo.getAttachmentBlob(meta.id)).toBeUndefined()
    expect((await repo.getHistory(d.id)).at(-1)).toMatchObject({ kind: 'attachment-removed' })
  })

  it('refuses a file over the limit with a typed error and a clear message', async () => {
    const d = await draft()
    const big = Object.assign(new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)]), {
      name: 'dump.bin'
    })
    const error = await caught(repo.addAttachment(d.id, big))
    expect(error.detail).toEqual({
      kind: 'attachment-too-large',
      size: MAX_ATTACHMENT_BYTES + 1,
      limit: MAX_ATTACHMENT_BYTES
    })
    expect(describeDbError(error, 'fr')).toContain('50 Mo')
    expect(describeDbError(error, 'en')).toContain('50 MB')
    expect(await db.attachments.count()).toBe(0)
  })

  it('refuses to attach to an unknown incident', async () => {
    const file = Object.assign(new Blob(['x']), { name: 'x' })
    expect((await caught(repo.addAttachment('nope', file))).detail.kind).toBe('not-found')
  })
})

describe('settings', () => {
  it('stores validated values', async () => {
    expect(await repo.getSetting('language')).toBeUndefined()
    await repo.setSetting('language', 'en')
    await repo.setSetting('firstRunDone', true)
    expect(await repo.getSetting('language')).toBe('en')
    expect(await repo.getSetting('firstRunDone')).toBe(true)
    const error = await caught(repo.setSetting('language', 'de' as 'fr'))
    expect(error.detail).toMatchObject({ kind: 'invalid', errors: [{ path: 'language' }] })
    expect(await repo.getSetting('language')).toBe('en')
  })
})
