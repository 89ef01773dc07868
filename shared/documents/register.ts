/**
 * The register export: every incident as the record RGPD art. 33(5) requires the controller to
 * keep ("the facts relating to the personal data breach, its effects and the remedial action
 * taken"), with the decisions taken and why, as a PDF; and the whole register as CSV and JSON.
 */
import type { Assessment } from '../assessment'
import { assess } from '../assessment/assess'
import { SEVERITY_LABELS } from '../rules'
import type { IncidentFile, Lang, Localized } from '../model'
import {
  loc,
  parseIncidentFile,
  BREACH_TYPE_LABELS,
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  PERSON_CATEGORY_LABELS,
  TIMELINE_EVENT_LABELS
} from '../model'
import type { Block } from '../pdf'
import { fontMetrics, layoutDocument, writePdf } from '../pdf'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatCount, formatInstant, orDash } from './format'
import { likelyConsequences } from './consequences'
import { events, firstEvent } from './shared-content'
import { frenchBlocks, frenchTypography } from './typography'
import type { BuiltDocument, RenderContext } from './spec'
import { fieldsTable, pageFooter } from './spec'

export type RegisterEntry = {
  file: IncidentFile
  assessment: Assessment
  /** Position in the list given to assessRegisterFiles(), to report a record skipped later. */
  sourceIndex?: number
}

/** `stage` progresses from 'prepare' to 'layout' to 'draw' to 'save'. */
export type RegisterProgress = (progress: {
  stage: 'prepare' | 'layout' | 'draw' | 'save'
  done: number
  total: number
}) => void

/**
 * A record left out of an export, and why. One bad record (a date out of range stored before the
 * bound existed, a field a newer version wrote, a rule that throws on it) must never block the
 * export of the others: each step runs every record inside its own guard and reports it here.
 */
export type SkippedRecord = {
  /** Position in the list the export was given. */
  index: number
  id?: string
  reference?: string
  stage: 'validate' | 'assess' | 'pdf' | 'csv'
  reason: Localized
}

const describeError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 200)

const recordIdentity = (file: unknown): { id?: string; reference?: string } => {
  const incident =
    file !== null && typeof file === 'object'
      ? (file as { incident?: unknown }).incident
      : undefined
  if (incident === null || typeof incident !== 'object') return {}
  const { id, reference } = incident as { id?: unknown; reference?: unknown }
  return {
    ...(typeof id === 'string' ? { id: id.slice(0, 100) } : {}),
    ...(typeof reference === 'string' ? { reference: reference.slice(0, 50) } : {})
  }
}

const skippedFor = (
  file: unknown,
  index: number,
  stage: SkippedRecord['stage'],
  reason: Localized
): SkippedRecord => ({ index, ...recordIdentity(file), stage, reason })

const failedStep = (stage: 'assess' | 'pdf' | 'csv', error: unknown): Localized => {
  const what = {
    assess: loc('L’évaluation a échoué', 'The assessment failed'),
    pdf: loc('La mise en page PDF a échoué', 'The PDF layout failed'),
    csv: loc('La ligne CSV n’a pas pu être écrite', 'The CSV row could not be written')
  }[stage]
  const detail = describeError(error)
  return loc(`${what.fr} : ${detail}`, `${what.en}: ${detail}`)
}

/**
 * Validates each incident file with the shared schema, then assesses it, each inside its own
 * guard: the good records come back as entries, every other one as a SkippedRecord saying which
 * and why. Never throws for a bad record.
 */
export function assessRegisterFiles(
  files: readonly unknown[],
  options: { now: string; onProgress?: (done: number, total: number) => void }
): { entries: RegisterEntry[]; skipped: SkippedRecord[] } {
  const entries: RegisterEntry[] = []
  const skipped: SkippedRecord[] = []
  files.forEach((raw, index) => {
    if (index % 100 === 0) options.onProgress?.(index, files.length)
    const parsed = parseIncidentFile(raw)
    if (!parsed.ok) {
      const [first] = parsed.errors
      const where = first?.path ? `${first.path} : ` : ''
      const whereEn = first?.path ? `${first.path}: ` : ''
      const more = parsed.errors.length - 1
      skipped.push(
        skippedFor(
          raw,
          index,
          'validate',
          loc(
            `Incident invalide : ${where}${first?.message.fr ?? ''}${more > 0 ? ` (+${more} autre(s) erreur(s))` : ''}`,
            `Invalid incident: ${whereEn}${first?.message.en ?? ''}${more > 0 ? ` (+${more} more error(s))` : ''}`
          )
        )
      )
      return
    }
    try {
      const file = parsed.value
      const assessment = assess(
        { incident: file.incident, policies: file.policies },
        { now: options.now }
      )
      entries.push({ file, assessment, sourceIndex: index })
    } catch (error) {
      skipped.push(skippedFor(raw, index, 'assess', failedStep('assess', error)))
    }
  })
  return { entries, skipped }
}

