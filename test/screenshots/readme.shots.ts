/**
 * The README's screenshots: the register (1280×800, French, and 1024×640, the smallest laptop
 * the app is made for), the intake with its live assessment, an incident's detail in English.
 * Run by `npm run screenshots`, never by `npm test`.
 */
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'

import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

import { SIZES, shortestPath } from '../e2e/support/crisis'
import { seedRegister } from '../e2e/support/seed-register'

const OUT = resolve(import.meta.dirname, '../../docs/screenshots')

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(OUT, { recursive: true })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: resolve(OUT, `${name}.png`) })
}

test.use({ viewport: SIZES[1] })

test('register, in French, at 1280×800 and 1024×640', async ({ page }) => {
  await page.goto('/')
  await seedRegister(page, { count: 40, seed: 7 })
  await page.reload()
  await expect(page.getByTestId('register-count')).toBeVisible()
  await shoot(page, 'register-fr')
  await page.setViewportSize(SIZES[0])
  await expect(page.getByTestId('register-filters-toggle')).toBeVisible()
  await shoot(page, 'register-fr-1024x640')
})

test('the intake with its live assessment, in French', async ({ page }) => {
  await shortestPath(page, {
    lang: 'fr',
    insurer: 'MMA',
    title: 'Ordinateur volé dans le train',
    awareHoursAgo: 30
  })
  await expect(page.getByTestId('deadline-gdpr.authority')).toBeVisible()
  await shoot(page, 'intake-fr')
})

test.describe('in English', () => {
  test.use({ locale: 'en-GB' })

  test('an incident’s detail', async ({ page }) => {
    const id = await shortestPath(page, {
      lang: 'en',
      insurer: 'Hiscox',
      title: 'Laptop stolen on the train',
      awareHoursAgo: 30
    })
    await page.goto(`/#/incident/${id}`)
    await expect(page.getByTestId('incident-detail')).toBeVisible()
    await shoot(page, 'detail-en')
  })
})
