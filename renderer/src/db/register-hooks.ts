/**
 * The register page's list (./register-store.ts): windowed, so that only the rows in sight
 * cross from the register engine (a Worker in the app) to the main thread.
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react'

import { db as appDb } from './app-db'
import {
  registerStoreOf,
  type ListWindow,
  type RegisterSnapshot,
  type WindowedResult
} from './register-store'
import type { SentinelleDb } from './schema'
import type { IncidentQuery } from './types'

/**
 * One view's subscription to the register store (./register-store.ts), under useRegisterList
 * and useIncidentList: asks for `query` (and the rows in `inSight`, for a windowed list) before
 * the paint, so the engine (a Worker) searches while the browser paints; releases it when the
 * view shows another query or goes; gives the answer held now. Throws the store's error.
 */
export function useRegisterAnswer(
  query: IncidentQuery,
  inSight: ListWindow | undefined,
  database: SentinelleDb
): { result: WindowedResult | undefined; counts: RegisterSnapshot['counts'] } {
  const store = registerStoreOf(database)
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
 * The rows of `query` in `inSight` (and a margin): the first rows straight from the index at
 * start, then the engine's answers; `offset` says where the items start. While the answer to a
 * new query is on its way the previous one stays, marked `stale` (no loader flashing between
 * keystrokes). Undefined while loading, and once locked.
 */
export function useRegisterList(
  query: IncidentQuery,
  inSight: ListWindow,
  database: SentinelleDb = appDb
): WindowedResult | undefined {
  const { result, counts } = useRegisterAnswer(query, inSight, database)
  // The previous answer, shown while the new one is on its way; nothing once locked (no
  // counts): it holds decrypted titles. A ref, not state: keeping it costs no extra render.
  const previous = useRef<WindowedResult | undefined>(undefined)
  if (counts === undefined) previous.current = undefined
  else if (result !== undefined) previous.current = result
  const kept = previous.current
  if (counts === undefined) return undefined
  return result ?? (kept === undefined ? undefined : { ...kept, stale: true })
}
