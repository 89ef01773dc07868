/**
 * Insurance rules: one verdict per policy, from rules that are data (who they apply to, when they
 * fire, what they do to the verdict) plus a sentence and, when uncertain, what to check.
 * Indicative only: the insurer decides, on its contract's wording.
 */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { Policy, PolicyExclusion, PolicyKind } from '../model/schema'
import type { Facts } from './facts'
import { dateTime } from './format'
import { defineRules } from './types'
import type { RuleMeta } from './types'

export type Verdict = 'covered' | 'excluded' | 'uncertain' | 'not_applicable'

/** Precedence when several rules fire: any exclusion wins, then inapplicability, then doubt. */
export const VERDICT_PRECEDENCE: readonly Verdict[] = [
  'excluded',
  'not_applicable',
  'uncertain',
  'covered'
]

export type CoverageRule = RuleMeta & {
  appliesTo: readonly PolicyKind[] | 'all'
  effect: Verdict | 'info'
  /** No later rule is evaluated for this policy. */
  final?: boolean
  when: (f: Facts, p: Policy) => boolean
  text: (f: Facts, p: Policy) => Localized
  toCheck?: (f: Facts, p: Policy) => Localized
}

const HOURS_72 = 72 * 3_600_000
/** L12-10-1 (loi n° 2023-22, art. 5) applies from 24 April 2023. */
export const L12_10_1_IN_FORCE_MS = Date.parse('2023-04-24T00:00:00+02:00')

export const complaintDueMs = (f: Facts): number | undefined =>
  f.awarenessMs === undefined ? undefined : f.awarenessMs + HOURS_72

export type ComplaintState = 'not_in_force' | 'filed_in_time' | 'late' | 'pending' | 'unknown'

export const complaintState = (f: Facts): ComplaintState => {
  if (f.awarenessMs === undefined) return 'unknown'
  if (f.awarenessMs < L12_10_1_IN_FORCE_MS) return 'not_in_force'
  const due = f.awarenessMs + HOURS_72
  const filed = f.firstEvent.complaint_filed
  if (filed) return Date.parse(filed.at) <= due ? 'filed_in_time' : 'late'
  return f.nowMs > due ? 'late' : 'pending'
}

const has = (p: Policy, ...ex: PolicyExclusion[]) => ex.some((e) => p.exclusions.includes(e))
const hasComplianceCosts = (f: Facts) =>
  f.incident.estimatedLosses.some(
    (l) => (l.kind === 'notification' || l.kind === 'legal') && l.amountCents > 0
  )

const m = (r: Omit<CoverageRule, 'group'>): CoverageRule => ({ ...r, group: 'insurance' })

