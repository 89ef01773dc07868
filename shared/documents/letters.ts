/**
 * The letters a practitioner must write after a breach, generated from the incident in French or
 * English, always edited before sending (offered as PDF and DOCX, ./docx):
 * - to the persons concerned (RGPD art. 34(2): nature, contact point, likely consequences,
 *   measures taken and proposed, what the persons should do), and its public version (34(3)(c));
 * - a processor's notice to its controller (art. 33(2));
 * - to a wrong recipient: delete and confirm in writing;
 * - to clients whose confidential information was exposed (nothing admitted: C. assur. L124-2);
 * - a statement of facts for a police complaint.
 */
import type { Incident, IncidentFile, Lang, Measure } from '../model'
import { CAUSE_DETAIL_LABELS, CAUSE_KIND_LABELS, DATA_CATEGORY_LABELS } from '../model'
import type { Block } from '../pdf'
import { instantToDateKey } from '../time'
import { likelyConsequences } from './consequences'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatAmount, formatCount, formatDay, formatInstant } from './format'
import { events, firstEvent, signatory } from './shared-content'
import type { DocumentSpec } from './spec'

export const LETTER_KINDS = [
  'persons',
  'public',
  'controller_notice',
  'deletion_request',
  'clients_confidential',
  'complaint_statement'
] as const
export type LetterKind = (typeof LETTER_KINDS)[number]

/** A letter before layout: the same content becomes a PDF and a DOCX. */
export type Letter = {
  kind: LetterKind
  lang: Lang
  fileName: (extension: string) => string
  title: string
  sender: string[]
  recipient: string[]
  placeDate: string
  subject: string
  opening?: string
  sections: { heading?: string; paragraphs: string[] }[]
  closing: string
  signature: string[]
  metadata: { author: string; language: string; createdAt: string; keywords: string[] }
}

const hasAny = (incident: Incident, ...categories: Incident['data']['categories']): boolean =>
  categories.some((category) => incident.data.categories.includes(category))

/** The letters that apply to this incident, in the order they are usually sent. */
export function lettersFor(file: IncidentFile): LetterKind[] {
  const { incident } = file
  const personal = incident.data.personalData !== 'no'
  const processor = incident.role?.kind === 'processor'
  const kinds: LetterKind[] = []
  if (processor) kinds.push('controller_notice')
  if (personal && !processor) kinds.push('persons', 'public')
  if (
    incident.cause.detail === 'misdirected_email' ||
    incident.parties.some((party) => party.role === 'recipient')
  )
    kinds.push('deletion_request')
  if (
    hasAny(incident, 'business_confidential') ||
    incident.parties.some((p) => p.role === 'client')
  )
    kinds.push('clients_confidential')
  if (
    ['cyberattack', 'malicious_employee'].includes(incident.cause.kind) ||
    incident.cause.detail === 'stolen_device'
  )
    kinds.push('complaint_statement')
  return kinds
}

const TITLES: Record<LetterKind, Record<Lang, { title: string; file: string }>> = {
  persons: {
    fr: { title: 'Information des personnes concernées', file: 'lettre-personnes' },
    en: { title: 'Communication to the persons concerned', file: 'letter-persons' }
  },
  public: {
    fr: { title: 'Communication publique', file: 'communication-publique' },
    en: { title: 'Public communication', file: 'public-communication' }
  },
  controller_notice: {
    fr: { title: 'Notification au responsable du traitement', file: 'notification-responsable' },
    en: { title: 'Notice to the controller', file: 'notice-controller' }
  },
  deletion_request: {
    fr: { title: 'Demande de suppression', file: 'demande-suppression' },
    en: { title: 'Request to delete', file: 'deletion-request' }
  },
  clients_confidential: {
    fr: { title: 'Lettre aux clients', file: 'lettre-clients' },
    en: { title: 'Letter to clients', file: 'letter-clients' }
  },
  complaint_statement: {
    fr: { title: 'Exposé des faits pour une plainte', file: 'expose-plainte' },
    en: { title: 'Statement of facts for a police complaint', file: 'statement-complaint' }
  }
}

export function letterTitle(kind: LetterKind, lang: Lang): string {
  return TITLES[kind][lang].title
}

