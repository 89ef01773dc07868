/**
 * Persistent storage: without it the browser engine may evict the register under disk pressure.
 * Electron grants it to the app's secure custom scheme; a plain browser may refuse, and the UI
 * must then tell the user (and suggest regular backups).
 */
export type PersistResult = 'granted' | 'denied' | 'unsupported'

type StorageLike = Pick<StorageManager, 'persist' | 'persisted'> &
  Partial<Pick<StorageManager, 'estimate'>>

function storageManager(): StorageLike | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined
}

/** Asks for persistent storage: 'granted' only when the browser actually granted it. */
export async function requestPersistentStorage(
  storage: StorageLike | null = storageManager() ?? null
): Promise<PersistResult> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported'
  try {
    if (await storage.persisted()) return 'granted'
    return (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'denied'
  }
}

export type StorageEstimateInfo = { usageBytes?: number; quotaBytes?: number }

export async function estimateStorage(
  storage: StorageLike | null = storageManager() ?? null
): Promise<StorageEstimateInfo> {
  if (!storage?.estimate) return {}
  const estimate = await storage.estimate()
  return { usageBytes: estimate.usage, quotaBytes: estimate.quota }
}