export const COVERAGE_RULES: readonly CoverageRule[] = [
  m({
    id: 'insurance.L113-1.intentional',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-1',
    summary: loc(
      'La faute intentionnelle ou dolosive de l’assuré n’est jamais couverte.',
      'An intentional or fraudulent fault of the insured is never covered.'
    ),
    appliesTo: 'all',
    effect: 'excluded',
    final: true,
    when: (f) => f.intentionalInsured,
    text: () =>
      loc(
        'La divulgation est un acte intentionnel de l’assuré : l’assureur ne répond pas des pertes et dommages provenant d’une faute intentionnelle ou dolosive (C. assur. art. L113-1).',
        'The disclosure is an intentional act of the insured: the insurer is not liable for losses caused by an intentional or fraudulent fault (C. assur. art. L113-1).'
      )
  }),
  m({
    id: 'insurance.no_loss',
    source: 'Code des assurances',
    reference: 'C. assur. art. L121-1 (principe indemnitaire)',
    summary: loc(
      'Sans préjudice pour un tiers ni perte pour l’assuré, aucune garantie n’est en jeu.',
      'With no harm to a third party and no loss for the insured, no cover is engaged.'
    ),
    appliesTo: 'all',
    effect: 'not_applicable',
    final: true,
    when: (f) => !f.thirdPartyExposure && !f.firstPartyLoss,
    text: () =>
      loc(
        'Aucun tiers n’a subi de préjudice ni ne réclame quoi que ce soit, et vous n’avez déclaré aucune perte ni aucun frais : il n’y a rien à indemniser, donc aucune garantie n’est en jeu pour l’instant. Si une réclamation ou des frais apparaissent, refaites l’évaluation.',
        'No third party has been harmed or is claiming anything, and you have entered no loss or cost: there is nothing to indemnify, so no cover is engaged for now. If a claim or costs appear, run the assessment again.'
      )
  }),
  m({
    id: 'insurance.L121-2.employee',
    source: 'Code des assurances',
    reference: 'C. assur. art. L121-2',
    summary: loc(
      'L’acte malveillant d’un salarié n’est pas exclu au titre de la faute intentionnelle de l’assuré.',
      'An employee’s malicious act is not excluded as the insured’s intentional fault.'
    ),
    appliesTo: 'all',
    effect: 'info',
    when: (f) => f.maliciousEmployee,
    text: () =>
      loc(
        'L’acte vient d’un salarié, pas de vous : l’assureur garantit les dommages causés par les personnes dont vous êtes civilement responsable, quelle que soit la gravité de leur faute (C. assur. art. L121-2). L’exclusion de la faute intentionnelle (L113-1) ne vise que l’assuré lui-même.',
        'The act was an employee’s, not yours: the insurer covers losses caused by persons for whom you are civilly liable, whatever the nature of their fault (C. assur. art. L121-2). The intentional-fault exclusion (L113-1) only concerns the insured.'
      )
  }),
  m({
    id: 'insurance.exclusion.cyber',
    source: 'seed',
    reference:
      'seed : « Les cyberattaques … relèvent le plus souvent d’une assurance spécifique » ; C. assur. art. L113-1',
    summary: loc(
      'Exclusion des cyberattaques cochée et incident causé par une cyberattaque : exclu.',
      'Cyberattack exclusion ticked and the incident is a cyberattack: excluded.'
    ),
    appliesTo: ['rc_pro', 'rc_pro_confidentiality', 'legal_protection', 'property'],
    effect: 'excluded',
    when: (f, p) => f.cyberattack && has(p, 'cyber'),
    text: () =>
      loc(
        'Votre contrat exclut les cyberattaques (exclusion que vous avez cochée) : cet incident relève d’une assurance cyber-risques.',
        'Your contract excludes cyberattacks (an exclusion you ticked): this incident belongs to a cyber insurance policy.'
      )
  }),
  m({
    id: 'insurance.exclusion.privacy',
    source: 'seed',
    reference:
      'seed : « Les atteintes à la vie privée dans un cadre numérique … peut être exclue, sauf si une extension » ; C. assur. art. L113-1',
    summary: loc(
      'Exclusion des atteintes à la vie privée ou à la confidentialité cochée et violation de confidentialité : exclu.',
      'Privacy or confidentiality exclusion ticked and a confidentiality breach: excluded.'
    ),
    appliesTo: ['rc_pro', 'cyber', 'legal_protection'],
    effect: 'excluded',
    when: (f, p) => f.confidentiality && has(p, 'digital_privacy', 'confidentiality'),
    text: () =>
      loc(
        'Votre contrat exclut les atteintes à la vie privée numérique ou à la confidentialité (exclusion cochée) : c’est le rôle de l’extension « atteinte à la confidentialité ».',
        'Your contract excludes digital privacy or confidentiality breaches (ticked exclusion): that is what the confidentiality breach extension is for.'
      )
  }),
  m({
    id: 'insurance.exclusion.ransom',
    source: 'seed',
    reference: 'Conditions du contrat (exclusion « rançon ») ; C. assur. art. L113-1',
    summary: loc(
      'Rançon exclue : la rançon n’est pas remboursée, les autres frais peuvent l’être.',
      'Ransom excluded: the ransom is not reimbursed; other costs may be.'
    ),
    appliesTo: 'all',
    effect: 'info',
    when: (f, p) => f.ransomware && has(p, 'ransom'),
    text: () =>
      loc(
        'Votre contrat exclut le paiement de rançons : une rançon ne serait pas remboursée. Les autres frais (investigation, restauration, pertes d’exploitation) restent à examiner.',
        'Your contract excludes ransom payments: a ransom would not be reimbursed. Other costs (forensics, restoration, business interruption) remain to be examined.'
      )
  }),
  m({
    id: 'insurance.exclusion.unattended_theft',
    source: 'Code des assurances',
    reference: 'Conditions du contrat ; C. assur. art. L113-1 (exclusion formelle et limitée)',
    summary: loc(
      'Vol d’un appareil laissé sans surveillance exclu : tout dépend des circonstances du vol.',
      'Theft of an unattended device excluded: it depends on the circumstances of the theft.'
    ),
    appliesTo: 'all',
    effect: 'uncertain',
    when: (f, p) => f.stolenDevice && has(p, 'unattended_device_theft'),
    text: () =>
      loc(
        'Votre contrat exclut le vol d’un appareil laissé sans surveillance : la prise en charge dépend des circonstances exactes du vol.',
        'Your contract excludes the theft of an unattended device: cover depends on the exact circumstances of the theft.'
      ),
    toCheck: () =>
      loc(
        'La définition de « sans surveillance » (véhicule fermé à clé, effraction, lieu public) et les conditions de preuve (récépissé de plainte).',
        'The definition of “unattended” (locked vehicle, break-in, public place) and the proof required (police receipt).'
      )
  }),
  m({
    id: 'insurance.exclusion.lack_of_security',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-1 (exclusion formelle et limitée)',
    summary: loc(
      'Exclusion pour défaut de sécurité : l’assureur doit prouver que ses conditions sont réunies.',
      'Lack-of-security exclusion: the insurer must prove its conditions are met.'
    ),
    appliesTo: 'all',
    effect: 'uncertain',
    when: (f, p) =>
      has(p, 'lack_of_security') &&
      (f.incident.cause.kind === 'inadequate_protection' ||
        ((f.lostDevice || f.stolenDevice) && f.incident.data.encryption !== 'state_of_the_art')),
    text: () =>
      loc(
        'Votre contrat exclut les sinistres dus à un défaut de mesures de sécurité minimales, et la protection des données était insuffisante : l’assureur pourrait l’invoquer. Une exclusion doit être formelle et limitée (C. assur. art. L113-1).',
        'Your contract excludes losses due to a failure to maintain minimum security, and the data were insufficiently protected: the insurer could invoke it. An exclusion must be express and limited (C. assur. art. L113-1).'
      ),
    toCheck: () =>
      loc(
        'La liste précise des mesures de sécurité exigées par le contrat (chiffrement, sauvegardes, mises à jour, mots de passe) et si elles étaient en place.',
        'The exact security measures the contract requires (encryption, backups, updates, passwords) and whether they were in place.'
      )
  }),

  // RC Pro
  m({
    id: 'insurance.rc_pro.third_party_only',
    source: 'seed',
    reference: 'seed : « Que couvre une RC Pro classique ? » (dommages causés à des tiers)',
    summary: loc(
      'La RC Pro indemnise les tiers lésés, jamais les frais propres de l’assuré.',
      'RC Pro compensates harmed third parties, never the insured’s own costs.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'not_applicable',
    final: true,
    when: (f) => !f.thirdPartyExposure,
    text: () =>
      loc(
        'La RC Pro ne paie que les dommages causés à des tiers (et les frais de défense) ; ici, aucun tiers n’est exposé ni ne réclame. Vos propres frais (investigation, restauration, matériel) ne relèvent pas de la RC Pro.',
        'RC Pro only pays for harm caused to third parties (and defence costs); here no third party is exposed or claiming. Your own costs (forensics, restoration, hardware) are not RC Pro matters.'
      )
  }),
  m({
    id: 'insurance.rc_pro.cyber_usually_excluded',
    source: 'seed',
    reference:
      'seed : « Les cyberattaques … relèvent le plus souvent d’une assurance spécifique “cyber-risques” »',
    summary: loc(
      'Une RC Pro classique exclut le plus souvent les cyberattaques.',
      'A classic RC Pro usually excludes cyberattacks.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'uncertain',
    when: (f, p) => f.cyberattack && !has(p, 'cyber'),
    text: () =>
      loc(
        'L’incident est une cyberattaque : une RC Pro classique l’exclut le plus souvent, au profit d’une assurance cyber. Seule la réclamation d’un tiers lésé pourrait la concerner.',
        'The incident is a cyberattack: a classic RC Pro usually excludes it in favour of cyber insurance. Only a harmed third party’s claim could concern it.'
      ),
    toCheck: () =>
      loc(
        'Les exclusions des conditions générales : « cyber », « atteinte aux systèmes informatiques », « virus », « piratage ».',
        'The exclusions in the general conditions: “cyber”, “attack on information systems”, “virus”, “hacking”.'
      )
  }),
  m({
    id: 'insurance.rc_pro.negligence',
    source: 'seed',
    reference: 'seed : « Que couvre une RC Pro classique ? » (erreurs, omissions, négligences)',
    summary: loc(
      'La RC Pro couvre les erreurs, omissions et négligences qui causent un préjudice à un tiers.',
      'RC Pro covers errors, omissions and negligence that harm a third party.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'covered',
    // Not when the only harm is a confidentiality breach the contract expressly excludes.
    when: (f, p) =>
      !f.cyberattack &&
      f.thirdPartyExposure &&
      !(f.confidentiality && has(p, 'digital_privacy', 'confidentiality')),
    text: (f) =>
      f.incident.thirdPartyClaims.length > 0
        ? loc(
            'Un tiers vous réclame réparation d’un préjudice né d’une erreur ou d’une négligence dans votre activité : c’est l’objet même de la RC Pro (indemnisation et frais de défense).',
            'A third party is claiming for harm arising from an error or negligence in your work: that is what RC Pro is for (indemnity and defence costs).'
          )
        : loc(
            'Des tiers (clients, personnes concernées) pourraient vous réclamer réparation d’une erreur ou d’une négligence : la RC Pro couvre ce type de réclamation. Aucune réclamation n’est encore reçue.',
            'Third parties (clients, data subjects) could claim against you for an error or negligence: RC Pro covers such claims. No claim has been received yet.'
          )
  }),
  m({
    id: 'insurance.rc_pro.confidentiality_clause',
    source: 'seed',
    reference: 'seed : « Vérifier son contrat RC Pro » (clause « atteinte à la confidentialité »)',
    summary: loc(
      'Le contrat comporte une clause « atteinte à la confidentialité » : la violation de confidentialité est couverte.',
      'The contract has a confidentiality breach clause: the confidentiality breach is covered.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'covered',
    when: (f, p) => f.confidentiality && !f.cyberattack && p.confidentialityClause === 'yes',
    text: () =>
      loc(
        'Votre contrat comporte une clause « atteinte à la confidentialité » : les conséquences d’une divulgation accidentelle d’informations confidentielles de vos clients entrent dans la garantie.',
        'Your contract has a confidentiality breach clause: the consequences of an accidental disclosure of your clients’ confidential information fall within the cover.'
      )
  }),
  m({
    id: 'insurance.rc_pro.confidentiality_unknown',
    source: 'seed',
    reference:
      'seed : « Certains contrats incluent par défaut des garanties liées à la confidentialité, tandis que d’autres les excluent »',
    summary: loc(
      'Sans clause de confidentialité avérée, une violation de confidentialité est incertaine en RC Pro classique.',
      'Without a confirmed confidentiality clause, a confidentiality breach is uncertain under a classic RC Pro.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'uncertain',
    when: (f, p) =>
      f.confidentiality &&
      !f.cyberattack &&
      p.confidentialityClause !== 'yes' &&
      !has(p, 'digital_privacy', 'confidentiality'),
    text: (_f, p) =>
      p.confidentialityClause === 'no'
        ? loc(
            'Votre contrat ne comporte pas de clause « atteinte à la confidentialité » : les fuites de données sont souvent exclues d’une RC Pro classique, sauf extension.',
            'Your contract has no confidentiality breach clause: data leaks are often excluded from a classic RC Pro unless an extension is held.'
          )
        : loc(
            'Vous ne savez pas si votre contrat comporte une clause « atteinte à la confidentialité » : certaines RC Pro l’incluent, d’autres l’excluent ou la proposent en option.',
            'You do not know whether your contract has a confidentiality breach clause: some RC Pro policies include it, others exclude it or sell it as an option.'
          ),
    toCheck: () =>
      loc(
        'Dans les conditions générales et particulières : une garantie « atteinte à la confidentialité » ou « violation de données », et les exclusions « atteintes à la vie privée », « données personnelles », « cyber ». En cas de doute, demandez à votre courtier ou assureur.',
        'In the general and special conditions: a “confidentiality breach” or “data breach” cover, and exclusions for “privacy”, “personal data”, “cyber”. If in doubt, ask your broker or insurer.'
      )
  }),
  m({
    id: 'insurance.rc_pro.secrecy',
    source: 'Code pénal',
    reference: 'C. pén. art. 226-13 ; RGPD considérant 85',
    summary: loc(
      'Profession soumise au secret : la violation du secret professionnel est un risque de mise en cause à signaler.',
      'Profession bound by secrecy: a breach of professional secrecy is a liability risk to report.'
    ),
    appliesTo: ['rc_pro', 'rc_pro_confidentiality'],
    effect: 'info',
    when: (f) => f.professionalSecrecy && f.confidentiality && !f.encryptedOnlyConfidentiality,
    text: () =>
      loc(
        'Vous êtes tenu au secret professionnel : des clients ou patients peuvent vous reprocher sa violation. Une divulgation accidentelle relève-t-elle de la « révélation » pénale (C. pén. art. 226-13, qui suppose l’intention) ? La question n’est pas tranchée : faites-vous conseiller.',
        'You are bound by professional secrecy: clients or patients may hold its breach against you. Whether an accidental disclosure is a criminal “revelation” (C. pén. art. 226-13, which requires intent) is unsettled: take legal advice.'
      )
  }),

  // RC Pro confidentiality extension
  m({
    id: 'insurance.confidentiality_ext.not_confidentiality',
    source: 'seed',
    reference: 'seed : « La garantie “atteinte à la confidentialité” »',
    summary: loc(
      'L’extension ne vise que les fuites et divulgations : sans atteinte à la confidentialité, elle n’est pas concernée.',
      'The extension only concerns leaks and disclosures: without a confidentiality breach it is not engaged.'
    ),
    appliesTo: ['rc_pro_confidentiality'],
    effect: 'not_applicable',
    final: true,
    when: (f) => !f.confidentiality,
    text: () =>
      loc(
        'L’extension « atteinte à la confidentialité » couvre les fuites et divulgations non autorisées ; cet incident ne porte pas atteinte à la confidentialité (intégrité ou disponibilité seulement).',
        'The confidentiality extension covers leaks and unauthorised disclosures; this incident does not affect confidentiality (integrity or availability only).'
      )
  }),
  m({
    id: 'insurance.confidentiality_ext.cyber_cause',
    source: 'seed',
    reference:
      'seed : « La garantie “atteinte à la confidentialité” » ; « L’assurance cyber-risques »',
    summary: loc(
      'Fuite causée par une cyberattaque : l’extension peut jouer ou renvoyer à l’assurance cyber selon le contrat.',
      'Leak caused by a cyberattack: the extension may apply or defer to cyber insurance depending on the wording.'
    ),
    appliesTo: ['rc_pro_confidentiality'],
    effect: 'uncertain',
    when: (f) => f.cyberattack,
    text: () =>
      loc(
        'La fuite vient d’une cyberattaque : selon les contrats, l’extension « atteinte à la confidentialité » couvre ou non les fuites d’origine malveillante ; l’assurance cyber est la voie habituelle.',
        'The leak comes from a cyberattack: depending on the wording, the confidentiality extension may or may not cover malicious leaks; cyber insurance is the usual route.'
      ),
    toCheck: () =>
      loc(
        'Si l’extension couvre les divulgations « quelle qu’en soit la cause » ou exclut les atteintes aux systèmes informatiques.',
        'Whether the extension covers disclosures “whatever the cause” or excludes attacks on information systems.'
      )
  }),
  m({
    id: 'insurance.confidentiality_ext.indemnities',
    source: 'seed',
    reference:
      'seed : l’extension prend en charge « l’indemnisation des clients ou partenaires lésés »',
    summary: loc(
      'L’extension indemnise les clients ou partenaires lésés par une fuite ou une divulgation, y compris par erreur humaine.',
      'The extension compensates clients or partners harmed by a leak or disclosure, including through human error.'
    ),
    appliesTo: ['rc_pro_confidentiality'],
    effect: 'covered',
    when: (f) => !f.cyberattack && f.thirdPartyExposure,
    text: () =>
      loc(
        'Votre extension « atteinte à la confidentialité » couvre l’indemnisation des clients ou partenaires lésés par une divulgation non autorisée, y compris par erreur humaine (perte, mauvais destinataire).',
        'Your confidentiality extension covers compensation of clients or partners harmed by an unauthorised disclosure, including human error (loss, wrong recipient).'
      )
  }),
  m({
    id: 'insurance.confidentiality_ext.compliance_costs',
    source: 'seed',
    reference:
      'seed : l’extension prend en charge « les frais liés à la mise en conformité, et parfois l’accompagnement juridique »',
    summary: loc(
      'L’extension prend en charge les frais de mise en conformité, et parfois l’accompagnement juridique.',
      'The extension pays compliance costs, and sometimes legal support.'
    ),
    appliesTo: ['rc_pro_confidentiality'],
    effect: 'covered',
    when: (f) => hasComplianceCosts(f),
    text: () =>
      loc(
        'Vos frais de notification et frais juridiques correspondent aux « frais liés à la mise en conformité » que couvre l’extension.',
        'Your notification and legal costs match the “compliance costs” the extension covers.'
      ),
    toCheck: () =>
      loc(
        'Le plafond des frais de mise en conformité et si l’accompagnement juridique est inclus.',
        'The limit for compliance costs and whether legal support is included.'
      )
  }),
  m({
    id: 'insurance.confidentiality_ext.no_claim',
    source: 'seed',
    reference: 'seed : « La garantie “atteinte à la confidentialité” »',
    summary: loc(
      'Ni tiers exposé ni frais de mise en conformité : l’extension n’a rien à prendre en charge.',
      'No exposed third party and no compliance costs: the extension has nothing to pay.'
    ),
    appliesTo: ['rc_pro_confidentiality'],
    effect: 'not_applicable',
    when: (f) => !f.cyberattack && !f.thirdPartyExposure && !hasComplianceCosts(f),
    text: () =>
      loc(
        'Aucun tiers n’est exposé (données restées internes ou inintelligibles) et vous n’avez pas de frais de mise en conformité : l’extension n’a rien à prendre en charge pour l’instant.',
        'No third party is exposed (data stayed internal or unintelligible) and you have no compliance costs: the extension has nothing to pay for now.'
      )
  }),

  // Cyber
  m({
    id: 'insurance.cyber.attack',
    source: 'seed',
    reference: 'seed : « L’assurance cyber-risques » (piratage, rançongiciel, vol de données)',
    summary: loc(
      'L’assurance cyber couvre le piratage, les rançongiciels, le vol ou la perte de données et l’atteinte à la réputation en ligne.',
      'Cyber insurance covers hacking, ransomware, data theft or loss and online reputation harm.'
    ),
    appliesTo: ['cyber'],
    effect: 'covered',
    when: (f) => f.cyberattack,
    text: () =>
      loc(
        'Cyberattaque : c’est le cœur de l’assurance cyber-risques (frais d’investigation, de restauration, de notification, pertes d’exploitation, réclamations des tiers).',
        'Cyberattack: this is the core of cyber insurance (forensics, restoration, notification costs, business interruption, third-party claims).'
      )
  }),
  m({
    id: 'insurance.L12-10-1.not_in_force',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1 (en vigueur le 24 avril 2023)',
    summary: loc(
      'Avant le 24 avril 2023, l’indemnisation d’une cyberattaque n’était pas subordonnée à une plainte.',
      'Before 24 April 2023, cyberattack indemnity was not conditional on a complaint.'
    ),
    appliesTo: ['cyber'],
    effect: 'info',
    when: (f) => f.systemAttack && complaintState(f) === 'not_in_force',
    text: () =>
      loc(
        'La prise de connaissance est antérieure au 24 avril 2023 : la condition de plainte sous 72 heures de l’art. L12-10-1 ne s’applique pas. Vérifiez les conditions du contrat.',
        'Awareness predates 24 April 2023: the 72-hour complaint condition of art. L12-10-1 does not apply. Check the contract’s conditions.'
      )
  }),
  m({
    id: 'insurance.L12-10-1.complaint_required',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1',
    summary: loc(
      'L’indemnisation d’une atteinte à un système informatique suppose une plainte au plus tard 72 heures après la prise de connaissance.',
      'Indemnity for an attack on an information system requires a police complaint within 72 hours of awareness.'
    ),
    appliesTo: ['cyber'],
    effect: 'info',
    when: (f) =>
      f.systemAttack && (complaintState(f) === 'pending' || complaintState(f) === 'unknown'),
    text: (f) => {
      const due = complaintDueMs(f)
      const when = due === undefined ? undefined : dateTime(due, f.timeZone)
      return when
        ? loc(
            `Condition légale : déposez plainte au plus tard le ${when.fr}, 72 heures après votre prise de connaissance, sinon l’assureur ne versera rien au titre de l’attaque (C. assur. art. L12-10-1).`,
            `Legal condition: file a police complaint by ${when.en}, 72 hours after awareness, or the insurer will pay nothing for the attack (C. assur. art. L12-10-1).`
          )
        : loc(
            'Condition légale : déposez plainte au plus tard 72 heures après votre prise de connaissance (date à saisir), sinon l’assureur ne versera rien au titre de l’attaque (C. assur. art. L12-10-1).',
            'Legal condition: file a police complaint within 72 hours of awareness (time to be entered), or the insurer will pay nothing for the attack (C. assur. art. L12-10-1).'
          )
    }
  }),
  m({
    id: 'insurance.L12-10-1.complaint_filed',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1',
    summary: loc(
      'Plainte déposée dans les 72 heures : condition remplie.',
      'Complaint filed within 72 hours: condition met.'
    ),
    appliesTo: ['cyber'],
    effect: 'info',
    when: (f) => f.systemAttack && complaintState(f) === 'filed_in_time',
    text: () =>
      loc(
        'Votre plainte a été déposée dans les 72 heures suivant la prise de connaissance : la condition de l’art. L12-10-1 est remplie. Joignez le récépissé à la déclaration.',
        'Your complaint was filed within 72 hours of awareness: the condition of art. L12-10-1 is met. Attach the receipt to the claim.'
      )
  }),
  m({
    id: 'insurance.L12-10-1.complaint_late',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1',
    summary: loc(
      'Plainte absente ou tardive : les pertes dues à l’attaque ne sont pas indemnisables.',
      'Complaint missing or late: losses from the attack cannot be indemnified.'
    ),
    appliesTo: ['cyber'],
    effect: 'excluded',
    when: (f) => f.systemAttack && complaintState(f) === 'late',
    text: (f) =>
      f.firstEvent.complaint_filed
        ? loc(
            'La plainte a été déposée plus de 72 heures après la prise de connaissance : l’indemnisation de vos pertes dues à l’attaque est exclue (C. assur. art. L12-10-1, d’ordre public).',
            'The complaint was filed more than 72 hours after awareness: indemnity for your losses from the attack is excluded (C. assur. art. L12-10-1, mandatory law).'
          )
        : loc(
            'Le délai de 72 heures pour porter plainte est dépassé et aucune plainte n’est enregistrée : l’indemnisation de vos pertes dues à l’attaque est exclue (C. assur. art. L12-10-1). Si vous avez porté plainte, saisissez-la dans la chronologie.',
            'The 72-hour deadline to file a complaint has passed and none is recorded: indemnity for your losses from the attack is excluded (C. assur. art. L12-10-1). If you did file one, add it to the timeline.'
          ),
    toCheck: () =>
      loc(
        'Si votre contrat couvre aussi votre responsabilité envers les tiers : une réclamation de tiers pourrait rester garantie, la condition visant vos propres pertes.',
        'Whether your policy also covers your liability to third parties: a third-party claim might remain covered, as the condition targets your own losses.'
      )
  }),
  m({
    id: 'insurance.cyber.malicious_employee',
    source: 'seed',
    reference: 'seed : « L’assurance cyber-risques » ; C. assur. art. L121-2',
    summary: loc(
      'Malveillance interne : souvent couverte par les contrats cyber, à vérifier.',
      'Insider malice: often covered by cyber policies, to be checked.'
    ),
    appliesTo: ['cyber'],
    effect: 'uncertain',
    when: (f) => f.maliciousEmployee,
    text: () =>
      loc(
        'Un salarié a agi avec malveillance : de nombreux contrats cyber couvrent la malveillance interne, d’autres l’excluent.',
        'An employee acted maliciously: many cyber policies cover insider malice, others exclude it.'
      ),
    toCheck: () =>
      loc(
        'La garantie « malveillance interne » ou « fraude du personnel » et ses exclusions.',
        'The “insider malice” or “employee fraud” cover and its exclusions.'
      )
  }),
  m({
    id: 'insurance.cyber.accidental_breach',
    source: 'seed',
    reference: 'seed : l’assurance cyber couvre « vols ou pertes massives de données »',
    summary: loc(
      'Violation accidentelle (perte, erreur, défaut de protection) : couverte par certains contrats cyber seulement.',
      'Accidental breach (loss, error, inadequate protection): covered by some cyber policies only.'
    ),
    appliesTo: ['cyber'],
    effect: 'uncertain',
    when: (f) => !f.cyberattack && !f.maliciousEmployee,
    text: () =>
      loc(
        'L’incident n’est pas une cyberattaque : l’assurance cyber couvre les vols ou pertes de données, mais certains contrats ne visent que les attaques.',
        'The incident is not a cyberattack: cyber insurance covers data theft or loss, but some policies only cover attacks.'
      ),
    toCheck: () =>
      loc(
        'Si la garantie « violation de données » joue « quelle qu’en soit la cause » (perte, vol d’appareil, erreur humaine) et couvre les frais de notification.',
        'Whether the “data breach” cover applies “whatever the cause” (loss, device theft, human error) and pays notification costs.'
      )
  }),
  m({
    id: 'insurance.cyber.assistance',
    source: 'seed',
    reference:
      'seed : « services d’assistance (experts en cybersécurité, juristes, communication de crise) »',
    summary: loc(
      'Le contrat cyber inclut des services d’assistance : appelez-les tôt.',
      'The cyber policy includes assistance services: call them early.'
    ),
    appliesTo: ['cyber'],
    effect: 'info',
    when: () => true,
    text: () =>
      loc(
        'Votre contrat cyber comprend en général une assistance (experts en cybersécurité, juristes, communication de crise) : appelez-la avant d’engager des frais, qui sinon pourraient ne pas être remboursés.',
        'Your cyber policy usually includes assistance (security experts, lawyers, crisis communication): call it before incurring costs, which might otherwise not be reimbursed.'
      )
  }),

  // Property
  m({
    id: 'insurance.property.device_theft',
    source: 'seed',
    reference:
      'Domaine §10 (matériel volé → multirisque) ; C. assur. art. L113-2 (vol : 2 jours ouvrés)',
    summary: loc(
      'Le vol de l’appareil lui-même relève de l’assurance multirisque ou dommages aux biens.',
      'The theft of the device itself belongs to the property or multi-risk policy.'
    ),
    appliesTo: ['property'],
    effect: 'covered',
    when: (f) => f.stolenDevice,
    text: () =>
      loc(
        'Le vol du matériel relève de votre assurance multirisque (l’appareil, pas les données) ; le délai de déclaration d’un vol est de 2 jours ouvrés et un récépissé de plainte est en général exigé.',
        'The theft of the hardware belongs to your property policy (the device, not the data); a theft must be declared within 2 working days and a police receipt is usually required.'
      )
  }),
  m({
    id: 'insurance.property.device_loss',
    source: 'seed',
    reference: 'Domaine §10 ; conditions du contrat',
    summary: loc(
      'La perte d’un appareil (sans vol) est rarement couverte par une multirisque.',
      'The loss of a device (without theft) is rarely covered by a property policy.'
    ),
    appliesTo: ['property'],
    effect: 'uncertain',
    when: (f) => f.lostDevice,
    text: () =>
      loc(
        'L’appareil a été perdu, pas volé : une multirisque couvre rarement la simple perte. Si un vol est possible, portez plainte et déclarez-le comme tel.',
        'The device was lost, not stolen: a property policy rarely covers a mere loss. If theft is possible, file a complaint and declare it as such.'
      ),
    toCheck: () =>
      loc(
        'Une garantie « tous risques informatiques » ou « matériel nomade » couvrant la perte.',
        'An “all-risks IT equipment” or “portable equipment” cover that includes loss.'
      )
  }),
  m({
    id: 'insurance.property.not_data',
    source: 'seed',
    reference: 'Domaine §10 (triage)',
    summary: loc(
      'L’assurance multirisque couvre les biens, pas les données ni la responsabilité pour une fuite.',
      'Property insurance covers goods, not data or liability for a leak.'
    ),
    appliesTo: ['property'],
    effect: 'not_applicable',
    when: (f) => !f.stolenDevice && !f.lostDevice,
    text: () =>
      loc(
        'Aucun matériel n’a été volé ni perdu : l’assurance multirisque couvre les biens, pas les données ni les réclamations liées à une fuite.',
        'No hardware was stolen or lost: property insurance covers goods, not data or claims arising from a leak.'
      )
  }),

  // Legal protection
  m({
    id: 'insurance.legal_protection.dispute',
    source: 'seed',
    reference: 'seed : « garanties optionnelles liées à la protection juridique »',
    summary: loc(
      'Litige avec un tiers : la protection juridique peut prendre en charge les frais d’avocat, pas les indemnités.',
      'Dispute with a third party: legal protection may pay legal fees, not damages.'
    ),
    appliesTo: ['legal_protection'],
    effect: 'uncertain',
    when: (f) => f.incident.thirdPartyClaims.length > 0,
    text: () =>
      loc(
        'Un tiers vous réclame réparation : la protection juridique peut prendre en charge vos frais d’avocat et de procédure, mais jamais les indemnités elles-mêmes.',
        'A third party is claiming against you: legal protection may pay your lawyer and procedure fees, but never the damages themselves.'
      ),
    toCheck: () =>
      loc(
        'Si les litiges liés aux données personnelles, à la confidentialité et aux procédures CNIL entrent dans le champ du contrat, et le seuil d’intervention.',
        'Whether disputes about personal data, confidentiality and authority proceedings are within scope, and the minimum claim amount.'
      )
  }),
  m({
    id: 'insurance.legal_protection.no_dispute',
    source: 'seed',
    reference: 'seed : « garanties optionnelles liées à la protection juridique »',
    summary: loc(
      'Sans litige, la protection juridique n’intervient pas (conseil téléphonique éventuel).',
      'Without a dispute, legal protection does not pay (phone advice at most).'
    ),
    appliesTo: ['legal_protection'],
    effect: 'not_applicable',
    when: (f) => f.incident.thirdPartyClaims.length === 0,
    text: () =>
      loc(
        'Aucune réclamation ni aucun litige pour l’instant : la protection juridique n’intervient pas, mais son service d’information juridique peut vous conseiller.',
        'No claim or dispute for now: legal protection does not pay, but its legal helpline can advise you.'
      )
  })
]

export const COVERAGE_NOTICE: Localized = loc(
  'Ces verdicts sont indicatifs : seul l’assureur décide, au vu des conditions générales et particulières de votre contrat. Déclarez le sinistre dans les délais même en cas de doute.',
  'These verdicts are indicative: only the insurer decides, on the general and special conditions of your contract. Declare the claim in time even when in doubt.'
)

export const VERDICT_SUMMARY: Record<Verdict, Localized> = {
  covered: loc(
    'Probablement couvert (indicatif : l’assureur décide).',
    'Likely covered (indicative: the insurer decides).'
  ),
  uncertain: loc(
    'Couverture incertaine : vérifiez les points indiqués.',
    'Cover uncertain: check the points listed.'
  ),
  excluded: loc('Probablement exclu.', 'Likely excluded.'),
  not_applicable: loc('Non concerné par cet incident.', 'Not engaged by this incident.')
}

export const DEADLINE_RULES = defineRules('deadline', {
  authority72h: {
    id: 'deadline.gdpr.72h',
    source: 'RGPD',
    reference: 'RGPD art. 33(1)',
    summary: loc(
      'Notification à la CNIL : 72 heures d’horloge après la prise de connaissance, sans report pour week-end ni jour férié.',
      'Authority notification: 72 clock hours after awareness, no extension for weekends or holidays.'
    )
  },
  insurer5: {
    id: 'deadline.insurer.L113-2',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-2 4°',
    summary: loc(
      'Déclaration du sinistre : au plus tard dans le délai du contrat, qui ne peut être inférieur à 5 jours ouvrés après la connaissance.',
      'Claim declaration: within the contract’s deadline, which cannot be shorter than 5 working days from knowledge.'
    )
  },
  insurerTheft: {
    id: 'deadline.insurer.L113-2.theft',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-2 4°',
    summary: loc(
      'En cas de vol, le délai minimal de déclaration est de 2 jours ouvrés.',
      'For a theft, the minimum declaration deadline is 2 working days.'
    )
  },
  contractLonger: {
    id: 'deadline.insurer.contract_longer',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-2 4°',
    summary: loc(
      'Un délai contractuel plus long que le minimum légal s’applique.',
      'A contractual deadline longer than the legal minimum applies.'
    )
  },
  contractShorterVoid: {
    id: 'deadline.insurer.contract_shorter_void',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-2 4° ; Cass. 2e civ., 21 janvier 2021',
    summary: loc(
      'Un délai contractuel plus court que le minimum légal est réputé non écrit : le minimum légal s’applique.',
      'A contractual deadline shorter than the legal minimum is void: the legal minimum applies.'
    )
  },
  complaint72h: {
    id: 'deadline.complaint.L12-10-1',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1',
    summary: loc(
      'Plainte au plus tard 72 heures après la connaissance d’une atteinte à un système informatique, pour être indemnisé par l’assurance cyber.',
      'Police complaint within 72 hours of awareness of an attack on an information system, to be indemnified by cyber insurance.'
    )
  }
})