type DutyStatus = Assessment['gdpr']['duties'][number]['status']
type DutyId = Assessment['gdpr']['duties'][number]['id']

const T = {
  fr: {
    title: 'Registre des violations de données',
    subject: 'Registre des violations (RGPD art. 33(5))',
    intro:
      'Registre tenu en application de l’article 33(5) du RGPD : pour chaque violation, par ordre chronologique, les faits, ses effets, les mesures prises pour y remédier, et les décisions prises avec leurs motifs. Exporté le {now} ; {count} incident(s). Version des règles {version}.',
    empty: 'Le registre est vide.',
    status: 'Statut',
    statuses: { draft: 'Brouillon', open: 'Ouvert', closed: 'Clos' },
    dates: 'Dates',
    occurred: 'survenue',
    detected: 'découverte',
    aware: 'connaissance',
    contained: 'maîtrisée',
    closed: 'close',
    breachType: 'Type de violation',
    personCategories: 'Personnes',
    consequences: 'Conséquences probables',
    notified: 'Notification à la CNIL',
    notNotified: 'Non notifiée',
    informed: 'Information des personnes',
    notInformed: 'Personnes non informées',
    reasons: 'Motifs',
    facts: 'Faits',
    effects: 'Effets',
    persons: 'personnes',
    records: 'enregistrements',
    severity: 'gravité',
    remedial: 'Mesures prises',
    none: 'Aucune mesure enregistrée.',
    decisions: 'Décisions et motifs',
    notifications: 'Autres démarches',
    duties: {
      register: 'Registre',
      notify_authority: 'Notification CNIL',
      inform_persons: 'Information des personnes'
    },
    dutyStatuses: {
      done: 'fait',
      pending: 'à faire',
      overdue: 'en retard',
      not_required: 'non requis'
    }
  },
  en: {
    title: 'Register of personal data breaches',
    subject: 'Breach register (GDPR art. 33(5))',
    intro:
      'Register kept under GDPR article 33(5): for each breach, in chronological order, the facts, its effects, the remedial action taken, and the decisions taken with their reasons. Exported on {now}; {count} incident(s). Rule set {version}.',
    empty: 'The register is empty.',
    status: 'Status',
    statuses: { draft: 'Draft', open: 'Open', closed: 'Closed' },
    dates: 'Dates',
    occurred: 'occurred',
    detected: 'detected',
    aware: 'aware',
    contained: 'contained',
    closed: 'closed',
    breachType: 'Breach type',
    personCategories: 'Persons',
    consequences: 'Likely consequences',
    notified: 'Notification to the CNIL',
    notNotified: 'Not notified',
    informed: 'Communication to the persons',
    notInformed: 'Persons not informed',
    reasons: 'Reasons',
    facts: 'Facts',
    effects: 'Effects',
    persons: 'persons',
    records: 'records',
    severity: 'severity',
    remedial: 'Remedial action',
    none: 'No measure recorded.',
    decisions: 'Decisions and reasons',
    notifications: 'Other steps',
    duties: {
      register: 'Register',
      notify_authority: 'Notify the CNIL',
      inform_persons: 'Inform the persons'
    },
    dutyStatuses: {
      done: 'done',
      pending: 'to do',
      overdue: 'overdue',
      not_required: 'not required'
    }
  }
} as const satisfies Record<
  Lang,
  {
    duties: Record<DutyId, string>
    dutyStatuses: Record<DutyStatus, string>
    [key: string]: unknown
  }
>

const NOTIFICATION_KINDS = ['complaint_filed', 'pre_complaint_filed', 'ars_reported'] as const

