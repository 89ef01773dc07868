/**
 * Fills the register of the page under test with N generated incidents, fast (one bulk
 * transaction), by bundling seed-entry.ts with Vite and evaluating it in the page. Reload the
 * page afterwards so the app reads the new register.
 *
 *   await page.goto('/')
 *   await seedRegister(page, { count: 10_000 })
 *   await page.reload()
 */
import { resolve } from 'node:path'

import type { Page } from '@playwright/test'
import { build } from 'vite'
import type { Rollup } from 'vite'

import type { SeedOptions, SeedResult } from './seed-entry'

const root = resolve(import.meta.dirname, '../../..')
let bundled: Promise<string> | undefined

/** The seeder as one self-contained script (built once per test process). */
export function seedScript(): Promise<string> {
  bundled ??= bundleBrowserEntry(resolve(import.meta.dirname, 'seed-entry.ts'))
  return bundled
}

/** A test- or bench-only browser entry as one self-contained IIFE script, to evaluate in a page. */
export async function bundleBrowserEntry(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    // A browser bundle: library mode keeps `process.env.NODE_ENV`, which React reads (the
    // register store imports it, through the typing pause) and a page does not have.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'SentinelleTestEntry', fileName: 'entry' }
    }
  })
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[]
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk')
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error(`${entry}: bundle is empty`)
  return chunk.code
}

export async function seedRegister(page: Page, options: SeedOptions): Promise<SeedResult> {
  await page.evaluate(await seedScript())
  return page.evaluate(
    (opts) =>
      (
        globalThis as unknown as {
          __sentinelleSeed: (o: SeedOptions) => Promise<SeedResult>
        }
      ).__sentinelleSeed(opts),
    options
  )
}
