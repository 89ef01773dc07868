// `npm run bench`: PDF generation speed, side by side in ONE run, with DejaVu Sans embedded.
//   ours      = shared/pdf (own layout + glyph-advance cache + fontkit layout bypass)
//   as-comes  = pdf-lib + @pdf-lib/fontkit as documented: widthOfTextAtSize (fontkit layout) to
//               measure, drawText/drawLine/drawRectangle to draw; same layout algorithm, same blocks
//   pdfmake   = pdfmake 0.3 with the same TTF and the same blocks
// plus a fresh CLI process (out/cli/render.mjs, plain node) to its first PDF, as a ratio to a
// floor measured in the same run (scripts/bench-pdf-floor.mjs).
// Figures are printed, never asserted.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { buildCli, bundle } from './build-cli.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const quick = process.argv.includes('--quick')
// `--cli-only`: only the fresh-process row (the CLI against its floor), not the engines.
const cliOnly = process.argv.includes('--cli-only')

await bundle('bench/bench-lib.ts', 'out/bench/bench-lib.mjs')
await buildCli()
const lib = await import(pathToFileURL(join(root, 'out/bench/bench-lib.mjs')).href)

const fonts = {
  regular: new Uint8Array(readFileSync(join(root, 'resources/fonts/DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(root, 'resources/fonts/DejaVuSans-Bold.ttf')))
}

const require = createRequire(import.meta.url)
const pdfmake = require('pdfmake')
pdfmake.virtualfs.writeFileSync('DejaVuSans.ttf', Buffer.from(fonts.regular))
pdfmake.virtualfs.writeFileSync('DejaVuSans-Bold.ttf', Buffer.from(fonts.bold))
pdfmake.setFonts({ DejaVu: { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } })
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy(() => false)

async function renderPdfmake(spec) {
  const buffer = await pdfmake.createPdf(lib.toPdfmake(spec)).getBuffer()
  return { bytes: buffer, pageCount: countPages(buffer) }
}

function countPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1')
  return (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

const engines = {
  ours: (spec) => lib.renderOurs(spec, fonts),
  'as-comes': (spec) => lib.renderAsItComes(spec, fonts),
  pdfmake: renderPdfmake
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function measure(render, spec, runs) {
  const times = []
  let result
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now()
    result = await render(spec)
    const elapsed = performance.now() - start
    if (i >= 2) times.push(elapsed) // two warm-up runs
  }
  return { ms: median(times), pages: result.pageCount, kb: result.bytes.length / 1024 }
}

const scenarios = lib.benchScenarios()

console.log(
  `node ${process.version}, ${quick ? 'quick' : 'full'} run, median of n runs after 2 warm-ups\n`
)
console.log('| document | engine | pages | ms | ms/page | KB |')
console.log('|---|---|---:|---:|---:|---:|')
for (const scenario of cliOnly ? [] : scenarios) {
  for (const [name, render] of Object.entries(engines)) {
    const runs = quick ? 2 : scenario.runs
    const { ms, pages, kb } = await measure(render, scenario.spec, runs)
    console.log(
      `| ${scenario.name} | ${name} | ${pages} | ${ms.toFixed(1)} | ${(ms / pages).toFixed(1)} | ${kb.toFixed(0)} |`
    )
  }
}

// A fresh process: node start + bundle load + font parse + layout + write, until the CLI prints
// the path of its first PDF. Its floor, measured in the same run and interleaved with it: a fresh
// `node` process writing a one-page PDF with pdf-lib and the same font (bench-pdf-floor.mjs).
// Absolute times do not travel between machines; the ratio to the floor does.

/** Spawns `node <args>`; resolves with the ms to its first stdout output and to its exit. */
function timeProcess(args) {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args)
    let first
    child.stdout.on('data', () => {
      first ??= performance.now() - start
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve({ first, whole: performance.now() - start })
      else reject(new Error(`node ${args[0]} exited with ${code}`))
    })
  })
}

const sampleDir = mkdtempSync(join(tmpdir(), 'sentinelle-bench-in-'))
const incident = join(sampleDir, 'typical-incident.json')
writeFileSync(incident, JSON.stringify(lib.typicalFile()))
{
  // BENCH_CLI_BASE=<dir>: also a baseline CLI (a copy of out/cli built from another commit),
  // interleaved in the same run, so a change is read as a before/after ratio, not across runs.
  const clis = [{ name: 'CLI', dir: join(root, 'out/cli') }]
  const base = process.env['BENCH_CLI_BASE']
  if (base) clis.push({ name: `baseline CLI (${base})`, dir: join(root, base) })
  const floor = []
  const firstPdf = clis.map(() => [])
  const whole = clis.map(() => [])
  const cliRuns = Number(process.env['BENCH_CLI_RUNS'] ?? (quick ? 2 : 6))
  for (let i = 0; i < cliRuns; i++) {
    const out = mkdtempSync(join(tmpdir(), 'sentinelle-bench-'))
    floor.push((await timeProcess([join(root, 'scripts/bench-pdf-floor.mjs'), out])).first)
    // Every other run the other way round, so neither CLI always runs right after the floor.
    const order = clis.map((_, index) => index)
    if (i % 2 === 1) order.reverse()
    for (const index of order) {
      const cliOut = join(out, `cli-${index}`)
      const run = await timeProcess([
        join(clis[index].dir, 'render.mjs'),
        incident,
        '--out',
        cliOut,
        '--now',
        '2026-11-25T10:00:00Z'
      ])
      firstPdf[index].push(run.first)
      whole[index].push(run.whole)
    }
    rmSync(out, { recursive: true, force: true })
  }
  // The CLI writes its documents as one set (all or none, scripts/file-set.ts) and prints their
  // paths once the set is in place: its first path printed comes after every document is written.
  console.log(
    `\nfloor (fresh node + pdf-lib + DejaVu Sans subset, one page): ${median(floor).toFixed(0)} ms (median of ${floor.length})`
  )
  clis.forEach((cli, index) => {
    console.log(
      `fresh ${cli.name} process (node ${cli.dir.replace(root, '')}/render.mjs <typical incident>): first PDF path printed ${median(firstPdf[index]).toFixed(0)} ms (the whole set written), exit ${median(whole[index]).toFixed(0)} ms (median of ${whole[index].length})`
    )
  })
  clis.forEach((cli, index) => {
    const ratio = median(firstPdf[index]) / median(floor)
    console.log(`${cli.name} first PDF / floor: ${ratio.toFixed(2)}× (same run, interleaved)`)
  })
  rmSync(sampleDir, { recursive: true, force: true })
}
