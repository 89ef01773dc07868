/**
 * The assessment report, one per policy concerned, kept by the user and never sent: the facts as
 * the insurer will receive them, plus the app's indicative verdict, its reasons rule by rule, the
 * declaration deadline (at least 5 working days, C. assur. art. L113-2 4°) and what to check in
 * the contract. The insurer gets the declaration (./declaration), which has none of this.
 */
import type { Assessment } from '../assessment'
import type { IncidentFile, Lang } from '../model'
import {
  BREACH_TYPE_LABELS,
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  POLICY_KIND_LABELS,
  PROFESSION_LABELS
} from '../model'
import type { Block } from '../pdf'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { policiesConcerned } from './declaration'
import { BCP47, formatAmount, formatInstant, orDash } from './format'
import type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
import { fieldsTable, pageFooter, renderSpec } from './spec'
import {
  COMMON,
  PARTY_ROLE,
  VERDICT,
  dataRows,
  evidenceTable,
  firstEvent,
  lossesBlock,
  timelineTable
} from './shared-content'

const T = {
  fr: {
    title: 'Rapport d’évaluation du sinistre',
    subject: 'Rapport d’évaluation (document interne, à conserver)',
    internal:
      'Document interne, à conserver : ne pas l’envoyer à l’assureur. La déclaration à envoyer est un document distinct.',
    insured: '1. L’assuré',
    name: 'Nom',
    profession: 'Profession',
    organisation: 'Structure',
    address: 'Adresse',
    email: 'Courriel',
    phone: 'Téléphone',
    contract: '2. Assureur et contrat',
    insurer: 'Assureur',
    policyKind: 'Garantie',
    policyNumber: 'N° de police',
    policyLabel: 'Intitulé',
    deductible: 'Franchise',
    limit: 'Plafond',
    incident: '3. Le sinistre',
    reference: 'Référence de l’incident',
    incidentTitle: 'Intitulé',
    occurred: 'Survenu le',
    discovered: 'Découvert le',
    aware: 'Connaissance de la violation le',
    declared: 'Déclaré le',
    deadline: 'Délai de déclaration',
    deadlineUnknown:
      'Non calculé : vérifiez le délai prévu au contrat (au moins 5 jours ouvrés, C. assur. art. L113-2).',
    circumstances: '4. Circonstances (récit de l’assuré)',
    noNarrative: 'Aucun récit saisi.',
    cause: '5. Cause',
    causeKind: 'Nature',
    causeDetail: 'Précision',
    actor: 'Auteur',
    causeDescription: 'Description',
    breachTypes: 'Atteinte à',
    timeline: '6. Chronologie',
    data: '7. Données concernées',
    parties: '8. Parties concernées',
    role: 'Rôle',
    contact: 'Contact',
    note: 'Note',
    claims: '9. Réclamations de tiers et pertes estimées',
    claimant: 'Réclamant',
    receivedAt: 'Reçue le',
    amount: 'Montant',
    description: 'Description',
    noClaims: 'Aucune réclamation de tiers à ce jour.',
    lossKind: 'Poste de perte',
    noLosses: 'Aucune perte chiffrée à ce jour.',
    total: 'Total estimé',
    measures: '10. Mesures déjà prises',
    date: 'Date',
    measure: 'Mesure',
    noMeasures: 'Aucune mesure saisie.',
    attachments: '11. Pièces jointes',
    assessment: '12. Évaluation indicative pour ce contrat',
    verdict: 'Appréciation',
    summary: 'Synthèse',
    rule: 'Règle',
    why: 'Motif',
    legal: 'Référence',
    toCheck: 'À vérifier au contrat : ',
    ruleSet: 'Version des règles',
    computedAt: 'Calculée le',
    indicative:
      'Évaluation indicative produite par Sentinelle à partir des informations saisies : elle ne vaut ni promesse ni refus de garantie. Seul l’assureur décide de la prise en charge, au vu du contrat et du dossier.'
  },
  en: {
    title: 'Claim assessment report',
    subject: 'Assessment report (internal, keep it)',
    internal:
      'Internal document, to keep: do not send it to the insurer. The declaration to send is a separate document.',
    insured: '1. The insured',
    name: 'Name',
    profession: 'Profession',
    organisation: 'Organisation',
    address: 'Address',
    email: 'Email',
    phone: 'Phone',
    contract: '2. Insurer and policy',
    insurer: 'Insurer',
    policyKind: 'Cover',
    policyNumber: 'Policy number',
    policyLabel: 'Label',
    deductible: 'Deductible',
    limit: 'Limit',
    incident: '3. The incident',
    reference: 'Incident reference',
    incidentTitle: 'Title',
    occurred: 'Occurred on',
    discovered: 'Discovered on',
    aware: 'Became aware of the breach on',
    declared: 'Declared on',
    deadline: 'Declaration deadline',
    deadlineUnknown:
      'Not computed: check the contract’s deadline (at least 5 working days, French Insurance Code art. L113-2).',
    circumstances: '4. Circumstances (in the insured’s words)',
    noNarrative: 'No narrative entered.',
    cause: '5. Cause',
    causeKind: 'Kind',
    causeDetail: 'Detail',
    actor: 'Actor',
    causeDescription: 'Description',
    breachTypes: 'Breach of',
    timeline: '6. Timeline',
    data: '7. Data concerned',
    parties: '8. Parties concerned',
    role: 'Role',
    contact: 'Contact',
    note: 'Note',
    claims: '9. Third-party claims and estimated losses',
    claimant: 'Claimant',
    receivedAt: 'Received on',
    amount: 'Amount',
    description: 'Description',
    noClaims: 'No third-party claim so far.',
    lossKind: 'Loss item',
    noLosses: 'No loss estimated so far.',
    total: 'Estimated total',
    measures: '10. Measures already taken',
    date: 'Date',
    measure: 'Measure',
    noMeasures: 'No measure entered.',
    attachments: '11. Attachments',
    assessment: '12. Indicative assessment for this policy',
    verdict: 'Opinion',
    summary: 'Summary',
    rule: 'Rule',
    why: 'Reason',
    legal: 'Reference',
    toCheck: 'Check in the contract: ',
    ruleSet: 'Rule-set version',
    computedAt: 'Computed on',
    indicative:
      'Indicative assessment produced by Sentinelle from the information entered: it is neither a promise nor a refusal of cover. Only the insurer decides, in the light of the contract and the file.'
  }
} as const satisfies Record<Lang, Record<string, string>>

