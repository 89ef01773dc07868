/**
 * The details a claim declaration needs, entered as a user would (mostly with the keyboard):
 * the insured's contact details in the first step, then the "Consequences and measures" step
 * with its repeatable rows (measures, parties, claims, losses, evidence). Everything autosaves
 * and is there after a reload; amounts typed either way are stored in cents; schema errors show
 * next to the field; axe finds nothing serious on the new step in French and English.
 */
import { createHash } from 'node:crypto'

import { expect, test } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

import { expectNoSeriousA11yViolations, tabTo } from './support/a11y'
import { LONG_STORY_TIMEOUT } from './support/budgets'
import { stepSection } from './support/intake'
import { saveScreenshot } from './support/screenshots'
import { storedIncident } from './support/stored-incident'
import { HOUR, wallTime } from './support/time'

async function expectSaved(page: Page, language: 'fr' | 'en' = 'fr') {
  const saved = language === 'fr' ? /^Enregistré · \d\d:\d\d:\d\d$/ : /^Saved · \d\d:\d\d:\d\d$/
  await expect(page.getByTestId('save-status')).toHaveText(saved)
}

/** Presses the add button of a section with the keyboard; the focus lands in the new row. */
async function addRowWithKeyboard(page: Page, list: string, row: Locator, firstField: string) {
  await tabTo(page, page.getByTestId(`add-${list}`))
  await page.keyboard.press('Enter')
  await expect(row.getByLabel(firstField)).toBeFocused()
}

