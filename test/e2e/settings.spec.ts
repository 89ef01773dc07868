/**
 * The emergency sheet and the settings screen in real Chromium against the built renderer:
 * set a passphrase and download the emergency sheet (a real PDF with the key), then in
 * #/settings refuse bad numbers, set the idle lock and the bin delay, change the passphrase
 * (a wrong current one changes nothing), and find no "remember the key" option in a browser.
 */
import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

import { dismissStorageNotice, expectNoSeriousA11yViolations } from './support/a11y'
import { LONG_STORY_TIMEOUT } from './support/budgets'

const PASSPHRASE = 'cheval correct agrafe batterie'
const NEW_PASSPHRASE = 'une toute nouvelle phrase secrète'

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false
  }).promise
  try {
    const content = await (await pdf.getPage(1)).getTextContent()
    return content.items.map((item) => ('str' in item ? item.str : '')).join('\n')
  } finally {
    await pdf.destroy()
  }
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('unlock-secret').fill(passphrase)
  await page.getByRole('button', { name: 'Déverrouiller' }).click()
}

test('emergency sheet at set-up, then idle lock, bin delay and passphrase change in settings', async ({
  page
}) => {
  test.setTimeout(LONG_STORY_TIMEOUT)
  await page.goto('/')
  await page.getByTestId('setup-open').click()
  await page.getByTestId('setup-passphrase').fill(PASSPHRASE)
  await page.getByTestId('setup-confirm').fill(PASSPHRASE)
  await page.getByTestId('setup-submit').click()
  const key = page.getByTestId('recovery-key')
  await expect(key).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
  const recoveryKey = (await key.textContent()) ?? ''
  await expectNoSeriousA11yViolations(page, 'recovery key dialog', page.getByRole('dialog'))

  // The emergency sheet: a PDF download holding the key in its grouped form.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('emergency-sheet').click()
  ])
  expect(download.suggestedFilename()).toMatch(
    /^\d{4}-\d{2}-\d{2}_sentinelle_feuille-de-secours\.pdf$/
  )
  await expect(page.getByTestId('emergency-sheet-status')).toContainText('Feuille de secours')
  const text = await pdfText(new Uint8Array(await readFile(await download.path())))
  const groups = recoveryKey.split('-')
  expect(text).toContain(groups.slice(0, 4).join(' - '))
  expect(text).toContain(groups.slice(4).join(' - '))
  expect(text).toContain('les données sont perdues')
  await page.getByLabel('J’ai conservé la clé de secours').check()
  await page.getByTestId('recovery-done').click()

  // Settings, from the main navigation.
  await page.getByTestId('nav-settings').click()
  await expect(page.getByRole('heading', { name: 'Réglages', level: 2 })).toBeVisible()
  await dismissStorageNotice(page)
  await expectNoSeriousA11yViolations(page, 'settings')
  // A browser has no OS key store: the option is not offered.
  await expect(page.getByTestId('settings-remember')).toHaveCount(0)

  // A bad number is refused with a message; a good one is kept.
  const idle = page.getByTestId('settings-idle')
  await expect(idle).toHaveValue('15')
  await idle.fill('0')
  await expect(page.getByText('Saisissez un nombre entier entre 1 et 480')).toBeVisible()
  await idle.fill('20')
  await expect(page.getByText('Saisissez un nombre entier entre 1 et 480')).toHaveCount(0)
  const binDays = page.getByTestId('settings-bin-days')
  await expect(binDays).toHaveValue('30')
  await binDays.fill('45')
  await page.getByTestId('nav-bin').click()
  await expect(page.getByText(/restent ici 45 jours/)).toBeVisible()
  await page.getByTestId('nav-settings').click()
  await expect(page.getByTestId('settings-idle')).toHaveValue('20')
  await expect(page.getByTestId('settings-keep-art33')).toBeChecked()

  // A wrong current passphrase changes nothing; the right one sets the new passphrase.
  await page.getByTestId('settings-current').fill('pas la bonne phrase')
  await page.getByTestId('settings-new').fill(NEW_PASSPHRASE)
  await page.getByTestId('settings-confirm').fill(NEW_PASSPHRASE)
  await page.getByTestId('settings-change').click()
  await expect(page.getByTestId('settings-passphrase-error')).toContainText('rien n’a changé')
  await page.getByTestId('settings-current').fill(PASSPHRASE)
  await page.getByTestId('settings-change').click()
  await expect(page.getByTestId('settings-passphrase-done')).toBeVisible()
  await expectNoSeriousA11yViolations(
    page,
    'passphrase changed',
    page.getByTestId('change-passphrase')
  )

  // After a reload the old passphrase opens nothing, the new one opens the register.
  await page.reload()
  await unlock(page, PASSPHRASE)
  await expect(page.getByTestId('unlock-error')).toContainText('incorrecte')
  await unlock(page, NEW_PASSPHRASE)
  await expect(page.getByTestId('unlock-form')).toHaveCount(0)
  await expect(page.getByTestId('settings-idle')).toHaveValue('20')
})
