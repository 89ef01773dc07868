/**
 * GDPR rules: scope, awareness, ENISA severity, the three duties of art. 33 and 34 with the
 * art. 34(3) exemptions, and what a complementary notification still needs (art. 33(3), (4)).
 */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { DataCategory, DataRoleKind, Identifiability } from '../model/schema'
import type { Facts } from './facts'
import { dateTime } from './format'
import { defineRules, reason } from './types'
import type { Reason } from './types'

export const GDPR_RULES = defineRules('gdpr', {
  scopePersonal: {
    id: 'gdpr.scope.personal_data',
    source: 'RGPD',
    reference: 'RGPD art. 4(12)',
    summary: loc(
      'Une violation touchant des données personnelles est une violation au sens du RGPD.',
      'A breach affecting personal data is a personal data breach under the GDPR.'
    )
  },
  scopeUnknown: {
    id: 'gdpr.scope.personal_data_unknown',
    source: 'CNIL',
    reference: 'RGPD art. 4(12) ; CNIL « en cas de doute, notifiez »',
    summary: loc(
      'Tant qu’on ignore si des données personnelles sont touchées, on applique le RGPD par prudence.',
      'While it is unknown whether personal data are affected, the GDPR is applied as a precaution.'
    )
  },
  scopeNone: {
    id: 'gdpr.scope.no_personal_data',
    source: 'RGPD',
    reference: 'RGPD art. 4(12)',
    summary: loc(
      'Sans donnée personnelle, aucune obligation RGPD (registre, CNIL, personnes).',
      'Without personal data there is no GDPR duty (register, authority, persons).'
    )
  },
  awarenessAware: {
    id: 'gdpr.awareness.aware',
    source: 'EDPB',
    reference: 'RGPD art. 33(1) ; EDPB, lignes directrices 9/2022',
    summary: loc(
      'Les délais courent de la prise de connaissance (certitude raisonnable), non de la détection.',
      'Deadlines run from awareness (reasonable certainty), not from detection.'
    )
  },
  awarenessProcessor: {
    id: 'gdpr.awareness.processor_notice',
    source: 'RGPD',
    reference: 'RGPD art. 33(2) ; EDPB, lignes directrices 9/2022',
    summary: loc(
      'L’avis du sous-traitant fait courir le délai du responsable de traitement.',
      'The processor’s notice starts the controller’s clock.'
    )
  },
  awarenessDetected: {
    id: 'gdpr.awareness.detected_fallback',
    source: 'EDPB',
    reference: 'RGPD art. 33(1) ; EDPB, lignes directrices 9/2022',
    summary: loc(
      'Faute de date de prise de connaissance, la date de détection est retenue par prudence.',
      'Without an awareness time, the detection time is used as a precaution.'
    )
  },
  awarenessMissing: {
    id: 'gdpr.awareness.missing',
    source: 'RGPD',
    reference: 'RGPD art. 33(1)',
    summary: loc(
      'Sans date de prise de connaissance ni de détection, aucun délai ne peut être calculé.',
      'Without an awareness or detection time, no deadline can be computed.'
    )
  },
  severityEnisa: {
    id: 'gdpr.severity.enisa',
    source: 'ENISA',
    reference: 'ENISA 2013, méthode d’évaluation de la gravité (SE = DPC × EI + CB)',
    summary: loc(
      'Gravité = contexte du traitement × facilité d’identification + circonstances ; faible < 2 ≤ moyenne < 3 ≤ élevée < 4 ≤ très élevée.',
      'Severity = data processing context × ease of identification + circumstances; low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high.'
    )
  },
  severityVulnerable: {
    id: 'gdpr.severity.dpc_vulnerable',
    source: 'ENISA',
    reference: 'ENISA 2013 (DPC) ; EDPB 9/2022 §IV.B',
    summary: loc(
      'Des personnes vulnérables (enfants, patients, personnes âgées ou protégées ; des salariés ne le sont pas de ce seul fait) augmentent le DPC d’un cran.',
      'Vulnerable persons (children, patients, elderly or protected persons; employees are not, by that fact alone) raise the DPC by one step.'
    )
  },
  severitySecrecy: {
    id: 'gdpr.severity.dpc_secrecy',
    source: 'Sentinelle',
    reference: 'Convention Sentinelle, non ENISA ; RGPD considérant 85 ; C. pén. art. 226-13',
    summary: loc(
      'Convention Sentinelle (pas ENISA) : des données couvertes par le secret professionnel augmentent le DPC d’un cran, car leur perte de confidentialité est un dommage cité par le considérant 85.',
      'Sentinelle’s convention (not ENISA’s): data under professional secrecy raise the DPC by one step, as losing their confidentiality is a harm listed in recital 85.'
    )
  },
  severityHealthLevel: {
    id: 'gdpr.severity.dpc_health_level',
    source: 'ENISA',
    reference:
      'ENISA 2013 (DPC des données sensibles abaissé selon le contexte) ; EDPB 9/2022 §IV.B',
    summary: loc(
      'ENISA laisse le contexte abaisser le DPC des données sensibles : une simple mention de santé (rendez-vous, arrêt de travail) n’est pas un diagnostic ; DPC 2 au lieu de 4.',
      'ENISA lets the context lower the DPC of sensitive data: an incidental health mention (an appointment, a sick leave) is not a diagnosis; DPC 2 instead of 4.'
    )
  },
  severityFraud: {
    id: 'gdpr.severity.dpc_fraud_enabling',
    source: 'ENISA',
    reference:
      'ENISA 2013 (volume et nature des données par personne) ; EDPB 9/2022 §IV.B (usurpation d’identité)',
    summary: loc(
      'Des fiches assez riches pour usurper une identité ou frauder (identité avec un numéro d’identification, coordonnées bancaires, identifiants) augmentent le DPC d’un cran.',
      'Records rich enough for identity theft or fraud (identity with an ID number, bank details, credentials) raise the DPC by one step.'
    )
  },
  severityScale: {
    id: 'gdpr.severity.scale',
    source: 'Sentinelle',
    reference:
      'Convention Sentinelle ; EDPB 9/2022 §IV.B (nombre de personnes) ; ENISA 2013 (facteur hors formule)',
    summary: loc(
      'Convention Sentinelle : à partir de 1 000 personnes dont les données lisibles ont été exposées, le niveau de risque est relevé d’un cran (ENISA cite le nombre de personnes hors de la formule ; EDPB 01/2021 cas 11).',
      'Sentinelle’s convention: from 1,000 persons whose readable data were exposed, the risk level is raised by one band (ENISA names the number of persons outside the formula; EDPB 01/2021 case 11).'
    )
  },
  severityEncrypted: {
    id: 'gdpr.severity.encrypted',
    source: 'ENISA',
    reference:
      'ENISA 2013 (données inintelligibles) ; RGPD art. 34(3)(a) ; EDPB 01/2021 cas 01 et 10',
    summary: loc(
      'Un chiffrement à l’état de l’art dont la clé est sûre neutralise la perte de confidentialité : facilité d’identification négligeable, même si la disponibilité est aussi atteinte ; la disponibilité est alors jugée à part.',
      'State-of-the-art encryption with a safe key neutralises the loss of confidentiality: negligible ease of identification, even when availability is also affected; availability is then judged on its own.'
    )
  },
  severityWeakEncryption: {
    id: 'gdpr.severity.weak_encryption',
    source: 'EDPB',
    reference: 'EDPB 9/2022 ; RGPD art. 34(3)(a)',
    summary: loc(
      'Un chiffrement faible ou une clé compromise ne protègent pas : les données sont traitées comme en clair.',
      'Weak encryption or a compromised key does not protect: the data are treated as unencrypted.'
    )
  },
  register: {
    id: 'gdpr.register.always',
    source: 'RGPD',
    reference: 'RGPD art. 33(5)',
    summary: loc(
      'Toute violation de données personnelles est documentée dans le registre, notifiée ou non, avec les raisons de la décision.',
      'Every personal data breach is documented in the register, notified or not, with the reasons for the decision.'
    )
  },
  notifyRisk: {
    id: 'gdpr.notify.risk',
    source: 'Sentinelle',
    reference: 'RGPD art. 33(1) ; convention Sentinelle (gravité ENISA → risque)',
    summary: loc(
      'Convention Sentinelle : une gravité ENISA moyenne ou plus est lue comme un risque ; notifier la CNIL dans les 72 heures après la prise de connaissance.',
      'Sentinelle’s convention: a medium ENISA severity or above is read as a risk; notify the supervisory authority within 72 hours of awareness.'
    )
  },
  notifyNoExposure: {
    id: 'gdpr.notify.availability_only',
    source: 'EDPB',
    reference: 'RGPD art. 33(1) ; EDPB 01/2021 cas 01',
    summary: loc(
      'Aucune donnée lisible exposée et disponibilité rétablie vite depuis une sauvegarde : risque peu probable, pas de notification.',
      'No readable data exposed and availability quickly restored from a backup: risk unlikely, no notification.'
    )
  },
  notifyContained: {
    id: 'gdpr.notify.contained_disclosure',
    source: 'EDPB',
    reference: 'RGPD art. 33(1) ; EDPB 9/2022 §IV.B ; EDPB 01/2021 cas 09',
    summary: loc(
      'Divulgation accidentelle à un destinataire connu, de confiance et tenu au secret, qui a confirmé la suppression : risque peu probable, pas de notification (sauf facteur de doute).',
      'Accidental disclosure to a known, trusted recipient bound by secrecy who confirmed deletion: risk unlikely, no notification (unless a factor of doubt).'
    )
  },
  notifyDoubt: {
    id: 'gdpr.notify.doubt',
    source: 'CNIL',
    reference: 'RGPD art. 33(1) ; CNIL « en cas de doute, notifiez »',
    summary: loc(
      'Gravité faible mais facteur de doute : notifier quand même, la CNIL dira s’il faut informer les personnes.',
      'Low severity but a factor of doubt: notify anyway; the authority will say whether to inform the persons.'
    )
  },
  notifyUnlikely: {
    id: 'gdpr.notify.unlikely_risk',
    source: 'RGPD',
    reference: 'RGPD art. 33(1), art. 33(5)',
    summary: loc(
      'Violation peu susceptible d’engendrer un risque : pas de notification, raisons consignées au registre.',
      'Breach unlikely to result in a risk: no notification; the reasons are recorded in the register.'
    )
  },
  notifyEncrypted: {
    id: 'gdpr.notify.encrypted_no_risk',
    source: 'EDPB',
    reference: 'RGPD art. 33(1) ; EDPB 9/2022 (données chiffrées)',
    summary: loc(
      'Seule la confidentialité est atteinte et les données sont inintelligibles : pas de risque probable, pas de notification.',
      'Only confidentiality is affected and the data are unintelligible: no likely risk, no notification.'
    )
  },
  awarenessDelay: {
    id: 'gdpr.awareness.delay',
    source: 'EDPB',
    reference: 'RGPD art. 33(1) ; EDPB, lignes directrices 9/2022 (prise de connaissance)',
    summary: loc(
      'Prise de connaissance notée plus de 24 heures après la détection : en donner la raison (courte enquête), consignée au registre et dans la notification.',
      'Awareness recorded more than 24 hours after detection: give the reason (a short investigation), recorded in the register and the notification.'
    )
  },
  roleProcessor: {
    id: 'gdpr.role.processor',
    source: 'RGPD',
    reference: 'RGPD art. 33(2), art. 28(3)(f)',
    summary: loc(
      'Sous-traitant : informer le responsable de traitement (le client) sans délai injustifié et dans le délai du contrat ; ne pas notifier la CNIL ni les personnes soi-même, sauf instruction du responsable.',
      'Processor: inform the controller (the client) without undue delay and within the contract’s deadline; do not notify the authority or the persons yourself unless the controller instructs it.'
    )
  },
  roleJoint: {
    id: 'gdpr.role.joint_controller',
    source: 'RGPD',
    reference: 'RGPD art. 26, art. 33, art. 34',
    summary: loc(
      'Responsables conjoints : l’accord de l’art. 26 dit qui notifie ; à défaut, chacun reste tenu. Prévenez l’autre responsable sans délai.',
      'Joint controllers: the art. 26 arrangement says who notifies; failing that, each remains bound. Tell the other controller without delay.'
    )
  },
  notifyLate: {
    id: 'gdpr.notify.late',
    source: 'RGPD',
    reference: 'RGPD art. 33(1)',
    summary: loc(
      'Une notification après 72 heures doit être accompagnée des motifs du retard.',
      'A notification after 72 hours must give the reasons for the delay.'
    )
  },
  notifyPhased: {
    id: 'gdpr.notify.phased',
    source: 'RGPD',
    reference: 'RGPD art. 33(4) ; CNIL (notification initiale puis complémentaire)',
    summary: loc(
      'Notifier sans attendre ce qu’on sait, puis compléter par une notification complémentaire.',
      'Notify what is known without waiting, then complete it in a complementary notification.'
    )
  },
  doubtSpecial: {
    id: 'gdpr.doubt.special_categories',
    source: 'RGPD',
    reference: 'RGPD art. 9 et 10 ; EDPB 9/2022 §IV.B',
    summary: loc(
      'Données sensibles (art. 9) ou d’infractions (art. 10) : facteur de doute.',
      'Special-category (art. 9) or offence (art. 10) data: a factor of doubt.'
    )
  },
  doubtVulnerable: {
    id: 'gdpr.doubt.vulnerable',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B',
    summary: loc(
      'Personnes vulnérables (enfants, patients, personnes âgées ou protégées) : facteur de doute.',
      'Vulnerable persons (children, patients, elderly or protected persons): a factor of doubt.'
    )
  },
  doubtSecrecy: {
    id: 'gdpr.doubt.secrecy',
    source: 'RGPD',
    reference: 'RGPD considérant 85',
    summary: loc(
      'Données couvertes par le secret professionnel : facteur de doute.',
      'Data under professional secrecy: a factor of doubt.'
    )
  },
  doubtManyPersons: {
    id: 'gdpr.doubt.many_persons',
    source: 'ENISA',
    reference: 'ENISA 2013 (plus de 100 personnes) ; EDPB 9/2022 §IV.B',
    summary: loc(
      'Plus de 100 personnes concernées, ou nombre inconnu : facteur de doute.',
      'More than 100 persons affected, or an unknown number: a factor of doubt.'
    )
  },
  doubtAvailability: {
    id: 'gdpr.doubt.availability',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B ; EDPB 01/2021 cas 02 et 03',
    summary: loc(
      'Données indisponibles sans sauvegarde, ou plus de 24 heures : facteur de risque jugé à part de la confidentialité.',
      'Data unavailable with no backup, or for more than 24 hours: a risk factor judged apart from confidentiality.'
    )
  },
  doubtMaliciousAccess: {
    id: 'gdpr.doubt.malicious_access',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B (intention malveillante) ; EDPB 01/2021 cas 08',
    summary: loc(
      'Données lisibles prises ou consultées par malveillance : un usage abusif est probable, facteur de doute.',
      'Readable data taken or accessed with malicious intent: misuse is likely, a factor of doubt.'
    )
  },
  doubtRecipients: {
    id: 'gdpr.doubt.unknown_recipients',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B ; ENISA 2013 (CB)',
    summary: loc(
      'Destinataires inconnus ou nombreux (publication, diffusion) : facteur de doute.',
      'Unknown or many recipients (publication, circulation): a factor of doubt.'
    )
  },
  doubtFraud: {
    id: 'gdpr.doubt.fraud_enabling',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B (usurpation d’identité, fraude)',
    summary: loc(
      'Fiches permettant l’usurpation d’identité ou la fraude : facteur de doute.',
      'Records enabling identity theft or fraud: a factor of doubt.'
    )
  },
  doubtExposure: {
    id: 'gdpr.doubt.long_exposure',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B',
    summary: loc(
      'Données exposées, ou attaquant présent, plus de 24 heures : facteur de doute.',
      'Data exposed, or the attacker inside, for more than 24 hours: a factor of doubt.'
    )
  },
  doubtSimpleData: {
    id: 'gdpr.doubt.simple_data',
    source: 'Sentinelle',
    reference:
      'ENISA 2013 (DPC 1 : données simples) ; ICO, « Personal data breaches: a guide » (perte d’une liste téléphonique du personnel : pas de notification)',
    summary: loc(
      'Données simples seulement (DPC 1) : des destinataires inconnus, une exposition longue ou une sortie incertaine ne suffisent pas, seuls, à rendre un risque probable (convention de Sentinelle, à vérifier au cas par cas).',
      'Simple data only (DPC 1): unknown recipients, a long exposure or an uncertain exit do not by themselves make a risk likely (Sentinelle’s convention, to check case by case).'
    )
  },
  doubtOtherCategories: {
    id: 'gdpr.doubt.other_categories',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B ; CNIL « en cas de doute, notifiez »',
    summary: loc(
      'D’autres catégories de données ne peuvent pas être exclues : facteur de doute.',
      'Other categories of data cannot be ruled out: a factor of doubt.'
    )
  },
  partialProtection: {
    id: 'gdpr.severity.partial_protection',
    source: 'EDPB',
    reference: 'EDPB 9/2022 §IV.B (chiffrement ou hachage partiel)',
    summary: loc(
      'Chiffrement ou hachage partiel : seuls les champs restés lisibles comptent dans l’évaluation.',
      'Partial encryption or hashing: only the fields left readable count in the assessment.'
    )
  },
  doubtUnknownFacts: {
    id: 'gdpr.doubt.unknown_facts',
    source: 'CNIL',
    reference: 'CNIL « en cas de doute, notifiez »',
    summary: loc(
      'Faits essentiels encore inconnus (données personnelles, sortie des données, type de violation) : facteur de doute.',
      'Key facts still unknown (personal data, whether data left, type of breach): a factor of doubt.'
    )
  },
  informHighRisk: {
    id: 'gdpr.inform.high_risk',
    source: 'Sentinelle',
    reference:
      'RGPD art. 34(1), 34(2) ; convention Sentinelle (gravité ENISA élevée → risque élevé)',
    summary: loc(
      'Convention Sentinelle : une gravité ENISA élevée ou très élevée est lue comme un risque élevé ; informer les personnes concernées sans délai, en termes clairs.',
      'Sentinelle’s convention: a high or very high ENISA severity is read as a high risk; inform the persons concerned without undue delay, in plain language.'
    )
  },
  informNotOwnDuty: {
    id: 'gdpr.inform.processor',
    source: 'RGPD',
    reference: 'RGPD art. 33(2), art. 34(1)',
    summary: loc(
      'Sous-traitant : l’information des personnes incombe au responsable de traitement, sauf instruction de sa part.',
      'Processor: informing the persons is the controller’s duty, unless it instructs you.'
    )
  },
  informNotHigh: {
    id: 'gdpr.inform.not_high_risk',
    source: 'RGPD',
    reference: 'RGPD art. 34(1), 34(4)',
    summary: loc(
      'Risque non élevé : information des personnes non obligatoire, sauf si la CNIL l’exige.',
      'Risk not high: informing the persons is not required unless the authority requires it.'
    )
  },
  informExemptEncryption: {
    id: 'gdpr.inform.exempt_encryption',
    source: 'RGPD',
    reference: 'RGPD art. 34(3)(a)',
    summary: loc(
      'Exemption : les données sont inintelligibles (chiffrement à l’état de l’art, clé sûre).',
      'Exemption: the data are unintelligible (state-of-the-art encryption, safe key).'
    )
  },
  informExemptMeasures: {
    id: 'gdpr.inform.exempt_measures',
    source: 'RGPD',
    reference: 'RGPD art. 34(3)(b)',
    summary: loc(
      'Exemption : des mesures ultérieures font que le risque élevé n’est plus susceptible de se matérialiser.',
      'Exemption: subsequent measures ensure the high risk is no longer likely to materialise.'
    )
  },
  informPublic: {
    id: 'gdpr.inform.public_communication',
    source: 'RGPD',
    reference: 'RGPD art. 34(3)(c)',
    summary: loc(
      'Efforts disproportionnés : une communication publique remplace l’information individuelle.',
      'Disproportionate effort: a public communication replaces individual information.'
    )
  }
})

