/**
 * The incident-response checklist: deadlines first (what a stressed user must see), then the
 * assessment's phases and items with a box to tick, the due instant, and what is done ticked.
 */
import type { Assessment } from '../assessment'
import type { IncidentFile, Lang } from '../model'
import type { Block } from '../pdf'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatInstant, zoneName } from './format'
import type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
import { pageFooter, renderSpec } from './spec'

type Phase = Assessment['checklist'][number]['phase']
type DeadlineStatus = Assessment['deadlines'][number]['status']

/** Ballot boxes of DejaVu Sans: they survive text extraction, unlike drawn squares. */
export const BOX_EMPTY = '☐'
export const BOX_DONE = '☑'

const T = {
  fr: {
    title: 'Plan de réponse à l’incident',
    subject: 'Liste des actions à mener après l’incident',
    deadlines: 'Échéances',
    deadline: 'Échéance',
    due: 'À faire avant le',
    status: 'État',
    basis: 'Fondement',
    noDeadline: 'Aucune échéance calculée.',
    action: 'Action',
    who: 'Qui',
    when: 'Quand',
    rule: 'Règle',
    appendix: 'Annexe — règles appliquées',
    none: 'dès que possible',
    legend: `${BOX_DONE} fait   ${BOX_EMPTY} à faire. Dates et heures : {tz}. État au {now}.`,
    indicative:
      'Liste indicative établie à partir des informations saisies ; elle ne remplace pas le conseil d’un juriste ni les conditions de votre contrat.',
    statuses: { done: 'Fait', pending: 'À faire', overdue: 'En retard' },
    phases: {
      contain: '1. Contenir',
      preserve: '2. Préserver les preuves',
      assess: '3. Évaluer',
      notify: '4. Notifier et déclarer',
      inform: '5. Informer',
      recover: '6. Rétablir',
      learn: '7. Tirer les leçons'
    }
  },
  en: {
    title: 'Incident-response checklist',
    subject: 'Actions to take after the incident',
    deadlines: 'Deadlines',
    deadline: 'Deadline',
    due: 'Due by',
    status: 'Status',
    basis: 'Basis',
    noDeadline: 'No deadline computed.',
    action: 'Action',
    who: 'Who',
    when: 'When',
    rule: 'Rule',
    appendix: 'Appendix — rules applied',
    none: 'as soon as possible',
    legend: `${BOX_DONE} done   ${BOX_EMPTY} to do. Dates and times: {tz}. Status as of {now}.`,
    indicative:
      'Indicative list built from the information entered; it replaces neither legal advice nor the terms of your contract.',
    statuses: { done: 'Done', pending: 'To do', overdue: 'Overdue' },
    phases: {
      contain: '1. Contain',
      preserve: '2. Preserve evidence',
      assess: '3. Assess',
      notify: '4. Notify and declare',
      inform: '5. Inform',
      recover: '6. Recover',
      learn: '7. Learn'
    }
  }
} as const satisfies Record<
  Lang,
  {
    statuses: Record<DeadlineStatus, string>
    phases: Record<Phase, string>
    [key: string]: unknown
  }
>

export type ChecklistInput = { file: IncidentFile; assessment: Assessment }

/** Who acts, from the rule that asked for the step (first matching prefix wins). */
const WHO: [string, Record<Lang, string>][] = [
  [
    'checklist.preserve.complaint',
    { fr: 'Vous, au commissariat ou à la gendarmerie', en: 'You, at the police station' }
  ],
  ['checklist.notify.insurer', { fr: 'Vous ou votre courtier', en: 'You or your broker' }],
  ['checklist.notify', { fr: 'Vous, responsable du traitement', en: 'You, as controller' }],
  ['checklist.inform', { fr: 'Vous, responsable du traitement', en: 'You, as controller' }],
  ['checklist.assess', { fr: 'Vous, avec votre conseil', en: 'You, with your adviser' }],
  [
    'checklist.contain',
    { fr: 'Vous ou votre prestataire informatique', en: 'You or your IT provider' }
  ],
  [
    'checklist.preserve',
    { fr: 'Vous ou votre prestataire informatique', en: 'You or your IT provider' }
  ],
  [
    'checklist.recover',
    { fr: 'Vous ou votre prestataire informatique', en: 'You or your IT provider' }
  ]
]
const WHO_DEFAULT: Record<Lang, string> = { fr: 'Vous', en: 'You' }

