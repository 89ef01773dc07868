/**
 * Backup and restore of a register, in Node with fake-indexeddb (IndexedDB in Chromium has other
 * costs; WebCrypto and the container code are the same). Prints figures, asserts nothing.
 *
 *   npm run bench:backup                      1,000 incidents, 1 in 4 with a 100 KiB attachment
 *   npm run bench:backup -- --incidents=1000 --attachment-kib=100
 *
 * Times: backup = createBackup (read every table, hash every entry, pack); check = planRestore
 * into an empty register (every check, decryption of every record); write = applyRestore.
 */
import 'fake-indexeddb/auto'

import { verifyBackup } from '@shared/backup'

import { applyRestore, createBackup, planRestore } from '../renderer/src/db/backup-store'
import { openTestDb, seedRegister } from '../renderer/src/db/backup-test-support'
import { vaultOf } from '../renderer/src/db/vault'

const arg = (name: string, fallback: number) => {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
  return raw ? Number(raw) : fallback
}
const incidents = arg('incidents', 1_000)
const attachmentKib = arg('attachment-kib', 100)
const ms = (start: number) => `${Math.round(performance.now() - start)} ms`

for (const encrypted of [false, true]) {
  const source = await openTestDb()
  await seedRegister(source.repo, incidents, {
    attachEvery: 4,
    attachmentBytes: attachmentKib * 1024
  })
  if (encrypted) await vaultOf(source.db).setUp('phrase secrète du banc')
  let start = performance.now()
  const { blob } = await createBackup(source.db)
  const backupTime = ms(start)
  const bytes = new Uint8Array(await blob.arrayBuffer())
  start = performance.now()
  const report = await verifyBackup(bytes, encrypted ? 'phrase secrète du banc' : undefined)
  const verifyTime = ms(start)
  const target = await openTestDb()
  start = performance.now()
  const plan = await planRestore(target.db, blob, {
    secret: encrypted ? 'phrase secrète du banc' : undefined
  })
  const checkTime = ms(start)
  start = performance.now()
  await applyRestore(target.db, plan)
  const writeTime = ms(start)
  const counts = report.manifest?.counts
  console.log(
    [
      `${encrypted ? 'encrypted' : 'clear    '} ${counts?.incidents} incidents, ${counts?.attachments} attachments of ~${attachmentKib} KiB:`,
      `size ${(bytes.byteLength / 1024 / 1024).toFixed(2)} MiB,`,
      `backup ${backupTime}, verify ${verifyTime} (${report.ok ? 'ok' : 'FAILED'}),`,
      `restore check ${checkTime}, write ${writeTime}`
    ].join(' ')
  )
  source.db.close()
  target.db.close()
}
