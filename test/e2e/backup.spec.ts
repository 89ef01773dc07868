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

/** A second browser profile: an empty register, the app open. */
async function newProfile(
  browser: Browser,
  testInfo: TestInfo
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
  return { context, page }
}

/** A second browser profile (an empty register): the backup file chosen and checked there. */
async function checkInNewProfile(
  browser: Browser,
  testInfo: TestInfo,
  file: string
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newProfile(browser, testInfo)
  await dismissStorageNotice(page)
  await page.getByTestId('backup-open').click()
  await page.getByTestId('backup-restore-file').setInputFiles(file)
  await page.getByTestId('backup-check').click()
  return { context, page }
}

/** A backup of the page's register, made from the header's dialog: the saved file's path. */
async function downloadBackup(page: Page, testInfo: TestInfo): Promise<string> {
  await page.getByTestId('backup-open').click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByTestId('backup-create').click()
  ])
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  return file
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

/**
 * A store of the page's register, read with plain IndexedDB (not through the app): its rows, and
 * how many of them are kept in clear (the others are sealed).
 */
const storedRows = (page: Page, store: string) =>
  page.evaluate(
    (name) =>
      new Promise<{ rows: number; clear: number }>((resolve, reject) => {
        const open = indexedDB.open('sentinelle')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => {
            open.result.close()
            const rows = all.result as object[]
            resolve({ rows: rows.length, clear: rows.filter((row) => 'clear' in row).length })
          }
        }
      }),
    store
  )
const storedIncidents = async (page: Page) => (await storedRows(page, 'incidents')).rows

test('Cancel during the write of a restore leaves the register as it was; the restore then runs', async ({
  page,
  browser
}, testInfo) => {
  test.setTimeout(LONG_STORY_TIMEOUT)
  await page.goto('/')
  await seedRegister(page, { count: 5000, seed: 4, now: new Date().toISOString() })
  await page.reload()
  await dismissStorageNotice(page)
  const file = await downloadBackup(page, testInfo)

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

const PASSPHRASE = 'cheval correct agrafe batterie'
const TITLE = 'Quintessence Zygomatique égarée'

async function setPassphrase(page: Page): Promise<void> {
  await page.getByTestId('setup-passphrase').fill(PASSPHRASE)
  await page.getByTestId('setup-confirm').fill(PASSPHRASE)
  await page.getByTestId('setup-submit').click()
  await expect(page.getByTestId('recovery-key')).toBeVisible()
  await page.getByLabel('J’ai conservé la clé de secours').check()
  await page.getByTestId('recovery-done').click()
}

/**
 * An encrypted register's backup, checked in a second profile whose clear register has an
 * incident (a merge): the dialog says its records would be stored here in clear and Restore
 * waits for the user's choice.
 */
async function encryptedBackupIntoClearRegister(
  page: Page,
  browser: Browser,
  testInfo: TestInfo
): Promise<{ context: BrowserContext; other: Page }> {
  await page.goto('/')
  await page.getByTestId('setup-open').click()
  await setPassphrase(page)
  await page.getByRole('button', { name: 'Voir un exemple' }).click()
  await expect(page).toHaveURL(/#\/incident\//)
  await page.getByRole('button', { name: 'Modifier' }).click()
  await page.getByTestId('field-title').fill(TITLE)
  await expect(page.getByText(/Enregistré ·/)).toBeVisible()
  await dismissStorageNotice(page)
  const file = await downloadBackup(page, testInfo)

  const { context, page: other } = await newProfile(browser, testInfo)
  await other.getByRole('button', { name: 'Voir un exemple' }).click()
  await expect(other).toHaveURL(/#\/incident\//)
  await dismissStorageNotice(other)
  await other.getByTestId('backup-open').click()
  await other.getByTestId('backup-restore-file').setInputFiles(file)
  await other.getByLabel('Phrase secrète ou clé de secours (sauvegarde chiffrée)').fill(PASSPHRASE)
  await other.getByTestId('backup-check').click()
  await expect(other.getByTestId('backup-plan')).toContainText('À ajouter : 1')
  await expect(other.getByTestId('backup-clear-copy')).toContainText(
    'seraient enregistrés en clair sur cet appareil'
  )
  await expect(other.getByTestId('backup-apply')).toBeDisabled()
  await expectNoSeriousA11yViolations(other, 'backup dialog, clear copy notice', dialog(other))
  return { context, other }
}

test('an encrypted backup merged into a clear register: nothing in clear until the user ticks it knowingly', async ({
  page,
  browser
}, testInfo) => {
  test.setTimeout(LONG_STORY_TIMEOUT)
  const { context, other } = await encryptedBackupIntoClearRegister(page, browser, testInfo)
  await other.getByTestId('backup-clear-accept').check()
  await other.getByTestId('backup-apply').click()
  await expect(other.getByTestId('backup-restore-status')).toContainText('Terminé : 1 ajouté(s)')
  expect(await storedRows(other, 'contents')).toEqual({ rows: 2, clear: 2 })
  await other.keyboard.press('Escape')
  await other.getByTestId('nav-register').click()
  await expect(other.getByRole('list', { name: /Incidents du registre/ })).toContainText(TITLE)
  await context.close()
})

test('an encrypted backup merged into a clear register: "set a passphrase first" seals the register and the merge', async ({
  page,
  browser
}, testInfo) => {
  test.setTimeout(LONG_STORY_TIMEOUT)
  const { context, other } = await encryptedBackupIntoClearRegister(page, browser, testInfo)
  await other.getByTestId('backup-clear-setup').click()
  await setPassphrase(other)
  await expect(other.getByTestId('backup-clear-sealed')).toBeVisible()
  await expect(other.getByTestId('backup-clear-copy')).toHaveCount(0)
  await other.getByTestId('backup-apply').click()
  await expect(other.getByTestId('backup-restore-status')).toContainText('Terminé : 1 ajouté(s)')
  expect(await storedRows(other, 'contents')).toEqual({ rows: 2, clear: 0 })
  await context.close()
})