export type SeverityLevel = 'low' | 'medium' | 'high' | 'very_high'
export type SeverityFactor = { id: 'DPC' | 'EI' | 'CB'; value: number; why: Localized }
export type Severity = {
  score: number
  /** ENISA's band for the score. */
  level: SeverityLevel
  /** The band the decision reads: ENISA's, raised one step for a large scale (Sentinelle). */
  riskLevel: SeverityLevel
  factors: SeverityFactor[]
  reasons: Reason[]
}

/** The EDPB 9/2022 risk factors the ENISA formula alone misses, derived from the incident. */
export type GdprRiskFacts = {
  role: DataRoleKind
  /** Children, patients, elderly or protected persons (EDPB 9/2022); not employees as such. */
  vulnerable: boolean
  fraudEnabling: boolean
  healthIncidental: boolean
  /** A confidentiality breach that encryption does not neutralise. */
  readableExposure: boolean
  /** One or a few known, trusted recipients bound by secrecy, deletion confirmed, no malice. */
  containedDisclosure: boolean
  /** Unavailable without a backup, or for 24 hours or more (EDPB 01/2021 cases 02, 03). */
  availabilityRisk: boolean
  /** Altered with no backup to recover from, or altered by an attacker. */
  integrityRisk: boolean
  /** 1,000 persons or more whose readable data left the organisation. */
  largeScale: boolean
  /** Hours between detection and awareness, when both are recorded. */
  awarenessDelayHours?: number
}

