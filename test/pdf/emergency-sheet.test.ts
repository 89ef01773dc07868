// @vitest-environment node
/** The emergency sheet offered at the set-up of encryption, read back as text from the PDF. */
import { describe, expect, it } from 'vitest'

import { buildEmergencySheet, groupRecoveryKey } from '../../shared/documents'
import type { Lang } from '../../shared/model'
import { FONTS, compact, hasQpdf, popplerCompact, qpdfCheck, readPdf } from './helpers'

const RECOVERY_KEY = 'K7QX-3M9P-ZR2T-8WNB-4HJC-6VYD-1FGA-5SE0'
const CREATED_AT = '2026-11-29T22:40:00Z'
const input = { recoveryKey: RECOVERY_KEY, timeZone: 'Europe/Paris' }

const EXPECTED: Record<Lang, { phrases: string[]; date: string; fileName: string }> = {
  fr: {
    phrases: [
      'Feuille de secours',
      'Clé de secours',
      'Ce qu’elle ouvre',
      'tous les incidents, leurs pièces jointes',
      'Où la garder',
      'Sans la phrase secrète et sans cette clé de secours, les données sont perdues',
      'Conservée par'
    ],
    date: '29 novembre 2026 à 23:40',
    fileName: '2026-11-29_sentinelle_feuille-de-secours.pdf'
  },
  en: {
    phrases: [
      'Emergency sheet',
      'Recovery key',
      'What it unlocks',
      'every incident, its attachments',
      'Where to keep it',
      'Without the passphrase and without this recovery key, the data are lost',
      'Kept by'
    ],
    date: '29 November 2026 at 23:40',
    fileName: '2026-11-29_sentinelle_emergency-sheet.pdf'
  }
}

describe.each(['fr', 'en'] as const)('emergency sheet (%s)', (lang) => {
  it('shows the key in groups, the date, what it unlocks, where to keep it and the warning', async () => {
    const built = await buildEmergencySheet(input, { lang, createdAt: CREATED_AT, fonts: FONTS })
    expect(built.fileName).toBe(EXPECTED[lang].fileName)
    expect(built.mimeType).toBe('application/pdf')
    expect(built.pageCount).toBe(1)
    const pdf = await readPdf(built.bytes)
    // The key as two readable lines of four groups, each drawn as it is printed.
    expect(pdf.rawPages[0]).toContain('K7QX - 3M9P - ZR2T - 8WNB')
    expect(pdf.rawPages[0]).toContain('4HJC - 6VYD - 1FGA - 5SE0')
    expect(pdf.body).toContain(compact(EXPECTED[lang].date))
    for (const phrase of EXPECTED[lang].phrases) {
      expect(pdf.body, `missing « ${phrase} »`).toContain(compact(phrase))
    }
    expect(pdf.info['Title']).toContain(lang === 'fr' ? 'Feuille de secours' : 'Emergency sheet')
    // poppler reads the same key (the font subset has the glyphs).
    expect(popplerCompact(built.bytes)).toContain('K7QX-3M9P-ZR2T-8WNB4HJC-6VYD-1FGA-5SE0')
    if (hasQpdf) expect(qpdfCheck(built.bytes).status).toBe(0)
  })
})

it('groups any typed form of the key the same way', () => {
  expect(groupRecoveryKey('k7qx3m9pzr2t8wnb 4hjc-6vyd-1fga-5se0')).toEqual([
    'K7QX - 3M9P - ZR2T - 8WNB',
    '4HJC - 6VYD - 1FGA - 5SE0'
  ])
})
