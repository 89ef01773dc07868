// @vitest-environment node
/**
 * The first screen's register store before the database code is loaded (./start.ts): it shows
 * the kept first screen as the app's store shows it before the open, then hands every view over
 * to the app's store, told first what the views asked for meanwhile, in the same order.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { readFirstScreen, setFirstScreenStorage, type KeyValueStorage } from './first-screen'
import type { ListWindow, RegisterSnapshot, WindowedResult } from './register-store'
import type { RegisterStoreView } from './register-view'
import { DEFAULT_DB_NAME } from './schema'
import { APP_DB_NAME, StartRegisterStore } from './start'
import type { IncidentQuery } from './types'

const NAME = 'start-store-test'
const VIEW: IncidentQuery = { sort: { key: 'nextDueAt', direction: 'asc' }, deleted: 'exclude' }
const VIEW_KEY = JSON.stringify(VIEW)
const SEARCH: IncidentQuery = { ...VIEW, text: 'perte' }
const WINDOW: ListWindow = { first: 0, last: 19 }
const COUNTS = { atRev: 7, draft: 1, open: 2, closed: 0, deleted: 0 }
const PAGE = { items: [{ id: 'a', title: 'Ordinateur perdu' }], total: 3 }

let stored: Map<string, string>
beforeEach(() => {
  stored = new Map()
  const storage: KeyValueStorage = {
    getItem: (key) => stored.get(key) ?? null,
    setItem: (key, value) => void stored.set(key, value),
    removeItem: (key) => void stored.delete(key)
  }
  setFirstScreenStorage(storage)
})
afterEach(() => setFirstScreenStorage(undefined))

function keep(queryKey: string, counts = COUNTS, page: unknown = PAGE): void {
  stored.set(
    `sentinelle.first-screen.${NAME}`,
    JSON.stringify({ format: 1, queryKey, counts, page })
  )
}

/** A store standing in for the app's: it records what it is told, in order. */
function recordingStore(): RegisterStoreView & { calls: string[]; listeners: Set<() => void> } {
  const calls: string[] = []
  const listeners = new Set<() => void>()
  const snapshot: RegisterSnapshot = { version: 1, full: true, counts: { ...COUNTS, atRev: 8 } }
  const answer: WindowedResult = { items: [], total: 0 }
  return {
    calls,
    listeners,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    resultAt: () => answer,
    want: (query, window) => void calls.push(`want ${query.text ?? ''} ${window ? 'list' : ''}`),
    release: (query) => void calls.push(`release ${query.text ?? ''}`)
  }
}

describe('the start register store', () => {
  it('shows the kept counts and the kept view rows, nothing for another query', () => {
    keep(VIEW_KEY)
    const store = new StartRegisterStore(NAME)
    expect(store.getSnapshot().counts).toEqual(COUNTS)
    expect(store.resultAt(VIEW_KEY)).toEqual(PAGE)
    expect(store.resultAt(JSON.stringify(SEARCH))).toBeUndefined()
  })

  it('answers "no incident" for a kept empty register, and waits without a kept screen', () => {
    keep('', { atRev: 0, draft: 0, open: 0, closed: 0, deleted: 0 }, { items: [], total: 0 })
    expect(new StartRegisterStore(NAME).resultAt(VIEW_KEY)).toEqual({ items: [], total: 0 })
    stored.clear()
    const none = new StartRegisterStore(NAME)
    expect(none.getSnapshot().counts).toBeUndefined()
    expect(none.resultAt(VIEW_KEY)).toBeUndefined()
  })

  it('drops the kept counts when the list asks for another view first (the page waits)', () => {
    keep(VIEW_KEY)
    const store = new StartRegisterStore(NAME)
    let changes = 0
    store.subscribe(() => changes++)
    store.want(SEARCH, WINDOW)
    expect(store.getSnapshot().counts).toBeUndefined()
    expect(changes).toBe(1)
  })

  it('keeps the kept counts when a search is typed after the list asked for its view', () => {
    keep(VIEW_KEY)
    const store = new StartRegisterStore(NAME)
    store.want(VIEW, WINDOW)
    store.want(SEARCH, WINDOW)
    store.release(VIEW)
    expect(store.getSnapshot().counts).toEqual(COUNTS)
  })

  it('hands over: replays the wants and releases in order, moves the subscriptions, notifies', () => {
    keep(VIEW_KEY)
    const store = new StartRegisterStore(NAME)
    let changes = 0
    const unsubscribe = store.subscribe(() => changes++)
    store.want(VIEW)
    store.want(VIEW, WINDOW)
    store.want(SEARCH, WINDOW)
    store.release(VIEW)
    const app = recordingStore()
    store.attach(app)
    expect(app.calls).toEqual(['want  ', 'want  list', 'want perte list', 'release '])
    expect(changes).toBe(1)
    expect(app.listeners.size).toBe(1)
    // From now on the app's store answers and is told everything.
    expect(store.getSnapshot()).toBe(app.getSnapshot())
    expect(store.resultAt(VIEW_KEY)).toEqual({ items: [], total: 0 })
    store.release(SEARCH)
    expect(app.calls.at(-1)).toBe('release perte')
    for (const listener of app.listeners) listener()
    expect(changes).toBe(2)
    unsubscribe()
    expect(app.listeners.size).toBe(0)
  })

  it('reads the same kept objects as the app store will (no render again at the hand-over)', () => {
    keep(VIEW_KEY)
    const store = new StartRegisterStore(NAME)
    expect(readFirstScreen(NAME)?.counts).toBe(store.getSnapshot().counts)
    expect(readFirstScreen(NAME)?.page).toBe(store.resultAt(VIEW_KEY))
  })

  it('names the app database as schema.ts does', () => {
    expect(APP_DB_NAME).toBe(DEFAULT_DB_NAME)
  })
})
