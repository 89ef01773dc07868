// Bundles the command line (scripts/render.ts) into one ESM file run by plain node, so a fresh
// process reaches its first PDF without a TypeScript loader. `npm run build:cli`;
// `--if-stale` rebuilds only when a source is newer than the bundle (used by `npm run render`).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const OUT = 'out/cli/render.mjs'

/**
 * @pdf-lib/fontkit decompresses the WOFF2 Brotli dictionary and the Unicode properties trie when
 * it loads: most of a fresh process's start-up. We read TTF only and never call fontkit's
 * `layout()` (shared/pdf measures per code point), so both are made lazy in the CLI bundle. Each
 * patch must apply, so a fontkit update cannot silently undo it.
 */
const lazyFontkit = {
  name: 'sentinelle-lazy-fontkit',
  setup(build) {
    build.onLoad({ filter: /@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8')
      const patches = [
        ['\tdictionary.init(BrotliDecompressBuffer);', '\tvar sentinelleDictionaryReady = false;'],
        [
          'function BrotliDecompressBuffer(buffer, output_size) {',
          'function BrotliDecompressBuffer(buffer, output_size) {\n\t  if (!sentinelleDictionaryReady) { sentinelleDictionaryReady = true; dictionary.init(BrotliDecompressBuffer); }'
        ],
        [
          'var trie = new unicodeTrie(trieData);',
          'var sentinelleTrie; var trie = { get: function (codePoint) { sentinelleTrie = sentinelleTrie || new unicodeTrie(trieData); return sentinelleTrie.get(codePoint); } };'
        ]
      ]
      for (const [from, to] of patches) {
        if (source.split(from).length !== 2)
          throw new Error(`fontkit patch no longer applies: ${from}`)
        source = source.replace(from, to)
      }
      return { contents: source, loader: 'js' }
    })
  }
}

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
    minify: true,
    plugins: [lazyFontkit],
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
