/**
 * The register export: every incident as the record RGPD art. 33(5) requires the controller to
 * keep ("the facts relating to the personal data breach, its effects and the remedial action
 * taken"), with the decisions taken and why, as a PDF; and the whole register as CSV and JSON.
 */
import type { Assessment } from '../assessment'
import { SEVERITY_LABELS } from '../rules'
import type { IncidentFile, Lang } from '../model'
import {
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  POLICY_KIND_LABELS,
  TIMELINE_EVENT_LABELS
} from '../model'
import type { Block } from '../pdf'
import { fontMetrics, layoutDocument, writePdf } from '../pdf'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatCount, formatInstant, orDash } from './format'
import { VERDICT, firstEvent } from './shared-content'
import type { BuiltDocument, RenderContext } from './spec'
import { fieldsTable, pageFooter } from './spec'

export type RegisterEntry = { file: IncidentFile; assessment: Assessment }

/** `stage` progresses from 'prepare' to 'layout' to 'draw' to 'save'. */
export type RegisterProgress = (progress: {
  stage: 'prepare' | 'layout' | 'draw' | 'save'
  done: number
  total: number
}) => void

type DutyStatus = Assessment['gdpr']['duties'][number]['status']
type DutyId = Assessment['gdpr']['duties'][number]['id']

const T = {
  fr: {
    title: 'Registre des violations de données',
    subject: 'Registre des violations (RGPD art. 33(5))',
    intro:
      'Registre tenu en application de l’article 33(5) du RGPD : pour chaque violation, les faits, ses effets, les mesures prises pour y remédier, et les décisions prises avec leurs motifs. Exporté le {now} ; {count} incident(s). Les appréciations sont indicatives (version des règles {version}).',
    empty: 'Le registre est vide.',
    status: 'Statut',
    statuses: { draft: 'Brouillon', open: 'Ouvert', closed: 'Clos' },
    dates: 'Dates',
    occurred: 'survenu',
    aware: 'connaissance',
    closed: 'clos',
    facts: 'Faits',
    effects: 'Effets',
    persons: 'personnes',
    records: 'enregistrements',
    severity: 'gravité',
    remedial: 'Mesures prises',
    none: 'Aucune mesure enregistrée.',
    decisions: 'Décisions et motifs',
    notifications: 'Notifications effectuées',
    insurance: 'Assurance',
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
      'Register kept under GDPR article 33(5): for each breach, the facts, its effects, the remedial action taken, and the decisions taken with their reasons. Exported on {now}; {count} incident(s). Opinions are indicative (rule set {version}).',
    empty: 'The register is empty.',
    status: 'Status',
    statuses: { draft: 'Draft', open: 'Open', closed: 'Closed' },
    dates: 'Dates',
    occurred: 'occurred',
    aware: 'aware',
    closed: 'closed',
    facts: 'Facts',
    effects: 'Effects',
    persons: 'persons',
    records: 'records',
    severity: 'severity',
    remedial: 'Remedial action',
    none: 'No measure recorded.',
    decisions: 'Decisions and reasons',
    notifications: 'Notifications made',
    insurance: 'Insurance',
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

const NOTIFICATION_KINDS = [
  'authority_notified',
  'persons_informed',
  'insurer_notified',
  'complaint_filed',
  'ars_reported'
] as const

function entryBlocks(entry: RegisterEntry, lang: Lang): Block[] {
  const t = T[lang]
  const { incident, policies } = entry.file
  const { assessment } = entry
  const tz = incident.timeZone
  const at = (iso: string | undefined): string => formatInstant(iso, lang, tz)
  const data = incident.data
  const severity = assessment.gdpr.severity
  const closedAt = firstEvent(incident, 'closed')
  const cause = [
    CAUSE_KIND_LABELS[incident.cause.kind][lang],
    incident.cause.detail !== undefined ? CAUSE_DETAIL_LABELS[incident.cause.detail][lang] : ''
  ]
    .filter((part) => part !== '')
    .join(' — ')
  const notifications = incident.timeline
    .filter((event) => (NOTIFICATION_KINDS as readonly string[]).includes(event.kind))
    .map((event) => `${TIMELINE_EVENT_LABELS[event.kind][lang]} : ${at(event.at)}`)
  const insurance = assessment.coverage.map((coverage) => {
    const policy = policies.find((candidate) => candidate.id === coverage.policyId)
    const name =
      policy !== undefined
        ? `${policy.insurer} ${POLICY_KIND_LABELS[policy.kind][lang]}`
        : coverage.policyId
    return `${name} : ${VERDICT[lang][coverage.verdict]}`
  })
  return [
    { kind: 'heading', text: `${incident.reference} — ${incident.title}` },
    fieldsTable([
      [t.status, t.statuses[incident.status]],
      [
        t.dates,
        `${t.occurred} ${at(firstEvent(incident, 'occurred'))} ; ${t.aware} ${at(assessment.awareness.at)}${
          closedAt !== undefined ? ` ; ${t.closed} ${at(closedAt)}` : ''
        }`
      ],
      [t.facts, `${cause}.\n${orDash(incident.narrative)}`],
      [
        t.effects,
        [
          data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]).join(', '),
          `${formatCount(data.personsCount, lang)} ${t.persons}, ${formatCount(data.recordsCount, lang)} ${t.records}`,
          severity !== undefined
            ? `${t.severity} ${SEVERITY_LABELS[severity.level][lang]} (${severity.score})`
            : ''
        ]
          .filter((part) => part !== '')
          .join(' ; ')
      ],
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
        t.decisions,
        assessment.gdpr.duties
          .map(
            (duty) =>
              `${t.duties[duty.id]} (${t.dutyStatuses[duty.status]}) : ${duty.decision[lang]} [${duty.reasons
                .map((reason) => reason.reference)
                .join(' ; ')}]`
          )
          .join('\n')
      ],
      [t.notifications, notifications.length === 0 ? '—' : notifications.join('\n')],
      [t.insurance, insurance.length === 0 ? '—' : insurance.join('\n')]
    ])
  ]
}

export type RegisterExportOptions = RenderContext & {
  /** Time zone for the export date and the file name. */
  timeZone: string
  ruleSetVersion: string
  onProgress?: RegisterProgress
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
      text: t.intro
        .replace('{now}', formatInstant(createdAt, lang, options.timeZone))
        .replace('{count}', formatCount(entries.length, lang))
        .replace('{version}', options.ruleSetVersion)
    }
  ]
  if (entries.length === 0) blocks.push({ kind: 'paragraph', text: t.empty })
  entries.forEach((entry, index) => {
    blocks.push(...entryBlocks(entry, lang))
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

/** RFC 4180 quoting, plus a leading apostrophe against spreadsheet formula injection. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One row per incident; UTF-8 with BOM so spreadsheet software reads accents right. */
export function buildRegisterCsv(
  entries: RegisterEntry[],
  options: { createdAt: string; timeZone: string; lang: Lang }
): BuiltDocument {
  const rows: string[] = [CSV_COLUMNS.join(',')]
  for (const { file, assessment } of entries) {
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
    rows.push(CSV_COLUMNS.map((column) => csvCell(values[column])).join(','))
  }
  const text = '\ufeff' + rows.join('\r\n') + '\r\n'
  return {
    fileName: registerFileName(options.createdAt, options.timeZone, options.lang, 'csv'),
    mimeType: 'text/csv;charset=utf-8',
    bytes: new TextEncoder().encode(text)
  }
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
