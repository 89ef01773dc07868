import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { sampleIncidents, type Incident } from '@shared/model'

import { summarizeAssessment } from './assessment-summary'
import { createRepository, toIndexRow, type Repository } from './repository'
import { openSentinelleDb, type ContentRow, type SentinelleDb } from './schema'
import {
  LOAD_CHUNK_ROWS,
  buildSearchText,
  forgetRegisterCache,
  normalizeText,
  refreshRegisterCache,
  registerCacheOf,
  runIncidentQuery,
  toSummary,
  wordIndexReady
} from './search'
import type { IncidentListResult, IncidentQuery } from './types'

let db: SentinelleDb
let repo: Repository
let clock = 0
const ids: Record<string, string> = {}

const deadline = (dueAt: string, status: 'pending' | 'overdue') =>
  summarizeAssessment({
    ruleSetVersion: 't',
    computedAt: '2026-03-01T00:00:00Z',
    gdpr: { applies: true, duties: [] },
    coverage: [],
    deadlines: [{ dueAt, status, label: { fr: 'CNIL', en: 'CNIL' } }]
  })

async function add(key: string, patch: Partial<Incident>, status: 'draft' | 'open' = 'draft') {
  clock += 60_000
  const id = await repo.createDraftIncident({ timeZone: 'Europe/Paris', patch })
  if (status === 'open') await repo.fileIncident(id)
  ids[key] = id
  return id
}

beforeEach(async () => {
  clock = Date.parse('2026-03-01T09:00:00Z')
  db = await openSentinelleDb({ name: `search-${crypto.randomUUID()}` })
  repo = createRepository(db, { now: () => new Date(clock).toISOString() })
  const base = sampleIncidents[0]!.file.incident
  await add('laptop', {
    title: 'Ordinateur portable volé',
    narrative: 'Vol dans le véhicule, fichiers de la Clinique Saint-Éloi.',
    insured: base.insured,
    cause: { kind: 'loss_theft', detail: 'stolen_device' },
    breachTypes: ['confidentiality'],
    timeline: [{ id: 'o', kind: 'occurred', at: '2026-01-10T10:00:00+01:00' }]
  })
  await add(
    'email',
    {
      title: 'Courriel mal adressé',
      narrative: 'Bilan envoyé au mauvais client.',
      cause: { kind: 'human_error', detail: 'misdirected_email' },
      breachTypes: ['confidentiality'],
      parties: [{ id: 'p', role: 'client', name: 'Boulangerie Lefèvre' }],
      timeline: [
        { id: 'o', kind: 'occurred', at: '2026-02-20T10:00:00+01:00' },
        { id: 'n', kind: 'authority_notified', at: '2026-02-21T10:00:00+01:00' }
      ]
    },
    'open'
  )
  await add(
    'ransom',
    {
      title: 'Rançongiciel',
      narrative: 'Les dossiers patients sont chiffrés.',
      cause: { kind: 'cyberattack', detail: 'ransomware' },
      breachTypes: ['availability', 'integrity'],
      timeline: [{ id: 'o', kind: 'occurred', at: '2026-02-28T23:30:00+01:00' }]
    },
    'open'
  )
  await repo.saveIncident((await repo.getIncident(ids.ransom!))!.incident, {
    assessment: deadline('2026-03-02T09:00:00Z', 'pending')
  })
  await repo.saveIncident((await repo.getIncident(ids.email!))!.incident, {
    assessment: deadline('2026-03-10T09:00:00Z', 'pending')
  })
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const found = async (query: Parameters<Repository['listIncidents']>[0]) =>
  (await repo.listIncidents(query)).items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id))

describe('refreshes of the in-memory register', () => {
  it('two refreshes started together load the register once: no incident listed twice', async () => {
    forgetRegisterCache(db)
    const [a, b] = await Promise.all([refreshRegisterCache(db), refreshRegisterCache(db)])
    expect(a).toBe(b)
    const all = runIncidentQuery(a, {})
    const listed = all.items.map((item) => item.id)
    expect(new Set(listed).size).toBe(listed.length)
    expect(all.total).toBe(Object.keys(ids).length)
    expect(registerCacheOf(db).list.length).toBe(Object.keys(ids).length)
  })
})

