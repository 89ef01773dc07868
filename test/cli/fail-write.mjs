// Preloaded into a CLI process (NODE_OPTIONS=--import) by test/cli/hostile.test.ts: the
// SENTINELLE_FAIL_WRITE_AT-th fs.writeSync to a file fails as a full disk would (ENOSPC), so a
// test can prove a failed write leaves the old files intact without relying on permissions.
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const failAt = Number(process.env.SENTINELLE_FAIL_WRITE_AT)
if (failAt > 0) {
  const writeSync = fs.writeSync
  let count = 0
  fs.writeSync = function (fd, ...rest) {
    // Only the files the CLI writes itself, not stdout or stderr.
    if (typeof fd === 'number' && fd > 2 && ++count === failAt) {
      const error = new Error('ENOSPC: no space left on device, write')
      error.code = 'ENOSPC'
      throw error
    }
    return writeSync.call(this, fd, ...rest)
  }
  syncBuiltinESMExports()
}
