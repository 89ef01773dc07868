/**
 * Makes a seeded bench profile hold the app's kept first screen (renderer/src/db/first-screen.ts),
 * as any start after the first has it: starts the built renderer once on the profile IN PLACE,
 * waits until the live register has kept its first screen (rows, when the register has some), and
 * closes. start-timeline.ts and first-render-profile.ts copy the profile: run this first, else
 * their "first rows" start reads IndexedDB, as a first start ever does.
 *   npx tsx bench/ui/keep-first-screen.ts <renderer dir> <profile>...
 */
import { resolve } from 'node:path'

import { benchPort, launchChromium, serve } from './bench-lib'

const root = resolve(import.meta.dirname, '../..')
const [dir = 'out/renderer', ...profiles] = process.argv.slice(2)
const close = await serve(resolve(root, dir), benchPort)
try {
  for (const name of profiles) {
    const context = await launchChromium(resolve(root, 'out/bench-ui/profiles', name))
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(`http://127.0.0.1:${benchPort}/`)
      const kept = await page.waitForFunction(
        () => {
          const text = localStorage.getItem('sentinelle.first-screen.sentinelle')
          if (text === null) return undefined
          const { counts, page } = JSON.parse(text) as {
            counts: unknown
            page: { items: unknown[]; total: number }
          }
          return page.total === 0 || page.items.length > 0
            ? { counts, rows: page.items.length, chars: text.length }
            : undefined
        },
        undefined,
        { timeout: 600_000, polling: 200 }
      )
      console.log(name, JSON.stringify(await kept.jsonValue()))
    } finally {
      await context.close()
    }
  }
} finally {
  await close()
}
