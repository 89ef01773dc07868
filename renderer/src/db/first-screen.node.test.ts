// @vitest-environment node
/**
 * The first screen kept outside IndexedDB (./first-screen.ts): shown at once, replaced by the
 * live answer, removed before every write (erasure holds), never kept for an encrypted register.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  guardFirstScreen,
  keptFirstScreenDisplay,
  readFirstScreen,
  saveFirstScreen,
  setFirstScreenDisplay,
  setFirstScreenStorage,
  writeMark,
  type FirstScreen,
  type KeyValueStorage
} from './first-screen'
import { LocalRegisterEngine, type RegisterEngine } from './register-engine'
import { RegisterStore } from './register-store'
import { createRepository, type Repository } from './repository'
import { createSentinelleDb, openGuarded, type SentinelleDb } from './schema'
import { vaultSummaryKeys } from './search'
import type { IncidentListItem, IncidentQuery } from './types'
import { vaultOf } from './vault'

const TZ = { timeZone: 'Europe/Paris' }
const PASSPHRASE = 'une phrase secrète assez longue'
/** The register page's first view (no filter, by deadline): what a start shows. */
const FIRST_VIEW: IncidentQuery = {
  sort: { key: 'nextDueAt', direction: 'asc' },
  deleted: 'exclude',
  closedLast: true
}

let db: SentinelleDb
let repo: Repository
let stored: Map<string, string>

function memoryStorage(): KeyValueStorage {
  return {
    getItem: (key) => stored.get(key) ?? null,
    setItem: (key, value) => void stored.set(key, value),
    removeItem: (key) => void stored.delete(key)
  }
}

beforeEach(async () => {
  stored = new Map()
  setFirstScreenStorage(memoryStorage())
  // Guarded before it opens, as the app's database is (./app-db.ts).
  db = createSentinelleDb({ name: `first-${crypto.randomUUID()}`, appVersion: '0.4.0' })
  guardFirstScreen(db)
  await openGuarded(db)
  vaultOf(db, { keyring: { iterations: 1_000 } })
  repo = createRepository(db)
  await repo.ready()
})
afterEach(async () => {
  setFirstScreenStorage(undefined)
  db.close()
  await db.delete()
})

/** A store with an in-process engine, subscribed as the register page subscribes. */
function startStore(): { store: RegisterStore; stop: () => void } {
  const store = new RegisterStore(
    db,
    (database) => new LocalRegisterEngine(database, vaultSummaryKeys(database))
  )
  const stop = store.subscribe(() => {})
  // Another view asks first (the deadline reminders): not what the next start shows.
  store.want({ status: ['draft', 'open'], deleted: 'exclude', limit: 50 })
  // As the register list asks: its query and the rows in sight.
  store.want(FIRST_VIEW, { first: 0, last: 20 })
  return { store, stop }
}

const titles = (screen: FirstScreen | undefined) => screen?.page.items.map((item) => item.title)

