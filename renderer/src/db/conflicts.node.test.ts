/**
 * Two tabs or windows on one register: a save names the revision it started from, and a save
 * over a newer content revision is refused inside the transaction, before anything is written;
 * both versions are kept (sealed when the register is encrypted) until the user chooses.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { Incident } from '@shared/model'

import { summarizeAssessment } from './assessment-summary'
import { SentinelleDbError, describeDbError } from './errors'
import { createRepository, type Repository } from './repository'
import { openSentinelleDb, type SentinelleDb } from './schema'
import { vaultOf } from './vault'

let db: SentinelleDb
let repo: Repository
let clock = 0
const TZ = { timeZone: 'Europe/Paris' }

beforeEach(async () => {
  clock = Date.parse('2026-03-01T09:00:00Z')
  db = await openSentinelleDb({ name: `conflicts-${crypto.randomUUID()}`, appVersion: '0.3.0' })
  repo = createRepository(db, { now: () => new Date((clock += 1_000)).toISOString() })
})
afterEach(async () => {
  db.close()
  await db.delete()
})

async function created(): Promise<{ incident: Incident; rev: number }> {
  const id = await repo.createDraftIncident(TZ)
  const stored = (await repo.getIncident(id))!
  return { incident: stored.incident, rev: stored.index.rev }
}

async function caught(promise: Promise<unknown>): Promise<SentinelleDbError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(SentinelleDbError)
  return error as SentinelleDbError
}

/** Every row of the tables a save writes, to prove that a refused save wrote none of them. */
async function incidentTables() {
  return {
    incidents: await db.incidents.toArray(),
    contents: await db.contents.toArray(),
    summaries: await db.summaries.toArray(),
    history: await db.history.toArray(),
    meta: await db.meta.toArray()
  }
}

describe('saves name their base revision', () => {
  it('a save over a newer revision is refused, nothing written, both versions kept', async () => {
    const { incident, rev } = await created()
    // Tab A saves first, from the same base.
    await repo.saveIncident({ ...incident, title: 'Titre de l’onglet A' }, { baseRev: rev })
    const before = await incidentTables()

    // Tab B still starts from `rev`.
    const error = await caught(
      repo.saveIncident({ ...incident, title: 'Titre de l’onglet B' }, { baseRev: rev })
    )
    expect(error.detail).toMatchObject({ kind: 'conflict', incidentId: incident.id, baseRev: rev })
    expect(describeDbError(error, 'fr')).toMatch(/autre fenêtre ou un autre onglet/)
    expect(describeDbError(error, 'en')).toMatch(/another window or tab/)
    expect(await incidentTables()).toEqual(before)
    expect((await repo.getIncident(incident.id))!.incident.title).toBe('Titre de l’onglet A')

    const [conflict] = await repo.listConflicts(incident.id)
    expect(conflict).toMatchObject({
      id: error.detail.kind === 'conflict' ? error.detail.conflictId : 'none',
      incidentId: incident.id,
      baseRev: rev,
      theirRev: before.incidents[0]!.rev
    })
    expect(conflict!.mine.title).toBe('Titre de l’onglet B')
    expect(conflict!.theirs.title).toBe('Titre de l’onglet A')
    expect(conflict!.writer).toEqual(expect.any(String))
  })

  it('a save from the current revision goes through, and so does one after a status change or an assessment refresh', async () => {
    const { incident, rev } = await created()
    const first = await repo.saveIncident({ ...incident, title: 'Un' }, { baseRev: rev })
    // Another tab refreshes the assessment summary and files the incident: no content edit.
    const summary = summarizeAssessment({
      ruleSetVersion: 'test',
      computedAt: '2026-03-01T09:00:00Z',
      gdpr: { applies: true, duties: [] },
      coverage: [],
      deadlines: []
    })
    await repo.saveIncident(first.incident, { assessment: summary, baseRev: first.index.rev })
    await repo.fileIncident(incident.id)
    const second = await repo.saveIncident(
      { ...first.incident, title: 'Deux' },
      { baseRev: first.index.rev }
    )
    expect(second.incident.title).toBe('Deux')
    expect(second.incident.status).toBe('open')
    expect(await repo.listConflicts()).toEqual([])
  })

  it('the same content on both sides is no conflict', async () => {
    const { incident, rev } = await created()
    await repo.saveIncident({ ...incident, title: 'Pareil' }, { baseRev: rev })
    const again = await repo.saveIncident({ ...incident, title: 'Pareil' }, { baseRev: rev })
    expect(again.incident.title).toBe('Pareil')
    expect(await repo.listConflicts()).toEqual([])
  })

  it('a background write asks to refuse: a conflict then keeps no record', async () => {
    const { incident, rev } = await created()
    await repo.saveIncident({ ...incident, title: 'A' }, { baseRev: rev })
    const error = await caught(
      repo.saveIncident({ ...incident, title: 'B' }, { baseRev: rev, onConflict: 'refuse' })
    )
    expect(error.detail.kind).toBe('conflict')
    expect(await db.conflicts.count()).toBe(0)
  })

  it('a newer refused save of the same seat replaces its earlier record', async () => {
    const { incident, rev } = await created()
    await repo.saveIncident({ ...incident, title: 'A' }, { baseRev: rev })
    await caught(repo.saveIncident({ ...incident, title: 'B' }, { baseRev: rev }))
    await caught(repo.saveIncident({ ...incident, title: 'B, suite' }, { baseRev: rev }))
    const conflicts = await repo.listConflicts(incident.id)
    expect(conflicts.map((c) => c.mine.title)).toEqual(['B, suite'])
  })
})

