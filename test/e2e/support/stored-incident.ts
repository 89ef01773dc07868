import type { Page } from '@playwright/test'

/**
 * The incident as stored in IndexedDB, read without the app: `{ incident }`. Since register
 * schema v2 the content row is an envelope, `{ id, clear }` while no passphrase is set (a sealed
 * `{ iv, ciphertext }` row has no readable incident, which the caller's expectation then shows).
 */
export async function storedIncident(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(async (incidentId) => {
    const names = (await indexedDB.databases()).map((db) => db.name ?? '')
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      if (!db.objectStoreNames.contains('contents')) {
        db.close()
        continue
      }
      const record = await new Promise<unknown>((resolve, reject) => {
        const request = db.transaction('contents').objectStore('contents').get(incidentId)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      db.close()
      if (record && typeof record === 'object') {
        const row = record as Record<string, unknown>
        return { incident: 'clear' in row ? row['clear'] : row['incident'] }
      }
    }
    throw new Error('incident not found in IndexedDB')
  }, id)
}
