/**
 * The claim declaration (déclaration de sinistre) sent to the insurer, one per policy concerned:
 * the facts a claims handler needs, and nothing else. No verdict, no rule, no deadline
 * computation, no advice to the user (they stay in the assessment report, ./assessment-report):
 * the insurer must not receive the app's own arguments against the insured. Losses are a
 * provisional estimate, all rights reserved; nothing is admitted toward a third party
 * (C. assur. art. L124-2: no admission or settlement binds the insurer without its consent).
 * Tailored by policy kind: a property insurer gets the device, not the clients' data.
 */
import type { IncidentFile, Lang, Policy, PolicyKind } from '../model'
import {
  BREACH_TYPE_LABELS,
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  PERSON_CATEGORY_LABELS,
  POLICY_KIND_LABELS,
  PROFESSION_LABELS
} from '../model'
import type { Block } from '../pdf'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatAmount, formatCount, formatDay, formatInstant, orDash } from './format'
import {
  COMMON,
  events,
  evidenceTable,
  firstEvent,
  lossesBlock,
  signatureBlocks,
  timelineTable,
  yesNo
} from './shared-content'
import type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
import { fieldsTable, pageFooter, renderSpec } from './spec'

const T = {
  fr: {
    title: 'Déclaration de sinistre',
    subject: 'Déclaration de sinistre à l’assureur',
    insured: '1. L’assuré',
    name: 'Nom',
    profession: 'Profession',
    organisation: 'Structure',
    siren: 'SIREN / SIRET',
    address: 'Adresse',
    email: 'Courriel',
    phone: 'Téléphone',
    signatory: 'Signataire',
    contract: '2. Le contrat',
    insurer: 'Assureur',
    broker: 'Courtier',
    policyKind: 'Garantie',
    policyNumber: 'N° de police',
    policyLabel: 'Intitulé',
    period: 'Période de garantie',
    periodValue: 'du {start} au {end}',
    claimNumber: 'N° de sinistre',
    yourReference: 'Référence de l’assuré',
    incident: '3. Le sinistre',
    occurred: 'Date de survenance',
    discovered: 'Date de découverte du sinistre',
    place: 'Lieu',
    nature: 'Nature',
    breachTypes: 'Atteinte à',
    actor: 'Auteur',
    declared: 'Date de la présente déclaration',
    circumstances: '4. Circonstances',
    noNarrative: 'Récit à compléter.',
    property: '5. Le bien volé ou perdu',
    make: 'Marque',
    model: 'Modèle',
    serial: 'N° de série',
    purchaseDate: 'Date d’achat',
    purchaseValue: 'Valeur d’achat',
    theftPlace: 'Lieu du vol ou de la perte',
    theftCircumstances: 'Circonstances du vol ou de la perte',
    liability: '5. La réclamation du tiers',
    claimant: 'Réclamant',
    receivedAt: 'Reçue le',
    amount: 'Montant réclamé',
    description: 'Objet',
    noClaims: 'Aucune réclamation de tiers reçue à ce jour.',
    claimCopy:
      'Copie de la réclamation jointe. L’assuré n’a reconnu aucune responsabilité envers le tiers et n’a conclu aucune transaction.',
    cyber: '5. L’attaque',
    assistance: 'Référence de l’appel à l’assistance',
    systems: 'Systèmes touchés',
    interruption: 'Interruption d’activité',
    interruptionValue: 'du {start} au {end}',
    ongoing: 'en cours',
    ransom: 'Rançon demandée',
    ransomPaid: 'Rançon payée',
    data: 'Données concernées',
    categories: 'Catégories de données',
    personCategories: 'Catégories de personnes',
    persons: 'Nombre approximatif de personnes',
    witnesses: '6. Témoins',
    noWitness: 'Aucun témoin.',
    contact: 'Moyen de contact',
    note: 'Observation',
    authorities: '7. Plainte et autorités',
    complaint: 'Plainte',
    preComplaint: 'Pré-plainte en ligne',
    complaintValue: 'déposée le {date}',
    service: 'Service',
    record: 'N° de procès-verbal',
    receipt: 'Récépissé',
    receiptAttached: 'joint (pièce « {label} »)',
    cnil: 'Notification à la CNIL',
    cnilNumber: 'N° de notification',
    noComplaint: 'Aucune plainte déposée à ce jour.',
    others: '8. Autres assurances couvrant le même risque',
    noOthers: 'Aucune autre assurance déclarée pour ce risque.',
    losses: '9. Dommages et frais estimés',
    provisional: 'Estimation provisoire, sous toutes réserves.',
    lossKind: 'Poste',
    lossAmount: 'Montant',
    noLosses: 'Montants à préciser.',
    total: 'Total provisoire',
    chronology: '10. Chronologie',
    measures: '11. Mesures prises',
    date: 'Date',
    measure: 'Mesure',
    noMeasures: 'Aucune mesure à signaler.',
    attachments: '12. Pièces jointes',
    certify:
      'Je certifie l’exactitude des informations ci-dessus, données en l’état de ma connaissance, et communiquerai tout élément nouveau.',
    signedAt: 'Fait à {city}, le {date}',
    signature: 'Signature'
  },
  en: {
    title: 'Claim declaration',
    subject: 'Claim declaration to the insurer',
    insured: '1. The insured',
    name: 'Name',
    profession: 'Profession',
    organisation: 'Organisation',
    siren: 'SIREN / SIRET',
    address: 'Address',
    email: 'Email',
    phone: 'Phone',
    signatory: 'Signatory',
    contract: '2. The policy',
    insurer: 'Insurer',
    broker: 'Broker',
    policyKind: 'Cover',
    policyNumber: 'Policy number',
    policyLabel: 'Label',
    period: 'Period of cover',
    periodValue: 'from {start} to {end}',
    claimNumber: 'Claim number',
    yourReference: 'Insured’s reference',
    incident: '3. The loss',
    occurred: 'Date of occurrence',
    discovered: 'Date of discovery of the loss',
    place: 'Place',
    nature: 'Nature',
    breachTypes: 'Breach of',
    actor: 'Actor',
    declared: 'Date of this declaration',
    circumstances: '4. Circumstances',
    noNarrative: 'Narrative to be completed.',
    property: '5. The stolen or lost property',
    make: 'Make',
    model: 'Model',
    serial: 'Serial number',
    purchaseDate: 'Purchase date',
    purchaseValue: 'Purchase value',
    theftPlace: 'Place of the theft or loss',
    theftCircumstances: 'Circumstances of the theft or loss',
    liability: '5. The third party’s claim',
    claimant: 'Claimant',
    receivedAt: 'Received on',
    amount: 'Amount claimed',
    description: 'Subject',
    noClaims: 'No third-party claim received so far.',
    claimCopy:
      'Copy of the claim attached. The insured has admitted no liability toward the third party and made no settlement.',
    cyber: '5. The attack',
    assistance: 'Assistance call reference',
    systems: 'Systems affected',
    interruption: 'Business interruption',
    interruptionValue: 'from {start} to {end}',
    ongoing: 'ongoing',
    ransom: 'Ransom demanded',
    ransomPaid: 'Ransom paid',
    data: 'Data concerned',
    categories: 'Categories of data',
    personCategories: 'Categories of persons',
    persons: 'Approximate number of persons',
    witnesses: '6. Witnesses',
    noWitness: 'No witness.',
    contact: 'Contact',
    note: 'Remark',
    authorities: '7. Police complaint and authorities',
    complaint: 'Police complaint',
    preComplaint: 'Online pre-complaint',
    complaintValue: 'filed on {date}',
    service: 'Unit',
    record: 'Record number',
    receipt: 'Receipt',
    receiptAttached: 'attached (item “{label}”)',
    cnil: 'Notification to the CNIL',
    cnilNumber: 'Notification number',
    noComplaint: 'No complaint filed so far.',
    others: '8. Other insurance covering the same risk',
    noOthers: 'No other insurance declared for this risk.',
    losses: '9. Estimated damage and costs',
    provisional: 'Provisional estimate, all rights reserved.',
    lossKind: 'Item',
    lossAmount: 'Amount',
    noLosses: 'Amounts to be specified.',
    total: 'Provisional total',
    chronology: '10. Timeline',
    measures: '11. Measures taken',
    date: 'Date',
    measure: 'Measure',
    noMeasures: 'No measure to report.',
    attachments: '12. Attachments',
    certify:
      'I certify that the information above is accurate to the best of my knowledge and will send any new information.',
    signedAt: 'Done at {city}, on {date}',
    signature: 'Signature'
  }
} as const satisfies Record<Lang, Record<string, string>>

