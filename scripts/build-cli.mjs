// Bundles the command line (scripts/render.ts) so that plain node runs it fast: `npm run build:cli`;
// `--if-stale` rebuilds only when a source is newer than the bundle (used by `npm run render`).
//
//   out/cli/render.mjs          the launcher users run (`node out/cli/render.mjs …`)
//   out/cli/render-bundle.cjs   everything else, one minified CommonJS file
//   out/cli/render-bundle.cache V8 code cache of the bundle, warmed by one render at build time:
//                               a fresh process skips parsing and compiling 2 MB of JavaScript
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const OUT = 'out/cli/render.mjs'
const BUNDLE = 'out/cli/render-bundle.cjs'
const CACHE = 'out/cli/render-bundle.cache'

/**
 * @pdf-lib/fontkit decompresses, when it loads, the WOFF2 Brotli dictionary and the Unicode and
 * shaping tables of its `layout()` engine: most of a fresh process's start-up. The CLI reads TTF
 * only and never shapes (shared/pdf measures and encodes per code point and replaces the fonts'
 * `layout`), so in the CLI bundle the dictionary is made lazy and the shaping tables are left
 * out (touching them throws instead of shaping wrong); a glyph's `isMark` comes from the
 * platform's Unicode tables, and fontkit's own categories are decompressed only if something else
 * asks. Each patch must apply exactly once, so a fontkit update cannot silently undo it.
 */
const T = '\t'
const FONTKIT_PATCHES = [
  [`${T}dictionary.init(BrotliDecompressBuffer);`, `${T}var sentinelleDictionaryReady = false;`],
  [
    'function BrotliDecompressBuffer(buffer, output_size) {',
    'function BrotliDecompressBuffer(buffer, output_size) {\n  if (!sentinelleDictionaryReady) { sentinelleDictionaryReady = true; dictionary.init(BrotliDecompressBuffer); }'
  ],
  [
    // The Unicode categories: kept for whatever else asks, decompressed on first use.
    `${T}var trieData = pako_1.inflate(base64Arraybuffer_2(base64DeflatedTrie));\n${T}var trie = new unicodeTrie(trieData);`,
    `${T}var sentinelleTrie;\n${T}var trie = { get: function (codePoint) { sentinelleTrie = sentinelleTrie || new unicodeTrie(pako_1.inflate(base64Arraybuffer_2(base64DeflatedTrie))); return sentinelleTrie.get(codePoint); } };`
  ],
  [
    // Glyph.isMark (read by text shaping only, left out below) from the platform's Unicode
    // tables: the categories' trie is then never decompressed in the CLI.
    `${T}    this.isMark = this.codePoints.length > 0 && this.codePoints.every(unicode.isMark);`,
    `${T}    this.isMark = this.codePoints.length > 0 && this.codePoints.every(sentinelleIsMark);`
  ],
  [
    `${T}var trieData$1 = pako_1.inflate(base64Arraybuffer_2(base64DeflatedTrie$1));\n${T}var trie$1 = new unicodeTrie(trieData$1);`,
    `${T}var trie$1 = SENTINELLE_NO_SHAPING;`
  ],
  [
    `${T}var indicMachine = JSON.parse(String.fromCharCode.apply(String, pako_1.inflate(base64Arraybuffer_2(base64DeflatedIndicMachine))));\n${T}var useData = JSON.parse(String.fromCharCode.apply(String, pako_1.inflate(base64Arraybuffer_2(base64DeflatedUseData))));\n${T}var trieData$2 = pako_1.inflate(base64Arraybuffer_2(base64DeflatedTrie$2));\n${T}var decompositions = useData.decompositions;\n${T}var trie$2 = new unicodeTrie(trieData$2);\n${T}var stateMachine = new dfa(indicMachine);`,
    `${T}var decompositions = {};\n${T}var trie$2 = SENTINELLE_NO_SHAPING;\n${T}var stateMachine = SENTINELLE_NO_SHAPING;`
  ],
  [
    `${T}var useData$1 = JSON.parse(String.fromCharCode.apply(String, pako_1.inflate(base64Arraybuffer_2(base64DeflatedUseData))));\n${T}var trieData$3 = pako_1.inflate(base64Arraybuffer_2(base64DeflatedTrie$3));\n${T}var categories = useData$1.categories,\n${T}    decompositions$1 = useData$1.decompositions;\n${T}var trie$3 = new unicodeTrie(trieData$3);\n${T}var stateMachine$1 = new dfa(useData$1);`,
    `${T}var categories = [],\n${T}    decompositions$1 = {};\n${T}var trie$3 = SENTINELLE_NO_SHAPING;\n${T}var stateMachine$1 = SENTINELLE_NO_SHAPING;`
  ]
]
const NO_SHAPING =
  "var SENTINELLE_NO_SHAPING = new Proxy({}, { get: function () { throw new Error('fontkit text shaping is left out of the Sentinelle CLI bundle'); } });\n" +
  'var sentinelleIsMark = function (codePoint) { return /\\p{M}/u.test(String.fromCodePoint(codePoint)); };\n'