describe('search text', () => {
  it('is lowercase, without accents, distinct words, with the reference number alone', () => {
    expect(normalizeText('Éloïse ÇA Straße')).toBe('eloise ca straße')
    const incident = {
      ...sampleIncidents[2]!.file.incident,
      reference: 'INC-0042',
      title: 'Titre titre'
    }
    const text = buildSearchText(incident)
    expect(text.startsWith(' inc 0042 42 titre ')).toBe(true)
    expect(text.match(/ titre /g)).toHaveLength(1)
  })
})

describe('listIncidents', () => {
  it('finds by word prefixes of reference, title, client and narrative, ignoring accents and case', async () => {
    expect(await found({ text: 'ordi' })).toEqual(['laptop'])
    expect(await found({ text: 'RANCON' })).toEqual(['ransom'])
    expect(await found({ text: 'lefevre' })).toEqual(['email'])
    expect(await found({ text: 'saint eloi' })).toEqual(['laptop'])
    expect(await found({ text: 'INC-0002' })).toEqual(['email'])
    expect(await found({ text: '3' })).toEqual(['ransom'])
    expect(await found({ text: 'patients chiffr' })).toEqual(['ransom'])
    expect(await found({ text: 'patients vol' })).toEqual([])
    expect(await found({ text: 'hiffr' })).toEqual([])
    // The insured's name (from the sample) is searchable too.
    expect(await found({ text: 'claire martin' })).toEqual(['laptop'])
  })

  it('filters by status, cause, breach type, notification and date range', async () => {
    const sort = { key: 'reference', direction: 'asc' } as const
    expect(await found({ status: ['open'], sort })).toEqual(['email', 'ransom'])
    expect(await found({ causeKinds: ['human_error', 'loss_theft'], sort })).toEqual([
      'laptop',
      'email'
    ])
    expect(await found({ breachTypes: ['integrity'] })).toEqual(['ransom'])
    expect(await found({ authorityNotified: true })).toEqual(['email'])
    expect(await found({ authorityNotified: false, sort })).toEqual(['laptop', 'ransom'])
    const feb = { field: 'occurredAt', from: '2026-02-01', to: '2026-02-28' } as const
    // 2026-02-28T23:30+01:00 is 22:30 UTC on the 28th: inside.
    expect(await found({ dateRange: feb, sort })).toEqual(['email', 'ransom'])
    expect(await found({ dateRange: { field: 'occurredAt', to: '2026-01-31' } })).toEqual([
      'laptop'
    ])
  })

  it('finds overdue deadlines relative to the given instant', async () => {
    expect(await found({ overdue: true, now: '2026-03-01T12:00:00Z' })).toEqual([])
    expect(await found({ overdue: true, now: '2026-03-03T12:00:00Z' })).toEqual(['ransom'])
    expect(
      await found({
        overdue: true,
        now: '2026-03-11T12:00:00Z',
        sort: { key: 'nextDueAt', direction: 'asc' }
      })
    ).toEqual(['ransom', 'email'])
    expect(
      await found({
        overdue: false,
        now: '2026-03-03T12:00:00Z',
        sort: { key: 'reference', direction: 'asc' }
      })
    ).toEqual(['laptop', 'email'])
    await repo.closeIncident(ids.ransom!)
    expect(await found({ overdue: true, now: '2026-03-03T12:00:00Z' })).toEqual([])
  })

  it('sorts, pages and counts', async () => {
    expect(await found({ sort: { key: 'reference', direction: 'desc' } })).toEqual([
      'ransom',
      'email',
      'laptop'
    ])
    expect(await found({ sort: { key: 'title', direction: 'asc' } })).toEqual([
      'email',
      'laptop',
      'ransom'
    ])
    expect(await found({ sort: { key: 'occurredAt', direction: 'asc' } })).toEqual([
      'laptop',
      'email',
      'ransom'
    ])
    const page = await repo.listIncidents({
      sort: { key: 'reference', direction: 'asc' },
      offset: 1,
      limit: 1
    })
    expect(page.total).toBe(3)
    expect(page.items.map((i) => i.reference)).toEqual(['INC-0002'])
    expect(page.items[0]).toMatchObject({
      title: 'Courriel mal adressé',
      client: 'Boulangerie Lefèvre'
    })
    // Default: last updated first (an assessment-only save does not count as an update).
    expect(await found({})).toEqual(['ransom', 'email', 'laptop'])
    clock += 1000
    const email = (await repo.getIncident(ids.email!))!.incident
    await repo.saveIncident({ ...email, narrative: 'Bilan envoyé au mauvais client, rappelé.' })
    expect(await found({})).toEqual(['email', 'ransom', 'laptop'])
  })

  it('puts closed incidents last on request, each group in the sort order, paged as one list', async () => {
    await repo.closeIncident(ids.ransom!)
    const byDeadline = { sort: { key: 'nextDueAt', direction: 'asc' } } as const
    expect(await found(byDeadline)).toEqual(['ransom', 'email', 'laptop'])
    expect(await found({ ...byDeadline, closedLast: true })).toEqual(['email', 'laptop', 'ransom'])
    const last = await repo.listIncidents({ ...byDeadline, closedLast: true, offset: 2, limit: 1 })
    expect(last.total).toBe(3)
    expect(last.items.map((i) => i.id)).toEqual([ids.ransom])
    expect(await found({ ...byDeadline, closedLast: true, status: ['closed'] })).toEqual(['ransom'])
  })

  it('keeps cached sort orders right, row by row, as rows change and arrive', async () => {
    const byTitle = { sort: { key: 'title', direction: 'asc' } } as const
    expect(await found(byTitle)).toEqual(['email', 'laptop', 'ransom'])
    const sortsBefore = registerCacheOf(db).sorted.get('title')
    const ransom = (await repo.getIncident(ids.ransom!))!.incident
    clock += 1000
    await repo.saveIncident({ ...ransom, title: 'Attaque par rançongiciel' })
    await add('zz', { title: 'Zéro papier' })
    await add('aa', { title: 'Accès non autorisé' })
    expect(await found(byTitle)).toEqual(['aa', 'ransom', 'email', 'laptop', 'zz'])
    expect(registerCacheOf(db).sorted.get('title')).not.toBe(sortsBefore)
    expect(await found({ sort: { key: 'title', direction: 'desc' }, limit: 2 })).toEqual([
      'zz',
      'laptop'
    ])
  })

  it('does not trust the word index for rows changed or added after it was built', async () => {
    expect(await found({ text: 'ordi' })).toEqual(['laptop'])
    const stored = (await repo.getIncident(ids.laptop!))!
    clock += 1000
    await repo.saveIncident({ ...stored.incident, title: 'Tablette volée', narrative: '' })
    await add('later', { title: 'Ordinateur fixe', narrative: 'Disque dur revendu.' })
    expect(await found({ text: 'ordi' })).toEqual(['later'])
    expect(await found({ text: 'tablette' })).toEqual(['laptop'])
    expect(await found({ text: 'disque revendu' })).toEqual(['later'])
    // The row changed is checked on its own words; the row added is past the index's end.
    const cache = registerCacheOf(db)
    expect(cache.words?.dirty.size).toBe(1)
    expect(cache.words?.size).toBe(cache.size - 1)
  })

  it('keeps the in-memory snapshot current incrementally, and after a purge', async () => {
    await repo.listIncidents()
    const cache = registerCacheOf(db)
    const version = cache.version
    await refreshRegisterCache(db)
    expect(cache.version).toBe(version)
    const stored = (await repo.getIncident(ids.laptop!))!
    clock += 1000
    await repo.saveIncident({ ...stored.incident, title: 'Tablette volée' })
    expect(await found({ text: 'tablette' })).toEqual(['laptop'])
    expect(cache.version).toBe(version + 1)
    // The row listed is the new one, not only its id.
    const listed = (await repo.listIncidents({ text: 'tablette' })).items[0]
    expect(listed?.title).toBe('Tablette volée')
    expect(listed?.rev).toBe((await repo.getIncident(ids.laptop!))?.index.rev)
    expect(await found({ text: 'ordinateur' })).toEqual([])
    await repo.deleteIncident(ids.laptop!)
    expect(await found({ text: 'tablette' })).toEqual([])
    expect(await found({ text: 'tablette', deleted: 'only' })).toEqual(['laptop'])
    await repo.purgeIncident(ids.laptop!)
    expect((await repo.listIncidents({ deleted: 'include' })).total).toBe(2)
    expect(cache.entries.size).toBe(2)
  })

  it('applies a change once when two views refresh at the same time', async () => {
    await repo.listIncidents()
    const cache = registerCacheOf(db)
    const version = cache.version
    const stored = (await repo.getIncident(ids.laptop!))!
    clock += 1000
    await repo.saveIncident({ ...stored.incident, title: 'Tablette volée' })
    // The register page holds two live queries: both re-run after every write.
    await Promise.all([refreshRegisterCache(db), refreshRegisterCache(db)])
    expect(cache.version).toBe(version + 1)
    expect(await found({ text: 'tablette' })).toEqual(['laptop'])
  })
})