const HOUR_MS = 3_600_000
/** Sentinelle's conventions, each named where it decides. */
export const LARGE_SCALE_PERSONS = 1000
export const LONG_HOURS = 24
const CONTAINED_MAX_RECIPIENTS = 5

export const gdprRiskFacts = (f: Facts): GdprRiskFacts => {
  const d = f.incident.data
  const persons = new Set(d.personCategories ?? [])
  const readableExposure = f.confidentiality && !f.encryptedSafe
  const detected = f.firstEvent.detected ? Date.parse(f.firstEvent.detected.at) : undefined
  const aware = f.firstEvent.aware ? Date.parse(f.firstEvent.aware.at) : undefined
  return {
    role: f.incident.role?.kind ?? 'controller',
    vulnerable: d.vulnerablePersons || persons.has('minors') || persons.has('patients'),
    fraudEnabling: d.fraudEnabling === 'yes',
    healthIncidental: f.healthData && d.healthLevel === 'incidental',
    readableExposure,
    containedDisclosure:
      readableExposure &&
      !f.malicious &&
      d.recipients !== 'unknown' &&
      d.recipientTrusted === 'yes' &&
      d.deletionConfirmed === 'yes' &&
      (d.recipientsCount ?? 1) <= CONTAINED_MAX_RECIPIENTS,
    availabilityRisk:
      f.availability && (!d.backupAvailable || (d.unavailabilityHours ?? 0) >= LONG_HOURS),
    integrityRisk: f.integrity && (!d.backupAvailable || f.malicious),
    largeScale:
      readableExposure &&
      d.leftOrganisation !== 'no' &&
      (d.personsCount ?? 0) >= LARGE_SCALE_PERSONS,
    ...(detected !== undefined && aware !== undefined && aware > detected
      ? { awarenessDelayHours: Math.round(((aware - detected) / HOUR_MS) * 10) / 10 }
      : {})
  }
}