const lazyFontkit = {
  name: 'sentinelle-lazy-fontkit',
  setup(build) {
    build.onLoad({ filter: /@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8')
      for (const [from, to] of FONTKIT_PATCHES) {
        if (source.split(from).length !== 2)
          throw new Error(`fontkit patch no longer applies: ${from.slice(0, 80)}`)
        source = source.replace(from, () => to)
      }
      return { contents: NO_SHAPING + source, loader: 'js' }
    })
  }
}

/**
 * pdf-lib as ES modules (its `module` build) instead of CommonJS: esbuild leaves out what the CLI
 * never calls (forms, PNG and JPEG embedding, standard fonts' encodings...) instead of wrapping
 * and evaluating every one of its 200 CommonJS modules at start.
 */
const pdfLibModules = {
  name: 'sentinelle-pdf-lib-modules',
  setup(build) {
    build.onResolve({ filter: /^pdf-lib$/ }, () => ({
      path: join(root, 'node_modules/pdf-lib/es/index.js')
    }))
  }
}

/**
 * Bundles `entry` (relative to the repo root) into `outfile`, ESM or CommonJS; `slimFontkit`
 * applies the fontkit patches above (the CLI only: the bench measures fontkit as it comes).
 */
export async function bundle(entry, outfile, format = 'esm', slimFontkit = false) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    alias: { '@shared': './shared' },
    ...(format === 'esm'
      ? {
          // pdf-lib and fontkit are CommonJS: give the bundle a real `require` for Node built-ins.
          banner: {
            js: "import { createRequire as __sentinelleRequire } from 'node:module'; const require = __sentinelleRequire(import.meta.url);"
          }
        }
      : {
          banner: {
            js: "var __sentinelleUrl = require('node:url').pathToFileURL(__filename).href;"
          },
          define: { 'import.meta.url': '__sentinelleUrl' }
        }),
    legalComments: 'none',
    minify: true,
    plugins: slimFontkit ? [lazyFontkit, pdfLibModules] : [],
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
  const out = join(root, CACHE)
  if (!existsSync(out)) return true
  const built = statSync(out).mtimeMs
  // Everything that ends up in out/cli: the launcher is copied, the fontkit patches live here.
  const sources = [
    'shared',
    'scripts/render.ts',
    'scripts/cli-io.ts',
    'scripts/file-set.ts',
    'scripts/render-launcher.mjs',
    'scripts/build-cli.mjs',
    'package-lock.json'
  ].map((path) => join(root, path))
  return sources.some((path) => existsSync(path) && newestSource(path) > built)
}

/** The CLI: bundle, launcher, and a code cache warmed by rendering the first sample incident. */
export async function buildCli() {
  mkdirSync(join(root, 'out/cli'), { recursive: true })
  await bundle('scripts/render.ts', BUNDLE, 'cjs', true)
  copyFileSync(join(root, 'scripts/render-launcher.mjs'), join(root, OUT))
  rmSync(join(root, CACHE), { force: true })
  const work = mkdtempSync(join(tmpdir(), 'sentinelle-cli-warm-'))
  try {
    await bundle('scripts/cli-warm-sample.ts', join(work, 'sample.mjs'))
    spawnSync(process.execPath, [join(work, 'sample.mjs'), join(work, 'incident.json')], {
      stdio: 'inherit'
    })
    const run = spawnSync(
      process.execPath,
      [
        join(root, OUT),
        join(work, 'incident.json'),
        '--out',
        join(work, 'out'),
        '--now',
        '2026-02-12T09:00:00Z'
      ],
      { env: { ...process.env, SENTINELLE_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' }
    )
    if (run.status !== 0) throw new Error(`warm-up render failed: ${run.stderr}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  if (!existsSync(join(root, CACHE))) throw new Error('no code cache written')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || isStale()) {
    await buildCli()
    if (!process.argv.includes('--if-stale')) console.log(OUT)
  }
}
