// The `render` command users run: loads out/cli/render-bundle.cjs through V8's code cache
// (render-bundle.cache, written by `npm run build:cli`), so a fresh process does not parse and
// compile the bundle again. Without a usable cache it simply runs the bundle.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'

const bundlePath = fileURLToPath(new URL('./render-bundle.cjs', import.meta.url))
const cachePath = fileURLToPath(new URL('./render-bundle.cache', import.meta.url))
const source = readFileSync(bundlePath, 'utf8')
let cachedData
try {
  cachedData = readFileSync(cachePath)
} catch {
  cachedData = undefined
}
const script = new vm.Script(
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
  { filename: bundlePath, cachedData }
)
if (process.env.SENTINELLE_WRITE_CODE_CACHE === '1') {
  // At exit, the cache also holds every function the render compiled lazily.
  process.on('exit', () => writeFileSync(cachePath, script.createCachedData()))
}
const module = { exports: {} }
script.runInThisContext()(
  module.exports,
  createRequire(bundlePath),
  module,
  bundlePath,
  dirname(bundlePath)
)
