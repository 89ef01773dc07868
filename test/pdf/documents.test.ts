// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { assess } from '../../shared/assessment'
import {
  BOX_DONE,
  BOX_EMPTY,
  buildAssessmentReport,
  buildChecklist,
  buildDeclaration,
  buildNotificationDraft,
  buildRegisterCsv,
  buildRegisterJson,
  buildRegisterPdf,
  formatAmount,
  formatCount,
  formatInstant
} from '../../shared/documents'
import type { IncidentFile, Lang } from '../../shared/model'
import {
  CAUSE_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  LOSS_KIND_LABELS,
  PROFESSION_LABELS,
  sampleIncidents
} from '../../shared/model'
import type { PdfText } from './helpers'
import { FONTS, compact, darkPixelShare, hasPdftoppm, hasQpdf, qpdfCheck, readPdf } from './helpers'
import { NOW, UNICODE_SAMPLES, hugeIncident, unicodeIncident } from './fixtures'

const LANGS: Lang[] = ['fr', 'en']
const context = (lang: Lang) => ({ lang, createdAt: NOW, fonts: FONTS })
const assessFile = (file: IncidentFile) =>
  assess({ incident: file.incident, policies: file.policies }, { now: NOW })

function expectContains(pdf: PdfText, expected: string | undefined): void {
  if (expected === undefined || expected === '' || expected === '—') return
  expect(pdf.body, `missing « ${expected} »`).toContain(compact(expected))
}

const generated: { name: string; bytes: Uint8Array }[] = []

describe.each(LANGS)('assessment report (%s)', (lang) => {
  const file = unicodeIncident()
  const assessment = assessFile(file)
  const policy = file.policies[0]!

  it('contains every fact, the verdict and its reasons', async () => {
    const built = await buildAssessmentReport(
      { file, assessment, policyId: policy.id },
      context(lang)
    )
    generated.push({ name: built.fileName, bytes: built.bytes })
    expect(built.fileName).toBe(
      `2026-11-25_INC-0042_${lang === 'fr' ? 'rapport-evaluation' : 'assessment-report'}_AXA.pdf`
    )
    const pdf = await readPdf(built.bytes)
    const { incident } = file
    const tz = incident.timeZone
    const at = (iso: string | undefined) => formatInstant(iso, lang, tz)
    const fields = [
      incident.insured.name,
      PROFESSION_LABELS[incident.insured.profession][lang],
      incident.insured.organisation,
      incident.insured.address,
      incident.insured.email,
      incident.insured.phone,
      policy.insurer,
      policy.policyNumber,
      formatAmount(policy.deductibleCents, lang),
      incident.reference,
      incident.title,
      at(incident.timeline.find((e) => e.kind === 'occurred')?.at),
      at(incident.timeline.find((e) => e.kind === 'detected')?.at),
      at(assessment.awareness.at),
      at(NOW),
      incident.narrative,
      CAUSE_KIND_LABELS[incident.cause.kind][lang],
      ...incident.timeline.map((event) => at(event.at)),
      ...incident.timeline.map((event) => event.note),
      ...incident.data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]),
      formatCount(incident.data.personsCount, lang),
      ...incident.parties.flatMap((party) => [party.name, party.contact, party.note]),
      ...incident.thirdPartyClaims.flatMap((claim) => [
        claim.claimant,
        formatAmount(claim.amountCents, lang),
        claim.description
      ]),
      ...incident.estimatedLosses.flatMap((loss) => [
        LOSS_KIND_LABELS[loss.kind][lang],
        formatAmount(loss.amountCents, lang)
      ]),
      ...incident.measures.map((measure) => measure.description),
      ...incident.evidence.flatMap((item) => [item.label, item.sha256]),
      assessment.ruleSetVersion
    ]
    for (const field of fields) expectContains(pdf, field)

    const deadline = assessment.deadlines.find((entry) => entry.policyId === policy.id)
    expect(deadline).toBeDefined()
    expectContains(pdf, at(deadline?.dueAt))
    const coverage = assessment.coverage.find((entry) => entry.policyId === policy.id)
    expect(coverage?.reasons.length).toBeGreaterThan(0)
    for (const reason of coverage?.reasons ?? []) {
      expectContains(pdf, reason.ruleId)
      expectContains(pdf, reason.text[lang])
      expectContains(pdf, reason.reference)
    }
    expectContains(pdf, coverage?.summary[lang])
    // The indicative line, and the warning that this copy stays with the user.
    expect(pdf.text).toMatch(lang === 'fr' ? /Seul l’assureur décide/ : /Only the insurer decides/)
    expect(pdf.text).toMatch(lang === 'fr' ? /ne pas l’envoyer/ : /do not send it/)
  }, 60_000)

  it('keeps every Unicode sample exactly as typed', async () => {
    const built = await buildDeclaration({ file, policyId: policy.id }, context(lang))
    const pdf = await readPdf(built.bytes)
    for (const sample of UNICODE_SAMPLES) expect(pdf.text).toContain(sample)
  })

  it('sets the metadata', async () => {
    const built = await buildDeclaration({ file, policyId: policy.id }, context(lang))
    const { info } = await readPdf(built.bytes)
    expect(info.Title).toContain(file.incident.reference)
    expect(info.Author).toBe('Łukasz Żółć-Øster')
    expect(String(info.Subject)).not.toBe('')
    expect(info.Language).toBe(lang === 'fr' ? 'fr-FR' : 'en-GB')
    expect(info.CreationDate).toBe('D:20261125100000Z')
  })
})

