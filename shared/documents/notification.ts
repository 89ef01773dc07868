/**
 * Draft of the notification to the supervisory authority (CNIL), laid out as the CNIL's online
 * form and the EDPB's common breach-notification template ask (RGPD art. 33(3)): the
 * organisation, the breach, the data and persons, the likely consequences in prose, the
 * measures before, after and planned, the information of the persons, other authorities, and
 * whether it is initial or complementary (art. 33(4)). Facts only: no rule, no verdict, no advice
 * to the user (they are in the checklist and the assessment report). A draft, marked on every page.
 */
import type { Assessment } from '../assessment'
import type { Incident, IncidentFile, Lang, Measure } from '../model'
import {
  BREACH_TYPE_LABELS,
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_ROLE_LABELS,
  MEDIUM_LABELS,
  PERSON_CATEGORY_LABELS,
  PROFESSION_LABELS
} from '../model'
import { SEVERITY_LABELS } from '../rules'
import type { Block } from '../pdf'
import { instantToDateKey } from '../time'
import { likelyConsequences } from './consequences'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatCount, formatInstant, orDash } from './format'
import { events, firstEvent, yesNo } from './shared-content'
import type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
import { fieldsTable, pageFooter, renderSpec } from './spec'

const T = {
  fr: {
    watermark: 'PROJET',
    title: 'Notification d’une violation de données personnelles',
    subject: 'Projet de notification à la CNIL (RGPD art. 33)',
    draft:
      'PROJET de notification à la Commission nationale de l’informatique et des libertés (RGPD art. 33), suivant le formulaire de notification en ligne de la CNIL.',
    kind: 'A. Type de notification',
    initial: 'Notification initiale',
    initialPartial: 'Notification initiale, qui sera complétée (RGPD art. 33(4))',
    complementary: 'Notification complémentaire à la notification n° {number} du {date}',
    complete: 'Notification complète',
    toCome: 'Informations qui seront transmises ultérieurement',
    organisation: 'B. L’organisme',
    name: 'Dénomination',
    legalForm: 'Forme juridique',
    siren: 'SIREN / SIRET',
    sector: 'Secteur d’activité',
    headcount: 'Effectif',
    address: 'Adresse',
    representative: 'Représentant légal',
    contact: 'Personne à contacter',
    dpo: 'Délégué à la protection des données ou point de contact (art. 33(3)(b))',
    role: 'Qualité pour ce traitement',
    controller: 'Responsable du traitement',
    processors: 'Sous-traitants concernés',
    breach: 'C. La violation',
    start: 'Début de la violation',
    end: 'Fin de la violation',
    ongoing: 'En cours',
    detected: 'Découverte',
    aware: 'Prise de connaissance de la violation',
    detection: 'Moyen de détection',
    origin: 'Origine',
    origins: { internal: 'Interne', external: 'Externe', unknown: 'Indéterminée' },
    nature: 'Nature',
    medium: 'Support concerné',
    breachTypes: 'Atteinte à',
    circumstances: 'Circonstances',
    awarenessDelay: 'Motifs du délai de prise de connaissance',
    delay: 'Motifs du délai de notification (art. 33(1))',
    data: 'D. Données et personnes concernées (art. 33(3)(a))',
    categories: 'Catégories de données',
    persons: 'Nombre approximatif de personnes',
    records: 'Nombre approximatif d’enregistrements',
    personCategories: 'Catégories de personnes',
    vulnerable: 'Personnes vulnérables',
    otherStates: 'Personnes dans d’autres États de l’UE ou de l’EEE',
    encryption: 'Protection des données',
    encryptions: {
      none: 'Aucun chiffrement',
      weak: 'Chiffrement faible ou obsolète',
      state_of_the_art: 'Chiffrement à l’état de l’art'
    },
    consequences: 'E. Conséquences probables pour les personnes (art. 33(3)(c))',
    severity: 'Gravité estimée (méthode ENISA)',
    measures: 'F. Mesures (art. 33(3)(d))',
    before: 'Mesures en place avant la violation',
    mitigation: 'Mesures prises pour remédier à la violation et en limiter les effets',
    prevention: 'Mesures prévues pour éviter qu’elle se reproduise',
    none: 'Aucune.',
    informing: 'G. Information des personnes concernées (art. 34)',
    informed: 'Personnes informées le {date}',
    means: 'Moyen utilisé',
    exemptA:
      'Information non effectuée : les données étaient chiffrées selon l’état de l’art et la clé n’est pas compromise (art. 34(3)(a)).',
    exemptB:
      'Information non effectuée : les mesures prises ensuite font que le risque élevé n’est plus susceptible de se matérialiser (art. 34(3)(b)).',
    exemptC:
      'Communication publique au lieu d’une information individuelle, qui exigerait des efforts disproportionnés (art. 34(3)(c)).',
    planned: 'Information des personnes prévue.',
    notPlanned:
      'Information non prévue : le responsable du traitement estime que la violation n’est pas susceptible d’engendrer un risque élevé pour les droits et libertés des personnes (art. 34(1)).',
    others: 'H. Autres autorités et démarches',
    noOthers: 'Aucune autre autorité saisie à ce jour.',
    complaintAt: 'Plainte déposée le {date}',
    preComplaintAt: 'Pré-plainte en ligne le {date}',
    arsAt: 'Signalement à l’ARS le {date}',
    record: 'n° {reference}'
  },
  en: {
    watermark: 'DRAFT',
    title: 'Notification of a personal data breach',
    subject: 'Draft notification to the CNIL (GDPR art. 33)',
    draft:
      'DRAFT notification to the French supervisory authority, the CNIL (GDPR art. 33), following the CNIL’s online notification form.',
    kind: 'A. Type of notification',
    initial: 'Initial notification',
    initialPartial: 'Initial notification, to be completed (GDPR art. 33(4))',
    complementary: 'Complementary notification to notification no. {number} of {date}',
    complete: 'Complete notification',
    toCome: 'Information to be provided later',
    organisation: 'B. The organisation',
    name: 'Name',
    legalForm: 'Legal form',
    siren: 'SIREN / SIRET',
    sector: 'Sector',
    headcount: 'Headcount',
    address: 'Address',
    representative: 'Legal representative',
    contact: 'Contact person',
    dpo: 'Data protection officer or contact point (art. 33(3)(b))',
    role: 'Role for this processing',
    controller: 'Controller',
    processors: 'Processors involved',
    breach: 'C. The breach',
    start: 'Start of the breach',
    end: 'End of the breach',
    ongoing: 'Ongoing',
    detected: 'Discovery',
    aware: 'Became aware of the breach',
    detection: 'How it was detected',
    origin: 'Origin',
    origins: { internal: 'Internal', external: 'External', unknown: 'Undetermined' },
    nature: 'Nature',
    medium: 'Medium involved',
    breachTypes: 'Breach of',
    circumstances: 'Circumstances',
    awarenessDelay: 'Reasons for the time taken to become aware',
    delay: 'Reasons for the delay in notifying (art. 33(1))',
    data: 'D. Data and persons concerned (art. 33(3)(a))',
    categories: 'Categories of data',
    persons: 'Approximate number of persons',
    records: 'Approximate number of records',
    personCategories: 'Categories of persons',
    vulnerable: 'Vulnerable persons',
    otherStates: 'Persons in other EU or EEA states',
    encryption: 'Protection of the data',
    encryptions: {
      none: 'No encryption',
      weak: 'Weak or outdated encryption',
      state_of_the_art: 'State-of-the-art encryption'
    },
    consequences: 'E. Likely consequences for the persons (art. 33(3)(c))',
    severity: 'Estimated severity (ENISA method)',
    measures: 'F. Measures (art. 33(3)(d))',
    before: 'Measures in place before the breach',
    mitigation: 'Measures taken to address the breach and mitigate its effects',
    prevention: 'Measures planned to prevent recurrence',
    none: 'None.',
    informing: 'G. Communication to the data subjects (art. 34)',
    informed: 'Persons informed on {date}',
    means: 'Means used',
    exemptA:
      'Not communicated: the data were encrypted to the state of the art and the key is not compromised (art. 34(3)(a)).',
    exemptB:
      'Not communicated: the subsequent measures ensure that the high risk is now unlikely to materialise (art. 34(3)(b)).',
    exemptC:
      'Public communication instead of individual communication, which would involve disproportionate effort (art. 34(3)(c)).',
    planned: 'Communication to the persons planned.',
    notPlanned:
      'No communication planned: the controller considers that the breach is unlikely to result in a high risk to the rights and freedoms of the persons (art. 34(1)).',
    others: 'H. Other authorities and steps',
    noOthers: 'No other authority contacted so far.',
    complaintAt: 'Police complaint filed on {date}',
    preComplaintAt: 'Online pre-complaint on {date}',
    arsAt: 'Reported to the ARS on {date}',
    record: 'no. {reference}'
  }
} as const

