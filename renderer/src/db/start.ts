/**
 * The register as the first screen sees it, without the database code (issue 12: Dexie's
 * evaluation and the database object were 40 to 60 ms of main-thread work before the first
 * paint). The start path imports this module, never ./index.ts: nothing here evaluates Dexie
 * (only `import type` from the modules that reach it; a test walks the imports).
 *
 * Before the live register (./live.ts) is loaded, the hooks serve what a start shows without it:
 * the kept first screen (./first-screen.ts: the counts and rows), settings undefined (loading, as
 * while the database opens), a clear vault. The live module is loaded after the first frame
 * (main.tsx, through openDatabase); the hooks then hand over to it with the same
 * shape: the register store replays what the views asked for, in order, so a search typed before
 * keeps its text, focus and answer. The functions (getSetting, setSetting, ...) wait for it: a
 * setting changed before it is loaded is written once it is, never lost.
 */
import { useSyncExternalStore } from 'react'

import { whenIdle } from '../register/after-paint'
import { rowCount, type RegisterCounts } from './counts'
import { hasFirstScreen, readFirstScreen } from './first-screen'
import type * as Live from './live'
import type { ListWindow, RegisterSnapshot, WindowedResult } from './register-store'
import {
  useStoreCounts,
  useStoreList,
  useStorePrefetch,
  type RegisterStoreView
} from './register-view'
import type { Repository } from './repository'
import type { PlainSettingKey } from './setting-checks'
import type { DbOpenResult, IncidentQuery, Settings } from './types'
import type { VaultStatus } from './vault'

export { SentinelleDbError, describeDbError } from './errors'
export { requestPersistentStorage } from './storage'
export { liveCount } from './counts'
export type { PersistResult } from './storage'
export type { DbOpenResult, VaultStatus }

/** The app's database name (schema.ts DEFAULT_DB_NAME; a test checks they are the same). */
export const APP_DB_NAME = 'sentinelle'

/** A clear register's first screen is kept: the shell shows the register while it opens. */
export function hasAppFirstScreen(): boolean {
  return hasFirstScreen(APP_DB_NAME)
}

/** The kept first screen shows incidents (not the first-run screen of an empty register). */
export function keptFirstScreenHasRows(): boolean {
  return (readFirstScreen(APP_DB_NAME)?.page.items.length ?? 0) > 0
}

type LiveModule = typeof Live
let live: LiveModule | undefined
let loading: Promise<LiveModule> | undefined

/** The live register (./live.ts), loaded once; the first screen's hooks attach to it. */
export function loadLive(): Promise<LiveModule> {
  loading ??= import('./live').then((module) => {
    // For a browser bench (bench/ui/start-timeline.ts): when the database code was evaluated.
    globalThis.performance?.mark?.('sentinelle:start-live')
    live = module
    attachVault(module)
    startStore().attach(module.appRegisterStore())
    for (const [key, watch] of settingWatches) if (watch.listeners.size > 0) watch.start(key)
    return module
  })
  return loading
}

let committed: () => void = () => {}
const firstCommit = new Promise<void>((done) => (committed = done))
/**
 * The first screen was committed to the DOM (the app root's first effect, or the first hook that
 * subscribes: both run after React's first commit). Until then a frame may be drawn empty: React
 * renders in a task of its own, and the first animation frame can come before it.
 */
export function firstScreenCommitted(): void {
  committed()
}

/**
 * Runs `work` once the first screen is drawn: the frame after its commit (see
 * firstScreenCommitted); at once in a hidden page (no frame is drawn there), and a second after
 * the commit at the latest (a page whose frames never come must still open its register). Before,
 * it waited for the first animation frame only, which came before React's render: the database
 * code's fetch and evaluation then ran in front of the first paint (first-render-profile).
 */
export function afterFirstFrame<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((done) => {
    let ran = false
    const run = () => {
      if (ran) return
      ran = true
      done(work())
    }
    if (typeof document === 'undefined' || document.visibilityState !== 'visible') return run()
    void firstCommit.then(() => {
      requestAnimationFrame(() => setTimeout(run, 0))
      setTimeout(run, 1_000)
    })
  })
}