describe('declaration of a huge incident', () => {
  it('paginates a 300-event timeline and a 10,000-character narrative with page N / M', async () => {
    const file = hugeIncident()
    expect(file.incident.timeline).toHaveLength(300)
    expect(file.incident.narrative).toHaveLength(10_000)
    const built = await buildDeclaration({ file, policyId: file.policies[0]!.id }, context('fr'))
    generated.push({ name: 'huge.pdf', bytes: built.bytes })
    const pdf = await readPdf(built.bytes)
    const total = pdf.pages.length
    expect(total).toBeGreaterThan(8)
    expect(built.pageCount).toBe(total)
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`page ${i + 1} / ${total}`)
      expect(page).toContain('INC-0042')
    })
    expect(pdf.body).toContain(compact(file.incident.narrative))
    for (const event of file.incident.timeline) expectContains(pdf, event.note)
  })
})

describe.each(LANGS)('checklist (%s)', (lang) => {
  it('lists every item with its box, due instant, and done items ticked', async () => {
    const file = unicodeIncident()
    const assessment = assessFile(file)
    const built = await buildChecklist({ file, assessment }, context(lang))
    generated.push({ name: built.fileName, bytes: built.bytes })
    const pdf = await readPdf(built.bytes)
    const items = assessment.checklist.flatMap((phase) => phase.items)
    expect(items.length).toBeGreaterThan(3)
    expect(items.some((item) => item.done)).toBe(true)
    for (const item of items) {
      expect(pdf.compact).toContain(
        compact(`${item.done ? BOX_DONE : BOX_EMPTY}${item.text[lang]}`)
      )
      expectContains(pdf, item.dueAt && formatInstant(item.dueAt, lang, file.incident.timeZone))
    }
    for (const deadline of assessment.deadlines) expectContains(pdf, deadline.label[lang])
  })
})

describe.each(LANGS)('CNIL notification draft (%s)', (lang) => {
  it('is marked as a draft on every page and carries the Art. 33(3) content', async () => {
    const file = unicodeIncident()
    const assessment = assessFile(file)
    const built = await buildNotificationDraft({ file, assessment }, context(lang))
    generated.push({ name: built.fileName, bytes: built.bytes })
    const pdf = await readPdf(built.bytes)
    const word = lang === 'fr' ? 'PROJET' : 'DRAFT'
    for (const page of pdf.pages) expect(page).toContain(`${word} —`)
    expect(String(pdf.info.Title)).toContain(word)
    const { incident } = file
    for (const value of [
      incident.insured.name,
      incident.narrative,
      formatCount(incident.data.personsCount, lang),
      ...incident.data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]),
      ...incident.measures.map((measure) => measure.description),
      formatInstant(assessment.awareness.at, lang, incident.timeZone)
    ])
      expectContains(pdf, value)
    // Other authorities told: the police complaint of the fixture.
    const complaint = incident.timeline.find((event) => event.kind === 'complaint_filed')
    expect(complaint).toBeDefined()
    expectContains(pdf, formatInstant(complaint?.at, lang, incident.timeZone))
  })
})

