// @vitest-environment node
/**
 * The documents that leave the user's hands (issue 9): the insurer's declaration, the CNIL draft
 * and the letters carry the facts entered and none of the app's own analysis; every French
 * output follows French typography.
 */
import { describe, expect, it } from 'vitest'

import { assess } from '../../shared/assessment'
import {
  NNBSP,
  ORDINARY_SPACE_BEFORE_PUNCTUATION,
  buildAssessmentReport,
  DOCX_MIME,
  buildChecklist,
  buildDocument,
  buildDeclaration,
  buildNotificationDraft,
  buildRegisterPdf,
  formatCount,
  likelyConsequences,
  documentSpec,
  documentsFor,
  preparedSpec,
  specStrings,
  whoActs,
  formatAmount,
  formatInstant,
  letterTitle,
  lettersFor,
  frenchTypography
} from '../../shared/documents'
import type { LetterKind } from '../../shared/documents'
import type { IncidentFile, Lang } from '../../shared/model'
import {
  CAUSE_DETAIL_LABELS,
  DATA_CATEGORY_LABELS,
  MEDIUM_LABELS,
  PERSON_CATEGORY_LABELS,
  POLICY_KIND_LABELS,
  sampleIncidents
} from '../../shared/model'
import type { PdfText } from './helpers'
import {
  FONTS,
  compact,
  docxText,
  hasPdftoppm,
  hasQpdf,
  popplerCompact,
  hasSoffice,
  qpdfCheck,
  readPdf,
  sofficeToPdf,
  zipEntry
} from './helpers'
import { NOW, fullIncident } from './fixtures'

const LANGS: Lang[] = ['fr', 'en']
const context = (lang: Lang) => ({ lang, createdAt: NOW, fonts: FONTS })
const assessFile = (file: IncidentFile) =>
  assess({ incident: file.incident, policies: file.policies }, { now: NOW })

/** What the insurer and the CNIL must never read: the app's analysis and advice. */
export const FORBIDDEN: [string, RegExp][] = [
  ['a rule id', /\b(gdpr|insurance|checklist|deadline|advice|health)\.[a-z]/],
  ['a seed citation', /\bseed\b/i],
  [
    'a verdict word',
    // "Likely consequences" / « conséquences probables » are the GDPR's own words (art. 33(3)(c)).
    /\b(covered|excluded|couvert|exclue?s?|probablement|couverture probable|likely (covered|excluded)|verdict|indicati(f|ve)|appréciation|opinion)\b/i
  ],
  [
    'advice to the user',
    /(vérifiez|à vérifier|pensez à|vous devez|n’oubliez|recopiez|\bcheck (the|in|with)\b|you must|you should|to check|\bcopy this\b)/i
  ],
  ['a deadline computation', /(délai de déclaration|declaration deadline|à faire avant|due by)/i],
  ['the criminal-secrecy warning', /226-13/]
]

export function expectNothingForbidden(pdf: PdfText, name: string): void {
  for (const [what, pattern] of FORBIDDEN)
    expect(pattern.exec(pdf.text)?.[0], `${name} contains ${what}`).toBeUndefined()
}

const contains = (pdf: PdfText, value: string | undefined): void => {
  if (value === undefined || value === '' || value === '—') return
  expect(pdf.body, `missing « ${value} »`).toContain(compact(value))
}

const generated: { name: string; bytes: Uint8Array }[] = []