/**
 * Which way each decisive reason points: a reason of the notification duty may only support the
 * decision taken (tested over generated incidents: no reason contradicts its decision).
 */
export const DECISION_SUPPORT: Readonly<
  Record<string, { duty: 'notify_authority' | 'inform_persons'; required: boolean }>
> = {
  'gdpr.notify.risk': { duty: 'notify_authority', required: true },
  'gdpr.notify.doubt': { duty: 'notify_authority', required: true },
  'gdpr.notify.late': { duty: 'notify_authority', required: true },
  'gdpr.notify.phased': { duty: 'notify_authority', required: true },
  'gdpr.doubt.special_categories': { duty: 'notify_authority', required: true },
  'gdpr.doubt.vulnerable': { duty: 'notify_authority', required: true },
  'gdpr.doubt.secrecy': { duty: 'notify_authority', required: true },
  'gdpr.doubt.many_persons': { duty: 'notify_authority', required: true },
  'gdpr.doubt.unknown_facts': { duty: 'notify_authority', required: true },
  'gdpr.doubt.availability': { duty: 'notify_authority', required: true },
  'gdpr.doubt.malicious_access': { duty: 'notify_authority', required: true },
  'gdpr.doubt.unknown_recipients': { duty: 'notify_authority', required: true },
  'gdpr.doubt.fraud_enabling': { duty: 'notify_authority', required: true },
  'gdpr.doubt.long_exposure': { duty: 'notify_authority', required: true },
  'gdpr.doubt.other_categories': { duty: 'notify_authority', required: true },
  'gdpr.notify.unlikely_risk': { duty: 'notify_authority', required: false },
  'gdpr.notify.encrypted_no_risk': { duty: 'notify_authority', required: false },
  'gdpr.notify.availability_only': { duty: 'notify_authority', required: false },
  'gdpr.notify.contained_disclosure': { duty: 'notify_authority', required: false },
  'gdpr.role.processor': { duty: 'notify_authority', required: false },
  'gdpr.inform.high_risk': { duty: 'inform_persons', required: true },
  'gdpr.inform.public_communication': { duty: 'inform_persons', required: true },
  'gdpr.inform.not_high_risk': { duty: 'inform_persons', required: false },
  'gdpr.inform.exempt_encryption': { duty: 'inform_persons', required: false },
  'gdpr.inform.exempt_measures': { duty: 'inform_persons', required: false },
  'gdpr.inform.processor': { duty: 'inform_persons', required: false }
}