export function whoActs(ruleId: string, lang: Lang): string {
  return (WHO.find(([prefix]) => ruleId.startsWith(prefix))?.[1] ?? WHO_DEFAULT)[lang]
}

export function checklistSpec(input: ChecklistInput, context: RenderContext): DocumentSpec {
  const { lang, createdAt } = context
  const t = T[lang]
  const { incident } = input.file
  const { assessment } = input
  const tz = incident.timeZone
  const at = (iso: string | undefined): string => formatInstant(iso, lang, tz)

  const blocks: Block[] = [
    { kind: 'title', text: t.title, subtitle: `${incident.reference} — ${incident.title}` },
    {
      kind: 'paragraph',
      text: t.legend
        .replace('{tz}', zoneName(tz, lang))
        .replace('{now}', at(assessment.computedAt)),
      color: [0.3, 0.3, 0.3]
    },
    { kind: 'heading', text: t.deadlines }
  ]
  const deadlines = [...assessment.deadlines].sort(
    (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)
  )
  if (deadlines.length === 0) blocks.push({ kind: 'paragraph', text: t.noDeadline })
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: '', width: 0.3 },
        { header: t.deadline, width: 2.2 },
        { header: t.due, width: 1.5 },
        { header: t.status, width: 0.8 },
        { header: t.basis, width: 3.4 }
      ],
      rows: deadlines.map((deadline) => [
        deadline.status === 'done' ? BOX_DONE : BOX_EMPTY,
        deadline.label[lang],
        at(deadline.dueAt),
        t.statuses[deadline.status],
        `${deadline.basis[lang]} (${deadline.reference})`
      ])
    })

  for (const phase of assessment.checklist) {
    if (phase.items.length === 0) continue
    blocks.push(
      { kind: 'heading', text: t.phases[phase.phase] },
      {
        kind: 'table',
        columns: [
          { header: '', width: 0.3 },
          { header: t.action, width: 4 },
          { header: t.who, width: 1.5 },
          { header: t.when, width: 1.5 }
        ],
        rows: phase.items.map((item) => [
          item.done ? BOX_DONE : BOX_EMPTY,
          item.text[lang],
          whoActs(item.ruleId, lang),
          item.dueAt !== undefined ? at(item.dueAt) : t.none
        ])
      }
    )
  }
  blocks.push({ kind: 'notice', tone: 'info', text: t.indicative })
  // The rule ids are for whoever checks the assessment, not for the person acting: an appendix.
  const items = assessment.checklist.flatMap((phase) => phase.items)
  if (items.length > 0)
    blocks.push(
      { kind: 'heading', text: t.appendix },
      {
        kind: 'table',
        columns: [
          { header: t.action, width: 4 },
          { header: t.rule, width: 2 }
        ],
        rows: items.map((item) => [item.text[lang], item.ruleId])
      }
    )

  return {
    blocks,
    header: { left: `${t.title} — ${incident.title}`, right: incident.reference },
    footer: pageFooter,
    metadata: {
      title: `${t.title} — ${incident.reference}`,
      subject: `${t.subject} — ${incident.title}`,
      author: incident.insured.name,
      language: BCP47[lang],
      keywords: [incident.reference, 'checklist'],
      createdAt
    },
    fileName: buildDocumentFileName({
      date: instantToDateKey(createdAt, tz),
      reference: incident.reference,
      kind: 'checklist',
      extension: 'pdf'
    })
  }
}

export function buildChecklist(
  input: ChecklistInput,
  context: RenderContext
): Promise<BuiltDocument> {
  return renderSpec(checklistSpec(input, context), context.fonts)
}
