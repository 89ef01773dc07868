/**
 * Opens an encrypted bench profile (out/bench-ui/profiles/encN), unlocks it and waits until the
 * vault's re-sealing (v3 → v4 incident keys) is done, so that bench:ui's unlock rows measure an
 * unlock, not a migration. Run once after a schema change:
 *
 *   npx tsx bench/ui/finish-migration.ts out/renderer enc100000 [port]
 */
import { resolve } from 'node:path'

import { benchPort, launchChromium, REGISTER_PASSPHRASE, serve } from './bench-lib'

const dir = resolve(process.argv[2] ?? 'out/renderer')
const name = process.argv[3] ?? 'enc100000'
const port = Number(process.argv[4] ?? benchPort)

const closeServer = await serve(dir, port)
const context = await launchChromium(
  resolve(import.meta.dirname, '../../out/bench-ui/profiles', name)
)
const started = Date.now()
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.getByTestId('unlock-secret').fill(REGISTER_PASSPHRASE, { timeout: 600_000 })
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const open = indexedDB.open('sentinelle')
        open.onsuccess = () => ok(open.result)
        open.onerror = () => ko(open.error)
      })
      try {
        const row = await new Promise<{ migration?: string; incidentKeys?: string } | undefined>(
          (ok, ko) => {
            const get = db.transaction('meta').objectStore('meta').get('keyring')
            get.onsuccess = () => ok(get.result as never)
            get.onerror = () => ko(get.error)
          }
        )
        return row?.migration === 'done' && row.incidentKeys === 'done'
      } finally {
        db.close()
      }
    },
    undefined,
    { timeout: 3_600_000, polling: 5_000 }
  )
  console.log(`${name}: re-sealing done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
} finally {
  await context.close()
  await closeServer()
}