const DPC_BASE: Record<DataCategory, { value: number; label: Localized } | undefined> = {
  identity: { value: 1, label: loc('données simples (identité)', 'simple data (identity)') },
  contact: {
    value: 1,
    label: loc('données simples (coordonnées)', 'simple data (contact details)')
  },
  other: { value: 1, label: loc('données simples', 'simple data') },
  business_confidential: undefined,
  location: {
    value: 2,
    label: loc('données de comportement (localisation)', 'behavioural data (location)')
  },
  behavioural: { value: 2, label: loc('données de comportement', 'behavioural data') },
  // ENISA does not list national ids; they enable identity theft, hence above simple data.
  national_id: {
    value: 2,
    label: loc('numéro d’identification national', 'national identification number')
  },
  financial: { value: 3, label: loc('données financières', 'financial data') },
  banking_card: { value: 3, label: loc('coordonnées bancaires', 'bank or card details') },
  // ENISA: credentials take the category of what they unlock; unknown, so financial-level.
  credentials: { value: 3, label: loc('identifiants de connexion', 'credentials') },
  health: { value: 4, label: loc('données de santé (sensibles)', 'health data (sensitive)') },
  special_other: {
    value: 4,
    label: loc('données sensibles (art. 9)', 'special-category data (art. 9)')
  },
  offences: { value: 4, label: loc('données d’infractions (art. 10)', 'offence data (art. 10)') }
}

/** ENISA 2013 lowers the DPC of sensitive data by context (its « general blood tests » = 1). */
const HEALTH_INCIDENTAL = {
  value: 2,
  label: loc(
    'simple mention de santé (rendez-vous, arrêt), DPC des données sensibles abaissé selon le contexte (ENISA)',
    'incidental health mention (appointment, sick leave), sensitive-data DPC lowered by context (ENISA)'
  )
}

const EI_VALUES: Record<Identifiability, { value: number; label: Localized }> = {
  negligible: { value: 0.25, label: loc('négligeable', 'negligible') },
  limited: { value: 0.5, label: loc('limitée', 'limited') },
  significant: { value: 0.75, label: loc('importante', 'significant') },
  maximum: { value: 1, label: loc('maximale', 'maximum') }
}

const fmt = (n: number): Localized => loc(String(n).replace('.', ','), String(n))

const LEVELS: readonly SeverityLevel[] = ['low', 'medium', 'high', 'very_high']

export const severityLevel = (score: number): SeverityLevel =>
  score < 2 ? 'low' : score < 3 ? 'medium' : score < 4 ? 'high' : 'very_high'

export const SEVERITY_LABELS: Record<SeverityLevel, Localized> = {
  low: loc('faible', 'low'),
  medium: loc('moyenne', 'medium'),
  high: loc('élevée', 'high'),
  very_high: loc('très élevée', 'very high')
}