describe.each(LANGS)('declaration to the insurer (%s)', (lang) => {
  const file = fullIncident()
  const { incident } = file
  const at = (iso: string | undefined) => formatInstant(iso, lang, incident.timeZone)
  const build = async (policyId: string) => {
    const built = await buildDeclaration({ file, policyId }, context(lang))
    generated.push({ name: built.fileName, bytes: built.bytes })
    return readPdf(built.bytes)
  }

  it('carries every fact a claims handler expects, and none of the analysis', async () => {
    const [rcPro, property, cyber] = file.policies as [
      (typeof file.policies)[0],
      (typeof file.policies)[0],
      (typeof file.policies)[0]
    ]
    for (const policy of file.policies) {
      const pdf = await build(policy.id)
      const insured = incident.insured
      for (const value of [
        insured.name,
        insured.organisation,
        insured.siren,
        insured.address,
        insured.signatoryName,
        insured.signatoryCapacity,
        policy.insurer,
        policy.policyNumber,
        POLICY_KIND_LABELS[policy.kind][lang],
        at(incident.timeline.find((e) => e.kind === 'occurred')?.at),
        at(incident.timeline.find((e) => e.kind === 'detected')?.at),
        incident.narrative,
        'Jean Témoin',
        'Commissariat du 12e arrondissement',
        'PV-2026-000123',
        'Récépissé de plainte',
        'CNIL-NOTIF-2026-0456',
        ...incident.evidence.flatMap((item) => [item.label, item.sha256]),
        ...incident.estimatedLosses.map((loss) => formatAmount(loss.amountCents, lang)),
        // L121-4: the other policies covering the same risk.
        ...file.policies.filter((other) => other.id !== policy.id).map((o) => o.policyNumber),
        lang === 'fr' ? 'Estimation provisoire, sous toutes réserves' : 'Provisional estimate',
        lang === 'fr' ? 'Fait à Ærøskøbing, le 25 novembre 2026' : 'Done at Ærøskøbing'
      ])
        contains(pdf, value)
      expectNothingForbidden(pdf, `${policy.kind} declaration`)
      if (policy.kind === 'property') {
        for (const value of ['Lenovo', 'ThinkPad X1 Carbon', 'PF-3X9Q2K', 'Gare de Lyon, voie 11'])
          contains(pdf, value)
        contains(pdf, formatAmount(189_900, lang))
        contains(pdf, 'Sacoche dérobée pendant la descente du train')
        // A property insurer does not receive the categories of clients' data.
        for (const category of incident.data.categories)
          expect(pdf.text).not.toContain(DATA_CATEGORY_LABELS[category][lang])
      }
      if (policy.id === rcPro.id) {
        contains(pdf, 'Cabinet Courtage Sud')
        contains(pdf, 'SIN-2026-98765')
        contains(pdf, 'Demande d’indemnisation pour perte de clientèle')
        contains(pdf, formatAmount(1_250_000, lang))
        expect(pdf.text).toMatch(
          lang === 'fr' ? /n’a reconnu aucune responsabilité/ : /admitted no liability/
        )
      } else expect(pdf.text).not.toContain('SIN-2026-98765')
      if (policy.id === cyber.id)
        for (const value of [
          'ASSIST-77-421',
          'Serveur de fichiers, messagerie',
          formatAmount(2_500_000, lang)
        ])
          contains(pdf, value)
      if (policy.id === property.id) expect(pdf.text).not.toContain('ASSIST-77-421')
    }
  }, 60_000)
})

describe('the forbidden-content check', () => {
  it('fires on the assessment report, which keeps the analysis', async () => {
    const file = fullIncident()
    const built = await buildAssessmentReport(
      { file, assessment: assessFile(file), policyId: file.policies[0]!.id },
      context('fr')
    )
    const pdf = await readPdf(built.bytes)
    const fired = FORBIDDEN.filter(([, pattern]) => pattern.test(pdf.text)).map(([what]) => what)
    expect(fired).toEqual(expect.arrayContaining(['a rule id', 'a verdict word']))
  }, 60_000)
})