/** The instant an entry is filed under: when the breach happened, else when it was recorded. */
const entryTime = (entry: RegisterEntry): number =>
  Date.parse(firstEvent(entry.file.incident, 'occurred') ?? entry.file.incident.createdAt)

function entryBlocks(entry: RegisterEntry, lang: Lang): Block[] {
  const t = T[lang]
  const { incident } = entry.file
  const { assessment } = entry
  const tz = incident.timeZone
  const at = (iso: string | undefined): string => formatInstant(iso, lang, tz)
  const data = incident.data
  const severity = assessment.gdpr.severity
  const dated = (label: string, iso: string | undefined): string[] =>
    iso === undefined ? [] : [`${label} ${at(iso)}`]
  const cause = [
    CAUSE_KIND_LABELS[incident.cause.kind][lang],
    incident.cause.detail !== undefined ? CAUSE_DETAIL_LABELS[incident.cause.detail][lang] : ''
  ]
    .filter((part) => part !== '')
    .join(' — ')
  const withReference = (iso: string, reference?: string, service?: string): string =>
    [at(iso), service, reference].filter((part) => part !== undefined && part !== '').join(' — ')
  const notified = events(incident, ['authority_notified'])
  const informed = events(incident, ['persons_informed'])
  const others = events(incident, NOTIFICATION_KINDS).map(
    (event) =>
      `${TIMELINE_EVENT_LABELS[event.kind][lang]} : ${withReference(event.at, event.reference, event.service)}`
  )
  // Art. 33(5): for a breach not notified, the reasons in prose (the rules' own sentences).
  const reasons = (id: DutyId): string => {
    const duty = assessment.gdpr.duties.find((candidate) => candidate.id === id)
    if (duty === undefined) return ''
    return [duty.decision[lang], ...duty.reasons.map((reason) => reason.text[lang])].join(' ')
  }
  return [
    { kind: 'heading', text: `${incident.reference} — ${incident.title}` },
    fieldsTable([
      [t.status, t.statuses[incident.status]],
      [
        t.dates,
        [
          ...dated(t.occurred, firstEvent(incident, 'occurred')),
          ...dated(t.detected, firstEvent(incident, 'detected')),
          ...dated(t.aware, assessment.awareness.at),
          ...dated(t.contained, firstEvent(incident, 'contained')),
          ...dated(t.closed, firstEvent(incident, 'closed'))
        ].join(' ; ') || '—'
      ],
      [
        t.breachType,
        orDash(incident.breachTypes.map((type) => BREACH_TYPE_LABELS[type][lang]).join(', '))
      ],
      [t.facts, `${cause}.\n${orDash(incident.narrative)}`],
      [
        t.effects,
        [
          data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]).join(', '),
          `${formatCount(data.personsCount, lang)} ${t.persons}, ${formatCount(data.recordsCount, lang)} ${t.records}`,
          (data.personCategories ?? [])
            .map((kind) => PERSON_CATEGORY_LABELS[kind][lang])
            .join(', '),
          severity !== undefined
            ? `${t.severity} ${SEVERITY_LABELS[severity.level][lang]} (${formatCount(severity.score, lang)})`
            : ''
        ]
          .filter((part) => part !== '')
          .join(' ; ')
      ],
      [t.consequences, likelyConsequences(incident, lang).join(' ')],
      [
        t.remedial,
        incident.measures.length === 0
          ? t.none
          : incident.measures
              .map((measure) =>
                measure.at !== undefined
                  ? `${at(measure.at)} : ${measure.description}`
                  : measure.description
              )
              .join('\n')
      ],
      [
        t.notified,
        notified.length > 0
          ? notified.map((event) => withReference(event.at, event.reference)).join('\n')
          : `${t.notNotified}. ${t.reasons} : ${reasons('notify_authority')}`
      ],
      [
        t.informed,
        informed.length > 0
          ? informed.map((event) => withReference(event.at, undefined, event.service)).join('\n')
          : `${t.notInformed}. ${t.reasons} : ${reasons('inform_persons')}`
      ],
      [t.notifications, others.length === 0 ? '—' : others.join('\n')]
    ])
  ]
}

export type RegisterExportOptions = RenderContext & {
  /** Time zone for the export date and the file name. */
  timeZone: string
  ruleSetVersion: string
  onProgress?: RegisterProgress
  /** Told about every record left out of the PDF (and why). */
  onSkip?: (skipped: SkippedRecord) => void
}

