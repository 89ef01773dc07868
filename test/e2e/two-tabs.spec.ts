/**
 * Two tabs on one register (the browser build has no single-instance lock): the same incident
 * edited in both. A tab with nothing unsaved shows what the other saved; a save over a newer
 * version is refused, both versions are shown, and the user's choice is what the register keeps.
 */
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './support/a11y'
import { storedIncident } from './support/stored-incident'

async function startNewIncident(page: Page): Promise<string> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
  await page.getByTestId('new-incident').click()
  await expect(page).toHaveURL(/#\/incident\/[^/]+\/edit\/incident$/)
  return decodeURIComponent(/#\/incident\/([^/]+)\/edit/.exec(page.url())![1]!)
}

async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Enregistré · \d\d:\d\d:\d\d$/)
}

async function storedNarrative(page: Page, id: string): Promise<unknown> {
  const stored = await storedIncident(page, id)
  return (stored['incident'] as { narrative?: string } | undefined)?.narrative
}

/** Makes this page's IndexedDB writes fail (a busy or full disk) until `unblockWrites`. */
async function blockWrites(page: Page) {
  await page.evaluate(() => {
    const flags = window as unknown as { blockWrites?: boolean; realPut?: IDBObjectStore['put'] }
    flags.realPut ??= IDBObjectStore.prototype.put
    flags.blockWrites = true
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (flags.blockWrites) throw new DOMException('simulated write failure', 'UnknownError')
      return flags.realPut!.apply(this, args)
    } as IDBObjectStore['put']
  })
}

async function unblockWrites(page: Page) {
  await page.evaluate(() => {
    ;(window as unknown as { blockWrites?: boolean }).blockWrites = false
  })
}

test('the same incident edited in two tabs: never a silent overwrite, both versions shown, the choice kept', async ({
  context
}) => {
  const a = await context.newPage()
  const b = await context.newPage()
  const errors: string[] = []
  for (const page of [a, b]) page.on('pageerror', (error) => errors.push(error.message))

  const id = await startNewIncident(a)
  await a.getByLabel('Titre court').fill('Clé USB perdue')
  await expectSaved(a)
  await b.goto(`/#/incident/${encodeURIComponent(id)}/edit/incident`)
  await expect(b.getByLabel('Titre court')).toHaveValue('Clé USB perdue')

  // A saves; B has nothing unsaved, so it shows A's version at once.
  await a.getByLabel('Titre court').fill('Clé USB perdue au congrès')
  await expectSaved(a)
  await expect(b.getByLabel('Titre court')).toHaveValue('Clé USB perdue au congrès')

  // Both type at once: B's autosave does not get through yet, A's does.
  await blockWrites(b)
  const narrative = (page: Page) => page.getByLabel('Racontez avec vos mots')
  await narrative(b).fill('Tapé dans B : la clé contenait des bilans.')
  await expect(b.getByTestId('save-error')).toBeVisible()
  await narrative(a).fill('Tapé dans A : perdue à Lyon.')
  await expectSaved(a)

  // B saves again: refused, nothing overwritten, both versions shown side by side.
  await unblockWrites(b)
  await b.getByTestId('save-error').getByRole('button', { name: 'Réessayer' }).click()
  const panel = b.getByTestId('conflict-panel')
  await expect(panel.getByRole('heading', { name: 'Deux versions de cet incident' })).toBeVisible()
  await expect(panel.getByTestId('conflict-theirs-narrative')).toHaveText(
    'Tapé dans A : perdue à Lyon.'
  )
  await expect(panel.getByTestId('conflict-mine-narrative')).toHaveText(
    'Tapé dans B : la clé contenait des bilans.'
  )
  await expect(panel.getByRole('rowheader', { name: 'Récit' })).toBeVisible()
  // The title is the same on both sides: not listed.
  await expect(panel.locator('[data-field="title"]')).toHaveCount(0)
  await expect(b.getByTestId('save-status')).toHaveText(/suspendu/)
  expect(await storedNarrative(b, id)).toBe('Tapé dans A : perdue à Lyon.')
  await expectNoSeriousA11yViolations(b, 'conflict panel', panel)

  // Typing goes on while the choice waits: autosave stays paused, the journal keeps it.
  await narrative(b).fill('Tapé dans B : la clé contenait des bilans de santé.')
  await expect(panel.getByTestId('conflict-mine-narrative')).toHaveText(
    'Tapé dans B : la clé contenait des bilans de santé.'
  )
  const journal = await b.evaluate(
    (key) => localStorage.getItem(`sentinelle.draft-journal.${key}`),
    id
  )
  expect(journal).toContain('bilans de santé')
  expect(await storedNarrative(b, id)).toBe('Tapé dans A : perdue à Lyon.')

  // The user keeps their version: saved, autosave resumes, and A (nothing unsaved) shows it.
  await panel.getByTestId('conflict-mine').click()
  await expect(panel).toHaveCount(0)
  await expectSaved(b)
  await expect
    .poll(() => storedNarrative(a, id))
    .toBe('Tapé dans B : la clé contenait des bilans de santé.')
  await expect(narrative(a)).toHaveValue('Tapé dans B : la clé contenait des bilans de santé.')
  await expect(a.getByLabel('Titre court')).toHaveValue('Clé USB perdue au congrès')

  // And the other way round: A's stale save, B's version taken.
  await blockWrites(a)
  await narrative(a).fill('Tapé dans A, second essai.')
  await expect(a.getByTestId('save-error')).toBeVisible()
  await b.getByLabel('Titre court').fill('Clé USB perdue au congrès de Lyon')
  await expectSaved(b)
  await unblockWrites(a)
  await a.getByTestId('save-error').getByRole('button', { name: 'Réessayer' }).click()
  const panelA = a.getByTestId('conflict-panel')
  await expect(panelA.getByTestId('conflict-theirs-title')).toHaveText(
    'Clé USB perdue au congrès de Lyon'
  )
  await expect(panelA.getByTestId('conflict-mine-title')).toHaveText('Clé USB perdue au congrès')
  await expect(panelA.getByTestId('conflict-mine-narrative')).toHaveText(
    'Tapé dans A, second essai.'
  )
  // Field by field: B's title, A's narrative.
  await panelA
    .getByRole('radiogroup', { name: /Titre/ })
    .getByRole('radio', { name: 'L’autre' })
    .check()
  await panelA.getByTestId('conflict-merge').click()
  await expect(panelA).toHaveCount(0)
  await expect(a.getByLabel('Titre court')).toHaveValue('Clé USB perdue au congrès de Lyon')
  await expect(narrative(a)).toHaveValue('Tapé dans A, second essai.')
  await expect.poll(() => storedNarrative(a, id)).toBe('Tapé dans A, second essai.')
  await expect(b.getByLabel('Titre court')).toHaveValue('Clé USB perdue au congrès de Lyon')
  await expect(narrative(b)).toHaveValue('Tapé dans A, second essai.')
  expect(errors).toEqual([])
})
