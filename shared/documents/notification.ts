/**
 * Draft of the notification to the supervisory authority (CNIL), following the content that
 * RGPD art. 33(3) requires and the CNIL's online form asks for, so the user can copy it in.
 * A draft, marked as such on every page: the notification itself is made on the CNIL's site.
 */
import type { Assessment } from '../assessment'
import type { IncidentFile, Lang, TimelineEventKind } from '../model'
import {
  BREACH_TYPE_LABELS,
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  PROFESSION_LABELS,
  TIMELINE_EVENT_LABELS
} from '../model'
import type { Block } from '../pdf'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatInstant, orDash } from './format'
import { dataRows, firstEvent } from './shared-content'
import type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
import { fieldsTable, pageFooter, renderSpec } from './spec'

type DutyStatus = Assessment['gdpr']['duties'][number]['status']
type SeverityLevel = NonNullable<Assessment['gdpr']['severity']>['level']

const T = {
  fr: {
    watermark: 'PROJET',
    title: 'Projet de notification de violation de données personnelles',
    subject: 'Projet de notification à la CNIL (RGPD art. 33)',
    draft:
      'PROJET — ce document n’est pas une notification. Recopiez ces informations dans le formulaire de notification en ligne de la CNIL (notifications.cnil.fr), dans les 72 heures après avoir pris connaissance de la violation (RGPD art. 33(1)).',
    kind: 'A. Type de notification',
    kindInitial: 'Notification complète',
    kindPartial: 'Notification initiale, à compléter (RGPD art. 33(4))',
    missing: 'Informations à fournir ultérieurement',
    controller: 'B. Responsable du traitement',
    name: 'Nom',
    organisation: 'Organisme',
    sector: 'Activité',
    address: 'Adresse',
    email: 'Courriel',
    phone: 'Téléphone',
    dpo: 'Délégué à la protection des données ou point de contact (art. 33(3)(b))',
    dates: 'C. Dates',
    start: 'Début de la violation',
    detected: 'Découverte',
    aware: 'Prise de connaissance (point de départ des 72 h)',
    awarenessWhy: 'Justification',
    due: 'Notification à faire avant le',
    delay: 'Motifs du retard (la notification dépasse 72 h, art. 33(1))',
    delayBlank:
      'À compléter : expliquez pourquoi la notification n’a pas pu être faite dans les 72 heures.',
    nature: 'D. Nature de la violation',
    breachTypes: 'Atteinte à',
    origin: 'Origine',
    circumstances: 'Circonstances',
    data: 'E. Données et personnes concernées (art. 33(3)(a))',
    consequences: 'F. Conséquences probables (art. 33(3)(c))',
    severity: 'Gravité estimée (méthode ENISA)',
    factor: 'Facteur',
    value: 'Valeur',
    why: 'Motif',
    noSeverity: 'Gravité non évaluée : informations insuffisantes.',
    levels: { low: 'Faible', medium: 'Moyenne', high: 'Élevée', very_high: 'Très élevée' },
    measures: 'G. Mesures prises ou envisagées (art. 33(3)(d))',
    noMeasures: 'À compléter : mesures prises pour remédier à la violation et limiter ses effets.',
    informing: 'H. Information des personnes concernées (art. 34)',
    decision: 'Décision',
    status: 'État',
    statuses: {
      done: 'Fait',
      pending: 'À faire',
      overdue: 'En retard',
      not_required: 'Non requis'
    },
    others: 'I. Autres démarches',
    noOthers: 'Aucune autre démarche enregistrée (plainte, ARS, assureur).',
    notRequired:
      'La notification à la CNIL n’apparaît pas requise selon l’évaluation indicative ; ce projet peut servir à documenter l’incident au registre (art. 33(5)).'
  },
  en: {
    watermark: 'DRAFT',
    title: 'Draft personal data breach notification',
    subject: 'Draft notification to the CNIL (GDPR art. 33)',
    draft:
      'DRAFT — this document is not a notification. Copy this information into the CNIL’s online notification form (notifications.cnil.fr), within 72 hours of becoming aware of the breach (GDPR art. 33(1)).',
    kind: 'A. Type of notification',
    kindInitial: 'Complete notification',
    kindPartial: 'Initial notification, to be completed (GDPR art. 33(4))',
    missing: 'Information to be provided later',
    controller: 'B. Controller',
    name: 'Name',
    organisation: 'Organisation',
    sector: 'Activity',
    address: 'Address',
    email: 'Email',
    phone: 'Phone',
    dpo: 'Data protection officer or contact point (art. 33(3)(b))',
    dates: 'C. Dates',
    start: 'Start of the breach',
    detected: 'Discovery',
    aware: 'Became aware (start of the 72 hours)',
    awarenessWhy: 'Justification',
    due: 'Notify before',
    delay: 'Reasons for the delay (notification after 72 hours, art. 33(1))',
    delayBlank: 'To complete: explain why the notification could not be made within 72 hours.',
    nature: 'D. Nature of the breach',
    breachTypes: 'Breach of',
    origin: 'Origin',
    circumstances: 'Circumstances',
    data: 'E. Data and persons concerned (art. 33(3)(a))',
    consequences: 'F. Likely consequences (art. 33(3)(c))',
    severity: 'Estimated severity (ENISA method)',
    factor: 'Factor',
    value: 'Value',
    why: 'Reason',
    noSeverity: 'Severity not assessed: not enough information.',
    levels: { low: 'Low', medium: 'Medium', high: 'High', very_high: 'Very high' },
    measures: 'G. Measures taken or proposed (art. 33(3)(d))',
    noMeasures: 'To complete: measures taken to address the breach and mitigate its effects.',
    informing: 'H. Communication to the data subjects (art. 34)',
    decision: 'Decision',
    status: 'Status',
    statuses: { done: 'Done', pending: 'To do', overdue: 'Overdue', not_required: 'Not required' },
    others: 'I. Other steps taken',
    noOthers: 'No other step recorded (police complaint, ARS, insurer).',
    notRequired:
      'Notifying the CNIL does not appear required according to the indicative assessment; this draft can document the incident in the register (art. 33(5)).'
  }
} as const satisfies Record<
  Lang,
  {
    statuses: Record<DutyStatus, string>
    levels: Record<SeverityLevel, string>
    [key: string]: unknown
  }