describe.each(LANGS)('CNIL notification draft (%s)', (lang) => {
  it('follows the CNIL form and carries none of the analysis', async () => {
    const file = fullIncident()
    const { incident } = file
    const built = await buildNotificationDraft(
      { file, assessment: assessFile(file) },
      context(lang)
    )
    generated.push({ name: built.fileName, bytes: built.bytes })
    const pdf = await readPdf(built.bytes)
    const at = (iso: string | undefined) => formatInstant(iso, lang, incident.timeZone)
    const insured = incident.insured
    for (const value of [
      insured.organisation,
      insured.siren,
      insured.sector,
      insured.legalRepresentative,
      insured.dpoContact,
      insured.email,
      'SARL',
      formatCount(12, lang),
      at(incident.timeline.find((e) => e.kind === 'occurred')?.at),
      at(incident.timeline.find((e) => e.kind === 'detected')?.at),
      incident.cause.detectionMethod,
      lang === 'fr' ? 'Externe' : 'External',
      MEDIUM_LABELS.laptop[lang],
      incident.narrative,
      incident.notificationDelayReason,
      ...incident.data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]),
      formatCount(incident.data.personsCount, lang),
      PERSON_CATEGORY_LABELS.clients[lang],
      PERSON_CATEGORY_LABELS.employees[lang],
      ...likelyConsequences(incident, lang),
      ...incident.measures.map((measure) => measure.description),
      'Sauvegarde quotidienne chiffrée',
      'Courriel individuel',
      at('2026-02-13T10:00:00+01:00'),
      'Commissariat du 12e arrondissement',
      'PV-2026-000123',
      // Already notified once: this is the complementary notification to that number.
      'CNIL-NOTIF-2026-0456'
    ])
      contains(pdf, value)
    expect(pdf.text).toMatch(
      lang === 'fr' ? /Notification complémentaire/ : /Complementary notification/
    )
    expectNothingForbidden(pdf, 'CNIL draft')
  }, 60_000)

  it('writes the consequences as prose: identity theft, phishing, professional secrecy', () => {
    const file = fullIncident()
    file.incident.data.categories = ['identity', 'national_id', 'contact', 'health']
    file.incident.insured.profession = 'physician'
    const text = likelyConsequences(file.incident, lang).join(' ')
    for (const pattern of lang === 'fr'
      ? [/Usurpation d’identité/, /Hameçonnage/, /Discrimination/, /secret/]
      : [/Identity theft/, /Phishing/, /Discrimination/, /secrecy/])
      expect(text).toMatch(pattern)
  })
})

describe.each(LANGS)('checklist (%s)', (lang) => {
  it('has who and when columns and keeps the rule ids in the appendix', async () => {
    const file = fullIncident()
    const assessment = assessFile(file)
    const built = await buildChecklist({ file, assessment }, context(lang))
    generated.push({ name: built.fileName, bytes: built.bytes })
    const pdf = await readPdf(built.bytes)
    const appendix = pdf.body.indexOf(
      compact(lang === 'fr' ? 'Annexe — règles' : 'Appendix — rules')
    )
    expect(appendix).toBeGreaterThan(0)
    expect(pdf.text).toContain(lang === 'fr' ? 'Qui' : 'Who')
    expect(pdf.text).toContain(lang === 'fr' ? 'heure de Paris' : 'Paris time')
    expect(pdf.text).not.toContain('Europe/Paris')
    const items = assessment.checklist.flatMap((phase) => phase.items)
    for (const item of items) {
      expect(pdf.body.indexOf(compact(item.ruleId)), item.ruleId).toBeGreaterThan(appendix)
      expect(pdf.body).toContain(compact(whoActs(item.ruleId, lang)))
    }
  }, 60_000)
})