/** What the persons can do, by category of data (CNIL model letters; EDPB 9/2022 examples). */
const ADVICE_TO_PERSONS: [Incident['data']['categories'], Record<Lang, string>][] = [
  [
    ['credentials'],
    {
      fr: 'Changez sans attendre le mot de passe concerné et celui de tout autre compte où vous utilisez le même ; activez la double authentification lorsqu’elle est proposée.',
      en: 'Change the password concerned now, and that of any other account where you use the same one; turn on two-factor authentication where offered.'
    }
  ],
  [
    ['banking_card', 'financial'],
    {
      fr: 'Surveillez vos relevés bancaires et signalez sans délai à votre banque toute opération que vous ne reconnaissez pas ; faites opposition à votre carte si ses numéros sont concernés.',
      en: 'Watch your bank statements and report any transaction you do not recognise to your bank at once; block your card if its number is concerned.'
    }
  ],
  [
    ['identity', 'contact', 'national_id'],
    {
      fr: 'Méfiez-vous des courriels, SMS ou appels inattendus qui se réclameraient de nous ou d’un organisme connu : ne communiquez jamais vos mots de passe ni vos coordonnées bancaires, et ne cliquez pas sur les liens qu’ils contiennent.',
      en: 'Be wary of unexpected e-mails, text messages or calls claiming to come from us or a known organisation: never give your passwords or bank details, and do not click their links.'
    }
  ],
  [
    ['national_id'],
    {
      fr: 'En cas de doute sur une usurpation de votre identité, conservez les preuves et déposez plainte ; le site cybermalveillance.gouv.fr vous guide.',
      en: 'If you suspect identity theft, keep the evidence and file a police complaint; cybermalveillance.gouv.fr explains how.'
    }
  ]
]

type Text = Record<Lang, string>
const L = {
  dear: { fr: 'Madame, Monsieur,', en: 'Dear Sir or Madam,' },
  closing: {
    fr: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    en: 'Yours faithfully,'
  },
  closingPublic: {
    fr: 'Nous présentons nos excuses aux personnes concernées pour la gêne occasionnée.',
    en: 'We apologise to the persons concerned for the inconvenience.'
  },
  object: { fr: 'Objet', en: 'Subject' },
  placeDate: { fr: '{city}, le {date}', en: '{city}, {date}' },
  whatHappened: { fr: 'Ce qui s’est passé', en: 'What happened' },
  consequences: {
    fr: 'Les conséquences possibles pour vous',
    en: 'The possible consequences for you'
  },
  consequencesPublic: {
    fr: 'Les conséquences possibles pour les personnes concernées',
    en: 'The possible consequences for the persons concerned'
  },
  measures: { fr: 'Ce que nous avons fait et allons faire', en: 'What we have done and will do' },
  recommendations: { fr: 'Ce que nous vous recommandons', en: 'What we recommend you do' },
  contact: { fr: 'Pour toute question', en: 'For any question' },
  contactText: {
    fr: 'Vous pouvez contacter {who} : {how}.',
    en: 'You can contact {who}: {how}.'
  },
  happened: {
    fr: 'Le {date}, {org} a constaté une violation de données personnelles : {nature}.',
    en: 'On {date}, {org} found a personal data breach: {nature}.'
  },
  dataConcerned: {
    fr: 'Les données concernées sont les suivantes : {categories}.',
    en: 'The data concerned are: {categories}.'
  },
  personsCount: {
    fr: 'Environ {count} personnes sont concernées.',
    en: 'About {count} persons are concerned.'
  },
  noMeasure: {
    fr: 'Nous avons pris les mesures nécessaires pour mettre fin à l’incident et en limiter les effets.',
    en: 'We have taken the necessary measures to end the incident and limit its effects.'
  },
  vigilance: {
    fr: 'Restez vigilant face à toute sollicitation inhabituelle et signalez-nous tout fait suspect.',
    en: 'Stay alert to any unusual request and report anything suspicious to us.'
  },
  regret: {
    fr: 'Nous regrettons sincèrement cet incident et restons à votre disposition.',
    en: 'We sincerely regret this incident and remain at your disposal.'
  }
} satisfies Record<string, Text>

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

function contactPoint(incident: Incident, lang: Lang): { who: string; how: string } {
  const insured = incident.insured
  const dpo = insured.dpoContact?.trim()
  const how =
    dpo !== undefined && dpo !== ''
      ? dpo
      : [insured.email, insured.phone].filter(Boolean).join(', ')
  const who =
    dpo !== undefined && dpo !== ''
      ? lang === 'fr'
        ? 'notre délégué à la protection des données'
        : 'our data protection officer'
      : (insured.signatoryName ?? insured.name)
  return { who, how: how === '' ? (insured.address ?? '—') : how }
}