/** The rows in after each full chunk of a read of `rows` (LOAD_CHUNK_ROWS at a time). */
const chunkEnds = (rows: number): number[] =>
  Array.from({ length: Math.floor(rows / LOAD_CHUNK_ROWS) }, (_, i) => (i + 1) * LOAD_CHUNK_ROWS)

describe('a large register', () => {
  async function seed(count: number, vary: (incident: Incident, i: number) => Incident = (x) => x) {
    const base = (await repo.getIncident(ids.laptop!))!.incident
    const incidents = Array.from({ length: count }, (_, i) =>
      vary(
        {
          ...base,
          id: `bulk-${i}`,
          reference: `INC-${String(1000 + i).padStart(4, '0')}`,
          title: `Dossier ${i % 2 === 0 ? 'pair' : 'impair'} numéro ${i}`
        },
        i
      )
    )
    await db.transaction('rw', [db.incidents, db.summaries, db.contents], async () => {
      await db.incidents.bulkPut(
        incidents.map((inc, i) => toIndexRow(inc, undefined, 1000 + i, undefined))
      )
      await db.summaries.bulkPut(incidents.map(toSummary))
      await db.contents.bulkPut(incidents.map((incident) => ({ id: incident.id, clear: incident })))
    })
    await db.meta.put({ key: 'counters', lastRefNumber: 1000 + count, rev: 1000 + count })
  }

  it('indexes words chunk by chunk as the register is read: nothing left to build at the end', async () => {
    await seed(6_000)
    const progress: number[] = []
    const cache = await refreshRegisterCache(db, {
      onProgress: () => progress.push(registerCacheOf(db).words?.size ?? 0)
    })
    // After each chunk read, its rows are in the index already.
    expect(progress).toEqual([...chunkEnds(6_000), 6_003])
    expect(cache.words?.size).toBe(6_003)
    // The chunks' segments merged while of similar size: 15 chunks of 400 end as two segments,
    // then the last 3 rows.
    expect(cache.words?.segments.map((segment) => segment.rows)).toEqual([5_200, 800, 3])
    expect(cache.pendingWords).toBeUndefined()
    expect(runIncidentQuery(cache, { text: 'pair' }).total).toBe(3_000)
    const stored = (await repo.getIncident('bulk-0'))!
    await repo.saveIncident({ ...stored.incident, title: 'Hameçonnage réussi' })
    await repo.listIncidents()
    expect(cache.words?.dirty).toEqual(new Set([cache.entries.get('bulk-0')]))
    expect((await repo.listIncidents({ text: 'hameconnage' })).items.map((i) => i.id)).toEqual([
      'bulk-0'
    ])
    expect((await repo.listIncidents({ text: 'pair numero 0' })).total).toBe(0)
    expect((await repo.listIncidents({ text: 'impair' })).total).toBe(3_000)
  })

  it('keeps the default order chunk by chunk during the read: the same as one sort at the end', async () => {
    // Instants out of id order, with ties (broken by reference, then id).
    await seed(6_000, (incident, i) => ({
      ...incident,
      updatedAt: new Date(Date.UTC(2026, 0, 1) + ((i * 7_919) % 1_500) * 60_000).toISOString()
    }))
    const cache = await refreshRegisterCache(db)
    const kept = cache.sorted.get('updatedAt')
    // Merged after each chunk, not sorted by the first query.
    expect(kept).toHaveLength(6_003)
    cache.sorted.delete('updatedAt')
    const answer = runIncidentQuery(cache, { sort: { key: 'updatedAt', direction: 'asc' } })
    expect([...kept!]).toEqual([...cache.sorted.get('updatedAt')!])
    expect(answer.items.map((item) => item.updatedAt)).toEqual(
      answer.items.map((item) => item.updatedAt).sort()
    )
  })

  it('rebuilds the index in the background once many rows changed, answering right meanwhile', async () => {
    await seed(6_000)
    const cache = await refreshRegisterCache(db)
    const before = cache.words
    const dossier = runIncidentQuery(cache, { text: 'dossier' }).total
    // 2,601 rows rewritten (more than 2,000 + a tenth of the rows): "pair" becomes "double".
    const rows = await db.incidents.where('id').startsWith('bulk-').limit(5_202).toArray()
    const changed = rows.filter((_row, i) => i % 2 === 0).slice(0, 2_601)
    await db.transaction('rw', [db.incidents, db.summaries, db.meta], async () => {
      await db.incidents.bulkPut(changed.map((row, i) => ({ ...row, rev: 20_000 + i })))
      await db.summaries.bulkPut(
        changed.map((row) => ({
          id: row.id,
          clear: { title: 'Dossier double', client: '', searchText: ' dossier double ' }
        }))
      )
      await db.meta.put({ key: 'counters', lastRefNumber: 7_000, rev: 30_000 })
    })
    await refreshRegisterCache(db)
    expect(before?.dirty.size).toBe(2_601)
    const pair = runIncidentQuery(cache, { text: 'pair' }).total
    // The query that found the index too dirty started a rebuild; the old index still answers.
    expect(cache.pendingWords).toBeDefined()
    expect(cache.words).toBe(before)
    expect(runIncidentQuery(cache, { text: 'double' }).total).toBe(2_601)
    await wordIndexReady(cache)
    expect(cache.words).not.toBe(before)
    expect(cache.words?.dirty.size).toBe(0)
    expect(runIncidentQuery(cache, { text: 'pair' }).total).toBe(pair)
    expect(runIncidentQuery(cache, { text: 'double' }).total).toBe(2_601)
    expect(runIncidentQuery(cache, { text: 'dossier' }).total).toBe(dossier)
  })

  it('answers from the rows read so far while the full read goes on, in the order of the full answer', async () => {
    await seed(6_000)
    const queries: IncidentQuery[] = [
      { text: 'impair', sort: { key: 'title', direction: 'asc' }, limit: 30 },
      { sort: { key: 'nextDueAt', direction: 'asc' }, closedLast: true, offset: 5, limit: 20 },
      { sort: { key: 'reference', direction: 'desc' }, limit: 10 },
      // Past the selection's bound: every match sorted.
      { text: 'dossier', sort: { key: 'updatedAt', direction: 'desc' }, limit: 2_000 }
    ]
    const partials: { loaded: number; results: IncidentListResult[] }[] = []
    forgetRegisterCache(db)
    const cache = await refreshRegisterCache(db, {
      onProgress: (loaded) => {
        if (loaded >= 6_003) return
        const now = registerCacheOf(db)
        partials.push({ loaded, results: queries.map((query) => runIncidentQuery(now, query)) })
      }
    })
    expect(partials.map((p) => p.loaded)).toEqual(chunkEnds(6_000))
    for (const { loaded, results } of partials) {
      const read = new Set(cache.list.slice(0, loaded).map((entry) => entry.item.id))
      queries.forEach((query, i) => {
        const all = runIncidentQuery(cache, { ...query, offset: 0, limit: undefined })
        const expected = all.items.filter((item) => read.has(item.id))
        const offset = query.offset ?? 0
        const result = results[i]!
        expect(result.partial).toEqual({ loaded, expected: 6_003 })
        expect(result.total).toBe(expected.length)
        expect(result.items.map((item) => item.id)).toEqual(
          expected.slice(offset, offset + query.limit!).map((item) => item.id)
        )
      })
    }
    expect(runIncidentQuery(cache, queries[0]!).partial).toBeUndefined()
  })
})