/** ENISA 2013: SE = DPC × EI + CB, each factor with why it has its value. */
export const computeSeverity = (f: Facts): Severity => {
  const R = GDPR_RULES
  const d = f.incident.data
  const reasons: Reason[] = []

  // DPC: the highest category, then whole-step adjustments, bounded to 1..4.
  let base = 1
  let baseLabel = loc(
    'aucune catégorie de données personnelles renseignée : valeur minimale',
    'no personal data category given: minimum value'
  )
  let found = false
  const rf = gdprRiskFacts(f)
  for (const c of d.categories) {
    const b = c === 'health' && rf.healthIncidental ? HEALTH_INCIDENTAL : DPC_BASE[c]
    if (b && (!found || b.value > base)) {
      base = b.value
      baseLabel = b.label
      found = true
    }
  }
  let dpc = base
  const dpcWhy: Localized[] = [
    loc(`${baseLabel.fr}, base ${base}`, `${baseLabel.en}, base ${base}`)
  ]
  if (rf.healthIncidental)
    reasons.push(
      reason(
        R.severityHealthLevel,
        loc(
          'Les données de santé se limitent à une simple mention (rendez-vous, arrêt de travail), sans diagnostic ni traitement : ENISA permet d’abaisser le DPC des données sensibles selon le contexte, retenu à 2.',
          'The health data are an incidental mention (appointment, sick leave), with no diagnosis or treatment: ENISA lets the context lower the DPC of sensitive data, set at 2.'
        )
      )
    )
  if (rf.vulnerable) {
    dpc += 1
    dpcWhy.push(
      loc('+1 pour des personnes vulnérables (ENISA)', '+1 for vulnerable persons (ENISA)')
    )
    reasons.push(
      reason(
        R.severityVulnerable,
        loc(
          'Les personnes concernées sont vulnérables (enfants, patients, personnes âgées ou protégées) : ENISA relève d’un cran le contexte du traitement (DPC).',
          'The persons concerned are vulnerable (children, patients, elderly or protected persons): ENISA raises the data processing context (DPC) by one step.'
        )
      )
    )
  }
  if (rf.fraudEnabling) {
    dpc += 1
    dpcWhy.push(
      loc(
        '+1 pour des fiches permettant la fraude (ENISA)',
        '+1 for fraud-enabling records (ENISA)'
      )
    )
    reasons.push(
      reason(
        R.severityFraud,
        loc(
          'Les fiches sont assez riches pour usurper une identité ou frauder : ENISA relève le DPC quand le volume et la nature des données par personne aggravent l’atteinte (EDPB 9/2022 : usurpation d’identité).',
          'The records are rich enough for identity theft or fraud: ENISA raises the DPC when the volume and nature of the data per person make the harm worse (EDPB 9/2022: identity theft).'
        )
      )
    )
  }
  if (f.professionalSecrecy) {
    dpc += 1
    dpcWhy.push(
      loc(
        '+1 pour le secret professionnel (convention Sentinelle)',
        '+1 for professional secrecy (Sentinelle’s convention)'
      )
    )
    reasons.push(
      reason(
        R.severitySecrecy,
        loc(
          'Vos données sont couvertes par le secret professionnel ; leur perte de confidentialité est un dommage cité par le considérant 85 du RGPD. Par convention de Sentinelle (ce n’est pas une règle d’ENISA), le DPC est relevé d’un cran.',
          'Your data are under professional secrecy; losing their confidentiality is a harm listed in GDPR recital 85. By Sentinelle’s convention (not an ENISA rule), the DPC is raised by one step.'
        )
      )
    )
  }
  const dpcCapped = Math.min(4, Math.max(1, dpc))
  if (dpcCapped !== dpc) dpcWhy.push(loc('plafonné à 4', 'capped at 4'))

  // Unintelligible data: nobody can identify anyone without the key, so ENISA's ease of
  // identification is negligible whatever the data say, even when availability is also affected
  // (EDPB 01/2021 case 01); availability is judged on its own (CB and gdprRiskFacts).
  const ei =
    f.encryptedSafe && f.confidentiality
      ? {
          value: 0.25,
          label: loc(
            'négligeable, données chiffrées et illisibles sans la clé',
            'negligible, the data are encrypted and unreadable without the key'
          )
        }
      : EI_VALUES[d.identifiability]

  // CB: the circumstances, added up and capped at 2.
  const cbParts: { value: number; why: Localized }[] = []
  if (f.confidentiality) {
    if (f.encryptedSafe) {
      cbParts.push({
        value: 0,
        why: loc(
          'confidentialité : données chiffrées, inintelligibles (0)',
          'confidentiality: encrypted, unintelligible data (0)'
        )
      })
      reasons.push(
        reason(
          R.severityEncrypted,
          loc(
            'Les données sont chiffrées selon l’état de l’art et la clé n’est pas compromise : elles sont inintelligibles pour un tiers.',
            'The data are encrypted to the state of the art and the key is not compromised: they are unintelligible to a third party.'
          )
        )
      )
    } else {
      const v = d.recipients === 'unknown' ? 0.5 : d.recipients === 'known' ? 0.25 : 0
      const what =
        v === 0.5
          ? loc('destinataires inconnus ou publication', 'unknown recipients or publication')
          : v === 0.25
            ? loc('destinataires connus', 'known recipients')
            : loc('exposition sans destinataire identifié', 'exposed, no recipient identified')
      cbParts.push({
        value: v,
        why: loc(
          `confidentialité : ${what.fr} (${fmt(v).fr})`,
          `confidentiality: ${what.en} (${v})`
        )
      })
    }
    if (d.encryption === 'weak' || (d.encryption === 'state_of_the_art' && d.keyCompromised)) {
      reasons.push(
        reason(
          R.severityWeakEncryption,
          d.encryption === 'weak'
            ? loc(
                'Le chiffrement est faible : il ne rend pas les données inintelligibles, elles sont traitées comme en clair.',
                'The encryption is weak: it does not make the data unintelligible, so they are treated as unencrypted.'
              )
            : loc(
                'La clé de chiffrement est compromise : le chiffrement ne protège plus, les données sont traitées comme en clair.',
                'The encryption key is compromised: encryption no longer protects, so the data are treated as unencrypted.'
              )
        )
      )
    }
  }
  if (f.integrity) {
    const v = d.backupAvailable ? 0.25 : 0.5
    cbParts.push({
      value: v,
      why: d.backupAvailable
        ? loc(
            'intégrité : altération récupérable (0,25)',
            'integrity: alteration recoverable (0.25)'
          )
        : loc(
            'intégrité : altération non récupérable (0,5)',
            'integrity: alteration not recoverable (0.5)'
          )
    })
  }
  if (f.availability) {
    // With a backup, an attack still makes data unavailable for a while (restoration effort).
    const v = !d.backupAvailable
      ? 0.5
      : f.cyberattack || (d.unavailabilityHours ?? 0) >= LONG_HOURS
        ? 0.25
        : 0
    cbParts.push({
      value: v,
      why:
        v === 0.5
          ? loc(
              'disponibilité : perte définitive, pas de sauvegarde (0,5)',
              'availability: permanent loss, no backup (0.5)'
            )
          : v === 0.25
            ? loc(
                'disponibilité : indisponibilité temporaire, restauration nécessaire (0,25)',
                'availability: temporary unavailability, restoration needed (0.25)'
              )
            : loc(
                'disponibilité : autre copie disponible (0)',
                'availability: another copy exists (0)'
              )
    })
  }
  if (f.malicious)
    cbParts.push({ value: 0.5, why: loc('intention malveillante (0,5)', 'malicious intent (0.5)') })
  const cbRaw = cbParts.reduce((s, p) => s + p.value, 0)
  const cb = Math.min(2, cbRaw)
  const cbWhy = cbParts.length
    ? cbParts.map((p) => p.why)
    : [
        loc(
          'aucune circonstance aggravante renseignée (0)',
          'no aggravating circumstance given (0)'
        )
      ]
  if (cb !== cbRaw) cbWhy.push(loc('plafonné à 2', 'capped at 2'))

  if (d.partiallyProtected)
    reasons.push(
      reason(
        R.partialProtection,
        loc(
          'Une partie des champs était chiffrée, hachée ou pseudonymisée : l’évaluation ne retient que les champs restés lisibles ; vérifiez que la catégorie et la facilité d’identification saisies ne portent que sur eux.',
          'Some fields were encrypted, hashed or pseudonymised: the assessment counts only the fields left readable; check that the category and ease of identification entered concern those only.'
        )
      )
    )

  // Floating point: 0.75 × 3 + 0.25 must read 2.5, not 2.4999….
  const score = Math.round((dpcCapped * ei.value + cb) * 1000) / 1000
  const level = severityLevel(score)
  const riskLevel: SeverityLevel =
    rf.largeScale && level !== 'very_high' ? LEVELS[LEVELS.indexOf(level) + 1]! : level
  if (riskLevel !== level)
    reasons.push(
      reason(
        R.severityScale,
        loc(
          `${d.personsCount} personnes dont les données lisibles sont sorties : par convention de Sentinelle (EDPB 9/2022, nombre de personnes ; ENISA le cite hors de la formule), le niveau de risque retenu passe de « ${SEVERITY_LABELS[level].fr} » à « ${SEVERITY_LABELS[riskLevel].fr} ».`,
          `${d.personsCount} persons whose readable data left: by Sentinelle’s convention (EDPB 9/2022, number of persons; ENISA names it outside the formula), the risk level read goes from “${SEVERITY_LABELS[level].en}” to “${SEVERITY_LABELS[riskLevel].en}”.`
        )
      )
    )
  const join = (parts: Localized[]) =>
    loc(parts.map((p) => p.fr).join(' ; '), parts.map((p) => p.en).join('; '))
  const factors: SeverityFactor[] = [
    { id: 'DPC', value: dpcCapped, why: join(dpcWhy) },
    {
      id: 'EI',
      value: ei.value,
      why: loc(
        `facilité d’identification des personnes : ${ei.label.fr}`,
        `ease of identification of the persons: ${ei.label.en}`
      )
    },
    { id: 'CB', value: cb, why: join(cbWhy) }
  ]
  reasons.unshift(
    reason(
      R.severityEnisa,
      loc(
        `Gravité ENISA : ${fmt(dpcCapped).fr} × ${fmt(ei.value).fr} + ${fmt(cb).fr} = ${fmt(score).fr}, soit une gravité ${SEVERITY_LABELS[level].fr}. Contexte du traitement (DPC) = ${fmt(dpcCapped).fr} — ${factors[0]!.why.fr}. Facilité d’identification (EI) = ${fmt(ei.value).fr} — ${ei.label.fr}. Circonstances (CB) = ${fmt(cb).fr} — ${factors[2]!.why.fr}. Méthode ENISA 2013 telle que publiée ; les ajustements marqués « convention Sentinelle » sont les nôtres. C’est une aide à la décision, pas un verdict.`,
        `ENISA severity: ${dpcCapped} × ${ei.value} + ${cb} = ${score}, i.e. ${SEVERITY_LABELS[level].en} severity. Data processing context (DPC) = ${dpcCapped} — ${factors[0]!.why.en}. Ease of identification (EI) = ${ei.value} — ${ei.label.en}. Circumstances (CB) = ${cb} — ${factors[2]!.why.en}. ENISA 2013 method as published; adjustments marked “Sentinelle’s convention” are ours. It supports the decision, it does not make it.`
      )
    )
  )
  return { score, level, riskLevel, factors, reasons }
}

