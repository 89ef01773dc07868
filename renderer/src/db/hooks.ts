/**
 * Live queries for the views: each hook re-renders after any change to what it read, made
 * anywhere in the app (Dexie liveQuery). They return undefined while loading.
 *
 * They may mount before the database is open (the shell is drawn at once): every live query
 * waits for the open behind one gate (useOpenLiveQuery) and reads undefined (loading) until then.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'

import type { Policy } from '@shared/model'

import { db as appDb } from './app-db'
import type { SentinelleDb } from './schema'
import type { RegisterCounts } from './counts'
import { useRegisterAnswer } from './register-hooks'
import { registerStoreOf } from './register-store'
import { useStoreCounts, useStorePrefetch } from './register-view'
import type {
  AttachmentMeta,
  HistoryEntry,
  IncidentConflict,
  IncidentListResult,
  IncidentQuery,
  Settings,
  StoredIncident
} from './types'
import type { PlainSettingKey } from './setting-checks'
import { openAttachmentRow, openConflictRow, openHistoryRow, openPolicyRow } from './repository'
import { vaultOf } from './vault'
import { readStoredSetting, whenOpen } from './when-open'

/**
 * The register list for `query`: the first rows straight from the index at start, then every
 * query answered in memory by the shared register store (./register-store.ts), so typing never
 * waits on IndexedDB. Undefined while loading.
 */
export function useIncidentList(
  query: IncidentQuery,
  database: SentinelleDb = appDb
): IncidentListResult | undefined {
  return useRegisterAnswer(query, undefined, database).result
}

/**
 * Asks for a view's first page without rendering it: a parent that knows what its child will
 * list starts the read with the counts, so the child's first render already has its rows.
 */
export function usePrefetchIncidentList(
  query: IncidentQuery,
  database: SentinelleDb = appDb
): void {
  useStorePrefetch(registerStoreOf(database), query)
}

/** The register's counts (live by status, in the bin), from the counters row; undefined while loading. */
export function useRegisterCounts(database: SentinelleDb = appDb): RegisterCounts | undefined {
  return useStoreCounts(registerStoreOf(database))
}

const isDamaged = (error: unknown) =>
  (error as { detail?: { kind?: string } }).detail?.kind === 'damaged'

/**
 * True once the database is open. The shell's hooks mount while it opens (the shell is drawn at
 * once): a live query started on a closed database fails once and never runs again, so they
 * wait for this before querying (the idle lock read its 15-minute default forever otherwise).
 */
function useDatabaseOpen(database: SentinelleDb): boolean {
  const [open, setOpen] = useState(() => database.isOpen())
  useEffect(() => {
    if (open) return
    return whenOpen(database, () => setOpen(true))
  }, [database, open])
  return open
}

/**
 * The one "database ready" gate every live query of this file goes through: undefined (loading)
 * until the database is open, then Dexie's live query. Without it, a view mounted while the
 * database opens would read nothing, forever.
 */
function useOpenLiveQuery<T>(
  database: SentinelleDb,
  query: () => Promise<T>,
  deps: readonly unknown[]
): T | undefined {
  const open = useDatabaseOpen(database)
  return useLiveQuery(async () => (open ? query() : undefined), [open, database, ...deps])
}

/**
 * Opens each row; a row that fails authentication is left out (reported by the repository
 * functions that read it alone) rather than making the whole list unreadable.
 */
async function openAll<R, T>(rows: R[], open: (row: R) => Promise<T>): Promise<T[]> {
  const settled = await Promise.allSettled(rows.map(open))
  return settled.flatMap((result) => {
    if (result.status === 'fulfilled') return [result.value]
    if (isDamaged(result.reason)) return []
    throw result.reason
  })
}

/**
 * The incident, undefined while loading, null when there is no such incident or its sealed
 * content fails authentication (getIncident reports that one as `damaged`).
 */
export function useIncident(
  id: string | undefined,
  database: SentinelleDb = appDb
): StoredIncident | null | undefined {
  return useOpenLiveQuery(database, async () => {
    if (!id) return null
    const [index, content] = await Promise.all([
      database.incidents.get(id),
      database.contents.get(id)
    ])
    if (!index || !content) return null
    try {
      return { index, incident: await vaultOf(database).open('contents', id, content) }
    } catch (error) {
      if (isDamaged(error)) return null
      throw error
    }
  }, [id])
}

export function useHistory(
  incidentId: string | undefined,
  database: SentinelleDb = appDb
): HistoryEntry[] | undefined {
  return useOpenLiveQuery(database, async (): Promise<HistoryEntry[]> => {
    if (!incidentId) return []
    const rows = await database.history.where('incidentId').equals(incidentId).sortBy('id')
    return openAll(rows, (row) => openHistoryRow(database, row))
  }, [incidentId])
}

export function useAttachments(
  incidentId: string | undefined,
  database: SentinelleDb = appDb
): AttachmentMeta[] | undefined {
  return useOpenLiveQuery(database, async (): Promise<AttachmentMeta[]> => {
    if (!incidentId) return []
    const rows = await database.attachments.where('incidentId').equals(incidentId).sortBy('addedAt')
    return openAll(rows, (row) => openAttachmentRow(database, row))
  }, [incidentId])
}

export function usePolicies(
  opts: { includeArchived?: boolean } = {},
  database: SentinelleDb = appDb
): Policy[] | undefined {
  const includeArchived = opts.includeArchived ?? false
  return useOpenLiveQuery(database, async () => {
    const rows = includeArchived
      ? await database.policies.toArray()
      : await database.policies.where('archived').equals(0).toArray()
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return openAll(rows, (row) => openPolicyRow(database, row))
  }, [includeArchived])
}

/**
 * A setting; undefined while loading or when never set (the caller applies its default). Only
 * the settings checked without zod (./setting-checks.ts): a live query must not wait on a fetch.
 */
export function useSetting<K extends PlainSettingKey>(
  key: K,
  database: SentinelleDb = appDb
): Settings[K] | undefined {
  return useOpenLiveQuery(database, () => readStoredSetting(database, key), [key])
}

/**
 * The pending conflicts of an incident (both versions of a refused save), oldest first; a
 * record that fails authentication is left out. Live: a choice made in another tab shows here.
 */
export function useConflicts(
  incidentId: string | undefined,
  database: SentinelleDb = appDb
): IncidentConflict[] | undefined {
  return useOpenLiveQuery(database, async (): Promise<IncidentConflict[]> => {
    if (!incidentId) return []
    const rows = await database.conflicts
      .where('incidentId')
      .equals(incidentId)
      .sortBy('detectedAt')
    return openAll(rows, (row) => openConflictRow(database, row))
  }, [incidentId])
}
