import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finds the Electron binary WITHOUT requiring the `electron` package: from Electron 42 on,
 * requiring it starts a download when the binary is missing, which hangs on a machine with no
 * internet. Returns the path, or the reason it cannot be used.
 */
export function findElectronBinary(
  projectRoot: string
): { found: true; path: string } | { found: false; reason: string } {
  const packageDir = join(projectRoot, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(packageDir)) {
    return { found: false, reason: 'the electron package is not installed' }
  }
  if (!existsSync(pathFile)) {
    return {
      found: false,
      reason:
        'the Electron binary was never downloaded (node_modules/electron/path.txt is missing; installed with --ignore-scripts?)'
    }
  }
  const relativePath = readFileSync(pathFile, 'utf8').trim()
  const binary = join(packageDir, 'dist', relativePath)
  if (!existsSync(binary)) {
    return { found: false, reason: `the Electron binary named in path.txt is missing: ${binary}` }
  }
  return { found: true, path: binary }
}
