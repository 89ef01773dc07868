/**
 * Encryption at rest, lock and erasure in real Chromium against the built renderer: set a
 * passphrase, write an incident with an attachment, find none of it in the raw stores, reload,
 * unlock (a wrong passphrase first), search, get locked by the idle timer, then delete, restore
 * from the bin and erase.
 */
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

const PASSPHRASE = 'cheval correct agrafe batterie'
const TITLE = 'Quintessence Zygomatique perdue'
const NARRATIVE = 'Le classeur Ornithorynque des clients Vermicelle a disparu du bureau.'
const FILE_NAME = 'constat-Pangolin.txt'

const registerList = (page: Page) =>
  page.getByRole('list', { name: /Incidents du registre|Register incidents/ })

/** Every IndexedDB store and localStorage, as text (ArrayBuffers and Blobs decoded). */
async function rawStores(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = []
    const visit = async (value: unknown): Promise<void> => {
      if (value instanceof Blob) parts.push(await value.text())
      else if (value instanceof ArrayBuffer) parts.push(new TextDecoder().decode(value))
      else if (ArrayBuffer.isView(value)) parts.push(new TextDecoder().decode(value))
      else if (Array.isArray(value)) for (const v of value) await visit(v)
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          parts.push(k)
          await visit(v)
        }
      } else parts.push(String(value))
    }
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        await visit(rows)
      }
      db.close()
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!
      parts.push(key, localStorage.getItem(key) ?? '')
    }
    return parts.join('\n')
  })
}

/** Writes a setting row directly (settings are clear): a short idle time for this test. */
async function setIdleMinutes(page: Page, minutes: number): Promise<void> {
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sentinelle')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite')
      tx.objectStore('settings').put({ key: 'idleLockMinutes', value })
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, minutes)
}

async function unlock(page: Page): Promise<void> {
  await page.getByTestId('unlock-secret').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Déverrouiller' }).click()
  await expect(page.getByTestId('unlock-form')).toHaveCount(0)
}

