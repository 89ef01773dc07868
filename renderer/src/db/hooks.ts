/**
 * Live queries for the views: each hook re-renders after any change to what it read, made
 * anywhere in the app (Dexie liveQuery). They return undefined while loading.
 *
 * The database must be open (openDatabase() in the app root) before a view using them mounts.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'

import type { Policy } from '@shared/model'

import { db as appDb } from './app-db'
import type { SentinelleDb } from './schema'
import { refreshRegisterCache, registerCacheOf, runIncidentQuery } from './search'
import type {
  AttachmentMeta,
  HistoryEntry,
  IncidentListResult,
  IncidentQuery,
  SettingKey,
  Settings,
  StoredIncident
} from './types'
import { SETTING_SCHEMAS } from './settings'
import { openAttachmentRow, openHistoryRow, openPolicyRow } from './repository'
import { vaultOf } from './vault'

/**
 * The register list. The live part only refreshes the in-memory snapshot (cheap, incremental);
 * the search itself runs synchronously on each query change, so typing never waits on IndexedDB.
 */
export function useIncidentList(
  query: IncidentQuery,
  database: SentinelleDb = appDb
): IncidentListResult | undefined {
  const version = useLiveQuery(
    async () => (await refreshRegisterCache(database)).version,
    [database]
  )
  const key = JSON.stringify(query)
  return useMemo(
    () =>
      version === undefined
        ? undefined
        : runIncidentQuery(registerCacheOf(database), JSON.parse(key) as IncidentQuery),
    [version, key, database]
  )
}

/** The incident, undefined while loading, null when there is no such incident. */
export function useIncident(
  id: string | undefined,
  database: SentinelleDb = appDb
): StoredIncident | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null
    const [index, content] = await Promise.all([
      database.incidents.get(id),
      database.contents.get(id)
    ])
    return index && content
      ? { index, incident: await vaultOf(database).open('contents', id, content) }
      : null
  }, [id, database])
}

export function useHistory(
  incidentId: string | undefined,
  database: SentinelleDb = appDb
): HistoryEntry[] | undefined {
  return useLiveQuery(async (): Promise<HistoryEntry[]> => {
    if (!incidentId) return []
    const rows = await database.history.where('incidentId').equals(incidentId).sortBy('id')
    return Promise.all(rows.map((row) => openHistoryRow(database, row)))
  }, [incidentId, database])
}

export function useAttachments(
  incidentId: string | undefined,
  database: SentinelleDb = appDb
): AttachmentMeta[] | undefined {
  return useLiveQuery(async (): Promise<AttachmentMeta[]> => {
    if (!incidentId) return []
    const rows = await database.attachments.where('incidentId').equals(incidentId).sortBy('addedAt')
    return Promise.all(rows.map((row) => openAttachmentRow(database, row)))
  }, [incidentId, database])
}

export function usePolicies(
  opts: { includeArchived?: boolean } = {},
  database: SentinelleDb = appDb
): Policy[] | undefined {
  const includeArchived = opts.includeArchived ?? false
  return useLiveQuery(async () => {
    const rows = includeArchived
      ? await database.policies.toArray()
      : await database.policies.where('archived').equals(0).toArray()
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return Promise.all(rows.map((row) => openPolicyRow(database, row)))
  }, [includeArchived, database])
}

/** A setting; undefined while loading or when never set (the caller applies its default). */
export function useSetting<K extends SettingKey>(
  key: K,
  database: SentinelleDb = appDb
): Settings[K] | undefined {
  return useLiveQuery(async () => {
    const row = await database.settings.get(key)
    const parsed = row ? SETTING_SCHEMAS[key].safeParse(row.value) : undefined
    return parsed?.success ? (parsed.data as Settings[K]) : undefined
  }, [key, database])
}
