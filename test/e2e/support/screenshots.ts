/**
 * Screenshots taken by the e2e tests. They always go to test-results/screenshots (ignored by
 * git), so `npm test` leaves the work tree clean. The copies the README shows in
 * docs/screenshots/ are refreshed only on request: `npm run screenshots`, which sets
 * UPDATE_DOCS_SCREENSHOTS=1.
 */
import { copyFile, mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'

import type { Locator, Page } from '@playwright/test'

const root = resolve(import.meta.dirname, '../../..')
export const SCREENSHOTS = resolve(root, 'test-results/screenshots')
const DOCS_SCREENSHOTS = resolve(root, 'docs/screenshots')

/**
 * Saves `target` (a page, or one element) as test-results/screenshots/<name>.png and, when asked
 * for with UPDATE_DOCS_SCREENSHOTS=1, copies it to docs/screenshots/<docsName>.
 */
export async function saveScreenshot(
  target: Page | Locator,
  name: string,
  options: { docsName?: string; fullPage?: boolean } = {}
): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true })
  const path = resolve(SCREENSHOTS, `${name}.png`)
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false })
  else await target.screenshot({ path })
  if (options.docsName !== undefined && process.env['UPDATE_DOCS_SCREENSHOTS'] === '1') {
    await mkdir(DOCS_SCREENSHOTS, { recursive: true })
    await copyFile(path, resolve(DOCS_SCREENSHOTS, options.docsName))
  }
}
