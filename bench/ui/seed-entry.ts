/**
 * Bench-only browser entry (bundled by bench-ui.ts, never part of the app build): the e2e
 * seeding hook (test/e2e/support/seed-entry.ts, which defines __sentinelleSeed) plus the
 * encryption of the seeded register with the app's own vault (renderer/src/db/vault.ts), as the
 * set-up dialog does it.
 */
import '../../test/e2e/support/seed-entry'

import { createRepository } from '../../renderer/src/db/repository'
import { createSentinelleDb } from '../../renderer/src/db/schema'
import { vaultOf } from '../../renderer/src/db/vault'

async function encrypt(passphrase: string): Promise<{ sealed: number }> {
  const db = createSentinelleDb()
  await createRepository(db).ready()
  try {
    const { migration } = await vaultOf(db).setUp(passphrase, { batchSize: 1000 })
    return { sealed: migration.sealed }
  } finally {
    db.close()
  }
}

;(globalThis as { __benchEncrypt?: typeof encrypt }).__benchEncrypt = encrypt
