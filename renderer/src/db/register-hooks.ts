/**
 * The register page's list (./register-store.ts): windowed, so that only the rows in sight
 * cross from the register engine (a Worker in the app) to the main thread.
 */
import { db as appDb } from './app-db'
import {
  registerStoreOf,
  type ListWindow,
  type RegisterSnapshot,
  type WindowedResult
} from './register-store'
import { useStoreAnswer, useStoreList } from './register-view'
import type { SentinelleDb } from './schema'
import type { IncidentQuery } from './types'

/**
 * One view's subscription to the register store of `database` (./register-view.ts
 * useStoreAnswer), under useRegisterList and useIncidentList. Throws the store's error.
 */
export function useRegisterAnswer(
  query: IncidentQuery,
  inSight: ListWindow | undefined,
  database: SentinelleDb
): { result: WindowedResult | undefined; counts: RegisterSnapshot['counts'] } {
  return useStoreAnswer(registerStoreOf(database), query, inSight)
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
  return useStoreList(registerStoreOf(database), query, inSight)
}
