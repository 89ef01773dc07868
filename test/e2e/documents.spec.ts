/**
 * Documents from the UI, in real Chromium against the built renderer: the claim declaration is
 * generated in the page (pdf-lib + the DejaVu font fetched as an asset), downloaded through the
 * browser bridge, and read back here with pdfjs; the register export runs in a Web Worker with
 * a progress bar, and can be cancelled.
 */
import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'
import type { Download } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

import { dismissStorageNotice, expectNoSeriousA11yViolations } from './support/a11y'
import { startRegisterExport } from './support/register-export'
import { seedRegister } from './support/seed-register'

test.use({ viewport: { width: 1280, height: 900 } })

async function pdfPages(download: Download): Promise<string[]> {
  const bytes = new Uint8Array(await readFile(await download.path()))
  const pdf = await getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false
  }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
    )
  }
  await pdf.destroy()
  return pages
}

test('generates the claim declaration from the incident page and downloads a real PDF', async ({
  page
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/')
  await page.getByRole('button', { name: 'Voir un exemple' }).click()
  await expect(page).toHaveURL(/#\/incident\//)

  const section = page.getByRole('region', { name: 'Documents' })
  const button = section.getByRole('button', {
    name: 'Déclaration de sinistre — Mutuelle Exemple (RC Pro)'
  })
  await expect(button).toBeVisible()
  await dismissStorageNotice(page)
  await expectNoSeriousA11yViolations(page, 'documents')

  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  // Two policies at the same insurer: the policy number keeps the names apart.
  expect(download.suggestedFilename()).toMatch(
    /^\d{4}-\d{2}-\d{2}_INC-\d{4}_declaration_Mutuelle-Exemple-RCP-2025-001234\.pdf$/
  )
  await expect(section.getByRole('status')).toContainText('Enregistré')

  const pages = await pdfPages(download)
  const text = pages.join(' ')
  expect(text).toContain('Déclaration de sinistre')
  expect(text).toContain('Claire Martin')
  expect(text).toContain('RCP-2025-001234')
  expect(text).toContain('En rentrant d’une mission à Lyon')
  // The insurer's copy: facts and a provisional estimate, not the app's verdict.
  expect(text).toContain('Estimation provisoire, sous toutes réserves')
  expect(text).not.toContain('Seul l’assureur décide')
  pages.forEach((content, i) => expect(content).toContain(`page ${i + 1} / ${pages.length}`))

  // The same document in English, chosen in the section.
  await section.getByText('English').click()
  const [english] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Plan de réponse (liste des actions)' }).click()
  ])
  expect(english.suggestedFilename()).toMatch(/_INC-\d{4}_checklist\.pdf$/)
  expect((await pdfPages(english)).join(' ')).toContain('Incident-response checklist')
  expect(errors).toEqual([])
})

test('exports the register as PDF, CSV and JSON from a worker, and can cancel', async ({
  page
}) => {
  await page.goto('/')
  await seedRegister(page, { count: 40, seed: 5, now: new Date().toISOString() })
  await page.reload()
  const { section, downloads } = await startRegisterExport(page)
  await expect(section.getByRole('status')).toContainText('Registre exporté : 40 incident(s)', {
    timeout: 60_000
  })
  await expect.poll(() => downloads.length).toBe(3)
  const names = downloads.map((download) => download.suggestedFilename())
  expect(names).toEqual([
    expect.stringMatching(/_registre_violations\.pdf$/),
    expect.stringMatching(/_registre_violations\.csv$/),
    expect.stringMatching(/_registre_violations\.json$/)
  ])
  const pdfText = (await pdfPages(downloads[0] as Download)).join(' ')
  expect(pdfText).toContain('Registre des violations de données')
  expect(pdfText).toContain('INC-0001')
  const csv = await readFile(await (downloads[1] as Download).path(), 'utf8')
  expect(csv.trim().split('\r\n')).toHaveLength(41)
  const json = JSON.parse(await readFile(await (downloads[2] as Download).path(), 'utf8'))
  expect(json.incidents).toHaveLength(40)

  // A bigger register: the progress bar shows, the page still answers, Cancel stops it all.
  await seedRegister(page, { count: 3000, seed: 9, now: new Date().toISOString() })
  await page.reload()
  downloads.length = 0
  await section.getByRole('button', { name: 'Exporter le registre (PDF, CSV, JSON)' }).click()
  await expect(section.getByRole('progressbar', { name: 'Progression de l’export' })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toBeEditable()
  // The export runs in a worker; Cancel must terminate it, not only hide the progress bar.
  // Asked right after Cancel, a terminated worker answers nothing (the call fails when it
  // closes), while one left running would answer, at the latest when its export is done. This
  // checks the state, however slow the machine is, where "gone within 2 s" did not.
  // The register engine runs in a Worker of its own: only the export's is counted.
  const exportWorkers = () =>
    page.workers().filter((w) => /\/export\.worker-[^/]*\.js/.test(w.url()))
  await expect.poll(() => exportWorkers().length).toBe(1)
  const exportWorker = exportWorkers()[0]!
  await section.getByRole('button', { name: 'Annuler l’export' }).click()
  const answer = await exportWorker.evaluate(() => 'still running').catch(() => 'terminated')
  expect(answer).toBe('terminated')
  await expect(section.getByRole('status')).toContainText('Export annulé')
  await expect(section.getByRole('progressbar')).toHaveCount(0)
  await expect.poll(() => exportWorkers().length).toBe(0)
  // Nothing to wait for: the files are saved only from the worker's result, each save checks the
  // cancel flag first, and the worker is gone without having delivered one.
  expect(downloads).toHaveLength(0)
})