test('passphrase, incident with attachment, reload, unlock, search, idle lock, bin', async ({
  page
}) => {
  test.setTimeout(120_000)
  await page.goto('/')

  // The offer to encrypt does not block the first-run screen.
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Sentinelle' })).toBeVisible()
  await expect(page.getByTestId('unencrypted-banner')).toBeVisible()
  await page.getByTestId('setup-open').click()
  await page.getByTestId('setup-passphrase').fill(PASSPHRASE)
  await page.getByTestId('setup-confirm').fill(PASSPHRASE)
  await page.getByTestId('setup-submit').click()
  await expect(page.getByTestId('recovery-key')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
  await expect(page.getByTestId('recovery-done')).toBeDisabled()
  await page.getByLabel('J’ai conservé la clé de secours').check()
  await page.getByTestId('recovery-done').click()
  await expect(page.getByTestId('unencrypted-banner')).toHaveCount(0)

  // An incident with a distinctive title, narrative and attachment name.
  await page.getByRole('button', { name: 'Voir un exemple' }).click()
  await expect(page).toHaveURL(/#\/incident\//)
  const incidentUrl = page.url()
  await page.getByRole('button', { name: 'Modifier' }).click()
  await page.getByTestId('field-title').fill(TITLE)
  await page.getByLabel('Racontez avec vos mots').fill(NARRATIVE)
  await expect(page.getByText(/Enregistré ·/)).toBeVisible()
  await page.goto(incidentUrl)
  await expect(page.getByTestId('incident-title')).toHaveText(TITLE)
  await page.getByTestId('attachment-input').setInputFiles({
    name: FILE_NAME,
    mimeType: 'text/plain',
    buffer: Buffer.from('Procès-verbal Pangolin n° 42', 'utf8')
  })
  await expect(
    page.getByTestId('attachment-list').locator(`li[data-name="${FILE_NAME}"]`)
  ).toBeVisible()

  // Nothing of it in clear in IndexedDB or localStorage.
  const raw = await rawStores(page)
  for (const secret of ['Zygomatique', 'Ornithorynque', 'Vermicelle', 'Pangolin']) {
    expect(raw).not.toContain(secret)
  }

  // Reload: locked. A wrong passphrase opens nothing and says so.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Registre verrouillé' })).toBeVisible()
  await expect(page.getByTestId('new-incident')).toHaveCount(0)
  await page.getByTestId('unlock-secret').fill('mauvaise phrase secrète')
  await page.getByRole('button', { name: 'Déverrouiller' }).click()
  await expect(page.getByTestId('unlock-error')).toContainText('incorrecte')
  await unlock(page)

  // Search over the decrypted summaries.
  await page.goto('/#/')
  const search = page.getByRole('searchbox', { name: 'Rechercher' })
  await search.pressSequentially('ornithorynque')
  await expect(registerList(page).getByRole('listitem')).toHaveCount(1)
  await expect(registerList(page)).toContainText(TITLE)

  // A short idle time (3 s): the lock screen comes back by itself, the register is gone.
  await setIdleMinutes(page, 0.05)
  await page.reload()
  await unlock(page)
  await expect(page.getByRole('heading', { name: 'Registre verrouillé' })).toBeVisible({
    timeout: 20_000
  })
  await expect(page.getByText(TITLE)).toHaveCount(0)
  await setIdleMinutes(page, 15)
  await page.reload()
  await unlock(page)

  // Lock on demand with the button, then unlock again.
  await page.getByTestId('lock-now').click()
  await expect(page.getByRole('heading', { name: 'Registre verrouillé' })).toBeVisible()
  await unlock(page)
  // And with the keyboard shortcut (lock/LockShortcut.tsx: its own chunk, mounted once open).
  await page.keyboard.press('Control+Shift+L')
  await expect(page.getByRole('heading', { name: 'Registre verrouillé' })).toBeVisible()
  await unlock(page)

  // Delete → bin → restore → delete → erase.
  await page.goto(incidentUrl)
  await page.getByTestId('delete-incident').click()
  await page
    .getByRole('dialog', { name: 'Supprimer cet incident ?' })
    .getByRole('button', { name: 'Supprimer' })
    .click()
  // The delete ends by going back to the register: wait for it, or that navigation lands
  // after ours and the bin is never shown.
  await expect(page).toHaveURL(/#\/$/)
  await page.getByTestId('nav-bin').click()
  const bin = page.getByTestId('bin-item')
  await expect(bin).toHaveCount(1)
  await expect(bin).toContainText(TITLE)
  await bin.getByRole('button', { name: 'Restaurer' }).click()
  await expect(bin).toHaveCount(0)
  await page.goto(incidentUrl)
  await expect(page.getByTestId('incident-title')).toHaveText(TITLE)
  await page.getByTestId('delete-incident').click()
  await page
    .getByRole('dialog', { name: 'Supprimer cet incident ?' })
    .getByRole('button', { name: 'Supprimer' })
    .click()
  // The delete ends by going back to the register: wait for it, or that navigation lands
  // after ours and the bin is never shown.
  await expect(page).toHaveURL(/#\/$/)
  await page.getByTestId('nav-bin').click()
  await expect(bin).toHaveCount(1)
  await bin.getByRole('button', { name: 'Effacer maintenant' }).click()
  // Keeping the Art. 33(5) entry is offered (and on); the kept fields are named.
  await expect(page.getByTestId('erase-keep-art33')).toBeChecked()
  await expect(page.getByRole('dialog')).toContainText('Sont gardés, chiffrés')
  await page.getByTestId('confirm-action').click()
  await expect(bin).toHaveCount(0)
  await expect(page.getByText('La corbeille est vide.')).toBeVisible()
  await expect(page.getByTestId('kept-entry')).toContainText(TITLE)
})
