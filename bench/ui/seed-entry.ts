/**
 * Bench-only browser entry (bundled by bench-ui.ts, never part of the app build): the e2e
 * seeding hook (test/e2e/support/seed-entry.ts, which defines __sentinelleSeed) plus the
 * encryption of the seeded register with the app's own vault (renderer/src/db/vault.ts), as the
 * set-up dialog does it: through the app's guarded database (renderer/src/db/app-db.ts), whose
 * middleware removes the clear register's first screen kept in localStorage before the set-up's
 * first transaction, as it does for a user.
 */
import '../../test/e2e/support/seed-entry'

import { db, repository } from '../../renderer/src/db/app-db'
import { vaultOf } from '../../renderer/src/db/vault'

async function encrypt(passphrase: string): Promise<{ sealed: number }> {
  await repository.ready()
  try {
    const { migration } = await vaultOf(db).setUp(passphrase, { batchSize: 1000 })
    return { sealed: migration.sealed }
  } finally {
    db.close()
  }
}

;(globalThis as { __benchEncrypt?: typeof encrypt }).__benchEncrypt = encrypt