describe('sort orders', () => {
  it('are the same whether sorted at load or maintained row by row', async () => {
    const keys = [
      'reference',
      'title',
      'status',
      'occurredAt',
      'awareAt',
      'updatedAt',
      'nextDueAt'
    ] as const
    for (const key of keys) await repo.listIncidents({ sort: { key, direction: 'asc' } })
    const base = (await repo.getIncident(ids.laptop!))!.incident
    let n = 0
    const pick = <T>(list: readonly T[]) => list[n++ % list.length]!
    const incidents = Array.from({ length: 120 }, (_, i) => ({
      ...base,
      id: `row-${i}`,
      reference: `INC-${String(500 + ((i * 37) % 120)).padStart(4, '0')}`,
      title: pick(['Alpha', 'beta', 'Éclair', '', 'alpha', 'Zèbre', 'beta']),
      status: pick(['draft', 'open', 'closed'] as const),
      timeline: pick([
        [],
        [{ id: 'o', kind: 'occurred' as const, at: '2026-01-01T10:00:00+01:00' }],
        [{ id: 'o', kind: 'occurred' as const, at: `2025-0${1 + (i % 9)}-15T10:00:00Z` }]
      ])
    }))
    const summaries = [
      undefined,
      deadlineSummary('2026-05-01T00:00:00Z'),
      deadlineSummary(`2026-0${1 + (n % 9)}-01T00:00:00Z`)
    ]
    await db.transaction('rw', [db.incidents, db.summaries, db.contents], async () => {
      for (const [i, incident] of incidents.entries()) {
        await db.incidents.put(toIndexRow(incident, undefined, 100 + i, summaries[i % 3]))
        await db.summaries.put(toSummary(incident))
        await db.contents.put({ id: incident.id, clear: incident } as ContentRow)
      }
    })
    // Same database, second connection: its cache is loaded in one go and sorted at once.
    const fresh = await openSentinelleDb({ name: db.name })
    try {
      const freshRepo = createRepository(fresh)
      for (const key of keys) {
        for (const direction of ['asc', 'desc'] as const) {
          const incremental = (await repo.listIncidents({ sort: { key, direction } })).items.map(
            (i) => i.id
          )
          const atLoad = (await freshRepo.listIncidents({ sort: { key, direction } })).items.map(
            (i) => i.id
          )
          expect(atLoad, `${key} ${direction}`).toEqual(incremental)
          expect(atLoad).toHaveLength(123)
        }
      }
    } finally {
      fresh.close()
    }
  })
})

function deadlineSummary(dueAt: string) {
  return summarizeAssessment({
    ruleSetVersion: 't',
    computedAt: '2026-03-01T00:00:00Z',
    gdpr: { applies: true, duties: [] },
    coverage: [],
    deadlines: [{ dueAt, status: 'pending', label: { fr: 'x', en: 'x' } }]
  })
}
