/**
 * Content shared by several documents: the timeline table, the affected-data rows, the losses
 * table, labels.
 */
import type { Assessment } from '../assessment'
import type { EstimatedLoss, Incident, Lang, TimelineEventKind } from '../model'
import { DATA_CATEGORY_LABELS, LOSS_KIND_LABELS, TIMELINE_EVENT_LABELS } from '../model'
import type { Block } from '../pdf'
import { formatAmount, formatCount, formatDay, formatInstant, orDash } from './format'

type Verdict = Assessment['coverage'][number]['verdict']
type PartyRole = Incident['parties'][number]['role']

export const COMMON = {
  fr: { keyword: 'Sentinelle', yes: 'Oui', no: 'Non', unknown: 'Inconnu' },
  en: { keyword: 'Sentinelle', yes: 'Yes', no: 'No', unknown: 'Unknown' }
} as const

export const VERDICT: Record<Lang, Record<Verdict, string>> = {
  fr: {
    covered: 'Couverture probable (indicatif)',
    excluded: 'Probablement exclu (indicatif)',
    uncertain: 'Incertain : à vérifier avec l’assureur',
    not_applicable: 'Contrat non concerné'
  },
  en: {
    covered: 'Likely covered (indicative)',
    excluded: 'Likely excluded (indicative)',
    uncertain: 'Uncertain: check with the insurer',
    not_applicable: 'Policy not concerned'
  }
}

export const PARTY_ROLE: Record<Lang, Record<PartyRole, string>> = {
  fr: {
    client: 'Client',
    recipient: 'Destinataire',
    processor: 'Sous-traitant',
    police: 'Police / gendarmerie',
    authority: 'Autorité',
    insurer: 'Assureur',
    witness: 'Témoin',
    other: 'Autre'
  },
  en: {
    client: 'Client',
    recipient: 'Recipient',
    processor: 'Processor',
    police: 'Police',
    authority: 'Authority',
    insurer: 'Insurer',
    witness: 'Witness',
    other: 'Other'
  }
}

const L = {
  fr: {
    when: 'Date et heure',
    event: 'Événement',
    note: 'Note',
    noEvent: 'Aucun événement saisi.',
    attachment: 'Pièce',
    noAttachments: 'Aucune pièce jointe.',
    notHashed: 'empreinte non calculée',
    city: '…',
    personalData: 'Données personnelles',
    categories: 'Catégories',
    persons: 'Personnes concernées',
    records: 'Enregistrements',
    vulnerable: 'Personnes vulnérables',
    encryption: 'Chiffrement',
    keyCompromised: 'Clé compromise',
    backup: 'Sauvegarde disponible',
    left: 'Sorties de l’organisation',
    recipients: 'Destinataires',
    encryptionValues: {
      none: 'Aucun',
      weak: 'Faible ou obsolète',
      state_of_the_art: 'À l’état de l’art'
    },
    recipientValues: { none: 'Aucun', known: 'Connus', unknown: 'Inconnus ou publication' }
  },
  en: {
    when: 'Date and time',
    event: 'Event',
    note: 'Note',
    noEvent: 'No event entered.',
    attachment: 'Attachment',
    noAttachments: 'No attachment.',
    notHashed: 'fingerprint not computed',
    city: '…',
    personalData: 'Personal data',
    categories: 'Categories',
    persons: 'Persons concerned',
    records: 'Records',
    vulnerable: 'Vulnerable persons',
    encryption: 'Encryption',
    keyCompromised: 'Key compromised',
    backup: 'Backup available',
    left: 'Left the organisation',
    recipients: 'Recipients',
    encryptionValues: {
      none: 'None',
      weak: 'Weak or outdated',
      state_of_the_art: 'State of the art'
    },
    recipientValues: { none: 'None', known: 'Known', unknown: 'Unknown or published' }
  }
} as const

export function yesNo(value: boolean | 'yes' | 'no' | 'unknown', lang: Lang): string {
  const c = COMMON[lang]
  if (value === true || value === 'yes') return c.yes
  if (value === false || value === 'no') return c.no
  return c.unknown
}