>

const OTHER_STEPS: readonly TimelineEventKind[] = [
  'complaint_filed',
  'ars_reported',
  'insurer_notified'
]

export type NotificationInput = { file: IncidentFile; assessment: Assessment }

export function notificationSpec(input: NotificationInput, context: RenderContext): DocumentSpec {
  const { lang, createdAt } = context
  const t = T[lang]
  const { incident } = input.file
  const { assessment } = input
  const tz = incident.timeZone
  const at = (iso: string | undefined): string => formatInstant(iso, lang, tz)
  const insured = incident.insured
  const notify = assessment.gdpr.duties.find((duty) => duty.id === 'notify_authority')
  const inform = assessment.gdpr.duties.find((duty) => duty.id === 'inform_persons')
  const missing = assessment.gdpr.missingForComplementary
  const late =
    notify?.dueAt !== undefined &&
    Date.parse(createdAt) > Date.parse(notify.dueAt) &&
    notify.status !== 'done'

  const blocks: Block[] = [
    { kind: 'title', text: t.title, subtitle: `${incident.reference} — ${incident.title}` },
    { kind: 'notice', tone: 'warning', text: t.draft }
  ]
  if (notify !== undefined && !notify.required)
    blocks.push({ kind: 'notice', tone: 'info', text: t.notRequired })

  blocks.push(
    { kind: 'heading', text: t.kind },
    { kind: 'paragraph', text: missing.length > 0 ? t.kindPartial : t.kindInitial, font: 'bold' }
  )
  if (missing.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `${t.missing} :\n${missing.map((item) => `• ${item[lang]}`).join('\n')}`
    })

  blocks.push(
    { kind: 'heading', text: t.controller },
    fieldsTable([
      [t.name, orDash(insured.name)],
      [t.organisation, orDash(insured.organisation)],
      [t.sector, PROFESSION_LABELS[insured.profession][lang]],
      [t.address, orDash(insured.address)],
      [t.email, orDash(insured.email)],
      [t.phone, orDash(insured.phone)],
      [t.dpo, orDash(insured.dpoContact)]
    ]),
    { kind: 'heading', text: t.dates },
    fieldsTable([
      [t.start, at(firstEvent(incident, 'occurred'))],
      [t.detected, at(firstEvent(incident, 'detected'))],
      [t.aware, at(assessment.awareness.at)],
      [t.awarenessWhy, assessment.awareness.explanation[lang]],
      [t.due, at(notify?.dueAt)],
      ...(late ? ([[t.delay, t.delayBlank]] as [string, string][]) : [])
    ]),
    { kind: 'heading', text: t.nature },
    fieldsTable([
      [
        t.breachTypes,
        orDash(incident.breachTypes.map((type) => BREACH_TYPE_LABELS[type][lang]).join(', '))
      ],
      [
        t.origin,
        [
          CAUSE_KIND_LABELS[incident.cause.kind][lang],
          incident.cause.detail !== undefined
            ? CAUSE_DETAIL_LABELS[incident.cause.detail][lang]
            : '',
          incident.cause.description ?? ''
        ]
          .filter((part) => part !== '')
          .join(' — ')
      ]
    ]),
    { kind: 'paragraph', text: `${t.circumstances} :`, font: 'bold' },
    { kind: 'paragraph', text: orDash(incident.narrative) },
    { kind: 'heading', text: t.data },
    fieldsTable(dataRows(incident, lang)),
    { kind: 'heading', text: t.consequences }
  )
  const severity = assessment.gdpr.severity
  if (severity === undefined) blocks.push({ kind: 'paragraph', text: t.noSeverity })
  else
    blocks.push(
      {
        kind: 'paragraph',
        text: `${t.severity} : ${t.levels[severity.level]} (${severity.score})`,
        font: 'bold'
      },
      {
        kind: 'table',
        columns: [
          { header: t.factor, width: 0.8 },
          { header: t.value, width: 0.7 },
          { header: t.why, width: 4.5 }
        ],
        rows: severity.factors.map((factor) => [factor.id, String(factor.value), factor.why[lang]])
      }
    )

  blocks.push({ kind: 'heading', text: t.measures })
  blocks.push({
    kind: 'paragraph',
    text:
      incident.measures.length === 0
        ? t.noMeasures
        : incident.measures
            .map((measure) =>
              measure.at !== undefined
                ? `• ${at(measure.at)} : ${measure.description}`
                : `• ${measure.description}`
            )
            .join('\n')
  })

  blocks.push({ kind: 'heading', text: t.informing })
  if (inform !== undefined)
    blocks.push(
      fieldsTable([
        [t.decision, inform.decision[lang]],
        [t.status, t.statuses[inform.status]],
        ...(inform.dueAt !== undefined ? ([[t.due, at(inform.dueAt)]] as [string, string][]) : [])
      ]),
      ...inform.reasons.map((reason): Block => ({
        kind: 'paragraph',
        text: `${reason.ruleId} — ${reason.text[lang]} (${reason.reference})`
      }))
    )

  // The form asks whether other authorities were told: police complaint, ARS, insurer.
  const others = incident.timeline
    .filter((event) => OTHER_STEPS.includes(event.kind))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  blocks.push({ kind: 'heading', text: t.others })
  if (others.length === 0) blocks.push({ kind: 'paragraph', text: t.noOthers })
  else
    blocks.push(
      fieldsTable(
        others.map((event): [string, string] => [
          TIMELINE_EVENT_LABELS[event.kind][lang],
          event.note !== undefined ? `${at(event.at)} — ${event.note}` : at(event.at)
        ])
      )
    )

  return {
    blocks,
    header: { left: `${t.watermark} — ${t.title}`, right: incident.reference },
    footer: pageFooter,
    watermark: t.watermark,
    metadata: {
      title: `${t.watermark} — ${t.title} — ${incident.reference}`,
      subject: t.subject,
      author: insured.name,
      language: BCP47[lang],
      keywords: [incident.reference, 'CNIL', t.watermark],
      createdAt
    },
    fileName: buildDocumentFileName({
      date: instantToDateKey(createdAt, tz),
      reference: incident.reference,
      kind: lang === 'fr' ? 'projet-notification-CNIL' : 'draft-notification-CNIL',
      extension: 'pdf'
    })
  }
}

export function buildNotificationDraft(
  input: NotificationInput,
  context: RenderContext
): Promise<BuiltDocument> {
  return renderSpec(notificationSpec(input, context), context.fonts)
}
