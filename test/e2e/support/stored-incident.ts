import type { Page } from '@playwright/test'

/** The incident as stored in IndexedDB (its content row), read without the app. */
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
      if (record) return record as Record<string, unknown>
    }
    throw new Error('incident not found in IndexedDB')
  }, id)
}