export async function buildRegisterPdf(
  entries: RegisterEntry[],
  options: RegisterExportOptions
): Promise<BuiltDocument> {
  const { lang, createdAt, onProgress } = options
  const t = T[lang]
  const blocks: Block[] = [
    { kind: 'title', text: t.title },
    {
      kind: 'paragraph',
      text: (lang === 'fr' ? frenchTypography : (text: string) => text)(
        t.intro
          .replace('{now}', formatInstant(createdAt, lang, options.timeZone))
          .replace('{count}', formatCount(entries.length, lang))
          .replace('{version}', options.ruleSetVersion)
      )
    }
  ]
  if (entries.length === 0) blocks.push({ kind: 'paragraph', text: t.empty })
  const chronological = entries
    .map((entry, index) => ({ entry, index, time: entryTime(entry) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
  const french = lang === 'fr'
  chronological.forEach(({ entry, index: position }, index) => {
    // One record that cannot be laid out is reported and left out, never the whole register.
    try {
      const entryOut = entryBlocks(entry, lang)
      blocks.push(...(french ? frenchBlocks(entryOut) : entryOut))
    } catch (error) {
      options.onSkip?.(
        skippedFor(entry.file, entry.sourceIndex ?? position, 'pdf', failedStep('pdf', error))
      )
    }
    if (index % 100 === 0) onProgress?.({ stage: 'prepare', done: index, total: entries.length })
  })
  const laidOut = layoutDocument(blocks, {
    fonts: fontMetrics(options.fonts),
    header: { left: t.title, right: instantToDateKey(createdAt, options.timeZone) },
    footer: pageFooter,
    onProgress: (done, total) => onProgress?.({ stage: 'layout', done, total })
  })
  const bytes = await writePdf(
    laidOut,
    options.fonts,
    {
      title: t.title,
      subject: t.subject,
      author: 'Sentinelle',
      language: BCP47[lang],
      keywords: ['register', 'RGPD 33(5)'],
      createdAt
    },
    {
      onPage: (done, total) => onProgress?.({ stage: 'draw', done, total }),
      onSave: () => onProgress?.({ stage: 'save', done: 0, total: 1 })
    }
  )
  return {
    fileName: registerFileName(createdAt, options.timeZone, lang, 'pdf'),
    mimeType: 'application/pdf',
    bytes,
    pageCount: laidOut.pages.length
  }
}

export function registerFileName(
  createdAt: string,
  timeZone: string,
  lang: Lang,
  extension: string
): string {
  return buildDocumentFileName({
    date: instantToDateKey(createdAt, timeZone),
    reference: lang === 'fr' ? 'registre' : 'register',
    kind: lang === 'fr' ? 'violations' : 'breaches',
    extension
  })
}

const CSV_COLUMNS = [
  'reference',
  'title',
  'status',
  'occurred_at',
  'aware_at',
  'closed_at',
  'cause',
  'cause_detail',
  'breach_types',
  'data_categories',
  'persons_count',
  'records_count',
  'encryption',
  'severity_level',
  'severity_score',
  'notify_authority_required',
  'notify_authority_status',
  'notify_authority_due_at',
  'authority_notified_at',
  'inform_persons_required',
  'inform_persons_status',
  'persons_informed_at',
  'measures',
  'policies',
  'rule_set_version',
  'created_at',
  'updated_at'
] as const

/**
 * French Excel reads a CSV with the list separator of the French locale, the semicolon, and
 * needs the UTF-8 BOM to read accents; the English locales use the comma.
 */
export const CSV_SEPARATORS = { fr: ';', en: ',' } as const satisfies Record<Lang, string>

/**
 * What a spreadsheet may read as the start of a formula (OWASP "CSV injection"): = + - @, a tab
 * or a carriage return, and their full-width forms (＝ ＋ － ＠) that some spreadsheets fold to
 * ASCII; also after leading spaces, which some spreadsheets trim.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/

/**
 * One CSV cell: text that could start a formula gets a leading apostrophe (shown as text, never
 * evaluated), whatever the separator; RFC 4180 quoting when the cell holds either separator, a
 * quote or a line break. Numbers and booleans are written as they are.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  // Both separators are quoted, so a cell reads the same whichever one a spreadsheet guesses.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * One row per incident, UTF-8 with a BOM; semicolon-separated in French, comma-separated in
 * English. A record whose row cannot be written is reported through onSkip and left out.
 */
export function buildRegisterCsv(
  entries: RegisterEntry[],
  options: {
    createdAt: string
    timeZone: string
    lang: Lang
    onSkip?: (skipped: SkippedRecord) => void
  }
): BuiltDocument {
  const separator = CSV_SEPARATORS[options.lang]
  const rows: string[] = [CSV_COLUMNS.join(separator)]
  entries.forEach((entry, position) => {
    try {
      rows.push(csvRow(entry, options.lang))
    } catch (error) {
      options.onSkip?.(
        skippedFor(entry.file, entry.sourceIndex ?? position, 'csv', failedStep('csv', error))
      )
    }
  })
  const text = '\ufeff' + rows.join('\r\n') + '\r\n'
  return {
    fileName: registerFileName(options.createdAt, options.timeZone, options.lang, 'csv'),
    mimeType: 'text/csv;charset=utf-8',
    bytes: new TextEncoder().encode(text)
  }
}

function csvRow({ file, assessment }: RegisterEntry, lang: Lang): string {
  const { incident } = file
  const duty = (id: DutyId) => assessment.gdpr.duties.find((candidate) => candidate.id === id)
  const notify = duty('notify_authority')
  const inform = duty('inform_persons')
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined> = {
    reference: incident.reference,
    title: incident.title,
    status: incident.status,
    occurred_at: firstEvent(incident, 'occurred'),
    aware_at: assessment.awareness.at,
    closed_at: firstEvent(incident, 'closed'),
    cause: incident.cause.kind,
    cause_detail: incident.cause.detail,
    breach_types: incident.breachTypes.join('|'),
    data_categories: incident.data.categories.join('|'),
    persons_count: incident.data.personsCount,
    records_count: incident.data.recordsCount,
    encryption: incident.data.encryption,
    severity_level: assessment.gdpr.severity?.level,
    severity_score: assessment.gdpr.severity?.score,
    notify_authority_required: notify?.required,
    notify_authority_status: notify?.status,
    notify_authority_due_at: notify?.dueAt,
    authority_notified_at: firstEvent(incident, 'authority_notified'),
    inform_persons_required: inform?.required,
    inform_persons_status: inform?.status,
    persons_informed_at: firstEvent(incident, 'persons_informed'),
    measures: incident.measures.map((measure) => measure.description).join(' | '),
    policies: file.policies
      .filter((policy) => incident.policyIds.includes(policy.id))
      .map((policy) => `${policy.insurer} ${policy.policyNumber}`)
      .join(' | '),
    rule_set_version: assessment.ruleSetVersion,
    created_at: incident.createdAt,
    updated_at: incident.updatedAt
  }
  // French Excel reads 2,5 as a number and 2.5 as text.
  const cell = (value: string | number | boolean | undefined): string =>
    csvCell(typeof value === 'number' && lang === 'fr' ? String(value).replace('.', ',') : value)
  return CSV_COLUMNS.map((column) => cell(values[column])).join(CSV_SEPARATORS[lang])
}

export const REGISTER_FILE_FORMAT = 'sentinelle.register'
export const REGISTER_FILE_VERSION = 1

/**
 * The whole register: each incident file as stored (re-importable), one per line of the array.
 * Assessments are left out: they are recomputed from the incident (and would triple the size).
 */
export function buildRegisterJson(
  entries: RegisterEntry[],
  options: { createdAt: string; timeZone: string; lang: Lang }
): BuiltDocument {
  const lines = entries.map((entry) => JSON.stringify(entry.file))
  const head = JSON.stringify({
    format: REGISTER_FILE_FORMAT,
    formatVersion: REGISTER_FILE_VERSION,
    exportedAt: options.createdAt,
    count: entries.length
  })
  const text = `${head.slice(0, -1)},"incidents":[\n${lines.join(',\n')}\n]}\n`
  return {
    fileName: registerFileName(options.createdAt, options.timeZone, options.lang, 'json'),
    mimeType: 'application/json',
    bytes: new TextEncoder().encode(text)
  }
}
