/**
 * GDPR rules: scope, awareness, ENISA severity, the three duties of art. 33 and 34 with the
 * art. 34(3) exemptions, and what a complementary notification still needs (art. 33(3), (4)).
 */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { DataCategory, Identifiability } from '../model/schema'
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
      'Des personnes vulnérables (patients, enfants…) augmentent le DPC d’un cran.',
      'Vulnerable persons (patients, children…) raise the DPC by one step.'
    )
  },
  severitySecrecy: {
    id: 'gdpr.severity.dpc_secrecy',
    source: 'RGPD',
    reference: 'RGPD considérant 85 ; C. pén. art. 226-13',
    summary: loc(
      'Des données couvertes par le secret professionnel augmentent le DPC d’un cran.',
      'Data under professional secrecy raise the DPC by one step.'
    )
  },
  severityEncrypted: {
    id: 'gdpr.severity.encrypted',
    source: 'ENISA',
    reference: 'ENISA 2013 (données inintelligibles) ; RGPD art. 34(3)(a)',
    summary: loc(
      'Un chiffrement à l’état de l’art dont la clé est sûre neutralise la perte de confidentialité.',
      'State-of-the-art encryption with a safe key neutralises the loss of confidentiality.'
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
    source: 'RGPD',
    reference: 'RGPD art. 33(1)',
    summary: loc(
      'Gravité moyenne ou plus : notifier la CNIL dans les 72 heures après la prise de connaissance.',
      'Medium severity or above: notify the supervisory authority within 72 hours of awareness.'
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
      'Personnes vulnérables : facteur de doute.',
      'Vulnerable persons: a factor of doubt.'
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
    source: 'RGPD',
    reference: 'RGPD art. 34(1), 34(2)',
    summary: loc(
      'Risque élevé : informer les personnes concernées sans délai, en termes clairs.',
      'High risk: inform the persons concerned without undue delay, in plain language.'
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
  level: SeverityLevel
  factors: SeverityFactor[]
  reasons: Reason[]
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

const EI_VALUES: Record<Identifiability, { value: number; label: Localized }> = {
  negligible: { value: 0.25, label: loc('négligeable', 'negligible') },
  limited: { value: 0.5, label: loc('limitée', 'limited') },
  significant: { value: 0.75, label: loc('importante', 'significant') },
  maximum: { value: 1, label: loc('maximale', 'maximum') }
}

const fmt = (n: number): Localized => loc(String(n).replace('.', ','), String(n))

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
  for (const c of d.categories) {
    const b = DPC_BASE[c]
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
  if (d.vulnerablePersons) {
    dpc += 1
    dpcWhy.push(loc('+1 pour des personnes vulnérables', '+1 for vulnerable persons'))
    reasons.push(
      reason(
        R.severityVulnerable,
        loc(
          'Les personnes concernées sont vulnérables (patients, enfants…) : le contexte du traitement (DPC) est relevé d’un cran.',
          'The persons concerned are vulnerable (patients, children…): the data processing context (DPC) is raised by one step.'
        )
      )
    )
  }
  if (f.professionalSecrecy) {
    dpc += 1
    dpcWhy.push(loc('+1 pour le secret professionnel', '+1 for professional secrecy'))
    reasons.push(
      reason(
        R.severitySecrecy,
        loc(
          'Vos données sont couvertes par le secret professionnel ; leur perte de confidentialité est un dommage cité par le considérant 85 du RGPD : DPC relevé d’un cran.',
          'Your data are under professional secrecy; losing their confidentiality is a harm listed in GDPR recital 85: DPC raised by one step.'
        )
      )
    )
  }
  const dpcCapped = Math.min(4, Math.max(1, dpc))
  if (dpcCapped !== dpc) dpcWhy.push(loc('plafonné à 4', 'capped at 4'))

  // Only a confidentiality breach of unintelligible data: nobody can identify anyone without the
  // key, so ENISA's ease of identification is negligible whatever the data say.
  const ei = f.encryptedOnlyConfidentiality
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
    const v = !d.backupAvailable ? 0.5 : f.cyberattack ? 0.25 : 0
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

  const score = dpcCapped * ei.value + cb
  const level = severityLevel(score)
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
        `Gravité ENISA : ${fmt(dpcCapped).fr} × ${fmt(ei.value).fr} + ${fmt(cb).fr} = ${fmt(score).fr}, soit une gravité ${SEVERITY_LABELS[level].fr}. Contexte du traitement (DPC) = ${fmt(dpcCapped).fr} — ${factors[0]!.why.fr}. Facilité d’identification (EI) = ${fmt(ei.value).fr} — ${ei.label.fr}. Circonstances (CB) = ${fmt(cb).fr} — ${factors[2]!.why.fr}. C’est une aide à la décision, pas un verdict.`,
        `ENISA severity: ${dpcCapped} × ${ei.value} + ${cb} = ${score}, i.e. ${SEVERITY_LABELS[level].en} severity. Data processing context (DPC) = ${dpcCapped} — ${factors[0]!.why.en}. Ease of identification (EI) = ${ei.value} — ${ei.label.en}. Circumstances (CB) = ${cb} — ${factors[2]!.why.en}. It supports the decision, it does not make it.`
      )
    )
  )
  return { score, level, factors, reasons }
}

/** The factors of doubt that make a low-severity breach notifiable anyway (CNIL). */
export const doubtFactors = (f: Facts): Reason[] => {
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
  if (d.vulnerablePersons)
    out.push(
      reason(
        R.doubtVulnerable,
        loc('Des personnes vulnérables sont concernées.', 'Vulnerable persons are affected.')
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
  const unknowns: Localized[] = []
  if (d.personalData === 'unknown')
    unknowns.push(loc('la présence de données personnelles', 'whether personal data are involved'))
  if (f.confidentiality && d.leftOrganisation === 'unknown')
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
  return out
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