describe('first screen kept outside IndexedDB', () => {
  it('is kept once the register is read, then shown at once by the next start', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Ordinateur volé' } })
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Courriel mal adressé' } })
    const first = startStore()
    await expect
      .poll(() => titles(readFirstScreen(db.name))?.sort())
      .toEqual(['Courriel mal adressé', 'Ordinateur volé'])
    first.stop()
    // A new start: before anything is read from IndexedDB, the kept counts and rows are there.
    const next = new RegisterStore(db)
    expect(next.getSnapshot().counts?.draft).toBe(2)
    expect(
      next
        .resultFor(FIRST_VIEW)
        ?.items.map((item) => item.title)
        .sort()
    ).toEqual(['Courriel mal adressé', 'Ordinateur volé'])
  })

  it('is kept when the register list mounts after the first page was read (as the page does)', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Clé USB perdue' } })
    const store = new RegisterStore(
      db,
      (database) => new LocalRegisterEngine(database, vaultSummaryKeys(database))
    )
    const stop = store.subscribe(() => {})
    // The page prefetches its view; the list (windowed) mounts once the counts are shown.
    store.want(FIRST_VIEW)
    await expect.poll(() => store.resultFor(FIRST_VIEW)?.total).toBe(1)
    store.want(FIRST_VIEW, { first: 0, last: 20 })
    expect(titles(readFirstScreen(db.name))).toEqual(['Clé USB perdue'])
    stop()
  })

  it('is kept when the store read the register before the list asked for its view, the full read still under way', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Téléphone perdu' } })
    // The engine's full read never ends here, as at 100k where it outlasts a short session: the
    // first screen must be kept from the first page, not only once the register is in memory.
    const reading: RegisterEngine = {
      refresh: () => new Promise<never>(() => {}),
      query: () => new Promise<never>(() => {}),
      onProgress: () => {},
      holdRead: () => {},
      terminate: () => {}
    }
    const store = new RegisterStore(db, () => reading)
    // An early subscriber (main.tsx once subscribed before the pages): the counts and the
    // wanted first pages (none yet) are read before the register list mounts.
    const early = store.subscribe(() => {})
    await expect.poll(() => store.getSnapshot().counts?.draft).toBe(1)
    // The list mounts only now and asks for its view (one the index answers for a draft: a
    // draft has no deadline, so FIRST_VIEW's first page would wait for the engine).
    const view: IncidentQuery = { ...FIRST_VIEW, sort: { key: 'updatedAt', direction: 'desc' } }
    store.want(view, { first: 0, last: 20 })
    await expect.poll(() => store.resultFor(view)?.total).toBe(1)
    await expect.poll(() => titles(readFirstScreen(db.name))).toEqual(['Téléphone perdu'])
    early()
  })

  it('an empty clear register is kept too: the next start has its zero counts at once (first-run screen before the open)', async () => {
    const first = startStore()
    await expect.poll(() => readFirstScreen(db.name)?.counts.draft).toBe(0)
    expect(readFirstScreen(db.name)?.page).toEqual({ items: [], total: 0 })
    first.stop()
    const next = new RegisterStore(db)
    expect(next.getSnapshot().counts).toMatchObject({ draft: 0, open: 0, closed: 0, deleted: 0 })
    // The first write removes it before it starts (the guard), as any kept first screen.
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Premier incident' } })
    expect(readFirstScreen(db.name)).toBeUndefined()
  })

  it('a stale empty first screen: the live counts replace it, and the list never answers from it', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Écrit sans le garde' } })
    const stale: FirstScreen = {
      format: 1,
      queryKey: '{}',
      counts: { draft: 0, open: 0, closed: 0, deleted: 0, atRev: 0 },
      page: { items: [], total: 0 }
    }
    stored.set(`sentinelle.first-screen.${db.name}`, JSON.stringify(stale))
    const { store, stop } = startStore()
    // Not the list's view: its counts are dropped when the list asks (no "no incident" shown).
    expect(store.resultFor(FIRST_VIEW)).toBeUndefined()
    await expect.poll(() => store.getSnapshot().counts?.draft).toBe(1)
    await expect
      .poll(() => store.resultFor(FIRST_VIEW)?.items[0]?.title)
      .toBe('Écrit sans le garde')
    stop()
  })

  it('a stale first screen is shown, then replaced by the live answer (and kept again)', async () => {
    const live = await repo.createDraftIncident({ ...TZ, patch: { title: 'Rançongiciel' } })
    const index = (await db.incidents.get(live))!
    // Kept by an earlier start: another title, another count.
    const stale: FirstScreen = {
      format: 1,
      queryKey: JSON.stringify(FIRST_VIEW),
      counts: { draft: 5, open: 0, closed: 0, deleted: 0, atRev: 1 },
      page: { items: [{ ...index, title: 'Titre périmé', client: '' }], total: 5 }
    }
    stored.set(`sentinelle.first-screen.${db.name}`, JSON.stringify(stale))
    const { store, stop } = startStore()
    expect(store.resultFor(FIRST_VIEW)?.items[0]?.title).toBe('Titre périmé')
    expect(store.getSnapshot().counts?.draft).toBe(5)
    await expect.poll(() => store.resultFor(FIRST_VIEW)?.items[0]?.title).toBe('Rançongiciel')
    expect(store.getSnapshot().counts?.draft).toBe(1)
    await expect.poll(() => titles(readFirstScreen(db.name))).toEqual(['Rançongiciel'])
    stop()
  })

  it('is removed before an erasure starts, and the erased title never comes back', async () => {
    const kept = await repo.createDraftIncident({ ...TZ, patch: { title: 'Dossier à effacer' } })
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Dossier qui reste' } })
    const { stop } = startStore()
    await expect.poll(() => titles(readFirstScreen(db.name))?.length).toBe(2)
    // Inside the erasure's own transaction, the copy outside IndexedDB is already gone.
    let seenDuringWrite: FirstScreen | undefined | 'not seen' = 'not seen'
    db.incidents.hook('deleting', () => {
      seenDuringWrite = readFirstScreen(db.name)
    })
    await repo.deleteIncident(kept)
    await repo.purgeIncident(kept)
    expect(seenDuringWrite).toBeUndefined()
    await expect.poll(() => titles(readFirstScreen(db.name))).toEqual(['Dossier qui reste'])
    expect(JSON.stringify([...stored.values()])).not.toContain('Dossier à effacer')
    stop()
  })

  it('a first screen read before a write, or during one, is not kept', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Un' } })
    const screen = {
      query: FIRST_VIEW,
      counts: { draft: 1, open: 0, closed: 0, deleted: 0, atRev: 1 },
      page: { items: [], total: 1 }
    }
    const before = writeMark(db)
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Deux' } })
    expect(saveFirstScreen(db, before, screen)).toBe(false)
    // During a write (its transaction not yet complete).
    let during: boolean | undefined
    await db.transaction('rw', db.meta, async () => {
      during = saveFirstScreen(db, writeMark(db), screen)
    })
    expect(during).toBe(false)
    expect(readFirstScreen(db.name)).toBeUndefined()
    expect(saveFirstScreen(db, writeMark(db), screen)).toBe(true)
    // A write to the settings alone (the language) leaves it: nothing it shows changed.
    await db.settings.put({ key: 'language', value: 'en' } as never)
    expect(readFirstScreen(db.name)).toBeDefined()
  })

  it('is removed by the encryption set-up and never kept for an encrypted register', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Avant le chiffrement' } })
    const { store, stop } = startStore()
    await expect.poll(() => readFirstScreen(db.name)).toBeDefined()
    // Inside the set-up's own transactions (the keyring written, the records sealed), it is gone.
    const seen: (FirstScreen | undefined)[] = []
    const look = () => void seen.push(readFirstScreen(db.name))
    db.meta.hook('creating', look)
    db.meta.hook('updating', look)
    db.summaries.hook('updating', look)
    await vaultOf(db).setUp('une phrase secrète assez longue')
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((screen) => screen === undefined)).toBe(true)
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Après le chiffrement' } })
    await expect.poll(() => store.resultFor(FIRST_VIEW)?.total, { timeout: 10_000 }).toBe(2)
    // The engine answered the change; nothing was kept for the encrypted register.
    await new Promise((done) => setTimeout(done, 100))
    expect(readFirstScreen(db.name)).toBeUndefined()
    expect(JSON.stringify([...stored.values()])).not.toContain('chiffrement')
    stop()
  })

  it('kept, then the register encrypted through another connection: after unlock, a search is answered', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Ordinateur volé' } })
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Courriel mal adressé' } })
    const first = startStore()
    await expect.poll(() => readFirstScreen(db.name)).toBeDefined()
    first.stop()
    // Encrypted through a connection that does not remove the copy (no middleware): a window
    // opened before an update, or a tool. The copy kept for the clear register survives.
    const other = createSentinelleDb({ name: db.name, appVersion: '0.4.0' })
    await openGuarded(other)
    await vaultOf(other, { keyring: { iterations: 1_000 } }).setUp(PASSPHRASE)
    other.close()
    expect(readFirstScreen(db.name)).toBeDefined()
    // The next start: a new connection (a new vault, locked), the kept screen read at once.
    db.close()
    db = createSentinelleDb({ name: db.name, appVersion: '0.4.0' })
    guardFirstScreen(db)
    await openGuarded(db)
    vaultOf(db, { keyring: { iterations: 1_000 } })
    const store = new RegisterStore(
      db,
      (database) => new LocalRegisterEngine(database, vaultSummaryKeys(database))
    )
    // The register page shows the kept screen while the database opens, then the vault is found
    // locked: the copy goes, the unlock screen replaces the page.
    const opening = store.subscribe(() => {})
    store.want(FIRST_VIEW, { first: 0, last: 20 })
    await expect.poll(() => readFirstScreen(db.name)).toBeUndefined()
    store.release(FIRST_VIEW)
    opening()
    // Locked: nothing kept from the clear register is shown any more.
    expect(store.resultFor(FIRST_VIEW)).toBeUndefined()
    expect((await vaultOf(db).unlock(PASSPHRASE)).ok).toBe(true)
    // Unlocked: the page again, then a search typed at once.
    const stop = store.subscribe(() => {})
    store.want(FIRST_VIEW, { first: 0, last: 20 })
    const search: IncidentQuery = { ...FIRST_VIEW, text: 'ordinateur' }
    store.want(search, { first: 0, last: 20 })
    await expect
      .poll(() => store.resultFor(search)?.items.map((item) => item.title), { timeout: 10_000 })
      .toEqual(['Ordinateur volé'])
    expect(store.resultFor(FIRST_VIEW)?.total).toBe(2)
    // Nothing kept for the encrypted register.
    expect(readFirstScreen(db.name)).toBeUndefined()
    stop()
  })

  it('kept for another first view: its counts are not shown for this one (no false "none")', async () => {
    await repo.createDraftIncident({ ...TZ, patch: { title: 'Un incident' } })
    const other: FirstScreen = {
      format: 1,
      queryKey: JSON.stringify({ ...FIRST_VIEW, sort: { key: 'updatedAt', direction: 'desc' } }),
      counts: { draft: 1, open: 0, closed: 0, deleted: 0, atRev: 1 },
      page: { items: [], total: 1 }
    }
    stored.set(`sentinelle.first-screen.${db.name}`, JSON.stringify(other))
    const store = new RegisterStore(db)
    expect(store.getSnapshot().counts?.draft).toBe(1)
    store.want(FIRST_VIEW, { first: 0, last: 20 })
    expect(store.getSnapshot().counts).toBeUndefined()
  })

  it('an unreadable first screen is dropped and the register opens as before', () => {
    stored.set(`sentinelle.first-screen.${db.name}`, '{"format":1,"page":')
    expect(readFirstScreen(db.name)).toBeUndefined()
    expect(stored.size).toBe(0)
    const store = new RegisterStore(db)
    expect(store.getSnapshot().counts).toBeUndefined()
  })
})