describe('resolving a conflict', () => {
  async function conflicted() {
    const { incident, rev } = await created()
    await repo.saveIncident(
      { ...incident, title: 'Le leur', narrative: 'Récit A' },
      { baseRev: rev }
    )
    const error = await caught(
      repo.saveIncident({ ...incident, title: 'Le mien', narrative: 'Récit B' }, { baseRev: rev })
    )
    const id = error.detail.kind === 'conflict' ? error.detail.conflictId! : ''
    return { incident, conflict: (await repo.listConflicts(incident.id)).find((c) => c.id === id)! }
  }

  it('keep mine: saved over the version the user has seen, record gone, history written', async () => {
    const { incident, conflict } = await conflicted()
    const stored = await repo.resolveConflict(conflict.id, {
      keep: 'mine',
      incident: conflict.mine
    })
    expect(stored.incident).toMatchObject({ title: 'Le mien', narrative: 'Récit B' })
    expect((await repo.getIncident(incident.id))!.incident.title).toBe('Le mien')
    expect(await repo.listConflicts()).toEqual([])
    const history = await repo.getHistory(incident.id)
    expect(history.flatMap((h) => h.changes.map((c) => c.after))).toContain('Le mien')
  })

  it('a field-by-field merge is saved as given', async () => {
    const { incident, conflict } = await conflicted()
    await repo.resolveConflict(conflict.id, {
      keep: 'mine',
      incident: { ...conflict.theirs, narrative: conflict.mine.narrative }
    })
    expect((await repo.getIncident(incident.id))!.incident).toMatchObject({
      title: 'Le leur',
      narrative: 'Récit B'
    })
  })

  it('take theirs: nothing written but the record dropped', async () => {
    const { incident, conflict } = await conflicted()
    const before = await incidentTables()
    const stored = await repo.resolveConflict(conflict.id, { keep: 'theirs' })
    expect(stored.incident.title).toBe('Le leur')
    expect(await incidentTables()).toEqual(before)
    expect(await repo.listConflicts(incident.id)).toEqual([])
  })

  it('if the incident changed again meanwhile, keeping mine is a new conflict', async () => {
    const { incident, conflict } = await conflicted()
    const current = (await repo.getIncident(incident.id))!
    await repo.saveIncident(
      { ...current.incident, title: 'Encore un autre' },
      { baseRev: current.index.rev }
    )
    const error = await caught(
      repo.resolveConflict(conflict.id, { keep: 'mine', incident: conflict.mine })
    )
    expect(error.detail.kind).toBe('conflict')
    expect((await repo.getIncident(incident.id))!.incident.title).toBe('Encore un autre')
    const [pending] = await repo.listConflicts(incident.id)
    expect(pending!.theirs.title).toBe('Encore un autre')
    expect(pending!.mine.title).toBe('Le mien')
  })

  it('erasure removes the pending conflicts with the incident', async () => {
    const { incident } = await conflicted()
    await repo.deleteIncident(incident.id)
    await repo.purgeIncident(incident.id)
    expect(await db.conflicts.count()).toBe(0)
  })
})

describe('encrypted register', () => {
  it('keeps the conflict record sealed, readable only while unlocked', async () => {
    const vault = vaultOf(db, { keyring: { iterations: 1_000 } })
    await repo.ready()
    await vault.setUp('une phrase secrète assez longue')
    const { incident, rev } = await created()
    await repo.saveIncident({ ...incident, narrative: 'Zorglub version A' }, { baseRev: rev })
    await caught(
      repo.saveIncident({ ...incident, narrative: 'Zorglub version B' }, { baseRev: rev })
    )

    const [row] = await db.conflicts.toArray()
    expect(row).toBeDefined()
    expect('clear' in row!).toBe(false)
    expect(Object.keys(row!).sort()).toEqual(
      [
        'baseRev',
        'ciphertext',
        'detectedAt',
        'id',
        'ik',
        'incidentId',
        'iv',
        'theirRev',
        'theirWriter',
        'writer'
      ].sort()
    )
    expect(JSON.stringify(row)).not.toMatch(/Zorglub/)
    const [conflict] = await repo.listConflicts(incident.id)
    expect(conflict!.mine.narrative).toBe('Zorglub version B')
    expect(conflict!.theirs.narrative).toBe('Zorglub version A')

    vault.lock()
    const locked = await caught(repo.listConflicts(incident.id))
    expect(locked.detail.kind).toBe('locked')
  })

  it('a clear conflict record is sealed when encryption is set up', async () => {
    const { incident, rev } = await created()
    await repo.saveIncident({ ...incident, narrative: 'Brontosaure A' }, { baseRev: rev })
    await caught(repo.saveIncident({ ...incident, narrative: 'Brontosaure B' }, { baseRev: rev }))
    expect(JSON.stringify(await db.conflicts.toArray())).toMatch(/Brontosaure B/)
    const vault = vaultOf(db, { keyring: { iterations: 1_000 } })
    await vault.setUp('une phrase secrète assez longue')
    expect(JSON.stringify(await db.conflicts.toArray())).not.toMatch(/Brontosaure/)
    expect((await repo.listConflicts(incident.id))[0]!.mine.narrative).toBe('Brontosaure B')
  })
})