/** The earliest instant of an event kind, if any. */
export function firstEvent(incident: Incident, kind: TimelineEventKind): string | undefined {
  let best: string | undefined
  let bestTime = Infinity
  for (const event of incident.timeline) {
    if (event.kind !== kind) continue
    const time = Date.parse(event.at)
    if (time < bestTime) {
      bestTime = time
      best = event.at
    }
  }
  return best
}

/** The timeline in chronological order (stable for equal instants). */
export function timelineTable(incident: Incident, lang: Lang): Block {
  const l = L[lang]
  const events = incident.timeline
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
  if (events.length === 0) return { kind: 'paragraph', text: l.noEvent }
  return {
    kind: 'table',
    columns: [
      { header: l.when, width: 1.5 },
      { header: l.event, width: 1.6 },
      { header: l.note, width: 3 }
    ],
    rows: events.map(({ event }) => [
      formatInstant(event.at, lang, incident.timeZone),
      TIMELINE_EVENT_LABELS[event.kind][lang],
      event.note ?? ''
    ])
  }
}

export function dataRows(incident: Incident, lang: Lang): [string, string][] {
  const l = L[lang]
  const data = incident.data
  return [
    [l.personalData, yesNo(data.personalData, lang)],
    [
      l.categories,
      data.categories.length === 0
        ? '—'
        : data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]).join(', ')
    ],
    [l.persons, formatCount(data.personsCount, lang)],
    [l.records, formatCount(data.recordsCount, lang)],
    [l.vulnerable, yesNo(data.vulnerablePersons, lang)],
    [l.encryption, l.encryptionValues[data.encryption]],
    [l.keyCompromised, yesNo(data.keyCompromised, lang)],
    [l.backup, yesNo(data.backupAvailable, lang)],
    [l.left, yesNo(data.leftOrganisation, lang)],
    [l.recipients, l.recipientValues[data.recipients]]
  ]
}

/** Events of the given kinds in chronological order (stable for equal instants). */
export function events(
  incident: Incident,
  kinds: readonly TimelineEventKind[]
): Incident['timeline'] {
  return incident.timeline
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .filter(({ event }) => kinds.includes(event.kind))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ event }) => event)
}

/** The attached evidence with its SHA-256, so the recipient can check each file. */
export function evidenceTable(incident: Incident, lang: Lang): Block {
  const l = L[lang]
  if (incident.evidence.length === 0) return { kind: 'paragraph', text: l.noAttachments }
  return {
    kind: 'table',
    columns: [
      { header: l.attachment, width: 2 },
      { header: 'SHA-256', width: 3 }
    ],
    rows: incident.evidence.map((item) => [item.label, item.sha256 ?? l.notHashed])
  }
}

/** The signatory: name and capacity, or the insured's name. */
export function signatory(incident: Incident): string {
  const insured = incident.insured
  return [insured.signatoryName ?? insured.name, insured.signatoryCapacity]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join(', ')
}

/** « Fait à …, le … » and the signature box with the signatory's name and capacity. */
export function signatureBlocks(
  incident: Incident,
  lang: Lang,
  createdAt: string,
  labels: { signedAt: string; signature: string }
): Block[] {
  const city = incident.insured.city?.trim()
  return [
    {
      kind: 'paragraph',
      text: labels.signedAt
        .replace('{city}', city !== undefined && city !== '' ? city : L[lang].city)
        .replace('{date}', formatDay(createdAt, lang, incident.timeZone))
    },
    { kind: 'signature', labels: [signatory(incident), labels.signature] }
  ]
}

/**
 * The estimated losses of the declaration and the assessment report: one row per loss and their
 * total, or the `none` paragraph when none is entered.
 */
export function lossesBlock(
  losses: readonly EstimatedLoss[],
  lang: Lang,
  labels: { none: string; kind: string; amount: string; description: string; total: string }
): Block {
  if (losses.length === 0) return { kind: 'paragraph', text: labels.none }
  const total = losses.reduce((sum, loss) => sum + loss.amountCents, 0)
  return {
    kind: 'table',
    columns: [
      { header: labels.kind, width: 1.6 },
      { header: labels.amount, width: 1 },
      { header: labels.description, width: 3 }
    ],
    rows: [
      ...losses.map((loss) => [
        LOSS_KIND_LABELS[loss.kind][lang],
        formatAmount(loss.amountCents, lang),
        orDash(loss.description)
      ]),
      [labels.total, formatAmount(total, lang), '']
    ]
  }
}
