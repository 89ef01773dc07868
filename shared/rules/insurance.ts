/**
 * Insurance rules: one verdict per policy, from rules that are data (who they apply to, when they
 * fire, what they do to the verdict) plus a sentence and, when uncertain, what to check.
 * Indicative only: the insurer decides, on its contract's wording.
 */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { Policy, PolicyExclusion, PolicyKind, TimelineEventKind } from '../model/schema'
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
  toCheck?: (f: Facts, p: Policy) => Localized | undefined
}

const HOURS_72 = 72 * 3_600_000
/** L12-10-1 (loi n° 2023-22, art. 5) applies from 24 April 2023. */
export const L12_10_1_IN_FORCE_MS = Date.parse('2023-04-24T00:00:00+02:00')

const eventMs = (f: Facts, ...kinds: TimelineEventKind[]): number | undefined => {
  const times = kinds
    .map((k) => f.firstEvent[k]?.at)
    .filter((at): at is string => at !== undefined)
    .map((at) => Date.parse(at))
    .filter((ms) => !Number.isNaN(ms))
  return times.length ? Math.min(...times) : undefined
}

/**
 * L12-10-1: « 72 heures après la connaissance de l’atteinte par la victime ». The insured knows
 * of the attack when it is detected, which may be well before GDPR awareness (reasonable
 * certainty that personal data are compromised): the earliest of detection and awareness.
 */
export const attackKnownMs = (f: Facts): number | undefined =>
  eventMs(f, 'detected', 'aware') ?? eventMs(f, 'processor_notice')

/**
 * L113-2 4°: the declaration deadline runs from the insured's knowledge of the sinistre (for a
 * theft, when it was discovered), not from GDPR awareness. The earliest recorded sign wins: when
 * in doubt, the earlier deadline (Domaine §5).
 */
export const lossKnownMs = (f: Facts): number | undefined =>
  eventMs(f, 'detected', 'aware', 'processor_notice')

/**
 * Whether a contract may pay the insured's own losses from an attack on an information system,
 * the payment L12-10-1 makes conditional on a complaint: a cyber policy (unless the user says it
 * has no own-loss cover), or any policy whose own-loss cover is confirmed or not known.
 */
export const mayPayOwnLosses = (p: Policy): boolean =>
  p.ownLossCover === 'yes' ||
  p.ownLossCover === 'unknown' ||
  (p.kind === 'cyber' && p.ownLossCover !== 'no')

/** The contract surely pays own losses from an attack (not merely "may"). */
const paysOwnLosses = (p: Policy): boolean =>
  p.ownLossCover === 'yes' || (p.kind === 'cyber' && p.ownLossCover === undefined)

export const complaintDueMs = (f: Facts): number | undefined => {
  const known = attackKnownMs(f)
  return known === undefined ? undefined : known + HOURS_72
}

export type ComplaintState = 'not_in_force' | 'filed_in_time' | 'late' | 'pending' | 'unknown'

/** Only a complaint counts: an online pre-complaint is not one until signed (L12-10-1). */
export const complaintState = (f: Facts): ComplaintState => {
  const known = attackKnownMs(f)
  if (known === undefined) return 'unknown'
  if (known < L12_10_1_IN_FORCE_MS) return 'not_in_force'
  const due = known + HOURS_72
  const filed = eventMs(f, 'complaint_filed')
  if (filed !== undefined) return filed <= due ? 'filed_in_time' : 'late'
  return f.nowMs > due ? 'late' : 'pending'
}

const has = (p: Policy, ...ex: PolicyExclusion[]) => ex.some((e) => p.exclusions.includes(e))
/** Checked and not in the contract: every one of them (three-state exclusions, model v2). */
const absent = (p: Policy, ...ex: PolicyExclusion[]) =>
  ex.every((e) => (p.exclusionsAbsent ?? []).includes(e) && !p.exclusions.includes(e))
const hasComplianceCosts = (f: Facts) =>
  f.incident.estimatedLosses.some(
    (l) => (l.kind === 'notification' || l.kind === 'legal') && l.amountCents > 0
  )

/**
 * The act is the insured's own (C. assur. L113-1): the insured, or a company director, whose
 * fault is the company's own and never « a person the insured answers for » (L121-2).
 */
export const insuredOwnAct = (f: Facts): boolean =>
  f.intentionalInsured ||
  (f.maliciousEmployee && f.incident.cause.actorRole === 'insured_or_director')
/** L113-1 excludes only the damage the insured wanted as it occurred; the insurer proves it. */
const wantedTheDamage = (f: Facts): boolean =>
  insuredOwnAct(f) && f.incident.cause.intentToHarm === 'yes'
/** An employee (not a director) acted maliciously: L121-2 then turns on his duties. */
const employeeAct = (f: Facts): boolean => f.maliciousEmployee && !insuredOwnAct(f)
const employeeScope = (f: Facts) => f.incident.cause.employeeScope ?? 'unknown'
/** Liability kinds: the ones L121-2 (persons the insured answers for) concerns. */
const LIABILITY_KINDS: readonly PolicyKind[] = ['rc_pro', 'rc_pro_confidentiality', 'cyber']
/**
 * Not the insured's negligence: its own deliberate act, or an employee's malice for which it does
 * not answer (outside his duties) or may not (not known). Within his duties, it does (L121-2).
 */
const notNegligence = (f: Facts): boolean =>
  insuredOwnAct(f) || (employeeAct(f) && employeeScope(f) !== 'within_duties')

/**
 * The insured's own costs, per policy: a lost or stolen device counts unless its value is known
 * and within the policy's deductible (the one case where a policy is truly not concerned).
 */
const ownLoss = (f: Facts, p: Policy): boolean => {
  const device = f.incident.device
  const trivialDevice =
    device?.purchaseValueCents !== undefined &&
    p.deductibleCents !== undefined &&
    device.purchaseValueCents <= p.deductibleCents
  return (
    f.incident.estimatedLosses.some((l) => l.amountCents > 0) ||
    f.cyberattack ||
    ((f.stolenDevice || f.lostDevice) && !trivialDevice) ||
    ((f.availability || f.integrity) && !f.incident.data.backupAvailable)
  )
}