export type AssessmentReportInput = {
  file: IncidentFile
  assessment: Assessment
  policyId: string
}

export function assessmentReportSpec(
  input: AssessmentReportInput,
  context: RenderContext
): DocumentSpec {
  const { lang, createdAt } = context
  const t = T[lang]
  const c = COMMON[lang]
  const { incident } = input.file
  const policy = input.file.policies.find((candidate) => candidate.id === input.policyId)
  if (policy === undefined) throw new Error(`Unknown policy ${input.policyId}`)
  const tz = incident.timeZone
  const at = (iso: string | undefined): string => formatInstant(iso, lang, tz)
  const { assessment } = input
  const coverage = assessment.coverage.find((entry) => entry.policyId === policy.id)
  const deadline = assessment.deadlines.find((entry) => entry.policyId === policy.id)
  const insured = incident.insured
  const blocks: Block[] = []

  blocks.push(
    {
      kind: 'title',
      text: t.title,
      subtitle: `${policy.insurer} — ${POLICY_KIND_LABELS[policy.kind][lang]} — ${incident.reference}`
    },
    { kind: 'notice', tone: 'warning', text: t.internal },
    { kind: 'notice', tone: 'info', text: t.indicative },
    { kind: 'heading', text: t.insured },
    fieldsTable([
      [t.name, orDash(insured.name)],
      [t.profession, PROFESSION_LABELS[insured.profession][lang]],
      [t.organisation, orDash(insured.organisation)],
      [t.address, orDash(insured.address)],
      [t.email, orDash(insured.email)],
      [t.phone, orDash(insured.phone)]
    ]),
    { kind: 'heading', text: t.contract },
    fieldsTable([
      [t.insurer, orDash(policy.insurer)],
      [t.policyKind, POLICY_KIND_LABELS[policy.kind][lang]],
      [t.policyNumber, orDash(policy.policyNumber)],
      ...(policy.label !== undefined
        ? ([[t.policyLabel, policy.label]] as [string, string][])
        : []),
      [t.deductible, formatAmount(policy.deductibleCents, lang)],
      [t.limit, formatAmount(policy.limitCents, lang)]
    ]),
    { kind: 'heading', text: t.incident },
    fieldsTable([
      [t.reference, incident.reference],
      [t.incidentTitle, orDash(incident.title)],
      [t.occurred, at(firstEvent(incident, 'occurred'))],
      [t.discovered, at(firstEvent(incident, 'detected'))],
      [t.aware, at(assessment.awareness.at ?? firstEvent(incident, 'aware'))],
      [t.declared, at(createdAt)],
      [
        t.deadline,
        deadline !== undefined
          ? `${at(deadline.dueAt)} — ${deadline.basis[lang]} (${deadline.reference})`
          : t.deadlineUnknown
      ]
    ]),
    { kind: 'heading', text: t.circumstances },
    {
      kind: 'paragraph',
      text: incident.narrative.trim() === '' ? t.noNarrative : incident.narrative
    },
    { kind: 'heading', text: t.cause },
    fieldsTable([
      [t.causeKind, CAUSE_KIND_LABELS[incident.cause.kind][lang]],
      [
        t.causeDetail,
        incident.cause.detail !== undefined ? CAUSE_DETAIL_LABELS[incident.cause.detail][lang] : '—'
      ],
      [t.actor, orDash(incident.cause.actor)],
      [t.causeDescription, orDash(incident.cause.description)],
      [
        t.breachTypes,
        orDash(incident.breachTypes.map((type) => BREACH_TYPE_LABELS[type][lang]).join(', '))
      ]
    ]),
    { kind: 'heading', text: t.timeline },
    timelineTable(incident, lang),
    { kind: 'heading', text: t.data },
    fieldsTable(dataRows(incident, lang))
  )

  if (incident.parties.length > 0)
    blocks.push(
      { kind: 'heading', text: t.parties },
      {
        kind: 'table',
        columns: [
          { header: t.role, width: 1 },
          { header: t.name, width: 1.5 },
          { header: t.contact, width: 1.5 },
          { header: t.note, width: 2 }
        ],
        rows: incident.parties.map((party) => [
          PARTY_ROLE[lang][party.role],
          party.name,
          orDash(party.contact),
          orDash(party.note)
        ])
      }
    )

  blocks.push({ kind: 'heading', text: t.claims })
  if (incident.thirdPartyClaims.length === 0) blocks.push({ kind: 'paragraph', text: t.noClaims })
  else
    blocks.push({
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
    })
  blocks.push(
    lossesBlock(incident.estimatedLosses, lang, {
      none: t.noLosses,
      kind: t.lossKind,
      amount: t.amount,
      description: t.description,
      total: t.total
    })
  )

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

  blocks.push({ kind: 'heading', text: t.assessment })
  if (coverage !== undefined) {
    blocks.push(
      fieldsTable([
        [t.verdict, VERDICT[lang][coverage.verdict]],
        [t.summary, coverage.summary[lang]],
        [t.ruleSet, assessment.ruleSetVersion],
        [t.computedAt, at(assessment.computedAt)]
      ]),
      {
        kind: 'table',
        columns: [
          { header: t.rule, width: 1.1 },
          { header: t.why, width: 3.6 },
          { header: t.legal, width: 1.3 }
        ],
        rows: coverage.reasons.map((reason) => [
          reason.ruleId,
          reason.toCheck !== undefined
            ? `${reason.text[lang]}\n${t.toCheck}${reason.toCheck[lang]}`
            : reason.text[lang],
          reason.reference
        ])
      }
    )
  } else {
    blocks.push(
      fieldsTable([
        [t.verdict, VERDICT[lang].uncertain],
        [t.ruleSet, assessment.ruleSetVersion]
      ])
    )
  }
  blocks.push({ kind: 'notice', tone: 'warning', text: t.indicative })

  const title = `${t.title} — ${incident.reference} — ${policy.insurer}`
  return {
    blocks,
    header: {
      left: `${t.title} — ${policy.insurer} ${policy.policyNumber}`,
      right: incident.reference
    },
    footer: pageFooter,
    metadata: {
      title,
      subject: `${t.subject} — ${incident.title}`,
      author: insured.name,
      language: BCP47[lang],
      keywords: [incident.reference, policy.insurer, policy.policyNumber, c.keyword],
      createdAt
    },
    fileName: buildDocumentFileName({
      date: instantToDateKey(createdAt, tz),
      reference: incident.reference,
      kind: lang === 'fr' ? 'rapport-evaluation' : 'assessment-report',
      // Two policies with one insurer (RC Pro and cyber at AXA) must not overwrite each other.
      qualifier: policiesConcerned(input.file).some(
        (other) => other.id !== policy.id && other.insurer === policy.insurer
      )
        ? `${policy.insurer}-${policy.policyNumber}`
        : policy.insurer,
      extension: 'pdf'
    })
  }
}

export function buildAssessmentReport(
  input: AssessmentReportInput,
  context: RenderContext
): Promise<BuiltDocument> {
  return renderSpec(assessmentReportSpec(input, context), context.fonts)
}