describe('register export', () => {
  const entries = sampleIncidents.map((sample) => ({
    file: sample.file,
    assessment: assessFile(sample.file)
  }))
  const options = { lang: 'fr' as const, createdAt: NOW, timeZone: 'Europe/Paris' }

  it('exports the Art. 33(5) record of every incident as PDF', async () => {
    const stages = new Set<string>()
    const built = await buildRegisterPdf(entries, {
      ...options,
      fonts: FONTS,
      ruleSetVersion: 'test',
      onProgress: (progress) => stages.add(progress.stage)
    })
    generated.push({ name: built.fileName, bytes: built.bytes })
    expect(built.fileName).toBe('2026-11-25_registre_violations.pdf')
    expect([...stages]).toEqual(['prepare', 'layout', 'draw', 'save'])
    const pdf = await readPdf(built.bytes)
    for (const { file, assessment } of entries) {
      expectContains(pdf, file.incident.reference)
      expectContains(pdf, file.incident.narrative)
      for (const measure of file.incident.measures) expectContains(pdf, measure.description)
      // The register duty is this very record; a duty done shows its date instead of a decision.
      for (const duty of assessment.gdpr.duties)
        if (duty.id !== 'register' && duty.status !== 'done') expectContains(pdf, duty.decision.fr)
    }
  })

  it('exports CSV and JSON of the whole register', () => {
    const csv = new TextDecoder().decode(buildRegisterCsv(entries, options).bytes)
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toMatch(/^reference;title;status;/)
    expect(lines).toHaveLength(entries.length + 1)
    for (const { file } of entries) expect(csv).toContain(file.incident.reference)
    const json = JSON.parse(new TextDecoder().decode(buildRegisterJson(entries, options).bytes))
    expect(json.format).toBe('sentinelle.register')
    expect(json.incidents).toHaveLength(entries.length)
    expect(json.incidents[0].incident).toEqual(entries[0]!.file.incident)
  })
})

describe('output quality', () => {
  it('gives the same bytes for the same input and creation date', async () => {
    const file = unicodeIncident()
    const assessment = assessFile(file)
    const input = { file, assessment, policyId: file.policies[0]!.id }
    const a = await buildAssessmentReport(input, context('fr'))
    const b = await buildAssessmentReport(input, context('fr'))
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0)
    const c = await buildChecklist({ file, assessment }, context('en'))
    const d = await buildChecklist({ file, assessment }, context('en'))
    expect(Buffer.compare(Buffer.from(c.bytes), Buffer.from(d.bytes))).toBe(0)
  })

  // In CI (.ci/run installs both tools) a missing tool fails the test instead of skipping it.
  it.skipIf(!hasQpdf && !process.env['CI'])(
    'passes qpdf --check for every generated document',
    () => {
      expect(generated.length).toBeGreaterThanOrEqual(8)
      for (const { name, bytes } of generated) {
        const { status, output } = qpdfCheck(bytes)
        expect(status, `${name}: ${output}`).toBe(0)
      }
    }
  )

  it.skipIf(!hasPdftoppm && !process.env['CI'])(
    'renders visible text with poppler (the font subset is not blank)',
    async () => {
      const file = unicodeIncident()
      const built = await buildDeclaration({ file, policyId: file.policies[0]!.id }, context('fr'))
      const share = darkPixelShare(built.bytes)
      // A page of text has a few percent of near-black pixels; a blank font subset leaves ~0.
      expect(share).toBeGreaterThan(0.005)
    }
  )
})

if (!hasQpdf) console.warn('qpdf --check skipped: /usr/bin/qpdf is missing')
if (!hasPdftoppm) console.warn('pdftoppm render test skipped: /usr/bin/pdftoppm is missing')