export type DeclarationInput = { file: IncidentFile; policyId: string }

/** The policies a declaration is made for: those the incident says are concerned. */
export function policiesConcerned(file: IncidentFile): Policy[] {
  return file.incident.policyIds
    .map((id) => file.policies.find((policy) => policy.id === id))
    .filter((policy): policy is Policy => policy !== undefined)
}

type Section = 'property' | 'liability' | 'cyber'
const SECTION: Record<PolicyKind, Section> = {
  property: 'property',
  rc_pro: 'liability',
  rc_pro_confidentiality: 'liability',
  legal_protection: 'liability',
  cyber: 'cyber'
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

export function declarationSpec(input: DeclarationInput, context: RenderContext): DocumentSpec {
  const { lang, createdAt } = context
  const t = T[lang]
  const c = COMMON[lang]
  const { file } = input
  const { incident } = file
  const policy = file.policies.find((candidate) => candidate.id === input.policyId)
  if (policy === undefined) throw new Error(`Unknown policy ${input.policyId}`)
  const tz = incident.timeZone
  const at = (iso: string | undefined): string => formatInstant(iso, lang, tz)
  const day = (date: string | undefined): string =>
    date === undefined ? '—' : formatDay(`${date}T12:00:00Z`, lang, 'UTC')
  const insured = incident.insured
  const section = SECTION[policy.kind]
  const optional = (label: string, value: string | undefined): [string, string][] =>
    value === undefined || value.trim() === '' ? [] : [[label, value]]

  const claimEvent = incident.timeline.find(
    (event) =>
      event.kind === 'insurer_notified' &&
      event.reference !== undefined &&
      (event.policyId === undefined || event.policyId === policy.id)
  )
  const blocks: Block[] = [
    {
      kind: 'title',
      text: t.title,
      subtitle: `${policy.insurer} — ${POLICY_KIND_LABELS[policy.kind][lang]} — ${policy.policyNumber}`
    },
    { kind: 'heading', text: t.insured },
    fieldsTable([
      [t.name, orDash(insured.name)],
      [t.profession, PROFESSION_LABELS[insured.profession][lang]],
      [
        t.organisation,
        orDash([insured.organisation, insured.legalForm].filter(Boolean).join(', '))
      ],
      ...optional(t.siren, insured.siren),
      [t.address, orDash(insured.address)],
      [t.email, orDash(insured.email)],
      [t.phone, orDash(insured.phone)],
      [
        t.signatory,
        orDash(
          [insured.signatoryName ?? insured.name, insured.signatoryCapacity]
            .filter(Boolean)
            .join(', ')
        )
      ]
    ]),
    { kind: 'heading', text: t.contract },
    fieldsTable([
      [t.insurer, orDash(policy.insurer)],
      ...optional(t.broker, policy.broker),
      [t.policyKind, POLICY_KIND_LABELS[policy.kind][lang]],
      [t.policyNumber, orDash(policy.policyNumber)],
      ...optional(t.policyLabel, policy.label),
      ...(policy.periodStart !== undefined || policy.periodEnd !== undefined
        ? ([
            [
              t.period,
              fill(t.periodValue, { start: day(policy.periodStart), end: day(policy.periodEnd) })
            ]
          ] as [string, string][])
        : []),
      ...optional(t.claimNumber, claimEvent?.reference),
      [t.yourReference, incident.reference]
    ]),
    { kind: 'heading', text: t.incident },
    fieldsTable([
      [t.occurred, at(firstEvent(incident, 'occurred'))],
      [t.discovered, at(firstEvent(incident, 'detected') ?? firstEvent(incident, 'aware'))],
      ...optional(t.place, incident.cause.theftPlace),
      [
        t.nature,
        [
          CAUSE_KIND_LABELS[incident.cause.kind][lang],
          incident.cause.detail !== undefined
            ? CAUSE_DETAIL_LABELS[incident.cause.detail][lang]
            : ''
        ]
          .filter((part) => part !== '')
          .join(' — ')
      ],
      ...(section === 'property'
        ? []
        : ([
            [
              t.breachTypes,
              orDash(incident.breachTypes.map((type) => BREACH_TYPE_LABELS[type][lang]).join(', '))
            ]
          ] as [string, string][])),
      ...optional(t.actor, incident.cause.actor),
      [t.declared, formatDay(createdAt, lang, tz)]
    ]),
    { kind: 'heading', text: t.circumstances },
    {
      kind: 'paragraph',
      text: [incident.narrative.trim(), incident.cause.description?.trim() ?? '']
        .filter((part) => part !== '')
        .join('\n\n')
        .replace(/^$/, t.noNarrative)
    }
  ]

  if (section === 'property') {
    const device = incident.device ?? {}
    blocks.push(
      { kind: 'heading', text: t.property },
      fieldsTable([
        [t.make, orDash(device.make)],
        [t.model, orDash(device.model)],
        [t.serial, orDash(device.serialNumber)],
        [t.purchaseDate, day(device.purchaseDate)],
        [t.purchaseValue, formatAmount(device.purchaseValueCents, lang)],
        [t.theftPlace, orDash(incident.cause.theftPlace)],
        [t.theftCircumstances, orDash(incident.cause.theftCircumstances)]
      ])
    )
  } else {
    if (section === 'liability') {
      blocks.push({ kind: 'heading', text: t.liability })
      if (incident.thirdPartyClaims.length === 0)
        blocks.push({ kind: 'paragraph', text: t.noClaims })
      else
        blocks.push(
          {
            kind: 'table',
            columns: [
              { header: t.claimant, width: 1.4 },
              { header: t.receivedAt, width: 1.4 },
              { header: t.amount, width: 1 },
              { header: t.description, width: 2.6 }
            ],
            rows: incident.thirdPartyClaims.map((claim) => [
              claim.claimant,
              at(claim.receivedAt),
              formatAmount(claim.amountCents, lang),
              claim.description
            ])
          },
          { kind: 'paragraph', text: t.claimCopy }
        )
    } else {
      const cyber = incident.cyber ?? {}
      blocks.push(
        { kind: 'heading', text: t.cyber },
        fieldsTable([
          [t.assistance, orDash(cyber.assistanceReference)],
          [t.systems, orDash(cyber.systemsAffected)],
          [
            t.interruption,
            cyber.interruptionStart === undefined
              ? '—'
              : fill(t.interruptionValue, {
                  start: at(cyber.interruptionStart),
                  end: cyber.interruptionEnd !== undefined ? at(cyber.interruptionEnd) : t.ongoing
                })
          ],
          [t.ransom, formatAmount(cyber.ransomDemandedCents, lang)],
          [t.ransomPaid, cyber.ransomPaid !== undefined ? yesNo(cyber.ransomPaid, lang) : '—']
        ])
      )
    }
    const data = incident.data
    blocks.push(
      { kind: 'paragraph', text: t.data, font: 'bold' },
      fieldsTable([
        [
          t.categories,
          orDash(data.categories.map((category) => DATA_CATEGORY_LABELS[category][lang]).join(', '))
        ],
        ...(data.personCategories !== undefined && data.personCategories.length > 0
          ? ([
              [
                t.personCategories,
                data.personCategories.map((kind) => PERSON_CATEGORY_LABELS[kind][lang]).join(', ')
              ]
            ] as [string, string][])
          : []),
        [t.persons, formatCount(data.personsCount, lang)]
      ])
    )
  }

  const witnesses = incident.parties.filter((party) => party.role === 'witness')
  blocks.push({ kind: 'heading', text: t.witnesses })
  if (witnesses.length === 0) blocks.push({ kind: 'paragraph', text: t.noWitness })
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: t.name, width: 1.5 },
        { header: t.contact, width: 1.5 },
        { header: t.note, width: 2.5 }
      ],
      rows: witnesses.map((party) => [party.name, orDash(party.contact), orDash(party.note)])
    })

  blocks.push({ kind: 'heading', text: t.authorities })
  const receipt = incident.evidence.find((item) =>
    /r[ée]c[ée]piss[ée]|plainte|receipt|complaint/i.test(item.label)
  )
  const complaints = events(incident, ['complaint_filed', 'pre_complaint_filed'])
  const authorityRows: [string, string][] = []
  for (const event of complaints) {
    authorityRows.push([
      event.kind === 'complaint_filed' ? t.complaint : t.preComplaint,
      fill(t.complaintValue, { date: at(event.at) })
    ])
    authorityRows.push(
      ...optional(t.service, event.service),
      ...optional(t.record, event.reference)
    )
  }
  if (complaints.length > 0 && receipt !== undefined)
    authorityRows.push([t.receipt, fill(t.receiptAttached, { label: receipt.label })])
  for (const event of events(incident, ['authority_notified']))
    authorityRows.push([t.cnil, at(event.at)], ...optional(t.cnilNumber, event.reference))
  if (complaints.length === 0) authorityRows.unshift([t.complaint, t.noComplaint])
  blocks.push(fieldsTable(authorityRows))

  // C. assur. art. L121-4: the insured declares the other insurances covering the same risk.
  const others = policiesConcerned(file).filter((other) => other.id !== policy.id)
  blocks.push({ kind: 'heading', text: t.others })
  if (others.length === 0) blocks.push({ kind: 'paragraph', text: t.noOthers })
  else
    blocks.push(
      fieldsTable(
        others.map((other): [string, string] => [
          other.insurer,
          `${POLICY_KIND_LABELS[other.kind][lang]} — ${t.policyNumber} ${other.policyNumber}`
        ])
      )
    )

  blocks.push(
    { kind: 'heading', text: t.losses },
    { kind: 'paragraph', text: t.provisional, font: 'bold' }
  )
  // A property insurer pays the device, a liability insurer the third party: own costs as entered.
  blocks.push(
    lossesBlock(incident.estimatedLosses, lang, {
      none: t.noLosses,
      kind: t.lossKind,
      amount: t.lossAmount,
      description: t.description,
      total: t.total
    })
  )

  blocks.push({ kind: 'heading', text: t.chronology }, timelineTable(incident, lang))
  blocks.push({ kind: 'heading', text: t.measures })
  if (incident.measures.length === 0) blocks.push({ kind: 'paragraph', text: t.noMeasures })
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: t.date, width: 1.3 },
        { header: t.measure, width: 4 }
      ],
      rows: incident.measures.map((measure) => [at(measure.at), measure.description])
    })
  blocks.push({ kind: 'heading', text: t.attachments }, evidenceTable(incident, lang))
  blocks.push(
    { kind: 'paragraph', text: t.certify },
    ...signatureBlocks(incident, lang, createdAt, {
      signedAt: t.signedAt,
      signature: t.signature
    })
  )

  return {
    blocks,
    header: {
      left: `${t.title} — ${policy.insurer} ${policy.policyNumber}`,
      right: claimEvent?.reference ?? incident.reference
    },
    footer: pageFooter,
    metadata: {
      title: `${t.title} — ${incident.reference} — ${policy.insurer} ${policy.policyNumber}`,
      subject: `${t.subject} — ${incident.title}`,
      author: insured.name,
      language: BCP47[lang],
      keywords: [incident.reference, policy.insurer, policy.policyNumber, c.keyword],
      createdAt
    },
    fileName: buildDocumentFileName({
      date: instantToDateKey(createdAt, tz),
      reference: incident.reference,
      kind: 'declaration',
      // Two policies with one insurer (RC Pro and cyber at AXA) must not overwrite each other.
      qualifier: policiesConcerned(file).some(
        (other) => other.id !== policy.id && other.insurer === policy.insurer
      )
        ? `${policy.insurer}-${policy.policyNumber}`
        : policy.insurer,
      extension: 'pdf'
    })
  }
}

export function buildDeclaration(
  input: DeclarationInput,
  context: RenderContext
): Promise<BuiltDocument> {
  return renderSpec(declarationSpec(input, context), context.fonts)
}