/**
 * Runs `work` when the page is first idle after the first screen was drawn (afterFirstFrame),
 * or 500 ms after that frame at the latest. Not from the page's first animation frame: that
 * frame can come before React's render, and the idle callback's timeout then expired while a
 * kept register rendered, so `work` ran in front of the first rows' paint.
 */
export function whenIdleAfterFirstFrame(work: () => void): void {
  void afterFirstFrame(async () => {
    whenIdle(work, { timeout: 500, fallbackMs: 0 })
  })
}

/**
 * A hook subscribed (so the views are committed). The live register is loaded by main.tsx's open
 * (openDatabase); a view alone (a component test) does not load it.
 */
function wantLive(): void {
  firstScreenCommitted()
}

/** Opens the register (app-db.ts openDatabase), loading the live register first. */
export async function openDatabase(): Promise<DbOpenResult> {
  let module: LiveModule
  try {
    module = await loadLive()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { kind: 'storage-unavailable', message } }
  }
  return module.openDatabase()
}

/** A repository function that waits for the live register, then runs. */
function later<K extends keyof Repository>(name: K): Repository[K] {
  const call = async (...args: unknown[]) => {
    const module = await loadLive()
    return (module.repository[name] as unknown as (...a: unknown[]) => Promise<unknown>)(...args)
  }
  // Every repository function is async: the wrapper has its signature.
  return call as unknown as Repository[K]
}
export const getSetting = later('getSetting')
export const setSetting = later('setSetting')
export const createDraftIncident = later('createDraftIncident')
export const eraseExpired = later('eraseExpired')
export const commitAttachmentRemovals = later('commitAttachmentRemovals')

/* The vault: clear until the live one says otherwise (as the live one says before its load). */

const vaultListeners = new Set<() => void>()
const notifyVault = () => {
  for (const listener of [...vaultListeners]) listener()
}
function attachVault(module: LiveModule): void {
  module.vault.subscribe(notifyVault)
  notifyVault()
}
export function vaultStatus(): VaultStatus {
  return live?.vault.status() ?? 'clear'
}
export function subscribeVault(listener: () => void): () => void {
  vaultListeners.add(listener)
  return () => vaultListeners.delete(listener)
}
/** Locks an unlocked register (nothing to lock before the live register is loaded). */
export function lockVault(): void {
  live?.vault.lock()
}

/* Settings: one live query per key, shared by the views that read it. */

type SettingState = { value: unknown; error?: unknown }
const LOADING: SettingState = { value: undefined }

class SettingWatch {
  state: SettingState = LOADING
  readonly listeners = new Set<() => void>()
  private stop: (() => void) | undefined
  constructor(private readonly key: PlainSettingKey) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    if (live) this.start(this.key)
    else wantLive()
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size > 0) return
      this.stop?.()
      this.stop = undefined
    }
  }

  readonly get = (): SettingState => this.state

  start(key: PlainSettingKey): void {
    if (this.stop || !live) return
    this.stop = live.watchSetting(
      key,
      (value) => this.set(value === this.state.value && !this.state.error ? this.state : { value }),
      (error: unknown) => this.set({ value: undefined, error })
    )
  }

  private set(state: SettingState): void {
    if (state === this.state) return
    this.state = state
    for (const listener of [...this.listeners]) listener()
  }
}
const settingWatches = new Map<PlainSettingKey, SettingWatch>()

/**
 * A setting; undefined while loading or when never set (the caller applies its default). Only
 * the settings checked without zod (./setting-checks.ts). Live: a change made anywhere shows.
 */
export function useSetting<K extends PlainSettingKey>(key: K): Settings[K] | undefined {
  let watch = settingWatches.get(key)
  if (!watch) {
    watch = new SettingWatch(key)
    settingWatches.set(key, watch)
  }
  const state = useSyncExternalStore(watch.subscribe, watch.get)
  if (state.error !== undefined) throw state.error
  return state.value as Settings[K] | undefined
}

