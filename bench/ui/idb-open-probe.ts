/**
 * `npx tsx bench/ui/idb-open-probe.ts <profile dir>...`: what the first IndexedDB call of a new
 * Chromium process costs on a seeded bench profile, WITHOUT the app. A bare page on the bench's
 * origin (IndexedDB belongs to the origin, so the same port) times, from navigation start:
 *   1. `indexedDB.databases()`: the browser opens the origin's backing store (LevelDB);
 *   2. `indexedDB.open('sentinelle')` (no version: no upgrade);
 *   3. the first screen's reads: meta counters, 50 index rows by updatedAt desc, their summaries;
 *   4. the same reads again (a warm store).
 * Each profile is probed PROBE_RUNS times (default 3) with the files in the page cache, then
 * (PROBE_COLD=1) after evicting the profile's files from the page cache (posix_fadvise
 * DONTNEED through python3; no root needed), which is what a user's first start after a reboot
 * sees. PROBE_SIZES=1 also prints each object store's row count and mean stored size.
 * Figures are printed, never asserted.
 */
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

import { benchPort, launchChromium, serveHtml } from './bench-lib'

const port = benchPort
const runs = Number(process.env['PROBE_RUNS'] ?? 3)
const cold = process.env['PROBE_COLD'] === '1'
const withSizes = process.env['PROBE_SIZES'] === '1'
const trace = process.env['PROBE_TRACE']
const idleSeconds = Number(process.env['PROBE_IDLE'] ?? 0)
const profiles = process.argv.slice(2).map((dir) => resolve(dir))

const PAGE = `<!doctype html><meta charset="utf-8"><title>probe</title><script>
const req = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error) })
async function firstScreen(db) {
  const tx = db.transaction(['meta', 'incidents', 'summaries'], 'readonly')
  const counters = await req(tx.objectStore('meta').get('counters'))
  const rows = []
  await new Promise((ok, ko) => {
    const c = tx.objectStore('incidents').index('updatedAt').openCursor(null, 'prev')
    c.onerror = () => ko(c.error)
    c.onsuccess = () => { const cur = c.result; if (!cur || rows.length >= 50) return ok(); rows.push(cur.value); cur.continue() }
  })
  const sums = await Promise.all(rows.map((r) => req(tx.objectStore('summaries').get(r.id))))
  return { counters: !!counters, rows: rows.length, sums: sums.filter(Boolean).length }
}
async function sizes(db) {
  const out = {}
  for (const name of db.objectStoreNames) {
    const tx = db.transaction(name, 'readonly')
    const store = tx.objectStore(name)
    const count = await req(store.count())
    const sample = await req(store.getAll(null, 500))
    const bytes = sample.reduce((s, v) => s + JSON.stringify(v).length, 0)
    out[name] = { count, indexes: store.indexNames.length, meanJsonChars: sample.length ? Math.round(bytes / sample.length) : 0 }
  }
  return out
}
window.__probe = (async () => {
  const t = {}
  await indexedDB.databases(); t.databases = performance.now()
  const db = await req(indexedDB.open('sentinelle')); t.open = performance.now()
  const first = await firstScreen(db); t.firstScreen = performance.now()
  await firstScreen(db); t.again = performance.now()
  const s = ${withSizes} ? await sizes(db) : undefined
  db.close()
  return { t, first, sizes: s }
})()
</script>`

/** Drops the profile's files from the page cache (fadvise DONTNEED on each file). */
function evict(dir: string): void {
  execFileSync('python3', [
    '-c',
    `import os,sys
for root,_,files in os.walk(sys.argv[1]):
  for f in files:
    p=os.path.join(root,f)
    try:
      fd=os.open(p,os.O_RDONLY); os.fsync(fd); os.posix_fadvise(fd,0,0,os.POSIX_FADV_DONTNEED); os.close(fd)
    except OSError: pass`,
    dir
  ])
}

type Probe = {
  t: { databases: number; open: number; firstScreen: number; again: number }
  first: { counters: boolean; rows: number; sums: number }
  sizes?: Record<string, { count: number; indexes: number; meanJsonChars: number }>
}

async function probe(dir: string): Promise<{ launchMs: number; probe: Probe }> {
  const started = performance.now()
  const context = await launchChromium(
    dir,
    // PROBE_TRACE=<file>: a Chromium trace of the start (IndexedDB and LevelDB categories).
    trace
      ? [
          '--trace-startup=IndexedDB,leveldb,storage,base,toplevel,disabled-by-default-lifecycles',
          `--trace-startup-file=${trace}`,
          '--trace-startup-duration=15',
          '--trace-startup-format=json'
        ]
      : []
  )
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const launchMs = performance.now() - started
    await page.goto(`http://127.0.0.1:${port}/`)
    const result = (await page.evaluate(
      () => (window as unknown as { __probe: Promise<unknown> }).__probe
    )) as Probe
    // PROBE_IDLE=<s>: the page leaves no connection open and the browser stays up that long, so
    // that Chromium's own tasks for a closed backing store (tombstone sweep, compaction) may run.
    if (idleSeconds > 0) await new Promise((done) => setTimeout(done, idleSeconds * 1000))
    return { launchMs, probe: result }
  } finally {
    await context.close()
  }
}

const close = await serveHtml(PAGE, port)
try {
  const modes = cold ? ['warm', 'cold'] : ['warm']
  for (let run = 0; run < runs; run++) {
    for (const dir of profiles) {
      for (const mode of modes) {
        if (mode === 'cold') evict(dir)
        const { launchMs, probe: p } = await probe(dir)
        const { databases, open, firstScreen, again } = p.t
        console.log(
          `${dir.split('/').slice(-1)[0]} ${mode} run ${run + 1}: launch ${launchMs.toFixed(0)} ms; ` +
            `from navigation: databases() ${databases.toFixed(0)}, open +${(open - databases).toFixed(0)}, ` +
            `first screen +${(firstScreen - open).toFixed(0)} (${p.first.rows} rows, ${p.first.sums} summaries), ` +
            `again +${(again - firstScreen).toFixed(0)} ms`
        )
        if (p.sizes && run === 0 && mode === 'warm') console.log(JSON.stringify(p.sizes, null, 1))
      }
    }
  }
} finally {
  await close()
}