/** L12-10-1: a pre-complaint (pré-plainte en ligne) only books an appointment to sign it. */
const PRE_COMPLAINT_NOTE: Localized = loc(
  ' Votre pré-plainte en ligne n’est pas une plainte tant que vous ne l’avez pas signée au commissariat ou à la gendarmerie : signez-la avant l’échéance (C. assur. art. L12-10-1).',
  ' Your online pre-complaint is not a complaint until you have signed it at the police station or gendarmerie: sign it before the deadline (C. assur. art. L12-10-1).'
)

const complaintLateText = (f: Facts): Localized =>
  f.firstEvent.complaint_filed
    ? loc(
        'La plainte a été déposée plus de 72 heures après votre connaissance de l’attaque : le paiement de vos propres pertes dues à l’attaque est probablement exclu (C. assur. art. L12-10-1, d’ordre public). Les autres garanties (réclamations de tiers) ne sont pas visées : déclarez quand même le sinistre.',
        'The complaint was filed more than 72 hours after you learned of the attack: payment of your own losses from the attack is likely excluded (C. assur. art. L12-10-1, mandatory law). Other covers (third-party claims) are not concerned: declare the claim anyway.'
      )
    : loc(
        'Le délai de 72 heures pour porter plainte est dépassé et aucune plainte n’est enregistrée : le paiement de vos propres pertes dues à l’attaque est probablement exclu (C. assur. art. L12-10-1). Portez plainte quand même aujourd’hui (enquête, réclamations de tiers) et déclarez le sinistre ; si vous avez déjà porté plainte, saisissez-la dans la chronologie.',
        'The 72-hour deadline to file a complaint has passed and none is recorded: payment of your own losses from the attack is likely excluded (C. assur. art. L12-10-1). File the complaint anyway today (investigation, third-party claims) and declare the claim; if you did file one, add it to the timeline.'
      )

/** RC Pro defence costs: paid by some contracts only (Domaine §10), so say which. */
const DEFENCE_COSTS: Record<'yes' | 'no' | 'unknown', Localized> = {
  yes: loc(
    ' et frais de défense, que votre contrat prévoit',
    ' and defence costs, which your contract provides'
  ),
  no: loc(
    ' ; votre contrat ne paie pas les frais de défense : voyez une protection juridique',
    '; your contract does not pay defence costs: see a legal protection policy'
  ),
  unknown: loc(
    ' ; les frais de défense selon le contrat, à vérifier',
    '; defence costs depending on the contract, to be checked'
  )
}

/** Files that may hold documents entrusted by clients were lost or destroyed, with no backup. */
const documentsAffected = (f: Facts): boolean =>
  (f.lostDevice || f.stolenDevice || f.availability || f.integrity) &&
  !f.incident.data.backupAvailable

const m = (r: Omit<CoverageRule, 'group'>): CoverageRule => ({ ...r, group: 'insurance' })

