// Bundles the command line (scripts/render.ts) into one ESM file run by plain node, so a fresh
// process reaches its first PDF without a TypeScript loader. `npm run build:cli`.
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle('scripts/render.ts', 'out/cli/render.mjs')
  console.log('out/cli/render.mjs')
}
