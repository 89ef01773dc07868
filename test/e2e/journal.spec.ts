/**
 * The draft journal (renderer/src/intake/draft-journal.ts): typing that never reached the
 * register, because the autosave failed or the window closed first, is kept on the device and
 * replayed wherever the incident is opened next, the detail page included.
 */
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

import { storedIncident } from './support/stored-incident'

async function startNewIncident(page: Page): Promise<string> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
  await page.getByTestId('new-incident').click()
  await expect(page).toHaveURL(/#\/incident\/[^/]+\/edit\/incident$/)
  return decodeURIComponent(/#\/incident\/([^/]+)\/edit/.exec(page.url())![1]!)
}

async function storedNarrative(page: Page, id: string): Promise<unknown> {
  const stored = await storedIncident(page, id)
  return (stored['incident'] as { narrative?: string } | undefined)?.narrative
}

const journalOf = (page: Page, id: string) =>
  page.evaluate((key) => localStorage.getItem(`sentinelle.draft-journal.${key}`), id)

test('a failed autosave keeps the journal; reopened on the detail page after a reload, the typing is replayed into the register', async ({
  page
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const id = await startNewIncident(page)
  await page.getByLabel('Titre court').fill('Clé USB perdue')
  await expect(page.getByTestId('save-status')).toHaveText(/^Enregistré/)

  // From now on every database write fails (injected), as on a disk that refuses writes.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('simulated write failure', 'UnknownError')
    }
  })
  const text = 'Oubliée dans le train, avec les bilans de santé de 42 salariés.'
  await page.getByLabel('Racontez avec vos mots').fill(text)
  await expect(page.getByTestId('save-error')).toBeVisible()
  // Retrying fails again: the journal is never cleared while the last autosave failed.
  await page.getByTestId('save-error').getByRole('button', { name: 'Réessayer' }).click()
  await expect(page.getByTestId('save-error')).toBeVisible()
  const journal = JSON.parse((await journalOf(page, id)) ?? 'null') as {
    v?: number
    baseRev?: number
    incident?: { narrative?: string }
  } | null
  expect(journal).toMatchObject({
    v: 2,
    baseRev: expect.any(Number),
    incident: { narrative: text }
  })
  expect(await storedNarrative(page, id)).toBe('')

  // Leaving for the detail page in the same window fails to save too, and keeps the journal.
  await page.evaluate((key) => {
    location.hash = `#/incident/${encodeURIComponent(key)}`
  }, id)
  await expect(page.getByTestId('incident-detail')).toBeVisible()
  expect(await journalOf(page, id)).toContain('42 salariés')

  // The app restarts on the detail page (the injected failure is gone): the typing comes back.
  await page.reload()
  await expect(page.getByTestId('incident-detail')).toBeVisible()
  await expect(page.getByText(/a été récupérée et enregistrée/)).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Ce qui s’est passé' }).getByText(text)
  ).toBeVisible()
  await expect.poll(() => storedNarrative(page, id)).toBe(text)
  await expect.poll(() => journalOf(page, id)).toBeNull()
  await expect(page.getByTestId('incident-title')).toHaveText('Clé USB perdue')
  expect(errors).toEqual([])
})

test('typing interrupted by a reload is replayed on the detail page', async ({ page }) => {
  const id = await startNewIncident(page)
  await page.getByLabel('Titre court').fill('Courriel au mauvais client')
  await expect(page.getByTestId('save-status')).toHaveText(/^Enregistré/)
  // The process dies before the autosave lands: no write gets through, then the page goes.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('simulated crash', 'AbortError')
    }
  })
  await page.getByLabel('Titre court').fill('Courriel au mauvais client, avec la paie')
  await page.evaluate((key) => {
    location.hash = `#/incident/${encodeURIComponent(key)}`
  }, id)
  await page.reload()
  await expect(page.getByTestId('incident-title')).toHaveText(
    'Courriel au mauvais client, avec la paie'
  )
  await expect.poll(() => journalOf(page, id)).toBeNull()
})
