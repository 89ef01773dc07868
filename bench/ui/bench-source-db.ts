/**
 * The seeded source database of the in-page backup benches (restore-entry.ts,
 * backup-memory-entry.ts): plain IndexedDB and the e2e seeding hook only, no app code, so a
 * baseline tree's bundle shares it unchanged.
 */
export async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
    req.onblocked = () => reject(new Error(`${name} is still open`))
  })
}

type SeedHook = (o: {
  count: number
  seed: number
  now: string
  dbName: string
}) => Promise<unknown>

/** `count` seeded incidents (seed 12, as every bench) in a fresh database `name`. */
export async function seedSource(name: string, count: number, now: string): Promise<void> {
  await deleteDatabase(name)
  const seed = (globalThis as unknown as { __sentinelleSeed: SeedHook }).__sentinelleSeed
  await seed({ count, seed: 12, now, dbName: name })
}