/* The register store: the kept first screen, then the app's register store. */

/** The answer of an empty register: one object, so that a view is not rendered again for it. */
const NO_INCIDENT: WindowedResult = { items: [], total: 0 }

type Asked =
  { want: true; query: IncidentQuery; window?: ListWindow } | { want: false; query: IncidentQuery }

/**
 * What register-store.ts's RegisterStore shows before its database is open (the kept first
 * screen: its counts, its view's rows; an empty register's "no incident"), until `attach` gives
 * it the app's store: then everything goes to that store, which is first told what the views
 * asked for meanwhile, in the same order.
 */
export class StartRegisterStore implements RegisterStoreView {
  private target: RegisterStoreView | undefined
  private readonly listeners = new Map<() => void, (() => void) | undefined>()
  private snapshot: RegisterSnapshot = { version: 0, full: false }
  private keptKey: string | undefined
  private keptPage: WindowedResult | undefined
  /** The register list's first query (its first windowed one), as the store notes it. */
  private listKey: string | undefined
  private asked: Asked[] = []

  constructor(dbName: string) {
    const kept = readFirstScreen(dbName)
    if (!kept) return
    this.snapshot = { ...this.snapshot, counts: kept.counts }
    this.keptKey = kept.queryKey
    this.keptPage = kept.page
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.set(listener, this.target?.subscribe(listener))
    if (!this.target) wantLive()
    return () => {
      this.listeners.get(listener)?.()
      this.listeners.delete(listener)
    }
  }

  readonly getSnapshot = (): RegisterSnapshot => this.target?.getSnapshot() ?? this.snapshot

  resultAt(key: string): WindowedResult | undefined {
    if (this.target) return this.target.resultAt(key)
    const counts = this.snapshot.counts
    if (counts === undefined) return undefined
    if (rowCount(counts) === 0) return NO_INCIDENT
    return key === this.keptKey ? this.keptPage : undefined
  }

  want(query: IncidentQuery, window?: ListWindow): void {
    if (this.target) return this.target.want(query, window)
    this.asked.push({ want: true, query, window })
    const key = JSON.stringify(query)
    if (window === undefined || this.listKey !== undefined) return
    this.listKey = key
    // Not the view kept (the app changed its first view): its counts go, the page waits for the
    // live ones ("no incident matches" must never show for a register that has some).
    if (this.keptKey === undefined || this.keptKey === key) return
    this.keptKey = undefined
    this.keptPage = undefined
    this.snapshot = { ...this.snapshot, counts: undefined, version: this.snapshot.version + 1 }
    this.notify()
  }

  release(query: IncidentQuery): void {
    if (this.target) return this.target.release(query)
    this.asked.push({ want: false, query })
  }

  /** Hands over to the app's store: what the views asked for, then their subscriptions. */
  attach(target: RegisterStoreView): void {
    if (this.target) return
    for (const asked of this.asked)
      if (asked.want) target.want(asked.query, asked.window)
      else target.release(asked.query)
    this.asked = []
    this.target = target
    for (const listener of this.listeners.keys())
      this.listeners.set(listener, target.subscribe(listener))
    this.notify()
  }

  private notify(): void {
    for (const listener of [...this.listeners.keys()]) listener()
  }
}

let store: StartRegisterStore | undefined
function startStore(): StartRegisterStore {
  store ??= new StartRegisterStore(APP_DB_NAME)
  return store
}

/** The register's counts (live by status, in the bin); undefined while loading. */
export function useRegisterCounts(): RegisterCounts | undefined {
  return useStoreCounts(startStore())
}

/** register-hooks.ts useRegisterList, served by the kept first screen until the register is live. */
export function useRegisterList(
  query: IncidentQuery,
  inSight: ListWindow
): WindowedResult | undefined {
  return useStoreList(startStore(), query, inSight)
}

/** hooks.ts usePrefetchIncidentList, for the first screen. */
export function usePrefetchIncidentList(query: IncidentQuery): void {
  useStorePrefetch(startStore(), query)
}