export type NotificationInput = { file: IncidentFile; assessment: Assessment }

function measureList(measures: Measure[], at: (iso?: string) => string, none: string): string {
  if (measures.length === 0) return none
  return measures
    .map((measure) =>
      measure.at !== undefined
        ? `• ${at(measure.at)} : ${measure.description}`
        : `• ${measure.description}`
    )
    .join('\n')
}

/** How the persons were, or will not be, informed (CNIL form; art. 34(3) exemptions). */
function informingRows(incident: Incident, informRequired: boolean, lang: Lang): Block[] {
  const t = T[lang]
  const at = (iso?: string) => formatInstant(iso, lang, incident.timeZone)
  const informed = events(incident, ['persons_informed'])
  if (informed.length > 0)
    return [
      fieldsTable(
        informed.flatMap((event): [string, string][] => [
          [t.informed.replace('{date}', at(event.at)), orDash(event.note)],
          ...(event.service !== undefined ? ([[t.means, event.service]] as [string, string][]) : [])
        ])
      )
    ]
  const data = incident.data
  const text =
    data.encryption === 'state_of_the_art' && !data.keyCompromised
      ? t.exemptA
      : incident.gdprMitigation.measuresRemoveHighRisk
        ? t.exemptB
        : incident.gdprMitigation.disproportionateEffort
          ? t.exemptC
          : informRequired
            ? t.planned
            : t.notPlanned
  return [{ kind: 'paragraph', text }]
}

