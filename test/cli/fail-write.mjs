// Preloaded into a CLI process (NODE_OPTIONS=--import) by test/cli/hostile.test.ts to inject
// file-system failures without relying on permissions (CI runs as root). The
// SENTINELLE_FAIL_WRITE_AT-th fs.writeSync to a file fails as a full disk would (ENOSPC), so a
// test can prove a failed write leaves the old files intact.
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

// SENTINELLE_DENY_WRITE=<dir>: that directory answers "not writable" (EACCES) to an access check,
// as it would for a user without the permission (root bypasses permissions).
const denied = process.env.SENTINELLE_DENY_WRITE
if (denied) {
  const accessSync = fs.accessSync
  fs.accessSync = function (path, mode) {
    if (String(path) === denied && mode !== undefined && (mode & fs.constants.W_OK) !== 0) {
      const error = new Error(`EACCES: permission denied, access '${denied}'`)
      error.code = 'EACCES'
      throw error
    }
    return accessSync.call(this, path, mode)
  }
  syncBuiltinESMExports()
}