export const COVERAGE_RULES: readonly CoverageRule[] = [
  m({
    id: 'insurance.L113-1.intentional',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-1 al. 2',
    summary: loc(
      'Faute intentionnelle de l’assuré (il a voulu le dommage tel qu’il est survenu, preuve à la charge de l’assureur) : probablement exclu ; déclarez quand même.',
      'Intentional fault of the insured (he wanted the damage as it occurred, for the insurer to prove): likely excluded; declare anyway.'
    ),
    appliesTo: 'all',
    effect: 'excluded',
    final: true,
    when: (f) => wantedTheDamage(f),
    text: () =>
      loc(
        'Vous indiquez que l’auteur, vous ou un dirigeant, a voulu le dommage tel qu’il est survenu : c’est une faute intentionnelle, dont l’assureur ne répond pas (C. assur. art. L113-1 al. 2). C’est à l’assureur de la prouver ; déclarez le sinistre quand même dans le délai.',
        'You state that the author, you or a director, wanted the damage as it occurred: that is an intentional fault, for which the insurer is not liable (C. assur. art. L113-1 para. 2). The insurer must prove it; declare the claim anyway, in time.'
      )
  }),
  m({
    id: 'insurance.L113-1.deliberate_not_malicious',
    source: 'Code des assurances',
    reference:
      'C. assur. art. L113-1 al. 2 (faute intentionnelle : dommage voulu tel qu’il est survenu)',
    summary: loc(
      'Acte délibéré de l’assuré sans volonté de nuire avérée : pas forcément une faute intentionnelle ; incertain, à vérifier, délais maintenus.',
      'Deliberate act of the insured without a proven intent to harm: not necessarily an intentional fault; uncertain, to be checked, deadlines kept.'
    ),
    appliesTo: 'all',
    effect: 'uncertain',
    when: (f) => insuredOwnAct(f) && !wantedTheDamage(f),
    text: (f) =>
      loc(
        `L’acte est délibéré et vient de vous ou d’un dirigeant${f.incident.cause.intentToHarm === 'no' ? ', sans volonté de nuire' : ''} : ce n’est une faute intentionnelle, exclue par la loi, que si l’auteur a voulu le dommage tel qu’il est survenu, et c’est à l’assureur de le prouver (C. assur. art. L113-1 al. 2). La garantie reste donc possible : déclarez dans les délais.`,
        `The act was deliberate and came from you or a director${f.incident.cause.intentToHarm === 'no' ? ', with no intent to harm' : ''}: it is an intentional fault, excluded by law, only if the author wanted the damage as it occurred, and the insurer must prove it (C. assur. art. L113-1 para. 2). Cover therefore remains possible: declare in time.`
      ),
    toCheck: (f) =>
      f.incident.cause.intentToHarm === undefined || f.incident.cause.intentToHarm === 'unknown'
        ? loc(
            'Si l’auteur voulait nuire (répondez à la question « volonté de nuire » de l’étape Cause), et les exclusions du contrat visant les « fautes dolosives » ou la « violation délibérée des règles de la profession ».',
            'Whether the author meant to harm (answer the “intent to harm” question of the Cause step), and the contract’s exclusions of “fraudulent fault” or “deliberate breach of professional rules”.'
          )
        : loc(
            'Les exclusions du contrat visant les « fautes dolosives » ou la « violation délibérée des règles de la profession » : une exclusion doit être formelle et limitée (C. assur. art. L113-1 al. 1).',
            'The contract’s exclusions of “fraudulent fault” or “deliberate breach of professional rules”: an exclusion must be express and limited (C. assur. art. L113-1 para. 1).'
          )
  }),
  m({
    id: 'insurance.no_loss',
    source: 'Code des assurances',
    reference: 'C. assur. art. L121-1 (principe indemnitaire)',
    summary: loc(
      'Sans tiers exposé ni frais propres (un appareil perdu d’une valeur inférieure à la franchise, rien d’exposé), aucune garantie n’est en jeu.',
      'With no exposed third party and no own costs (a lost device worth less than the deductible, nothing exposed), no cover is engaged.'
    ),
    appliesTo: 'all',
    effect: 'not_applicable',
    final: true,
    when: (f, p) => !f.thirdPartyExposure && !ownLoss(f, p),
    text: () =>
      loc(
        'Aucun tiers n’est exposé ni ne réclame quoi que ce soit, et vous n’avez ni perte ni frais (ou seulement un appareil d’une valeur inférieure à la franchise) : il n’y a rien à indemniser, donc aucune garantie n’est en jeu pour l’instant. Si une réclamation ou des frais apparaissent, refaites l’évaluation.',
        'No third party is exposed or claiming anything, and you have no loss or cost (or only a device worth less than the deductible): there is nothing to indemnify, so no cover is engaged for now. If a claim or costs appear, run the assessment again.'
      )
  }),
  m({
    id: 'insurance.L121-2.employee',
    source: 'Code des assurances',
    reference: 'C. assur. art. L121-2 ; C. civ. art. 1242 al. 5',
    summary: loc(
      'Salarié agissant dans ses fonctions : l’assureur de responsabilité répond de sa faute, quelle qu’en soit la nature.',
      'Employee acting within his duties: the liability insurer answers for his fault, whatever its nature.'
    ),
    appliesTo: LIABILITY_KINDS,
    effect: 'info',
    when: (f) => employeeAct(f) && employeeScope(f) === 'within_duties',
    text: () =>
      loc(
        'L’acte vient d’un salarié agissant dans ses fonctions : vous en répondez (C. civ. art. 1242 al. 5), et l’assureur de votre responsabilité garantit les dommages causés par les personnes dont vous êtes civilement responsable, quelle que soit la nature de leur faute (C. assur. art. L121-2). L’exclusion de la faute intentionnelle (L113-1) ne vise que vous-même.',
        'The act was an employee’s, acting within his duties: you answer for it (C. civ. art. 1242 para. 5), and your liability insurer covers losses caused by persons for whom you are civilly liable, whatever the nature of their fault (C. assur. art. L121-2). The intentional-fault exclusion (L113-1) only concerns you.'
      )
  }),
  m({
    id: 'insurance.L121-2.outside_duties',
    source: 'Code des assurances',
    reference: 'C. assur. art. L121-2 ; C. civ. art. 1242 al. 5 ; Cass. ass. plén., 19 mai 1988',
    summary: loc(
      'Salarié agissant hors de ses fonctions : L121-2 ne joue pas ; la garantie dépend d’une faute propre de l’assuré.',
      'Employee acting outside his duties: L121-2 does not apply; cover depends on a fault of the insured’s own.'
    ),
    appliesTo: LIABILITY_KINDS,
    effect: 'uncertain',
    when: (f) => employeeAct(f) && employeeScope(f) === 'outside_duties',
    text: () =>
      loc(
        'Le salarié a agi hors de ses fonctions, sans autorisation et à des fins étrangères à ses attributions (par exemple en vendant le fichier clients) : vous n’en répondez pas comme commettant (C. civ. art. 1242 al. 5 ; Cass. ass. plén., 19 mai 1988), et l’art. L121-2 du code des assurances ne joue donc pas. Un tiers peut encore vous reprocher une faute propre (sécurité insuffisante) : la garantie reste possible sur ce terrain.',
        'The employee acted outside his duties, without authorisation and for purposes foreign to his role (e.g. selling the client file): you do not answer for him as employer (C. civ. art. 1242 para. 5; Cass. ass. plén., 19 May 1988), so art. L121-2 of the insurance code does not apply. A third party may still blame a fault of your own (inadequate security): cover remains possible on that ground.'
      ),
    toCheck: () =>
      loc(
        'Si une réclamation vise une faute propre de votre structure (contrôle des accès, sécurité), et la garantie « malveillance interne » ou « fraude du personnel » du contrat.',
        'Whether a claim targets a fault of your own organisation (access control, security), and the contract’s “insider malice” or “employee fraud” cover.'
      )
  }),
  m({
    id: 'insurance.L121-2.scope_unknown',
    source: 'Code des assurances',
    reference: 'C. assur. art. L121-2 ; C. civ. art. 1242 al. 5',
    summary: loc(
      'Salarié malveillant, sans savoir s’il agissait dans ses fonctions : L121-2 joue ou non selon la réponse.',
      'Malicious employee, not known whether within his duties: L121-2 applies or not depending on the answer.'
    ),
    appliesTo: LIABILITY_KINDS,
    effect: 'uncertain',
    when: (f) => employeeAct(f) && employeeScope(f) === 'unknown',
    text: () =>
      loc(
        'Un salarié a agi avec malveillance : s’il agissait dans ses fonctions, l’assureur de votre responsabilité garantit sa faute (C. assur. art. L121-2 ; C. civ. art. 1242 al. 5) ; s’il a agi hors de ses fonctions, à des fins personnelles, ce n’est plus le cas.',
        'An employee acted maliciously: if he acted within his duties, your liability insurer covers his fault (C. assur. art. L121-2; C. civ. art. 1242 para. 5); if he acted outside them, for his own ends, it does not.'
      ),
    toCheck: () =>
      loc(
        'Si le salarié agissait dans le cadre de ses fonctions (répondez à la question de l’étape Cause), et la garantie « malveillance interne » du contrat.',
        'Whether the employee acted within his duties (answer the Cause step’s question), and the contract’s “insider malice” cover.'
      )
  }),
  m({
    id: 'insurance.exclusion.cyber',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « Les cyberattaques … relèvent le plus souvent d’une assurance spécifique » ; C. assur. art. L113-1',
    summary: loc(
      'Exclusion des cyberattaques relevée dans le contrat et incident causé par une cyberattaque : probablement exclu.',
      'Cyberattack exclusion found in the contract and the incident is a cyberattack: likely excluded.'
    ),
    appliesTo: ['rc_pro', 'rc_pro_confidentiality', 'legal_protection', 'property'],
    effect: 'excluded',
    when: (f, p) => f.cyberattack && has(p, 'cyber'),
    text: () =>
      loc(
        'Votre contrat exclut les cyberattaques (exclusion relevée dans le contrat) : cet incident relève probablement d’une assurance cyber-risques. Déclarez quand même : seul l’assureur peut opposer l’exclusion, qui doit être formelle et limitée (C. assur. art. L113-1).',
        'Your contract excludes cyberattacks (an exclusion found in the contract): this incident likely belongs to a cyber insurance policy. Declare anyway: only the insurer can raise the exclusion, which must be express and limited (C. assur. art. L113-1).'
      )
  }),
  m({
    id: 'insurance.exclusion.privacy',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « Les atteintes à la vie privée dans un cadre numérique … peut être exclue, sauf si une extension » ; C. assur. art. L113-1',
    summary: loc(
      'Exclusion des atteintes à la vie privée ou à la confidentialité relevée dans le contrat et violation de confidentialité : probablement exclu.',
      'Privacy or confidentiality exclusion found in the contract and a confidentiality breach: likely excluded.'
    ),
    appliesTo: ['rc_pro', 'cyber', 'legal_protection'],
    effect: 'excluded',
    when: (f, p) => f.confidentiality && has(p, 'digital_privacy', 'confidentiality'),
    text: () =>
      loc(
        'Votre contrat exclut les atteintes à la vie privée numérique ou à la confidentialité (exclusion relevée dans le contrat) : c’est le rôle de l’extension « atteinte à la confidentialité ».',
        'Your contract excludes digital privacy or confidentiality breaches (an exclusion found in the contract): that is what the confidentiality breach extension is for.'
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
    id: 'insurance.rc_pro.entrusted_documents',
    source: 'seed',
    reference:
      'Domaine §10 (garantie « documents confiés » de certains contrats RC Pro) ; C. assur. art. L113-1',
    summary: loc(
      'Documents confiés par des clients perdus ou détruits, et contrat qui couvre leur reconstitution : probablement couvert.',
      'Documents entrusted by clients lost or destroyed, and a contract covering their reconstitution: likely covered.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'covered',
    when: (f, p) =>
      !f.thirdPartyExposure && documentsAffected(f) && p.entrustedDocumentsCover === 'yes',
    text: () =>
      loc(
        'Votre contrat couvre la reconstitution des documents confiés par vos clients : si l’appareil ou les fichiers perdus contenaient de tels documents, leur reconstitution entre dans la garantie, sous réserve des termes et du plafond du contrat.',
        'Your contract covers the reconstitution of documents entrusted by your clients: if the lost device or files held such documents, rebuilding them falls within the cover, subject to the contract’s wording and limit.'
      )
  }),
  m({
    id: 'insurance.rc_pro.entrusted_documents_check',
    source: 'seed',
    reference: 'Domaine §10 (garantie « documents confiés » de certains contrats RC Pro)',
    summary: loc(
      'Documents perdus ou détruits sans tiers exposé : vérifier si le contrat couvre les documents confiés.',
      'Documents lost or destroyed with no exposed third party: check whether the contract covers entrusted documents.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'uncertain',
    when: (f, p) =>
      !f.thirdPartyExposure &&
      documentsAffected(f) &&
      (p.entrustedDocumentsCover === undefined || p.entrustedDocumentsCover === 'unknown'),
    text: () =>
      loc(
        'Aucun tiers n’est exposé, mais des documents ont pu être perdus ou détruits : une RC Pro paie en principe les dommages causés aux tiers, et certains contrats paient aussi la reconstitution des documents confiés par les clients. Déclarez maintenant ; les frais viendront ensuite.',
        'No third party is exposed, but documents may have been lost or destroyed: an RC Pro normally pays for harm caused to third parties, and some contracts also pay for rebuilding documents entrusted by clients. Declare now; the costs come later.'
      ),
    toCheck: () =>
      loc(
        'Une garantie « documents confiés » ou « reconstitution de documents » dans les conditions, et si les fichiers perdus appartenaient à des clients.',
        'A “documents entrusted” or “reconstitution of documents” cover in the conditions, and whether the lost files belonged to clients.'
      )
  }),
  m({
    id: 'insurance.rc_pro.third_party_only',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « Que couvre une RC Pro classique ? » (dommages causés à des tiers)',
    summary: loc(
      'La RC Pro indemnise les tiers lésés ; vos frais propres n’en relèvent en principe pas, sauf garanties « documents confiés » ou « frais de défense » de certains contrats.',
      'RC Pro compensates harmed third parties; your own costs normally do not belong to it, except for the “documents entrusted” or “defence costs” covers of some contracts.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'not_applicable',
    final: true,
    when: (f, p) =>
      !f.thirdPartyExposure && !(documentsAffected(f) && p.entrustedDocumentsCover !== 'no'),
    text: () =>
      loc(
        'La RC Pro paie les dommages causés à des tiers, et selon les contrats les frais de défense si un tiers vous met en cause ; ici, aucun tiers n’est exposé ni ne réclame. Vos frais d’investigation, de restauration ou de matériel n’en relèvent pas. Si un tiers vous met en cause, refaites l’évaluation.',
        'RC Pro pays for harm caused to third parties and, depending on the contract, defence costs if a third party holds you liable; here no third party is exposed or claiming. Your forensics, restoration or hardware costs do not belong to it. If a third party holds you liable, run the assessment again.'
      )
  }),
  m({
    id: 'insurance.rc_pro.cyber_usually_excluded',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « Les cyberattaques … relèvent le plus souvent d’une assurance spécifique “cyber-risques” »',
    summary: loc(
      'Une RC Pro classique exclut le plus souvent les cyberattaques.',
      'A classic RC Pro usually excludes cyberattacks.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'uncertain',
    when: (f, p) => f.cyberattack && !has(p, 'cyber') && !absent(p, 'cyber'),
    text: () =>
      loc(
        'L’incident est une cyberattaque : une RC Pro classique l’exclut le plus souvent, au profit d’une assurance cyber, mais vous n’avez pas encore vérifié si votre contrat contient cette exclusion. Seule la réclamation d’un tiers lésé pourrait la concerner.',
        'The incident is a cyberattack: a classic RC Pro usually excludes it in favour of cyber insurance, but you have not yet checked whether your contract has that exclusion. Only a harmed third party’s claim could concern it.'
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
    reference:
      'conseil de courtier (seed) : « Que couvre une RC Pro classique ? » (erreurs, omissions, négligences)',
    summary: loc(
      'La RC Pro couvre les erreurs, omissions et négligences qui causent un préjudice à un tiers.',
      'RC Pro covers errors, omissions and negligence that harm a third party.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'covered',
    // Not when the only harm is a confidentiality breach the contract expressly excludes.
    when: (f, p) =>
      (!f.cyberattack || absent(p, 'cyber')) &&
      f.thirdPartyExposure &&
      !notNegligence(f) &&
      !(f.confidentiality && has(p, 'digital_privacy', 'confidentiality')),
    text: (f, p) =>
      f.incident.thirdPartyClaims.length > 0
        ? loc(
            `Un tiers vous réclame réparation d’un préjudice né d’une erreur ou d’une négligence dans votre activité : c’est l’objet même de la RC Pro (indemnisation${DEFENCE_COSTS[p.defenceCostsCover ?? 'unknown'].fr}).`,
            `A third party is claiming for harm arising from an error or negligence in your work: that is what RC Pro is for (indemnity${DEFENCE_COSTS[p.defenceCostsCover ?? 'unknown'].en}).`
          )
        : loc(
            'Des tiers (clients, personnes concernées) pourraient vous réclamer réparation d’une erreur ou d’une négligence : la RC Pro couvre ce type de réclamation. Aucune réclamation n’est encore reçue.',
            'Third parties (clients, data subjects) could claim against you for an error or negligence: RC Pro covers such claims. No claim has been received yet.'
          )
  }),
  m({
    id: 'insurance.rc_pro.confidentiality_clause',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « Vérifier son contrat RC Pro » (clause « atteinte à la confidentialité »)',
    summary: loc(
      'Le contrat comporte une clause « atteinte à la confidentialité » : la violation de confidentialité est couverte.',
      'The contract has a confidentiality breach clause: the confidentiality breach is covered.'
    ),
    appliesTo: ['rc_pro'],
    effect: 'covered',
    when: (f, p) =>
      f.confidentiality && !f.cyberattack && !insuredOwnAct(f) && p.confidentialityClause === 'yes',
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
      'conseil de courtier (seed) : « Certains contrats incluent par défaut des garanties liées à la confidentialité, tandis que d’autres les excluent »',
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
      !has(p, 'digital_privacy', 'confidentiality') &&
      !absent(p, 'digital_privacy', 'confidentiality'),
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
    reference: 'conseil de courtier (seed) : « La garantie “atteinte à la confidentialité” »',
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
      'conseil de courtier (seed) : « La garantie “atteinte à la confidentialité” » ; « L’assurance cyber-risques »',
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
      'conseil de courtier (seed) : l’extension prend en charge « l’indemnisation des clients ou partenaires lésés »',
    summary: loc(
      'L’extension indemnise les clients ou partenaires lésés par une fuite ou une divulgation, y compris par erreur humaine.',
      'The extension compensates clients or partners harmed by a leak or disclosure, including through human error.'
    ),
    appliesTo: ['rc_pro_confidentiality'],
    effect: 'covered',
    when: (f) => !f.cyberattack && !insuredOwnAct(f) && f.thirdPartyExposure,
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
      'conseil de courtier (seed) : l’extension prend en charge « les frais liés à la mise en conformité, et parfois l’accompagnement juridique »',
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
    reference: 'conseil de courtier (seed) : « La garantie “atteinte à la confidentialité” »',
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
    reference:
      'conseil de courtier (seed) : « L’assurance cyber-risques » (piratage, rançongiciel, vol de données)',
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
    reference: 'C. assur. art. L12-10-1 (loi n° 2023-22, art. 5 ; en vigueur le 24 avril 2023)',
    summary: loc(
      'Attaque connue avant le 24 avril 2023 : l’indemnisation n’était pas subordonnée à une plainte.',
      'Attack known before 24 April 2023: indemnity was not conditional on a complaint.'
    ),
    appliesTo: 'all',
    effect: 'info',
    when: (f, p) => f.systemAttack && mayPayOwnLosses(p) && complaintState(f) === 'not_in_force',
    text: () =>
      loc(
        'Vous avez eu connaissance de l’attaque avant le 24 avril 2023 : la condition de plainte sous 72 heures de l’art. L12-10-1 du code des assurances ne s’applique pas. Vérifiez les conditions du contrat.',
        'You learned of the attack before 24 April 2023: the 72-hour complaint condition of art. L12-10-1 of the insurance code does not apply. Check the contract’s conditions.'
      )
  }),
  m({
    id: 'insurance.L12-10-1.complaint_required',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1 ; C. pén. art. 323-1 à 323-3-1',
    summary: loc(
      'Le paiement de vos pertes dues à une atteinte à un système informatique suppose une plainte au plus tard 72 heures après la connaissance de l’attaque, quel que soit le type de contrat.',
      'Payment of your losses from an attack on an information system requires a police complaint within 72 hours of knowledge of the attack, whatever the kind of policy.'
    ),
    appliesTo: 'all',
    effect: 'info',
    when: (f, p) =>
      f.systemAttack &&
      mayPayOwnLosses(p) &&
      (complaintState(f) === 'pending' || complaintState(f) === 'unknown'),
    text: (f, p) => {
      const due = complaintDueMs(f)
      const when = due === undefined ? undefined : dateTime(due, f.timeZone)
      const scope = paysOwnLosses(p)
        ? loc('', '')
        : loc(
            'Si ce contrat paie vos propres pertes dues à une attaque informatique : ',
            'If this contract pays your own losses from a cyberattack: '
          )
      const preComplaint = f.firstEvent.pre_complaint_filed ? PRE_COMPLAINT_NOTE : loc('', '')
      return when
        ? loc(
            `${scope.fr}condition légale, déposez plainte au plus tard le ${when.fr}, 72 heures après votre connaissance de l’attaque (et non de la violation de données), sinon l’assureur ne versera rien au titre de vos pertes dues à l’attaque (C. assur. art. L12-10-1 ; C. pén. art. 323-1 à 323-3-1).${preComplaint.fr}`,
            `${scope.en}legal condition, file a police complaint by ${when.en}, 72 hours after you learned of the attack (not of the data breach), or the insurer will pay nothing for your losses from the attack (C. assur. art. L12-10-1; C. pén. art. 323-1 to 323-3-1).${preComplaint.en}`
          )
        : loc(
            `${scope.fr}condition légale, déposez plainte au plus tard 72 heures après votre connaissance de l’attaque (date de détection à saisir), sinon l’assureur ne versera rien au titre de vos pertes dues à l’attaque (C. assur. art. L12-10-1).${preComplaint.fr}`,
            `${scope.en}legal condition, file a police complaint within 72 hours of learning of the attack (detection time to be entered), or the insurer will pay nothing for your losses from the attack (C. assur. art. L12-10-1).${preComplaint.en}`
          )
    },
    toCheck: (_f, p) =>
      paysOwnLosses(p)
        ? undefined
        : loc(
            'Si le contrat comporte une garantie « informatique », « pertes de données » ou « frais de reconstitution » qui joue en cas d’attaque (à indiquer dans la fiche du contrat).',
            'Whether the contract has an “IT”, “data loss” or “reconstitution costs” cover that applies to an attack (to state in the policy form).'
          )
  }),
  m({
    id: 'insurance.L12-10-1.pre_complaint',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1 ; C. pr. pén. art. 15-3-1 (pré-plainte en ligne)',
    summary: loc(
      'Une pré-plainte en ligne n’est pas une plainte tant qu’elle n’est pas signée.',
      'An online pre-complaint is not a complaint until it is signed.'
    ),
    appliesTo: 'all',
    effect: 'info',
    when: (f, p) =>
      f.systemAttack &&
      mayPayOwnLosses(p) &&
      f.firstEvent.pre_complaint_filed !== undefined &&
      f.firstEvent.complaint_filed === undefined &&
      complaintState(f) !== 'not_in_force',
    text: () => loc(PRE_COMPLAINT_NOTE.fr.trim(), PRE_COMPLAINT_NOTE.en.trim())
  }),
  m({
    id: 'insurance.L12-10-1.complaint_filed',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1',
    summary: loc(
      'Plainte déposée dans les 72 heures : condition remplie.',
      'Complaint filed within 72 hours: condition met.'
    ),
    appliesTo: 'all',
    effect: 'info',
    when: (f, p) => f.systemAttack && mayPayOwnLosses(p) && complaintState(f) === 'filed_in_time',
    text: (f) => {
      const ev = f.firstEvent.complaint_filed
      const record = [ev?.service, ev?.reference ? `n° ${ev.reference}` : undefined]
        .filter(Boolean)
        .join(', ')
      return loc(
        `Votre plainte${record ? ` (${record})` : ''} a été déposée dans les 72 heures suivant la connaissance de l’attaque : la condition de l’art. L12-10-1 du code des assurances est remplie. Joignez le récépissé à la déclaration.`,
        `Your complaint${record ? ` (${record.replace('n° ', 'no. ')})` : ''} was filed within 72 hours of learning of the attack: the condition of art. L12-10-1 of the insurance code is met. Attach the receipt to the claim.`
      )
    }
  }),
  m({
    id: 'insurance.L12-10-1.complaint_late',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1',
    summary: loc(
      'Plainte absente ou tardive, contrat qui ne paie que vos propres pertes : le paiement de vos pertes dues à l’attaque est probablement exclu.',
      'Complaint missing or late, a policy that only pays your own losses: payment of your losses from the attack is likely excluded.'
    ),
    appliesTo: 'all',
    effect: 'excluded',
    when: (f, p) =>
      f.systemAttack && paysOwnLosses(p) && !f.thirdPartyExposure && complaintState(f) === 'late',
    text: (f) => complaintLateText(f),
    toCheck: () =>
      loc(
        'La date à laquelle vous avez eu connaissance de l’attaque elle-même (c’est elle qui fait courir les 72 heures) et les autres garanties du contrat que la condition de plainte ne vise pas.',
        'When you learned of the attack itself (that starts the 72 hours) and the contract’s other covers, which the complaint condition does not concern.'
      )
  }),
  m({
    id: 'insurance.L12-10-1.complaint_late_other_cover',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1',
    summary: loc(
      'Plainte absente ou tardive : vos pertes dues à l’attaque ne sont probablement pas payées, mais la garantie des réclamations de tiers ou d’autres garanties peut rester.',
      'Complaint missing or late: your losses from the attack are likely not paid, but cover for third-party claims or other covers may remain.'
    ),
    appliesTo: 'all',
    effect: 'uncertain',
    when: (f, p) =>
      f.systemAttack &&
      mayPayOwnLosses(p) &&
      !(paysOwnLosses(p) && !f.thirdPartyExposure) &&
      complaintState(f) === 'late',
    text: (f) => complaintLateText(f),
    toCheck: () =>
      loc(
        'Si votre contrat couvre aussi votre responsabilité envers les tiers (la condition de plainte ne vise que le paiement de vos propres pertes dues à l’attaque), et la date exacte de votre connaissance de l’attaque.',
        'Whether your policy also covers your liability to third parties (the complaint condition only concerns payment of your own losses from the attack), and exactly when you learned of the attack.'
      )
  }),
  m({
    id: 'insurance.cyber.malicious_employee',
    source: 'seed',
    reference: 'conseil de courtier (seed) : « L’assurance cyber-risques » ; C. assur. art. L121-2',
    summary: loc(
      'Malveillance interne : souvent couverte par les contrats cyber, à vérifier.',
      'Insider malice: often covered by cyber policies, to be checked.'
    ),
    appliesTo: ['cyber'],
    effect: 'uncertain',
    when: (f) => employeeAct(f),
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
    reference:
      'conseil de courtier (seed) : l’assurance cyber couvre « vols ou pertes massives de données »',
    summary: loc(
      'Violation accidentelle (perte, erreur, défaut de protection) : couverte par certains contrats cyber seulement.',
      'Accidental breach (loss, error, inadequate protection): covered by some cyber policies only.'
    ),
    appliesTo: ['cyber'],
    effect: 'uncertain',
    when: (f) => !f.cyberattack && !f.maliciousEmployee && !insuredOwnAct(f),
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
      'conseil de courtier (seed) : « services d’assistance (experts en cybersécurité, juristes, communication de crise) »',
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
        'Le vol du matériel relève de votre assurance multirisque (l’appareil, pas les données), sous réserve des termes du contrat ; le délai de déclaration d’un vol est d’au moins 2 jours ouvrés après sa découverte (C. assur. art. L113-2 4°) et un récépissé de plainte est en général exigé.',
        'The theft of the hardware belongs to your property policy (the device, not the data), subject to the contract’s wording; a theft must be declared within at least 2 working days of its discovery (C. assur. art. L113-2 4°) and a police receipt is usually required.'
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
    id: 'insurance.property.attack_own_loss',
    source: 'Code des assurances',
    reference:
      'Domaine §5 et §10 (multirisque avec garantie informatique) ; C. assur. art. L12-10-1',
    summary: loc(
      'Multirisque dont la garantie informatique paie les pertes dues à une attaque : probablement couvert, sous réserve de la plainte sous 72 heures.',
      'Property policy whose IT cover pays losses from an attack: likely covered, subject to the 72-hour complaint.'
    ),
    appliesTo: ['property'],
    effect: 'covered',
    when: (f, p) => f.systemAttack && p.ownLossCover === 'yes',
    text: () =>
      loc(
        'Vous indiquez que votre multirisque paie vos propres pertes dues à une attaque informatique (garantie informatique ou données) : elle est concernée, sous réserve des termes du contrat et d’une plainte dans les 72 heures (C. assur. art. L12-10-1).',
        'You state that your property policy pays your own losses from a cyberattack (IT or data cover): it is engaged, subject to the contract’s wording and a complaint within 72 hours (C. assur. art. L12-10-1).'
      )
  }),
  m({
    id: 'insurance.property.attack_own_loss_unknown',
    source: 'Code des assurances',
    reference:
      'Domaine §5 et §10 (multirisque avec garantie informatique) ; C. assur. art. L12-10-1',
    summary: loc(
      'Attaque informatique et multirisque dont la garantie informatique n’est pas connue : à vérifier.',
      'Cyberattack and a property policy whose IT cover is not known: to be checked.'
    ),
    appliesTo: ['property'],
    effect: 'uncertain',
    when: (f, p) => f.systemAttack && p.ownLossCover === 'unknown',
    text: () =>
      loc(
        'Certaines multirisques professionnelles comportent une garantie informatique qui paie les pertes dues à une attaque ; vous ne savez pas si la vôtre en a une. Déclarez maintenant, et portez plainte dans les 72 heures au cas où (C. assur. art. L12-10-1).',
        'Some business property policies include an IT cover that pays losses from an attack; you do not know whether yours does. Declare now, and file a police complaint within 72 hours just in case (C. assur. art. L12-10-1).'
      ),
    toCheck: () =>
      loc(
        'Une garantie « informatique », « pertes de données », « frais de reconstitution des données » ou « cyber » dans les conditions particulières, et si elle joue en cas d’attaque.',
        'An “IT”, “data loss”, “data reconstitution costs” or “cyber” cover in the special conditions, and whether it applies to an attack.'
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
    when: (f, p) =>
      !f.stolenDevice &&
      !f.lostDevice &&
      !(f.systemAttack && (p.ownLossCover === 'yes' || p.ownLossCover === 'unknown')),
    text: () =>
      loc(
        'Aucun matériel n’a été volé ni perdu : l’assurance multirisque couvre les biens, pas les données ni les réclamations liées à une fuite. Si votre contrat comporte une garantie informatique qui paie les pertes dues à une attaque, indiquez-le dans sa fiche.',
        'No hardware was stolen or lost: property insurance covers goods, not data or claims arising from a leak. If your policy has an IT cover paying losses from an attack, say so in its form.'
      )
  }),

  // Legal protection
  m({
    id: 'insurance.legal_protection.dispute',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « garanties optionnelles liées à la protection juridique »',
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
    id: 'insurance.legal_protection.potential_dispute',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « garanties optionnelles liées à la protection juridique »',
    summary: loc(
      'Pas encore de litige, mais des tiers exposés : déclarez maintenant, les frais viendront ensuite.',
      'No dispute yet, but exposed third parties: declare now, costs come later.'
    ),
    appliesTo: ['legal_protection'],
    effect: 'uncertain',
    when: (f) => f.incident.thirdPartyClaims.length === 0 && f.thirdPartyExposure,
    text: () =>
      loc(
        'Aucune réclamation pour l’instant, mais des tiers sont exposés et pourraient vous mettre en cause : déclarez maintenant ; la protection juridique pourra prendre en charge vos frais d’avocat et de procédure si un litige naît, jamais les indemnités.',
        'No claim yet, but third parties are exposed and could hold you liable: declare now; legal protection may pay your lawyer and procedure fees if a dispute arises, never the damages.'
      ),
    toCheck: () =>
      loc(
        'Si les litiges liés aux données personnelles, à la confidentialité et aux procédures CNIL entrent dans le champ du contrat, et s’il faut déclarer dès l’incident ou dès le litige.',
        'Whether disputes about personal data, confidentiality and authority proceedings are within scope, and whether to declare at the incident or at the dispute.'
      )
  }),
  m({
    id: 'insurance.legal_protection.no_dispute',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « garanties optionnelles liées à la protection juridique »',
    summary: loc(
      'Sans litige ni tiers exposé, la protection juridique n’intervient pas (conseil téléphonique éventuel).',
      'Without a dispute nor an exposed third party, legal protection does not pay (phone advice at most).'
    ),
    appliesTo: ['legal_protection'],
    effect: 'not_applicable',
    when: (f) => f.incident.thirdPartyClaims.length === 0 && !f.thirdPartyExposure,
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
    'Probablement couvert, sous réserve des termes du contrat (indicatif : l’assureur décide).',
    'Likely covered, subject to the contract’s wording (indicative: the insurer decides).'
  ),
  uncertain: loc(
    'Couverture incertaine : vérifiez les points indiqués.',
    'Cover uncertain: check the points listed.'
  ),
  excluded: loc(
    'Probablement exclu ; déclarez quand même : seul l’assureur peut opposer une exclusion.',
    'Likely excluded; declare anyway: only the insurer can raise an exclusion.'
  ),
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
      'Déclaration du sinistre : au plus tard dans le délai du contrat, qui ne peut être inférieur à 5 jours ouvrés après la connaissance du sinistre par l’assuré (et non après la prise de connaissance au sens du RGPD) ; un jour ouvré douteux (lundi de Pentecôte) est compté, l’échéance la plus proche l’emporte.',
      'Claim declaration: within the contract’s deadline, which cannot be shorter than 5 working days from the insured’s knowledge of the loss (not GDPR awareness); a doubtful working day (Whit Monday) is counted, the earlier deadline wins.'
    )
  },
  insurerTheft: {
    id: 'deadline.insurer.L113-2.theft',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-2 4°',
    summary: loc(
      'En cas de vol, le délai minimal de déclaration est de 2 jours ouvrés après la découverte du vol.',
      'For a theft, the minimum declaration deadline is 2 working days from the discovery of the theft.'
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
    reference: 'C. assur. art. L113-2 4° ; Cass. 2e civ., 21 janvier 2021, n° 19-13.347',
    summary: loc(
      'Un délai contractuel plus court que le minimum légal est inopposable à l’assuré : le minimum légal s’applique.',
      'A contractual deadline shorter than the legal minimum cannot be held against the insured: the legal minimum applies.'
    )
  },
  complaint72h: {
    id: 'deadline.complaint.L12-10-1',
    source: 'Code des assurances',
    reference:
      'C. assur. art. L12-10-1 (en vigueur le 24 avril 2023) ; C. pén. art. 323-1 à 323-3-1',
    summary: loc(
      'Plainte au plus tard 72 heures après la connaissance de l’attaque (sa détection), pour que soient payées les pertes dues à une atteinte à un système informatique, par tout contrat qui les couvre (cyber, multirisque, extension de RC Pro) ; une pré-plainte en ligne ne compte qu’une fois signée.',
      'Police complaint within 72 hours of knowledge of the attack (its detection), for the losses from an attack on an information system to be paid by any policy covering them (cyber, property, RC Pro extension); an online pre-complaint only counts once signed.'
    )
  },
  claimsMade: {
    id: 'deadline.insurer.claims_made',
    source: 'Code des assurances',
    reference: 'C. assur. art. L124-1-1 ; art. L124-5 ; art. L113-2 4°',
    summary: loc(
      'Garantie « base réclamation » : le sinistre est la réclamation du tiers ; chaque réclamation reçue fait courir son propre délai, et les circonstances connues se déclarent dès maintenant, surtout avant de changer d’assureur.',
      'Claims-made cover: the loss is the third party’s claim; each claim received starts its own deadline, and known circumstances are best declared now, above all before changing insurer.'
    )
  },
  lateNotLost: {
    id: 'deadline.insurer.late_not_lost',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-2 (dernier alinéa)',
    summary: loc(
      'Déclaration tardive : la déchéance suppose une clause du contrat et la preuve, par l’assureur, que le retard lui a causé un préjudice, et jamais en cas de force majeure ; déclarez quand même, aujourd’hui.',
      'Late declaration: forfeiture requires a contract clause and proof, by the insurer, that the delay harmed it, and never applies to force majeure; declare anyway, today.'
    )
  }
})
