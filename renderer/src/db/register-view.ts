/**
 * A view's subscription to a register store, whichever store serves it: the app's register
 * store (./register-store.ts), or the start's store (./start.ts) that shows the kept first screen
 * before the database code is loaded and then hands over to it. No Dexie here (import type only):
 * the first screen's hooks are built on these.
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react'

import type { RegisterCounts } from './counts'
import type { ListWindow, RegisterStore, WindowedResult } from './register-store'
import type { IncidentQuery } from './types'

/** What a view needs of a register store. */
export type RegisterStoreView = Pick<
  RegisterStore,
  'subscribe' | 'getSnapshot' | 'resultAt' | 'want' | 'release'
>

/**
 * One view's subscription to `store`: asks for `query` (and the rows in `inSight`, for a
 * windowed list) before the paint, so the engine (a Worker) searches while the browser paints;
 * releases it when the view shows another query or goes; gives the answer held now. Throws the
 * store's error.
 */
export function useStoreAnswer(
  store: RegisterStoreView,
  query: IncidentQuery,
  inSight: ListWindow | undefined
): { result: WindowedResult | undefined; counts: RegisterCounts | undefined } {
  const key = JSON.stringify(query)
  // Three selections, not the whole snapshot: a view re-renders when its own answer, the counts
  // or the error change, not on every publish (another view's answer, the read's progress).
  const counts = useSyncExternalStore(store.subscribe, () => store.getSnapshot().counts)
  const error = useSyncExternalStore(store.subscribe, () => store.getSnapshot().error)
  const result = useSyncExternalStore(store.subscribe, () => store.resultAt(key))
  const first = inSight?.first
  const last = inSight?.last
  useEffect(() => () => store.release(JSON.parse(key) as IncidentQuery), [store, key])
  useLayoutEffect(() => {
    const window = first === undefined || last === undefined ? undefined : { first, last }
    store.want(JSON.parse(key) as IncidentQuery, window)
  }, [store, key, first, last])
  if (error !== undefined) throw error
  return { result, counts }
}

/**
 * The rows of `query` in `inSight` (see register-hooks.ts useRegisterList): while the answer to
 * a new query is on its way the previous one stays, marked `stale`. Undefined while loading, and
 * once locked.
 */
export function useStoreList(
  store: RegisterStoreView,
  query: IncidentQuery,
  inSight: ListWindow
): WindowedResult | undefined {
  const { result, counts } = useStoreAnswer(store, query, inSight)
  // The previous answer, shown while the new one is on its way; nothing once locked (no
  // counts): it holds decrypted titles. A ref, not state: keeping it costs no extra render.
  const previous = useRef<WindowedResult | undefined>(undefined)
  if (counts === undefined) previous.current = undefined
  else if (result !== undefined) previous.current = result
  const kept = previous.current
  if (counts === undefined) return undefined
  return result ?? (kept === undefined ? undefined : { ...kept, stale: true })
}

/** The register's counts; a publish that leaves them (an answer, a progress) renders nothing. */
export function useStoreCounts(store: RegisterStoreView): RegisterCounts | undefined {
  return useSyncExternalStore(store.subscribe, () => store.getSnapshot().counts)
}

/**
 * Asks for a view's first page without rendering it: a parent that knows what its child will
 * list starts the read with the counts, so the child's first render already has its rows.
 */
export function useStorePrefetch(store: RegisterStoreView, query: IncidentQuery): void {
  const key = JSON.stringify(query)
  useEffect(() => store.want(JSON.parse(key) as IncidentQuery), [store, key])
}
