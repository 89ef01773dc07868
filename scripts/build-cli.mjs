// Bundles the command line (scripts/render.ts) into one ESM file run by plain node, so a fresh
// process reaches its first PDF without a TypeScript loader. `npm run build:cli`;
// `--if-stale` rebuilds only when a source is newer than the bundle (used by `npm run render`).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const OUT = 'out/cli/render.mjs'

/** Bundles `entry` (relative to the repo root) into `outfile`. */
export async function bundle(entry, outfile) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@shared': './shared' },
    // pdf-lib and fontkit are CommonJS: give the bundle a real `require` for Node built-ins.
    banner: {
      js: "import { createRequire as __sentinelleRequire } from 'node:module'; const require = __sentinelleRequire(import.meta.url);"
    },
    legalComments: 'none',
    logLevel: 'warning'
  })
}

function newestSource(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const name of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, name)))
  return newest
}

function isStale() {
  const out = join(root, OUT)
  if (!existsSync(out)) return true
  const built = statSync(out).mtimeMs
  const sources = ['shared', 'scripts/render.ts', 'package-lock.json'].map((path) =>
    join(root, path)
  )
  return sources.some((path) => existsSync(path) && newestSource(path) > built)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || isStale()) {
    await bundle('scripts/render.ts', OUT)
    if (!process.argv.includes('--if-stale')) console.log(OUT)
  }
}