describe("the kept rows' display strings (a start draws them without Intl)", () => {
  afterEach(() => setFirstScreenDisplay(undefined))

  it('are saved with the first screen as the page made them, and read back for it', () => {
    const item: IncidentListItem = {
      id: 'id-1',
      reference: 'INC-0001',
      refNumber: 1,
      status: 'draft',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      occurredAt: '2026-11-20T08:30:00.000Z',
      causeKind: 'human_error',
      breachTypes: [],
      policyIds: [],
      authorityNotified: 0,
      personsInformed: 0,
      insurerNotified: 0,
      deleted: 0,
      rev: 1,
      title: 'Un',
      client: ''
    }
    const screen = {
      query: FIRST_VIEW,
      counts: { draft: 1, open: 0, closed: 0, deleted: 0, atRev: 1 },
      page: { items: [item], total: 1 }
    }
    // No page showing the register: saved without strings.
    expect(saveFirstScreen(db, writeMark(db), screen)).toBe(true)
    expect(readFirstScreen(db.name)?.display).toBeUndefined()
    expect(keptFirstScreenDisplay()).toBeUndefined()

    setFirstScreenDisplay((items) => ({
      language: 'fr',
      timeZone: 'Europe/Paris',
      strings: Object.fromEntries(items.map((i) => [`day|${i.occurredAt}`, 'vingt novembre']))
    }))
    expect(saveFirstScreen(db, writeMark(db), screen)).toBe(true)
    expect(readFirstScreen(db.name)?.display).toEqual({
      language: 'fr',
      timeZone: 'Europe/Paris',
      strings: { [`day|${item.occurredAt}`]: 'vingt novembre' }
    })
    expect(keptFirstScreenDisplay()?.strings[`day|${item.occurredAt}`]).toBe('vingt novembre')
  })

  it('are dropped, not the first screen, when they do not look right', () => {
    const screen: FirstScreen = {
      format: 1,
      queryKey: JSON.stringify(FIRST_VIEW),
      counts: { draft: 0, open: 1, closed: 0, deleted: 0, atRev: 1 },
      page: { items: [], total: 1 },
      display: { language: 'fr', timeZone: 'Europe/Paris', strings: { x: 42 as never } }
    }
    stored.set(`sentinelle.first-screen.${db.name}`, JSON.stringify(screen))
    const read = readFirstScreen(db.name)
    expect(read?.counts.open).toBe(1)
    expect(read?.display).toBeUndefined()
    expect(keptFirstScreenDisplay()).toBeUndefined()
  })
})