/** The factors of doubt that make a low-severity breach notifiable anyway (CNIL). */
/**
 * Doubts about the LIKELIHOOD of misuse (who has the data, for how long, whether they left) only
 * weigh when misuse could hurt: with simple data alone (ENISA DPC 1: identity, contact) and
 * nothing else aggravating, ENISA's circumstances already count them and the ICO gives « the loss
 * of a staff telephone list » as a breach not to notify. Impact doubts (sensitive data,
 * vulnerable persons, secrecy, numbers, fraud, malice, availability) always weigh.
 */
export const LIKELIHOOD_ONLY_DOUBTS: readonly string[] = [
  GDPR_RULES.doubtRecipients.id,
  GDPR_RULES.doubtExposure.id
]

export const doubtFactors = (f: Facts, options: { simpleData?: boolean } = {}): Reason[] => {
  const R = GDPR_RULES
  const d = f.incident.data
  const out: Reason[] = []
  if (f.specialCategories)
    out.push(
      reason(
        R.doubtSpecial,
        loc(
          'Des données sensibles (santé, art. 9) ou d’infractions (art. 10) sont en cause.',
          'Special-category (health, art. 9) or offence (art. 10) data are involved.'
        )
      )
    )
  const rf = gdprRiskFacts(f)
  if (rf.vulnerable)
    out.push(
      reason(
        R.doubtVulnerable,
        loc(
          'Des personnes vulnérables (enfants, patients, personnes âgées ou protégées) sont concernées.',
          'Vulnerable persons (children, patients, elderly or protected persons) are affected.'
        )
      )
    )
  if (f.professionalSecrecy)
    out.push(
      reason(
        R.doubtSecrecy,
        loc(
          'Les données sont couvertes par le secret professionnel.',
          'The data are under professional secrecy.'
        )
      )
    )
  if (d.personsCount === undefined || d.personsCount > 100)
    out.push(
      reason(
        R.doubtManyPersons,
        d.personsCount === undefined
          ? loc(
              'Le nombre de personnes concernées est inconnu.',
              'The number of persons affected is unknown.'
            )
          : loc(
              `${d.personsCount} personnes sont concernées (plus de 100).`,
              `${d.personsCount} persons are affected (more than 100).`
            )
      )
    )
  if (rf.availabilityRisk)
    out.push(
      reason(
        R.doubtAvailability,
        !d.backupAvailable
          ? loc(
              'Les données sont indisponibles et aucune sauvegarde ne permet de les restaurer (EDPB 01/2021, cas 02).',
              'The data are unavailable and no backup can restore them (EDPB 01/2021, case 02).'
            )
          : loc(
              `Les données sont restées indisponibles ${d.unavailabilityHours} heures, au moins 24 heures (EDPB 01/2021, cas 03).`,
              `The data stayed unavailable for ${d.unavailabilityHours} hours, 24 hours or more (EDPB 01/2021, case 03).`
            )
      )
    )
  if (f.malicious && rf.readableExposure && d.leftOrganisation !== 'no')
    out.push(
      reason(
        R.doubtMaliciousAccess,
        loc(
          'Des données lisibles ont été prises ou consultées par malveillance : un usage abusif est probable (EDPB 01/2021, cas 08).',
          'Readable data were taken or accessed with malicious intent: misuse is likely (EDPB 01/2021, case 08).'
        )
      )
    )
  if (rf.readableExposure && d.recipients === 'unknown')
    out.push(
      reason(
        R.doubtRecipients,
        loc(
          'Les destinataires sont inconnus ou nombreux (publication, diffusion) : on ne peut pas obtenir la suppression.',
          'The recipients are unknown or many (publication, circulation): deletion cannot be obtained.'
        )
      )
    )
  if (rf.readableExposure && rf.fraudEnabling)
    out.push(
      reason(
        R.doubtFraud,
        loc(
          'Les fiches suffisent à usurper une identité ou à frauder.',
          'The records are enough for identity theft or fraud.'
        )
      )
    )
  if (rf.readableExposure && (d.exposureHours ?? 0) >= LONG_HOURS)
    out.push(
      reason(
        R.doubtExposure,
        loc(
          `Les données sont restées exposées, ou l’attaquant présent, ${d.exposureHours} heures.`,
          `The data stayed exposed, or the attacker inside, for ${d.exposureHours} hours.`
        )
      )
    )
  if (d.otherCategoriesPossible)
    out.push(
      reason(
        R.doubtOtherCategories,
        loc(
          'D’autres catégories de données ne peuvent pas encore être exclues.',
          'Other categories of data cannot be ruled out yet.'
        )
      )
    )
  const unknowns: Localized[] = []
  if (d.personalData === 'unknown')
    unknowns.push(loc('la présence de données personnelles', 'whether personal data are involved'))
  if (f.confidentiality && d.leftOrganisation === 'unknown' && !options.simpleData)
    unknowns.push(
      loc(
        'la sortie des données hors de votre structure',
        'whether the data left your organisation'
      )
    )
  if (f.incident.breachTypes.length === 0)
    unknowns.push(loc('le type de violation', 'the type of breach'))
  if (unknowns.length)
    out.push(
      reason(
        R.doubtUnknownFacts,
        loc(
          `Encore inconnu : ${unknowns.map((u) => u.fr).join(', ')}.`,
          `Still unknown: ${unknowns.map((u) => u.en).join(', ')}.`
        )
      )
    )
  return options.simpleData ? out.filter((r) => !LIKELIHOOD_ONLY_DOUBTS.includes(r.ruleId)) : out
}