/** Opens a new draft with a title; returns its id. */
async function startDraft(page: Page): Promise<string> {
  await page.goto('/')
  await page.getByTestId('new-incident').click()
  await expect(page).toHaveURL(/#\/incident\/[^/]+\/edit\/incident$/)
  const id = decodeURIComponent(/#\/incident\/([^/]+)\/edit/.exec(page.url())![1]!)
  await page.getByLabel('Titre court').fill('Courriel envoyé au mauvais client')
  return id
}

test('the contact details of step 1 are filled with the keyboard, autosaved, stored and reviewed', async ({
  page
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const id = await startDraft(page)

  // The live assessment asks for a contact point (Art. 33(3)(b)).
  const panel = page.getByTestId('assessment-panel')
  await expect(panel.getByText(/Un point de contact : DPO ou autre/)).toBeVisible()

  // Step 1: the contact details are folded; the keyboard opens them.
  const toggle = page.getByTestId('toggle-contact')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByLabel('Adresse postale')).toHaveCount(0)
  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await tabTo(page, page.getByLabel('Adresse postale'))
  await page.keyboard.type('12 rue des Lilas')
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.type('69003 Lyon')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('E-mail')).toBeFocused()
  await page.keyboard.type('claire@martin-conseil.fr')
  await page.keyboard.press('Tab')
  await page.keyboard.type('04 78 00 00 00')
  await tabTo(page, page.getByLabel('Qui répond aux questions sur cet incident ?'))
  await page.keyboard.type('Claire Martin, 06 12 34 56 78')
  await expect(toggle).toContainText('(4/4)')
  await expect(panel.getByText(/Un point de contact : DPO ou autre/)).toHaveCount(0)
  await expectNoSeriousA11yViolations(
    page,
    'step incident, contact details open',
    stepSection(page, 'Que s’est-il passé ?')
  )
  await expectSaved(page)

  // From the database alone (journal cleared): stored as typed, shown again, and reviewed.
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  const stored = (await storedIncident(page, id))['incident'] as { insured: object }
  expect(stored.insured).toMatchObject({
    address: '12 rue des Lilas\n69003 Lyon',
    email: 'claire@martin-conseil.fr',
    phone: '04 78 00 00 00',
    dpoContact: 'Claire Martin, 06 12 34 56 78'
  })
  await page.getByTestId('toggle-contact').click()
  await expect(page.getByLabel('Adresse postale')).toHaveValue('12 rue des Lilas\n69003 Lyon')
  await expect(page.getByLabel('Téléphone')).toHaveValue('04 78 00 00 00')
  await page.getByTestId('step-review').click()
  await expect(
    page.getByText('Contact pour l’incident : Claire Martin, 06 12 34 56 78')
  ).toBeVisible()
  expect(errors).toEqual([])
})

// One story (typed rows, reload, English, review, an attached file linked), kept whole: its
// budget is a long story's (support/budgets.ts).
test('the consequences step is filled with the keyboard, autosaved, reloaded, reviewed, and accessible in both languages', async ({
  page
}) => {
  test.setTimeout(LONG_STORY_TIMEOUT)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const now = Date.now()
  const id = await startDraft(page)

  // The live assessment asks for the measures taken (Art. 33(3)(d)).
  const panel = page.getByTestId('assessment-panel')
  await expect(panel.getByText(/Les mesures prises ou envisagées/)).toBeVisible()

  // Step 5: consequences and measures.
  await page.getByTestId('step-consequences').click()
  await expect(
    page.getByRole('heading', { level: 3, name: 'Conséquences et mesures prises' })
  ).toBeVisible()
  const consequences = stepSection(page, 'Conséquences et mesures prises')
  await expectNoSeriousA11yViolations(page, 'step consequences, empty (fr)', consequences)

  // A measure, with its date in the incident's zone.
  const measure = page.getByRole('group', { name: 'Mesure 1' })
  await addRowWithKeyboard(page, 'measures', measure, 'Qu’avez-vous fait ?')
  await page.keyboard.type('Demandé au destinataire d’effacer l’e-mail')
  await page.keyboard.press('Tab')
  await expect(measure.getByLabel('Quand ? (facultatif)')).toBeFocused()
  const measureAt = wallTime(now - 3 * HOUR)
  await measure.getByLabel('Quand ? (facultatif)').fill(measureAt)
  await expect(panel.getByText(/Les mesures prises ou envisagées/)).toHaveCount(0)

  // Two parties, the first one removed: the focus returns to the add button, the second
  // becomes row 1 with its data.
  const party1 = page.getByRole('group', { name: 'Personne ou organisme 1' })
  const party2 = page.getByRole('group', { name: 'Personne ou organisme 2' })
  await addRowWithKeyboard(page, 'parties', party1, 'Son rôle')
  await party1.getByLabel('Son rôle').selectOption('client')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Mauvais nom')
  await addRowWithKeyboard(page, 'parties', party2, 'Son rôle')
  await party2.getByLabel('Son rôle').selectOption('recipient')
  await page.keyboard.press('Tab')
  await page.keyboard.type('SARL Dupont')
  await page.keyboard.press('Tab')
  await page.keyboard.type('contact@dupont.fr')
  await tabTo(page, party1.getByRole('button', { name: 'Retirer « Personne ou organisme 1 »' }))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('add-parties')).toBeFocused()
  await expect(page.getByText('Ligne « Personne ou organisme 1 » retirée.')).toBeVisible()
  await expect(page.getByTestId('row-parties')).toHaveCount(1)
  await expect(party1.getByLabel('Nom')).toHaveValue('SARL Dupont')
  await expect(party1.getByLabel('Son rôle')).toHaveValue('recipient')

  // A claim with an amount typed the French way.
  const claim = page.getByRole('group', { name: 'Réclamation 1' })
  await addRowWithKeyboard(page, 'thirdPartyClaims', claim, 'Qui réclame ?')
  await page.keyboard.type('SARL Dupont')
  await claim.getByLabel('Reçue le (facultatif)').fill(wallTime(now - 2 * HOUR))
  await tabTo(page, claim.getByLabel('Somme demandée (€) (facultatif)'))
  await page.keyboard.type('12 000,50')
  await expect(claim.getByText('Compris : 12 000,50 €')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(claim.getByLabel('Qui réclame ?')).toHaveValue('SARL Dupont')
  await page.keyboard.type('Réparation du préjudice lié à la divulgation de son bilan.')

  // Two losses: one typed with a point, one unreadable then fixed; the total follows.
  const loss1 = page.getByRole('group', { name: 'Frais ou perte 1' })
  const loss2 = page.getByRole('group', { name: 'Frais ou perte 2' })
  await addRowWithKeyboard(page, 'estimatedLosses', loss1, 'De quoi s’agit-il ?')
  await loss1.getByLabel('De quoi s’agit-il ?').selectOption('forensics')
  await page.keyboard.press('Tab')
  await page.keyboard.type('1500.5')
  await page.keyboard.press('Tab')
  await expect(loss1.getByLabel('Montant estimé (€)')).toHaveValue('1 500,50')
  await addRowWithKeyboard(page, 'estimatedLosses', loss2, 'De quoi s’agit-il ?')
  await loss2.getByLabel('De quoi s’agit-il ?').selectOption('legal')
  await page.keyboard.press('Tab')
  await page.keyboard.type('huit cents')
  await expect(loss2.getByText('Montant non reconnu : tapez par exemple 1 500,50.')).toBeVisible()
  await expect(loss2.getByLabel('Montant estimé (€)')).toHaveAttribute('aria-invalid', 'true')
  await loss2.getByLabel('Montant estimé (€)').fill('800')
  await expect(page.getByTestId('losses-total')).toHaveText('Total estimé : 2 300,50 €')

  // Evidence; a label longer than the shared schema allows is flagged next to the field.
  const evidence = page.getByRole('group', { name: 'Pièce 1' })
  await addRowWithKeyboard(page, 'evidence', evidence, 'Quelle pièce ?')
  await evidence.getByLabel('Quelle pièce ?').fill('x'.repeat(301))
  await expect(evidence.getByText(/Texte trop long : 300 caractères au plus/)).toBeVisible()
  await expect(page.getByTestId('step-consequences')).toContainText('1 point(s) à corriger')
  await evidence.getByLabel('Quelle pièce ?').fill('Capture de l’e-mail envoyé par erreur')
  await expect(page.getByTestId('step-consequences')).not.toContainText('à corriger')

  await expectNoSeriousA11yViolations(page, 'step consequences, filled (fr)', consequences)
  await expectSaved(page)
  await page.setViewportSize({ width: 1366, height: 1000 })
  await page.getByTestId('rows-measures').scrollIntoViewIfNeeded()
  await saveScreenshot(page, 'consequences-fr', { fullPage: true })

  // Reload: from the database alone (journal cleared), everything is there.
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(measure.getByLabel('Qu’avez-vous fait ?')).toHaveValue(
    'Demandé au destinataire d’effacer l’e-mail'
  )
  await expect(measure.getByLabel('Quand ? (facultatif)')).toHaveValue(measureAt)
  await expect(page.getByTestId('row-parties')).toHaveCount(1)
  await expect(party1.getByLabel('Nom')).toHaveValue('SARL Dupont')
  await expect(party1.getByLabel('Coordonnées (facultatif)')).toHaveValue('contact@dupont.fr')
  await expect(claim.getByLabel('Somme demandée (€) (facultatif)')).toHaveValue('12 000,50')
  await expect(claim.getByLabel('Reçue le (facultatif)')).toHaveValue(wallTime(now - 2 * HOUR))
  await expect(claim.getByLabel('Que demande cette personne, et pourquoi ?')).toHaveValue(
    'Réparation du préjudice lié à la divulgation de son bilan.'
  )
  await expect(loss1.getByLabel('Montant estimé (€)')).toHaveValue('1 500,50')
  await expect(loss2.getByLabel('Montant estimé (€)')).toHaveValue('800')
  await expect(evidence.getByLabel('Quelle pièce ?')).toHaveValue(
    'Capture de l’e-mail envoyé par erreur'
  )

  // What is stored is what the declaration needs: integer cents, instants, no empty fields.
  const stored = await storedIncident(page, id)
  const incident = (stored['incident'] ?? stored) as {
    parties: unknown[]
    thirdPartyClaims: { amountCents?: number; receivedAt?: string }[]
    estimatedLosses: { kind: string; amountCents: number }[]
    measures: { at?: string }[]
    evidence: unknown[]
  }
  expect(incident.parties).toEqual([
    {
      id: expect.any(String),
      role: 'recipient',
      name: 'SARL Dupont',
      contact: 'contact@dupont.fr'
    }
  ])
  expect(incident.thirdPartyClaims[0]!.amountCents).toBe(1_200_050)
  expect(incident.thirdPartyClaims[0]!.receivedAt).toMatch(/Z$/)
  expect(incident.estimatedLosses.map((loss) => [loss.kind, loss.amountCents])).toEqual([
    ['forensics', 150_050],
    ['legal', 80_000]
  ])
  expect(Date.parse(incident.measures[0]!.at!)).toBe(Math.floor((now - 3 * HOUR) / 60_000) * 60_000)
  expect(incident.evidence).toHaveLength(1)

  // English: the same step, amounts shown the English way, axe again.
  await page.getByTestId('step-consequences').click()
  await page.getByRole('radiogroup', { name: 'Langue' }).getByText('English').click()
  await expect(
    page.getByRole('heading', { level: 3, name: 'Consequences and measures taken' })
  ).toBeVisible()
  const claimEn = page.getByRole('group', { name: 'Claim 1' })
  await expect(claimEn.getByLabel('Amount asked (€) (optional)')).toHaveValue('12,000.50')
  await expect(page.getByTestId('losses-total')).toHaveText('Estimated total: €2,300.50')
  await expectNoSeriousA11yViolations(
    page,
    'step consequences, filled (en)',
    stepSection(page, 'Consequences and measures taken')
  )
  await saveScreenshot(page, 'consequences-en', { fullPage: true })
  // "1,500" is fifteen hundred in English.
  const lossEn = page.getByRole('group', { name: 'Cost or loss 2' })
  await lossEn.getByLabel('Estimated amount (€)').fill('1,500')
  await expect(lossEn.getByText('Understood: €1,500.00')).toBeVisible()
  await expect(page.getByTestId('losses-total')).toHaveText('Estimated total: €3,000.50')
  await expectSaved(page, 'en')

  // The review summarises the new data; the live assessment is still there.
  await page.getByTestId('step-review').click()
  const review = page.getByTestId('review-consequences')
  await expect(review).toContainText('Demandé au destinataire d’effacer l’e-mail')
  await expect(review).toContainText('SARL Dupont (Received or saw the data by mistake)')
  await expect(review).toContainText('€12,000.50')
  await expect(review).toContainText('IT expert (investigation) · €1,500.50')
  await expect(review).toContainText('Estimated total: €3,000.50')
  await expect(review).toContainText('Capture de l’e-mail envoyé par erreur')
  await expect(page.getByTestId('assessment-panel').getByRole('heading').first()).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'step review with consequences (en)')
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click()

  // A file attached on the incident page is linked to the evidence row, with its SHA-256,
  // which the claim declaration lists.
  const bytes = Buffer.from('Capture du courriel envoyé par erreur', 'utf8')
  const sha = createHash('sha256').update(bytes).digest('hex')
  await page.goto(`/#/incident/${id}`)
  await page.getByTestId('attachment-input').setInputFiles({
    name: 'capture.txt',
    mimeType: 'text/plain',
    buffer: bytes
  })
  await expect(page.getByTestId('attachment-list')).toContainText(sha)
  await page.goto(`/#/incident/${id}/edit/consequences`)
  await evidence.getByLabel('Le fichier correspondant (facultatif)').selectOption({
    label: `capture.txt (${sha.slice(0, 12)}…)`
  })
  await expect(evidence).toContainText(`Fichier joint, empreinte SHA-256 : ${sha}`)
  await expectSaved(page)
  const linked = await storedIncident(page, id)
  expect((linked['incident'] as { evidence: unknown[] }).evidence).toEqual([
    {
      id: expect.any(String),
      label: 'Capture de l’e-mail envoyé par erreur',
      attachmentId: expect.any(String),
      sha256: sha
    }
  ])
  expect(errors).toEqual([])
})