export function notificationSpec(input: NotificationInput, context: RenderContext): DocumentSpec {
  const { lang, createdAt } = context
  const t = T[lang]
  const { incident } = input.file
  const { assessment } = input
  const tz = incident.timeZone
  const at = (iso: string | undefined): string => formatInstant(iso, lang, tz)
  const insured = incident.insured
  const data = incident.data
  const inform = assessment.gdpr.duties.find((duty) => duty.id === 'inform_persons')
  const missing = assessment.gdpr.missingForComplementary
  const optional = (label: string, value: string | undefined): [string, string][] =>
    value === undefined || value.trim() === '' ? [] : [[label, value]]
  const earlier = events(incident, ['authority_notified'])[0]

  const blocks: Block[] = [
    {
      kind: 'title',
      text: t.title,
      subtitle: `${orDash(insured.organisation ?? insured.name)} — ${incident.title}`
    },
    { kind: 'notice', tone: 'warning', text: t.draft },
    { kind: 'heading', text: t.kind },
    {
      kind: 'paragraph',
      font: 'bold',
      text:
        earlier !== undefined
          ? t.complementary
              .replace('{number}', earlier.reference ?? '—')
              .replace('{date}', at(earlier.at))
          : missing.length > 0
            ? t.initialPartial
            : t.complete
    }
  ]
  if (missing.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `${t.toCome} :\n${missing.map((item) => `• ${item[lang]}`).join('\n')}`
    })

  const role = incident.role ?? { kind: 'controller' as const }
  const processors = incident.parties.filter((party) => party.role === 'processor')
  blocks.push(
    { kind: 'heading', text: t.organisation },
    fieldsTable([
      [t.name, orDash(insured.organisation ?? insured.name)],
      ...optional(t.legalForm, insured.legalForm),
      ...optional(t.siren, insured.siren),
      [t.sector, insured.sector ?? PROFESSION_LABELS[insured.profession][lang]],
      ...(insured.headcount !== undefined
        ? ([[t.headcount, formatCount(insured.headcount, lang)]] as [string, string][])
        : []),
      [t.address, orDash(insured.address)],
      ...optional(t.representative, insured.legalRepresentative),
      [
        t.contact,
        [insured.name, insured.email, insured.phone]
          .filter((part) => part !== undefined && part !== '')
          .join(' — ')
      ],
      [t.dpo, orDash(insured.dpoContact)],
      [t.role, DATA_ROLE_LABELS[role.kind][lang]],
      ...(role.kind !== 'controller'
        ? optional(
            t.controller,
            [role.controllerName, role.controllerContact].filter(Boolean).join(' — ')
          )
        : []),
      ...(processors.length > 0
        ? ([
            [
              t.processors,
              processors
                .map((party) => [party.name, party.contact].filter(Boolean).join(' — '))
                .join('\n')
            ]
          ] as [string, string][])
        : [])
    ])
  )

  const contained = firstEvent(incident, 'contained')
  const cause = incident.cause
  blocks.push(
    { kind: 'heading', text: t.breach },
    fieldsTable([
      [t.start, at(firstEvent(incident, 'occurred'))],
      [t.end, contained !== undefined ? at(contained) : t.ongoing],
      [t.detected, at(firstEvent(incident, 'detected'))],
      [t.aware, at(assessment.awareness.at ?? firstEvent(incident, 'aware'))],
      ...optional(t.detection, cause.detectionMethod),
      ...(cause.origin !== undefined
        ? ([[t.origin, t.origins[cause.origin]]] as [string, string][])
        : []),
      [
        t.nature,
        [
          CAUSE_KIND_LABELS[cause.kind][lang],
          cause.detail !== undefined ? CAUSE_DETAIL_LABELS[cause.detail][lang] : '',
          cause.description ?? ''
        ]
          .filter((part) => part !== '')
          .join(' — ')
      ],
      ...(data.medium !== undefined
        ? ([[t.medium, MEDIUM_LABELS[data.medium][lang]]] as [string, string][])
        : []),
      [
        t.breachTypes,
        orDash(incident.breachTypes.map((type) => BREACH_TYPE_LABELS[type][lang]).join(', '))
      ],
      ...optional(t.awarenessDelay, incident.awarenessDelayReason),
      ...optional(t.delay, incident.notificationDelayReason)
    ]),
    { kind: 'paragraph', text: `${t.circumstances} :`, font: 'bold' },
    { kind: 'paragraph', text: orDash(incident.narrative) },
    { kind: 'heading', text: t.data },
    fieldsTable([
      [
        t.categories,
        orDash(data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]).join(', '))
      ],
      [t.persons, formatCount(data.personsCount, lang)],
      [t.records, formatCount(data.recordsCount, lang)],
      [
        t.personCategories,
        orDash(
          (data.personCategories ?? []).map((kind) => PERSON_CATEGORY_LABELS[kind][lang]).join(', ')
        )
      ],
      [t.vulnerable, yesNo(data.vulnerablePersons, lang)],
      [t.otherStates, data.otherEuStates !== undefined ? yesNo(data.otherEuStates, lang) : '—'],
      [t.encryption, t.encryptions[data.encryption]]
    ]),
    { kind: 'heading', text: t.consequences },
    {
      kind: 'paragraph',
      text: likelyConsequences(incident, lang)
        .map((line) => `• ${line}`)
        .join('\n')
    }
  )
  const severity = assessment.gdpr.severity
  if (severity !== undefined)
    blocks.push({
      kind: 'paragraph',
      text: `${t.severity} : ${SEVERITY_LABELS[severity.level][lang]} (${formatCount(severity.score, lang)})`
    })

  const byStage = (stage: NonNullable<Measure['stage']>) =>
    incident.measures.filter((measure) => (measure.stage ?? 'mitigation') === stage)
  blocks.push(
    { kind: 'heading', text: t.measures },
    fieldsTable([
      [t.before, measureList(byStage('before'), at, t.none)],
      [t.mitigation, measureList(byStage('mitigation'), at, t.none)],
      [t.prevention, measureList(byStage('prevention'), at, t.none)]
    ]),
    { kind: 'heading', text: t.informing },
    ...informingRows(incident, inform?.required ?? false, lang)
  )

  // The form asks which other authorities were contacted: police, ARS (CSP L1111-8-2).
  const others = events(incident, ['complaint_filed', 'pre_complaint_filed', 'ars_reported'])
  blocks.push({ kind: 'heading', text: t.others })
  if (others.length === 0) blocks.push({ kind: 'paragraph', text: t.noOthers })
  else
    blocks.push({
      kind: 'paragraph',
      text: others
        .map((event) => {
          const label =
            event.kind === 'complaint_filed'
              ? t.complaintAt
              : event.kind === 'pre_complaint_filed'
                ? t.preComplaintAt
                : t.arsAt
          return `• ${[
            label.replace('{date}', at(event.at)),
            event.service,
            event.reference !== undefined
              ? t.record.replace('{reference}', event.reference)
              : undefined
          ]
            .filter((part) => part !== undefined && part !== '')
            .join(' — ')}`
        })
        .join('\n')
    })

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
