/**
 * One bad record never blocks the register export: an incident stored with a date out of range
 * (year 0026, as a record saved before dates were bounded could be) is listed with its reference
 * and the reason, left out, and every other incident is exported.
 */
import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'
import type { Download } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './support/a11y'
import { startRegisterExport } from './support/register-export'
import { seedRegister } from './support/seed-register'

test.use({ viewport: { width: 1280, height: 900 } })

test('an export with one bad record lists it and exports all the others', async ({ page }) => {
  await page.goto('/')
  const seeded = await seedRegister(page, {
    count: 6,
    seed: 11,
    now: new Date().toISOString(),
    outOfRangeAt: [2]
  })
  expect(seeded.written).toBe(6)
  await page.reload()
  const { section, downloads } = await startRegisterExport(page)
  await expect(section.getByRole('status')).toContainText('Registre exporté : 5 incident(s)', {
    timeout: 60_000
  })
  const skipped = section.getByTestId('register-export-skipped')
  await expect(skipped.getByRole('listitem')).toHaveCount(1)
  await expect(skipped).toContainText('INC-0003')
  await expect(skipped).toContainText('entre 1970 et 2100')
  await expect.poll(() => downloads.length).toBe(3)
  const csv = await readFile(await (downloads[1] as Download).path(), 'utf8')
  const lines = csv
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
  expect(lines).toHaveLength(6)
  expect(lines[0]).toMatch(/^reference;title;status;/)
  expect(csv).not.toContain('INC-0003')
  await expectNoSeriousA11yViolations(page, 'register export with a skipped record', section)
})