function natureOf(incident: Incident, lang: Lang): string {
  const cause = incident.cause
  return [
    CAUSE_KIND_LABELS[cause.kind][lang].toLowerCase(),
    cause.detail !== undefined ? CAUSE_DETAIL_LABELS[cause.detail][lang].toLowerCase() : ''
  ]
    .filter((part) => part !== '')
    .join(', ')
}

const bullet = (lines: string[]): string => lines.map((line) => `• ${line}`).join('\n')

function measureLines(measures: Measure[], lang: Lang, tz: string): string[] {
  return measures.map((measure) =>
    measure.at !== undefined
      ? `${formatDay(measure.at, lang, tz)} : ${measure.description}`
      : measure.description
  )
}

/** The content of one letter, in one language. */
export function buildLetter(
  kind: LetterKind,
  file: IncidentFile,
  context: { lang: Lang; createdAt: string }
): Letter {
  const { lang, createdAt } = context
  const { incident } = file
  const tz = incident.timeZone
  const insured = incident.insured
  const org = insured.organisation ?? insured.name
  const at = (iso: string | undefined) => formatInstant(iso, lang, tz)
  const day = (iso: string | undefined) => formatDay(iso, lang, tz)
  const discovered = firstEvent(incident, 'detected') ?? firstEvent(incident, 'aware')
  const categories = incident.data.categories
    .map((category) => DATA_CATEGORY_LABELS[category][lang].toLowerCase())
    .join(', ')
  const nature = natureOf(incident, lang)
  const contact = contactPoint(incident, lang)
  const taken = incident.measures.filter((m) => (m.stage ?? 'mitigation') === 'mitigation')
  const planned = incident.measures.filter((m) => m.stage === 'prevention')
  const measuresText =
    taken.length + planned.length === 0
      ? L.noMeasure[lang]
      : bullet([...measureLines(taken, lang, tz), ...measureLines(planned, lang, tz)])
  const facts = [
    fill(L.happened[lang], { date: day(discovered), org, nature }),
    ...(categories !== '' ? [fill(L.dataConcerned[lang], { categories })] : []),
    ...(incident.data.personsCount !== undefined
      ? [fill(L.personsCount[lang], { count: formatCount(incident.data.personsCount, lang) })]
      : [])
  ]
  const advice = ADVICE_TO_PERSONS.filter(([cats]) => hasAny(incident, ...cats)).map(
    ([, text]) => text[lang]
  )
  const recommendations = bullet(advice.length > 0 ? advice : [L.vigilance[lang]])
  const contactText = fill(L.contactText[lang], contact)
  const sender = [
    org,
    ...(insured.organisation !== undefined ? [insured.name] : []),
    ...[insured.address, insured.email, insured.phone].filter((v): v is string => Boolean(v))
  ]
  const city = insured.city?.trim() || '…'
  const base = {
    kind,
    lang,
    title: TITLES[kind][lang].title,
    sender,
    placeDate: fill(L.placeDate[lang], { city, date: day(createdAt) }),
    closing: L.closing[lang],
    signature: [signatory(incident), org].filter((v, i, all) => v !== '' && all.indexOf(v) === i),
    fileName: (extension: string) =>
      buildDocumentFileName({
        date: instantToDateKey(createdAt, tz),
        reference: incident.reference,
        kind: TITLES[kind][lang].file,
        extension
      }),
    metadata: {
      author: insured.name,
      language: BCP47[lang],
      createdAt,
      keywords: [incident.reference, TITLES[kind][lang].file]
    }
  }
  const fr = lang === 'fr'

  switch (kind) {
    case 'persons':
      return {
        ...base,
        recipient: [fr ? 'À l’attention de la personne concernée' : 'To the person concerned'],
        subject: fr
          ? 'Violation de données personnelles vous concernant (RGPD art. 34)'
          : 'Personal data breach concerning you (GDPR art. 34)',
        opening: L.dear[lang],
        sections: [
          { heading: L.whatHappened[lang], paragraphs: facts },
          {
            heading: L.consequences[lang],
            paragraphs: [bullet(likelyConsequences(incident, lang))]
          },
          { heading: L.measures[lang], paragraphs: [measuresText] },
          { heading: L.recommendations[lang], paragraphs: [recommendations] },
          { heading: L.contact[lang], paragraphs: [contactText, L.regret[lang]] }
        ]
      }
    case 'public':
      return {
        ...base,
        recipient: [fr ? 'Communication au public' : 'Communication to the public'],
        subject: fr
          ? `Violation de données personnelles chez ${org} (RGPD art. 34(3)(c))`
          : `Personal data breach at ${org} (GDPR art. 34(3)(c))`,
        sections: [
          { heading: L.whatHappened[lang], paragraphs: facts },
          {
            heading: L.consequencesPublic[lang],
            paragraphs: [bullet(likelyConsequences(incident, lang))]
          },
          { heading: L.measures[lang], paragraphs: [measuresText] },
          {
            heading: fr
              ? 'Ce que les personnes concernées peuvent faire'
              : 'What the persons concerned can do',
            paragraphs: [recommendations]
          },
          { heading: L.contact[lang], paragraphs: [contactText] }
        ],
        closing: L.closingPublic[lang]
      }
    case 'controller_notice': {
      const role = incident.role
      return {
        ...base,
        recipient: [
          role?.controllerName ?? (fr ? 'Le responsable du traitement' : 'The controller'),
          ...(role?.controllerContact ? [role.controllerContact] : [])
        ],
        subject: fr
          ? 'Notification d’une violation de données personnelles (RGPD art. 33(2))'
          : 'Notification of a personal data breach (GDPR art. 33(2))',
        opening: L.dear[lang],
        sections: [
          {
            paragraphs: [
              fr
                ? `En notre qualité de sous-traitant, nous vous notifions, conformément à l’article 33(2) du RGPD et à notre contrat, une violation de données personnelles touchant des données que nous traitons pour votre compte.`
                : `As your processor, we notify you, under GDPR article 33(2) and our contract, of a personal data breach affecting data we process on your behalf.`
            ]
          },
          {
            heading: L.whatHappened[lang],
            paragraphs: [
              ...facts,
              fr
                ? `Survenance : ${at(firstEvent(incident, 'occurred'))}. Découverte : ${at(discovered)}.`
                : `Occurred: ${at(firstEvent(incident, 'occurred'))}. Discovered: ${at(discovered)}.`,
              incident.narrative
            ].filter((p) => p.trim() !== '')
          },
          {
            heading: fr ? 'Conséquences probables' : 'Likely consequences',
            paragraphs: [bullet(likelyConsequences(incident, lang))]
          },
          {
            heading: fr ? 'Mesures prises et envisagées' : 'Measures taken and proposed',
            paragraphs: [measuresText]
          },
          {
            heading: fr ? 'Suite' : 'Next steps',
            paragraphs: [
              fr
                ? `Nous vous transmettrons sans délai tout élément nouveau et vous apporterons l’aide nécessaire pour vos propres notifications (art. 28(3)(f)). ${contactText}`
                : `We will send you any new information without delay and help you with your own notifications (art. 28(3)(f)). ${contactText}`
            ]
          }
        ]
      }
    }
    case 'deletion_request': {
      const recipients = incident.parties.filter((party) => party.role === 'recipient')
      return {
        ...base,
        recipient:
          recipients.length > 0
            ? recipients.map((party) => [party.name, party.contact].filter(Boolean).join(' — '))
            : [fr ? 'Au destinataire du message' : 'To the recipient of the message'],
        subject: fr
          ? 'Message reçu par erreur : demande de suppression et de confirmation écrite'
          : 'Message received in error: request to delete and confirm in writing',
        opening: L.dear[lang],
        sections: [
          {
            paragraphs: [
              fr
                ? `Le ${day(firstEvent(incident, 'occurred') ?? discovered)}, un message contenant des informations confidentielles (${categories || 'données personnelles'}) vous a été adressé par erreur.`
                : `On ${day(firstEvent(incident, 'occurred') ?? discovered)}, a message containing confidential information (${categories || 'personal data'}) was sent to you in error.`,
              fr
                ? 'Ces informations ne vous étaient pas destinées. Nous vous demandons :'
                : 'This information was not intended for you. We ask you:',
              bullet(
                fr
                  ? [
                      'de ne pas les consulter, les copier, les utiliser ni les transmettre ;',
                      'de supprimer définitivement le message et ses pièces jointes, y compris de la corbeille, de vos autres appareils et de vos sauvegardes ;',
                      'de nous confirmer par écrit, en réponse à ce courrier, que cette suppression est faite et qu’aucune copie n’a été conservée ni transmise.'
                    ]
                  : [
                      'not to read, copy, use or pass them on;',
                      'to delete the message and its attachments permanently, including from the bin, your other devices and your backups;',
                      'to confirm to us in writing, in reply to this letter, that they have been deleted and that no copy was kept or passed on.'
                    ]
              ),
              fr
                ? `Nous vous remercions de votre compréhension. ${contactText}`
                : `Thank you for your understanding. ${contactText}`
            ]
          }
        ]
      }
    }
    case 'clients_confidential': {
      const clients = incident.parties.filter((party) => party.role === 'client')
      return {
        ...base,
        recipient:
          clients.length > 0
            ? clients.map((party) => [party.name, party.contact].filter(Boolean).join(' — '))
            : [fr ? 'À nos clients concernés' : 'To our clients concerned'],
        subject: fr
          ? 'Incident touchant des informations confidentielles vous concernant'
          : 'Incident affecting confidential information about you',
        opening: L.dear[lang],
        sections: [
          {
            heading: L.whatHappened[lang],
            paragraphs: [
              ...facts,
              fr
                ? 'Nous tenons à vous en informer sans attendre, dans le respect de la confiance que vous nous accordez.'
                : 'We wish to inform you without delay, in keeping with the trust you place in us.'
            ]
          },
          { heading: L.measures[lang], paragraphs: [measuresText] },
          { heading: L.contact[lang], paragraphs: [contactText, L.regret[lang]] }
        ]
      }
    }
    case 'complaint_statement': {
      const offences = fr
        ? incident.cause.kind === 'cyberattack'
          ? 'accès ou maintien frauduleux dans un système de traitement automatisé de données (C. pén. art. 323-1) et, le cas échéant, extraction de données (art. 323-3) et extorsion (art. 312-1)'
          : incident.cause.kind === 'malicious_employee'
            ? 'abus de confiance (C. pén. art. 314-1) et, le cas échéant, extraction frauduleuse de données (art. 323-3)'
            : 'vol (C. pén. art. 311-1)'
        : incident.cause.kind === 'cyberattack'
          ? 'fraudulent access to or remaining in an automated data processing system (French Criminal Code art. 323-1) and, where applicable, data extraction (art. 323-3) and extortion (art. 312-1)'
          : incident.cause.kind === 'malicious_employee'
            ? 'breach of trust (French Criminal Code art. 314-1) and, where applicable, fraudulent data extraction (art. 323-3)'
            : 'theft (French Criminal Code art. 311-1)'
      const device = incident.device
      const cyber = incident.cyber
      const deviceLine =
        device !== undefined
          ? [
              device.make,
              device.model,
              device.serialNumber &&
                `${fr ? 'n° de série' : 'serial number'} ${device.serialNumber}`,
              device.purchaseValueCents !== undefined &&
                `${fr ? 'valeur d’achat' : 'purchase value'} ${formatAmount(device.purchaseValueCents, lang)}`
            ]
              .filter(Boolean)
              .join(', ')
          : ''
      const losses = incident.estimatedLosses.reduce((sum, loss) => sum + loss.amountCents, 0)
      return {
        ...base,
        recipient: fr
          ? ['Monsieur le Procureur de la République', 'ou l’officier de police judiciaire']
          : ['The Public Prosecutor', 'or the police officer receiving the complaint'],
        subject: fr
          ? `Plainte contre X — ${offences}`
          : `Complaint against person or persons unknown — ${offences}`,
        opening: fr ? 'Monsieur le Procureur de la République,' : 'Sir or Madam,',
        sections: [
          {
            heading: fr ? 'Le plaignant' : 'The complainant',
            paragraphs: [
              [
                insured.name,
                insured.organisation,
                insured.legalForm,
                insured.siren && `SIREN/SIRET ${insured.siren}`,
                insured.address,
                insured.email,
                insured.phone
              ]
                .filter(Boolean)
                .join(', ')
            ]
          },
          {
            heading: fr ? 'Les faits' : 'The facts',
            paragraphs: [
              fr
                ? `Date des faits : ${at(firstEvent(incident, 'occurred'))}. Découverte : ${at(discovered)}.`
                : `Date of the facts: ${at(firstEvent(incident, 'occurred'))}. Discovered: ${at(discovered)}.`,
              ...(incident.cause.theftPlace
                ? [(fr ? 'Lieu : ' : 'Place: ') + incident.cause.theftPlace]
                : []),
              ...(incident.cause.theftCircumstances ? [incident.cause.theftCircumstances] : []),
              incident.narrative,
              ...(deviceLine !== ''
                ? [(fr ? 'Bien dérobé : ' : 'Stolen property: ') + deviceLine]
                : []),
              ...(cyber?.systemsAffected
                ? [(fr ? 'Systèmes touchés : ' : 'Systems affected: ') + cyber.systemsAffected]
                : []),
              ...(cyber?.ransomDemandedCents !== undefined
                ? [
                    (fr ? 'Rançon demandée : ' : 'Ransom demanded: ') +
                      formatAmount(cyber.ransomDemandedCents, lang)
                  ]
                : []),
              ...(categories !== '' ? [fill(L.dataConcerned[lang], { categories })] : [])
            ].filter((p) => p.trim() !== '')
          },
          {
            heading: fr ? 'Préjudice' : 'Loss',
            paragraphs: [
              losses > 0
                ? fr
                  ? `Préjudice estimé à ce jour, à titre provisoire : ${formatAmount(losses, lang)}.`
                  : `Loss estimated so far, provisionally: ${formatAmount(losses, lang)}.`
                : fr
                  ? 'Préjudice en cours d’évaluation.'
                  : 'Loss being assessed.'
            ]
          },
          {
            heading: fr ? 'Pièces' : 'Evidence',
            paragraphs: [
              incident.evidence.length === 0
                ? '—'
                : bullet(
                    incident.evidence.map((item) =>
                      item.sha256 ? `${item.label} (SHA-256 ${item.sha256})` : item.label
                    )
                  )
            ]
          },
          {
            paragraphs: [
              fr
                ? `Je dépose plainte contre X pour ces faits et me tiens à la disposition des enquêteurs. ${events(incident, ['pre_complaint_filed']).length > 0 ? 'Une pré-plainte en ligne a été faite ; la présente en constitue le complément signé.' : ''}`.trim()
                : `I file a complaint against person or persons unknown for these facts and remain at the investigators’ disposal. ${events(incident, ['pre_complaint_filed']).length > 0 ? 'An online pre-complaint was made; this is its signed complement.' : ''}`.trim()
            ]
          }
        ],
        closing: fr
          ? 'Je vous prie d’agréer, Monsieur le Procureur de la République, l’expression de ma considération distinguée.'
          : 'Yours faithfully,'
      }
    }
  }
}

