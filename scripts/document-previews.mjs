// Bundles scripts/document-previews.ts and runs it: PNG previews in docs/documents/.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { bundle } from './build-cli.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
await bundle('scripts/document-previews.ts', 'out/cli/document-previews.mjs')
const result = spawnSync(process.execPath, ['out/cli/document-previews.mjs'], {
  cwd: root,
  stdio: 'inherit'
})
process.exit(result.status ?? 1)