/** Why likelihood doubts were set aside for simple data (to show when nothing else decides). */
export const simpleDataReason = (f: Facts): Reason | undefined => {
  const setAside =
    doubtFactors(f).some((r) => LIKELIHOOD_ONLY_DOUBTS.includes(r.ruleId)) ||
    (f.confidentiality && f.incident.data.leftOrganisation === 'unknown')
  if (!setAside) return undefined
  return reason(
    GDPR_RULES.doubtSimpleData,
    loc(
      'Seules des données simples sont en cause (identité, coordonnées : DPC 1 selon l’ENISA) et rien d’autre n’aggrave le risque : des destinataires inconnus, une exposition longue ou une sortie incertaine ne rendent pas, à eux seuls, un risque probable (l’ICO cite la perte d’une liste téléphonique du personnel comme une violation à ne pas notifier). Convention de Sentinelle, à vérifier : si les données permettent d’atteindre les personnes de façon nuisible (harcèlement, hameçonnage ciblé), notifiez.',
      'Only simple data are involved (identity, contact: ENISA DPC 1) and nothing else aggravates the risk: unknown recipients, a long exposure or an uncertain exit do not by themselves make a risk likely (the ICO gives the loss of a staff telephone list as a breach not to notify). Sentinelle’s convention, to check: if the data let someone reach the persons harmfully (harassment, targeted phishing), notify.'
    )
  )
}

export const awarenessReason = (f: Facts): Reason => {
  const R = GDPR_RULES
  if (f.awarenessSource === 'missing' || f.awarenessMs === undefined)
    return reason(
      R.awarenessMissing,
      loc(
        'Aucune date de prise de connaissance ni de détection n’est saisie : aucun délai ne peut être calculé. Ajoutez la date et l’heure auxquelles vous avez eu la certitude raisonnable de la violation.',
        'No awareness or detection time has been entered: no deadline can be computed. Add the date and time when you became reasonably certain of the breach.'
      )
    )
  const when = dateTime(f.awarenessMs, f.timeZone)
  if (f.awarenessSource === 'aware')
    return reason(
      R.awarenessAware,
      loc(
        `Les délais courent depuis votre prise de connaissance, le ${when.fr} (et non depuis la détection).`,
        `Deadlines run from your awareness, ${when.en} (not from detection).`
      )
    )
  if (f.awarenessSource === 'processor_notice')
    return reason(
      R.awarenessProcessor,
      loc(
        `Les délais courent depuis l’avis de votre sous-traitant, le ${when.fr}.`,
        `Deadlines run from your processor’s notice, ${when.en}.`
      )
    )
  return reason(
    R.awarenessDetected,
    loc(
      `Aucune date de prise de connaissance n’est saisie : par prudence, les délais courent depuis la détection, le ${when.fr}. Précisez la prise de connaissance si elle est plus tardive.`,
      `No awareness time has been entered: as a precaution, deadlines run from detection, ${when.en}. Enter the awareness time if it was later.`
    )
  )
}

/**
 * EDPB 9/2022: awareness = reasonable certainty that personal data were compromised; a short
 * investigation is allowed. Recorded more than 24 hours after detection, the delay needs its
 * reason (Sentinelle's threshold), which goes into the register and the notification.
 */
export const awarenessDelayReason = (f: Facts): Reason | undefined => {
  const hours = gdprRiskFacts(f).awarenessDelayHours
  if (hours === undefined || hours <= LONG_HOURS) return undefined
  const given = f.incident.awarenessDelayReason?.trim()
  return reason(
    GDPR_RULES.awarenessDelay,
    given
      ? loc(
          `La prise de connaissance est notée ${hours} heures après la détection. Raison donnée : « ${given} ». Elle figurera au registre et dans la notification.`,
          `Awareness is recorded ${hours} hours after detection. Reason given: “${given}”. It will appear in the register and the notification.`
        )
      : loc(
          `La prise de connaissance est notée ${hours} heures après la détection : plus de 24 heures. Une courte enquête est admise (EDPB 9/2022), mais indiquez pourquoi ; la raison figurera au registre et dans la notification. Si vous étiez en réalité fixé plus tôt, corrigez la date : le délai de 72 heures part de là.`,
          `Awareness is recorded ${hours} hours after detection: more than 24 hours. A short investigation is allowed (EDPB 9/2022), but say why; the reason will appear in the register and the notification. If you were in fact certain earlier, correct the date: the 72-hour clock starts there.`
        )
  )
}
