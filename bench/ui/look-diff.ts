/**
 * "Same look": screenshots of two builds at 1280×800 and the number of pixels that differ, per
 * screen (empty register in French and English, the settings page, the header with a focused
 * and a hovered control). A tool, not a test (pixel counts move with fonts and Chromium):
 *   npx tsx bench/ui/look-diff.ts <renderer dir A> <renderer dir B>
 * PNGs go to /tmp/look-diff/<screen>-{a,b,diff}.png. Runs on a copy of the empty profile; run it
 * under `unshare -n` like the benches (the profile belongs to the bench's port).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Page } from '@playwright/test'

import { benchPort, launchChromium, serve } from './bench-lib'

const root = resolve(import.meta.dirname, '../..')
const [dirA = 'out/renderer-base', dirB = 'out/renderer'] = process.argv.slice(2)
const outDir = '/tmp/look-diff'
mkdirSync(outDir, { recursive: true })

type Screen = { name: string; prepare: (page: Page) => Promise<void> }
const settled = async (page: Page) => {
  await page.getByTestId('first-run').waitFor()
  // The live register (the banner, the backup buttons) and the fetched chunks' CSS.
  await page.getByTestId('backup-open').waitFor()
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
  await page.mouse.move(1279, 799)
  await page.waitForTimeout(400)
}
const SCREENS: Screen[] = [
  { name: 'empty-fr', prepare: settled },
  {
    name: 'empty-en',
    prepare: async (page) => {
      await settled(page)
      await page.locator('[data-testid="language-switch"] label', { hasText: 'English' }).click()
      await page.getByRole('heading', { name: 'Welcome to Sentinelle' }).waitFor()
      await page.mouse.move(1279, 799)
      await page.waitForTimeout(400)
    }
  },
  {
    name: 'focus-hover',
    prepare: async (page) => {
      await settled(page)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.getByTestId('new-incident').hover()
      await page.waitForTimeout(400)
    }
  },
  {
    name: 'settings',
    prepare: async (page) => {
      await settled(page)
      await page.getByTestId('nav-settings').click()
      await page.waitForLoadState('networkidle')
      await page.mouse.move(1279, 799)
      await page.waitForTimeout(600)
    }
  }
]

async function shoot(dir: string, screen: Screen, path: string): Promise<void> {
  const close = await serve(resolve(root, dir), benchPort)
  const profile = '/tmp/look-diff/profile'
  rmSync(profile, { recursive: true, force: true })
  cpSync(resolve(root, 'out/bench-ui/profiles/empty'), profile, { recursive: true })
  const context = await launchChromium(profile)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`http://127.0.0.1:${benchPort}/`)
  await screen.prepare(page)
  await page.screenshot({ path })
  await context.close()
  await close()
}

/** Pixels that differ (any channel), compared in a page's canvas; writes the diff image. */
async function compare(a: string, b: string, diffPath: string): Promise<number> {
  const context = await launchChromium('/tmp/look-diff/compare-profile')
  const page = context.pages()[0] ?? (await context.newPage())
  // tsx names the functions it compiles with a __name helper the page does not have.
  await page.evaluate('window.__name = (f) => f')
  const toUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`
  const { count, diff } = await page.evaluate(
    async ([urlA, urlB]) => {
      const load = async (url: string) => {
        const image = new Image()
        image.src = url
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const context = canvas.getContext('2d')!
        context.drawImage(image, 0, 0)
        return { canvas, context, data: context.getImageData(0, 0, image.width, image.height) }
      }
      const first = await load(urlA!)
      const second = await load(urlB!)
      const out = first.context.createImageData(first.data.width, first.data.height)
      let differing = 0
      for (let i = 0; i < first.data.data.length; i += 4) {
        const same =
          first.data.data[i] === second.data.data[i] &&
          first.data.data[i + 1] === second.data.data[i + 1] &&
          first.data.data[i + 2] === second.data.data[i + 2]
        if (!same) differing++
        out.data[i] = same ? 255 : 255
        out.data[i + 1] = same ? 255 : 0
        out.data[i + 2] = same ? 255 : 0
        out.data[i + 3] = same ? 40 : 255
      }
      first.context.putImageData(out, 0, 0)
      return { count: differing, diff: first.canvas.toDataURL('image/png') }
    },
    [toUrl(a), toUrl(b)]
  )
  writeFileSync(diffPath, Buffer.from(diff.replace(/^data:image\/png;base64,/, ''), 'base64'))
  await context.close()
  return count
}

for (const screen of SCREENS) {
  const a = `${outDir}/${screen.name}-a.png`
  const b = `${outDir}/${screen.name}-b.png`
  await shoot(dirA, screen, a)
  await shoot(dirB, screen, b)
  const count = await compare(a, b, `${outDir}/${screen.name}-diff.png`)
  console.log(`${screen.name}: ${count} pixels differ of ${1280 * 800} (${dirA} vs ${dirB})`)
}