describe('register export (art. 33(5))', () => {
  it('records per breach what art. 33(5) asks, in chronological order, without insurance', async () => {
    const full = fullIncident()
    const files = [...sampleIncidents.map((sample) => sample.file), full]
    const entries = files.map((file) => ({ file, assessment: assessFile(file) }))
    const built = await buildRegisterPdf(entries, {
      lang: 'fr',
      createdAt: NOW,
      fonts: FONTS,
      timeZone: 'Europe/Paris',
      ruleSetVersion: 'test'
    })
    generated.push({ name: built.fileName, bytes: built.bytes })
    const pdf = await readPdf(built.bytes)
    const occurred = (file: IncidentFile) =>
      Date.parse(file.incident.timeline.find((event) => event.kind === 'occurred')!.at)
    const order = [...files]
      .sort((a, b) => occurred(a) - occurred(b))
      .map((file) =>
        pdf.body.indexOf(compact(`${file.incident.reference} — ${file.incident.title}`))
      )
    expect(order.every((position) => position >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    const at = (iso: string) => formatInstant(iso, 'fr', 'Europe/Paris')
    for (const value of [
      'CNIL-NOTIF-2026-0456',
      'Courriel individuel',
      at('2026-02-13T10:00:00+01:00'),
      'Confidentialité',
      'Clients, Salariés',
      ...likelyConsequences(full.incident, 'fr')
    ])
      expect(pdf.body, value).toContain(compact(value))
    // No insurance analysis, no list of references in place of reasons.
    for (const file of files)
      for (const policy of file.policies) expect(pdf.text).not.toContain(policy.policyNumber)
    expect(pdf.text).not.toMatch(/Couverture probable|Probablement exclu|\[RGPD/)
    // A breach not notified gets its reasons as sentences.
    const notNotified = entries.find(
      ({ file, assessment }) =>
        !file.incident.timeline.some((event) => event.kind === 'authority_notified') &&
        assessment.gdpr.duties.some((duty) => duty.id === 'notify_authority' && !duty.required)
    )
    expect(notNotified).toBeDefined()
    const duty = notNotified!.assessment.gdpr.duties.find((d) => d.id === 'notify_authority')!
    for (const reason of duty.reasons) expect(pdf.body).toContain(compact(reason.text.fr))
  }, 60_000)
})

/** The Unicode incident as a stolen laptop, with a misdirected copy: every letter but one applies. */
function letterIncident(): IncidentFile {
  const file = fullIncident()
  file.incident.cause.detail = 'stolen_device'
  file.incident.data.categories = [...file.incident.data.categories, 'credentials']
  return file
}

// poppler-utils is installed in CI (.ci/run); elsewhere the letters' PDF checks need it.
describe.skipIf(!hasPdftoppm && !process.env['CI']).each(LANGS)('letters (%s)', (lang) => {
  const build = (file: IncidentFile, letter: LetterKind, format: 'pdf' | 'docx') =>
    buildDocument(
      { kind: 'letter', letter, format },
      { file, assessment: assessFile(file) },
      context(lang)
    )

  it('offers the letters that apply: the controller notice only to a processor', () => {
    const file = letterIncident()
    expect(lettersFor(file)).toEqual([
      'persons',
      'public',
      'deletion_request',
      'clients_confidential',
      'complaint_statement'
    ])
    file.incident.role = { kind: 'processor', controllerName: 'Clinique Alpha' }
    expect(lettersFor(file)).toContain('controller_notice')
    expect(lettersFor(file)).not.toContain('persons')
  })

  it('carries the art. 34(2) elements in the letter to the persons and its public version', async () => {
    const file = letterIncident()
    const { incident } = file
    for (const letter of ['persons', 'public'] as const) {
      const built = await build(file, letter, 'pdf')
      generated.push({ name: built.fileName, bytes: built.bytes })
      const pdf = await readPdf(built.bytes)
      const docx = docxText((await build(file, letter, 'docx')).bytes)
      for (const text of [popplerCompact(built.bytes), compact(docx)]) {
        // Nature, contact point, likely consequences, measures taken and proposed, what to do.
        expect(text).toContain(compact(CAUSE_DETAIL_LABELS.stolen_device[lang].toLowerCase()))
        expect(text).toContain(compact(incident.insured.dpoContact!))
        for (const sentence of likelyConsequences(incident, lang))
          expect(text, `${letter}: ${sentence}`).toContain(compact(sentence))
        for (const measure of incident.measures.filter((m) => m.stage !== 'before'))
          expect(text).toContain(compact(measure.description))
        expect(text).toContain(lang === 'fr' ? 'motdepasse' : 'password')
      }
      expectNothingForbidden(pdf, letter)
    }
  }, 60_000)

  it('writes every applicable letter as PDF and DOCX with its own facts', async () => {
    const file = letterIncident()
    file.incident.parties.push({
      id: 'pa-r',
      role: 'recipient',
      name: 'Société Bernard',
      contact: 'bernard@example.fr'
    })
    const expected: Record<LetterKind, string[]> = {
      persons: [],
      public: [],
      controller_notice: [],
      deletion_request: [
        'Société Bernard',
        lang === 'fr' ? 'confirmer par écrit' : 'confirm to us in writing'
      ],
      clients_confidential: ['Ünal Çelik'],
      complaint_statement: [
        '12345678900017',
        'ThinkPad X1 Carbon',
        'PF-3X9Q2K',
        'Gare de Lyon, voie 11',
        lang === 'fr' ? 'vol (C. pén. art. 311-1)' : 'theft (French Criminal Code art. 311-1)',
        file.incident.evidence[0]!.sha256!
      ]
    }
    for (const letter of lettersFor(file)) {
      const pdfBuilt = await build(file, letter, 'pdf')
      const docxBuilt = await build(file, letter, 'docx')
      generated.push({ name: pdfBuilt.fileName, bytes: pdfBuilt.bytes })
      expect(docxBuilt.fileName).toBe(pdfBuilt.fileName.replace(/\.pdf$/, '.docx'))
      expect(docxBuilt.mimeType).toBe(DOCX_MIME)
      const pdf = await readPdf(pdfBuilt.bytes)
      const pdfText = popplerCompact(pdfBuilt.bytes)
      const docx = compact(docxText(docxBuilt.bytes))
      expect(pdf.compact).toContain(compact(letterTitle(letter, lang)))
      expect(docx).toContain(compact(file.incident.insured.signatoryName!))
      for (const value of expected[letter]) {
        expect(pdfText, `${letter} PDF: ${value}`).toContain(compact(value))
        expect(docx, `${letter} DOCX: ${value}`).toContain(compact(value))
      }
      expectNothingForbidden(pdf, letter)
    }
  }, 120_000)

  it('gives the same DOCX bytes for the same input and creation date', async () => {
    const file = letterIncident()
    const a = await build(file, 'persons', 'docx')
    const b = await build(file, 'persons', 'docx')
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0)
    expect(zipEntry(a.bytes, 'docProps/core.xml')).toContain(`${NOW.replace('.000', '')}`)
  })

  it('puts French typography in the DOCX too', async () => {
    if (lang !== 'fr') return
    const text = docxText((await build(letterIncident(), 'persons', 'docx')).bytes)
    expect(ORDINARY_SPACE_BEFORE_PUNCTUATION.exec(text)?.[0]).toBeUndefined()
    expect(text).toContain(`Objet${NNBSP}:`)
  })

  // LibreOffice opens the DOCX and converts it: the file is valid for a word processor.
  it.skipIf(!hasSoffice && !process.env['CI'])(
    'opens in LibreOffice',
    async () => {
      const built = await build(letterIncident(), 'persons', 'docx')
      const { pdf, output } = sofficeToPdf(built.bytes)
      expect(pdf, output).toBeDefined()
      const text = await readPdf(pdf!)
      expect(text.compact).toContain(
        compact(lang === 'fr' ? 'Ce qui s’est passé' : 'What happened')
      )
      expect(text.compact).toContain(compact(fullIncident().incident.insured.dpoContact!))
    },
    180_000
  )
})

describe('French typography', () => {
  // PDF readers fold U+202F into a space (pdfjs NFKC), so the drawn strings are read before drawing.
  it('puts no ordinary space before : ; ! ? in any French document of any incident', () => {
    const files = [fullIncident(), ...sampleIncidents.map((sample) => sample.file)]
    let count = 0
    for (const file of files) {
      const input = { file, assessment: assessFile(file) }
      for (const request of documentsFor(file)) {
        const spec = preparedSpec(documentSpec(request, input, context('fr')))
        count++
        for (const text of specStrings(spec)) {
          expect(
            ORDINARY_SPACE_BEFORE_PUNCTUATION.exec(text)?.[0],
            `${spec.fileName}: ${text}`
          ).toBeUndefined()
          expect(text, spec.fileName).not.toMatch(/\d 72 h|\d h\b/)
        }
      }
    }
    expect(count).toBeGreaterThan(files.length * 3)
  }, 60_000)

  it('uses no-break spaces inside « » and before the colon', () => {
    expect(frenchTypography('Coût : 1 800 € ; « Alpha » 72 h !')).toBe(
      `Coût${NNBSP}: 1${NNBSP}800${NNBSP}€${NNBSP}; «${NNBSP}Alpha${NNBSP}» 72${NNBSP}h${NNBSP}!`
    )
    expect(frenchTypography('https://example.fr')).toBe('https://example.fr')
  })
})

describe('PDF validity', () => {
  it.skipIf(!hasQpdf && !process.env['CI'])('passes qpdf --check', () => {
    expect(generated.length).toBeGreaterThan(0)
    for (const { name, bytes } of generated) {
      const { status, output } = qpdfCheck(bytes)
      expect(status, `${name}: ${output}`).toBe(0)
    }
  })
})