/** The letter as PDF blocks. */
export function letterSpec(letter: Letter): DocumentSpec {
  const object = L.object[letter.lang]
  const blocks: Block[] = [
    { kind: 'paragraph', text: letter.sender.join('\n'), size: 9, color: [0.25, 0.25, 0.25] },
    { kind: 'spacer', height: 8 },
    { kind: 'paragraph', text: letter.recipient.join('\n'), font: 'bold' },
    { kind: 'paragraph', text: letter.placeDate },
    { kind: 'spacer', height: 6 },
    { kind: 'paragraph', text: `${object} : ${letter.subject}`, font: 'bold' },
    ...(letter.opening !== undefined ? [{ kind: 'paragraph' as const, text: letter.opening }] : [])
  ]
  for (const section of letter.sections) {
    if (section.heading !== undefined) blocks.push({ kind: 'heading', text: section.heading })
    for (const paragraph of section.paragraphs) blocks.push({ kind: 'paragraph', text: paragraph })
  }
  blocks.push(
    { kind: 'paragraph', text: letter.closing },
    { kind: 'signature', labels: letter.signature }
  )
  return {
    blocks,
    header: { left: letter.title, right: letter.placeDate },
    // spec's pageFooter, not imported: the UI imports lettersFor, and ./spec pulls pdf-lib in.
    footer: (n, total) => `page ${n} / ${total}`,
    metadata: {
      title: `${letter.title} — ${letter.subject}`,
      subject: letter.subject,
      author: letter.metadata.author,
      language: letter.metadata.language,
      keywords: letter.metadata.keywords,
      createdAt: letter.metadata.createdAt
    },
    fileName: letter.fileName('pdf')
  }
}
