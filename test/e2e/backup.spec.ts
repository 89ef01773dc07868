/**
 * Backup and restore in real Chromium: an incident with an attachment is backed up (a download),
 * then restored into a second browser context (an empty profile) and found in its register.
 */
import { createHash } from 'node:crypto'

import { expect, test } from '@playwright/test'
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test'

import { dismissStorageNotice, expectNoSeriousA11yViolations } from './support/a11y'
import { LONG_STORY_TIMEOUT } from './support/budgets'
import { seedRegister } from './support/seed-register'

test.use({ viewport: { width: 1280, height: 900 } })

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Sauvegarde et restauration' })

/** A second browser profile (an empty register): the backup file chosen and checked there. */
async function checkInNewProfile(
  browser: Browser,
  testInfo: TestInfo,
  file: string
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 }
  })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Voir un exemple' })).toBeVisible()
  await dismissStorageNotice(page)
  await page.getByTestId('backup-open').click()
  await page.getByTestId('backup-restore-file').setInputFiles(file)
  await page.getByTestId('backup-check').click()
  return { context, page }
}

test('back up a register, restore it into an empty profile, find the incident and its attachment', async ({
  page,
  browser
}, testInfo) => {
  test.setTimeout(LONG_STORY_TIMEOUT)
  await page.goto('/')
  await page.getByRole('button', { name: 'Voir un exemple' }).click()
  await expect(page).toHaveURL(/#\/incident\//)
  const title = await page.getByTestId('incident-title').innerText()
  const bytes = Buffer.from('Procès-verbal de perte, pièce de la sauvegarde\n', 'utf8')
  const sha = createHash('sha256').update(bytes).digest('hex')
  await page.getByTestId('attachment-input').setInputFiles({
    name: 'pv-perte.txt',
    mimeType: 'text/plain',
    buffer: bytes
  })
  const attachmentHash = (p: Page) =>
    p
      .getByTestId('attachment-list')
      .locator('li[data-name="pv-perte.txt"]')
      .getByTestId('attachment-sha256')
  await expect(attachmentHash(page)).toHaveText(sha)

  // A register with an incident and no backup yet: the reminder shows on the register.
  await page.getByTestId('nav-register').click()
  await expect(page.getByTestId('backup-reminder')).toBeVisible()
  await dismissStorageNotice(page)
  await page.getByTestId('backup-open-register').click()
  await expect(dialog(page)).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'backup dialog', dialog(page))
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByTestId('backup-create').click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.sentinelle-backup$/)
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  await expect(dialog(page).getByText(/Sauvegarde enregistrée : 1 incident/)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)

  // A second profile: empty register, restore from the header.
  const { context, page: other } = await checkInNewProfile(browser, testInfo, file)
  await expect(other.getByTestId('backup-plan')).toContainText('À ajouter : 1')
  await other.getByTestId('backup-apply').click()
  await expect(other.getByTestId('backup-restore-status')).toContainText('Terminé : 1 ajouté(s)')
  await expectNoSeriousA11yViolations(other, 'backup dialog after restore', dialog(other))
  await other.keyboard.press('Escape')
  const list = other.getByRole('list', { name: /Incidents du registre/ })
  await expect(list.getByText(title)).toBeVisible()
  await list.getByRole('link').first().click()
  await expect(other.getByTestId('incident-title')).toHaveText(title)
  await expect(attachmentHash(other)).toHaveText(sha)
  await context.close()
})

/** Incidents in the page's register, read with plain IndexedDB (not through the app). */
const storedIncidents = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sentinelle')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const count = open.result.transaction('incidents').objectStore('incidents').count()
          count.onerror = () => reject(count.error)
          count.onsuccess = () => {
            open.result.close()
            resolve(count.result)
          }
        }
      })
  )

test('Cancel during the write of a restore leaves the register as it was; the restore then runs', async ({
  page,
  browser
}, testInfo) => {
  test.setTimeout(LONG_STORY_TIMEOUT)
  await page.goto('/')
  await seedRegister(page, { count: 5000, seed: 4, now: new Date().toISOString() })
  await page.reload()
  await dismissStorageNotice(page)
  await page.getByTestId('backup-open').click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByTestId('backup-create').click()
  ])
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)

  const { context, page: other } = await checkInNewProfile(browser, testInfo, file)
  await expect(other.getByTestId('backup-plan')).toContainText(/À ajouter : 5\D?000/)
  await other.getByTestId('backup-apply').click()
  // The progress of the write shows and the page still answers the Cancel button.
  await expect(dialog(other).getByText(/Écriture…/)).toBeVisible()
  await other.getByTestId('backup-cancel').click()
  await expect(other.getByTestId('backup-restore-status')).toContainText(
    'Annulé : rien n’a été modifié.'
  )
  expect(await storedIncidents(other)).toBe(0)
  // The plan is still there: the same restore, not cancelled, writes everything.
  await other.getByTestId('backup-apply').click()
  await expect(other.getByTestId('backup-restore-status')).toContainText(/Terminé : 5\D?000 ajouté/)
  expect(await storedIncidents(other)).toBe(5000)
  await context.close()
})
