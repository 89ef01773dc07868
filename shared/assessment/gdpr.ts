import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { Facts } from '../rules/facts'
import { dateTime } from '../rules/format'
import { computeSeverity, doubtFactors, GDPR_RULES, SEVERITY_LABELS } from '../rules/gdpr'
import type { Severity } from '../rules/gdpr'
import { reason } from '../rules/types'
import type { Reason } from '../rules/types'
import { msToIso, toMs } from '../time/time-zone'
import type { DutyStatus, GdprAssessment, GdprDuty } from './types'

const HOURS_72 = 72 * 3_600_000
const R = GDPR_RULES

export type GdprOutcome = {
  gdpr: GdprAssessment
  notifyRequired: boolean
  informRequired: boolean
  publicCommunication: boolean
  authorityDueMs?: number
  severity?: Severity
}

export const assessGdpr = (f: Facts): GdprOutcome => {
  const inc = f.incident
  if (!f.gdprApplies) {
    const why = reason(
      R.scopeNone,
      loc(
        'Aucune donnée personnelle n’est touchée : le RGPD ne s’applique pas à cet incident, donc ni registre des violations, ni notification à la CNIL, ni information des personnes. Vos obligations contractuelles de confidentialité et vos assurances restent à examiner.',
        'No personal data are affected: the GDPR does not apply to this incident, so there is no breach register entry, no authority notification and no information of persons. Your contractual confidentiality duties and your insurance remain to be examined.'
      )
    )
    const none = (id: GdprDuty['id']): GdprDuty => ({
      id,
      required: false,
      decision: loc('Non requis : pas de donnée personnelle.', 'Not required: no personal data.'),
      reasons: [why],
      status: 'not_required'
    })
    return {
      gdpr: {
        applies: false,
        explanation: why.text,
        duties: [none('register'), none('notify_authority'), none('inform_persons')],
        missingForComplementary: []
      },
      notifyRequired: false,
      informRequired: false,
      publicCommunication: false
    }
  }

  const scopeReason =
    f.personalData === 'yes'
      ? reason(
          R.scopePersonal,
          loc(
            'Des données personnelles sont touchées : c’est une violation de données au sens du RGPD.',
            'Personal data are affected: this is a personal data breach under the GDPR.'
          )
        )
      : reason(
          R.scopeUnknown,
          loc(
            'On ne sait pas encore si des données personnelles sont touchées : par prudence, le RGPD est appliqué jusqu’à preuve du contraire.',
            'It is not yet known whether personal data are affected: as a precaution, the GDPR is applied until shown otherwise.'
          )
        )

  const severity = computeSeverity(f)
  const level = severity.level
  // « Gravité élevée » / "High severity": the label starts the English sentence.
  const levelFr = SEVERITY_LABELS[level].fr
  const levelEn =
    SEVERITY_LABELS[level].en.charAt(0).toUpperCase() + SEVERITY_LABELS[level].en.slice(1)
  const authorityDueMs = f.awarenessMs === undefined ? undefined : f.awarenessMs + HOURS_72
  const notified = f.firstEvent.authority_notified
  const informed = f.firstEvent.persons_informed

  // Register: every breach (art. 33(5)).
  const register: GdprDuty = {
    id: 'register',
    required: true,
    decision: loc(
      'Consigner la violation au registre, avec les raisons de chaque décision (obligatoire dans tous les cas).',
      'Record the breach in the register, with the reasons for each decision (always required).'
    ),
    reasons: [
      scopeReason,
      reason(
        R.register,
        loc(
          'Toute violation de données personnelles est documentée dans le registre interne, qu’elle soit notifiée ou non (RGPD art. 33(5)). Cette fiche Sentinelle en tient lieu une fois l’incident enregistré.',
          'Every personal data breach is documented in the internal register, notified or not (GDPR art. 33(5)). This Sentinelle entry serves as such once the incident is saved.'
        )
      )
    ],
    status: inc.status === 'draft' ? 'pending' : 'done'
  }

  // Notify the authority (art. 33(1)).
  const notifyReasons: Reason[] = [...severity.reasons]
  let notifyRequired: boolean
  let notifyDecision: Localized
  if (f.encryptedOnlyConfidentiality) {
    notifyRequired = false
    notifyReasons.push(
      reason(
        R.notifyEncrypted,
        loc(
          'Seule la confidentialité est atteinte et les données sont chiffrées selon l’état de l’art avec une clé non compromise : la violation n’est pas susceptible d’engendrer un risque pour les personnes. Pas de notification, mais consignez ces raisons au registre. Si la clé s’avère compromise, réévaluez immédiatement.',
          'Only confidentiality is affected and the data are encrypted to the state of the art with an uncompromised key: the breach is unlikely to result in a risk to the persons. No notification, but record these reasons in the register. If the key turns out to be compromised, reassess at once.'
        )
      )
    )
    notifyDecision = loc(
      'Notification à la CNIL non requise : données inintelligibles.',
      'Authority notification not required: the data are unintelligible.'
    )
  } else if (level !== 'low') {
    notifyRequired = true
    notifyReasons.push(
      reason(
        R.notifyRisk,
        loc(
          `Gravité ${levelFr} : la violation est susceptible d’engendrer un risque pour les droits et libertés des personnes. Notifiez la CNIL dans les 72 heures suivant la prise de connaissance (RGPD art. 33(1)).`,
          `${levelEn} severity: the breach is likely to result in a risk to the persons’ rights and freedoms. Notify the supervisory authority within 72 hours of awareness (GDPR art. 33(1)).`
        )
      )
    )
    notifyDecision = loc(
      'Notifier la CNIL dans les 72 heures.',
      'Notify the authority within 72 hours.'
    )
  } else {
    const doubts = doubtFactors(f)
    if (doubts.length) {
      notifyRequired = true
      notifyReasons.push(
        reason(
          R.notifyDoubt,
          loc(
            'La gravité calculée est faible, mais des facteurs de doute existent (ci-dessous). En cas de doute, la CNIL demande de notifier ; elle vous dira s’il faut informer les personnes. Sentinelle a donc retenu la notification.',
            'The computed severity is low, but there are factors of doubt (below). When in doubt, the CNIL asks you to notify; it will tell you whether to inform the persons. Sentinelle therefore chose to notify.'
          )
        ),
        ...doubts
      )
      notifyDecision = loc(
        'Notifier la CNIL dans les 72 heures (en cas de doute, notifiez).',
        'Notify the authority within 72 hours (when in doubt, notify).'
      )
    } else {
      notifyRequired = false
      notifyReasons.push(
        reason(
          R.notifyUnlikely,
          loc(
            'Gravité faible et aucun facteur de doute : pas de données sensibles, pas de personnes vulnérables, pas de secret professionnel, 100 personnes au plus, faits essentiels connus. La violation est peu susceptible d’engendrer un risque : pas de notification. Consignez ces raisons au registre ; réévaluez si un fait change.',
            'Low severity and no factor of doubt: no sensitive data, no vulnerable persons, no professional secrecy, 100 persons at most, key facts known. The breach is unlikely to result in a risk: no notification. Record these reasons in the register; reassess if a fact changes.'
          )
        )
      )
      notifyDecision = loc(
        'Notification à la CNIL non requise : risque peu probable.',
        'Authority notification not required: risk unlikely.'
      )
    }
  }
  let notifyStatus: DutyStatus = 'not_required'
  if (notifyRequired) {
    notifyStatus = notified
      ? 'done'
      : authorityDueMs !== undefined && f.nowMs > authorityDueMs
        ? 'overdue'
        : 'pending'
    if (authorityDueMs !== undefined) {
      const late = notified ? toMs(notified.at) > authorityDueMs : f.nowMs > authorityDueMs
      if (late)
        notifyReasons.push(
          reason(
            R.notifyLate,
            loc(
              `Le délai de 72 heures a expiré le ${dateTime(authorityDueMs, f.timeZone).fr} : la notification doit être accompagnée des motifs du retard (RGPD art. 33(1)). Notifiez quand même sans attendre.`,
              `The 72-hour deadline expired on ${dateTime(authorityDueMs, f.timeZone).en}: the notification must give the reasons for the delay (GDPR art. 33(1)). Notify anyway without waiting.`
            )
          )
        )
    }
    notifyReasons.push(
      reason(
        R.notifyPhased,
        notified
          ? loc(
              'Complétez votre notification initiale par une notification complémentaire dès que les éléments manquants sont connus (RGPD art. 33(4)).',
              'Complete your initial notification with a complementary one as soon as the missing information is known (GDPR art. 33(4)).'
            )
          : loc(
              'N’attendez pas d’avoir tous les éléments : faites une notification initiale avec ce que vous savez, puis une notification complémentaire (RGPD art. 33(4)).',
              'Do not wait until you know everything: send an initial notification with what you know, then a complementary one (GDPR art. 33(4)).'
            )
      )
    )
  }
  const notifyDuty: GdprDuty = {
    id: 'notify_authority',
    required: notifyRequired,
    decision: notifyDecision,
    reasons: notifyReasons,
    status: notifyStatus,
    ...(notifyRequired && authorityDueMs !== undefined ? { dueAt: msToIso(authorityDueMs) } : {})
  }

  // Inform the persons (art. 34).
  const informReasons: Reason[] = []
  let informRequired = false
  let publicCommunication = false
  let informDecision: Localized
  if (f.encryptedOnlyConfidentiality) {
    informReasons.push(
      reason(
        R.informExemptEncryption,
        loc(
          'Exemption : les données sont chiffrées selon l’état de l’art et la clé n’est pas compromise, elles sont inintelligibles (RGPD art. 34(3)(a)).',
          'Exemption: the data are encrypted to the state of the art and the key is not compromised, so they are unintelligible (GDPR art. 34(3)(a)).'
        )
      )
    )
    informDecision = loc(
      'Information des personnes non requise : données chiffrées.',
      'Informing the persons not required: the data are encrypted.'
    )
  } else if (level === 'high' || level === 'very_high') {
    if (inc.gdprMitigation.measuresRemoveHighRisk) {
      informReasons.push(
        reason(
          R.informExemptMeasures,
          loc(
            'Le risque est élevé, mais vous indiquez que des mesures prises depuis font qu’il n’est plus susceptible de se matérialiser (RGPD art. 34(3)(b)) : décrivez-les précisément au registre, la CNIL peut en juger autrement (art. 34(4)).',
            'The risk is high, but you state that measures taken since ensure it is no longer likely to materialise (GDPR art. 34(3)(b)): describe them precisely in the register; the authority may disagree (art. 34(4)).'
          )
        )
      )
      informDecision = loc(
        'Information des personnes non requise : mesures supprimant le risque élevé.',
        'Informing the persons not required: measures removed the high risk.'
      )
    } else if (inc.gdprMitigation.disproportionateEffort) {
      informRequired = true
      publicCommunication = true
      informReasons.push(
        reason(
          R.informPublic,
          loc(
            'Le risque est élevé et contacter chaque personne exigerait des efforts disproportionnés : une communication publique, aussi efficace, la remplace (RGPD art. 34(3)(c)).',
            'The risk is high and contacting each person would involve disproportionate effort: an equally effective public communication replaces it (GDPR art. 34(3)(c)).'
          )
        )
      )
      informDecision = loc(
        'Informer les personnes par une communication publique.',
        'Inform the persons through a public communication.'
      )
    } else {
      informRequired = true
      informReasons.push(
        reason(
          R.informHighRisk,
          loc(
            `Gravité ${levelFr} : le risque pour les personnes est élevé. Informez-les sans délai, en termes clairs et simples (RGPD art. 34(1) et 34(2)). Aucune exemption de l’art. 34(3) ne s’applique : pas de chiffrement protecteur, pas de mesure supprimant le risque, pas d’effort disproportionné déclaré.`,
            `${levelEn} severity: the risk to the persons is high. Inform them without undue delay, in clear and plain language (GDPR art. 34(1) and 34(2)). No art. 34(3) exemption applies: no protective encryption, no measure removing the risk, no disproportionate effort stated.`
          )
        )
      )
      informDecision = loc(
        'Informer les personnes concernées sans délai.',
        'Inform the persons concerned without undue delay.'
      )
    }
  } else {
    informReasons.push(
      reason(
        R.informNotHigh,
        loc(
          `Gravité ${levelFr} : le risque n’est pas élevé, l’information individuelle n’est pas obligatoire (RGPD art. 34(1)). La CNIL peut toutefois l’exiger (art. 34(4)) ; vous pouvez aussi informer volontairement.`,
          `${levelEn} severity: the risk is not high, so informing each person is not required (GDPR art. 34(1)). The authority may still require it (art. 34(4)); you may also inform them voluntarily.`
        )
      )
    )
    informDecision = loc(
      'Information des personnes non requise : risque non élevé.',
      'Informing the persons not required: risk not high.'
    )
  }
  const informDuty: GdprDuty = {
    id: 'inform_persons',
    required: informRequired,
    decision: informDecision,
    reasons: informReasons,
    status: informRequired ? (informed ? 'done' : 'pending') : 'not_required'
  }

  const missing: Localized[] = []
  if (notifyRequired) {
    const d = inc.data
    if (d.personalData === 'unknown')
      missing.push(
        loc('Si des données personnelles sont touchées', 'Whether personal data are affected')
      )
    if (d.categories.length === 0)
      missing.push(
        loc('Les catégories de données (art. 33(3)(a))', 'The data categories (art. 33(3)(a))')
      )
    if (d.personsCount === undefined)
      missing.push(
        loc(
          'Le nombre approximatif de personnes concernées (art. 33(3)(a))',
          'The approximate number of persons concerned (art. 33(3)(a))'
        )
      )
    if (d.recordsCount === undefined)
      missing.push(
        loc(
          'Le nombre approximatif d’enregistrements (art. 33(3)(a))',
          'The approximate number of records (art. 33(3)(a))'
        )
      )
    if (!inc.insured.dpoContact && !inc.insured.email && !inc.insured.phone)
      missing.push(
        loc(
          'Un point de contact : DPO ou autre (art. 33(3)(b))',
          'A contact point: DPO or other (art. 33(3)(b))'
        )
      )
    if (f.confidentiality && d.leftOrganisation === 'unknown')
      missing.push(
        loc(
          'Si les données sont sorties de votre structure',
          'Whether the data left your organisation'
        )
      )
    if (inc.cause.kind === 'other' && !inc.cause.description)
      missing.push(
        loc(
          'Les circonstances et la cause de la violation',
          'The circumstances and cause of the breach'
        )
      )
    if (inc.breachTypes.length === 0)
      missing.push(
        loc(
          'Le type de violation (confidentialité, intégrité, disponibilité)',
          'The type of breach (confidentiality, integrity, availability)'
        )
      )
    if (!f.firstEvent.contained)
      missing.push(
        loc('La date à laquelle l’incident a été maîtrisé', 'When the incident was contained')
      )
    if (inc.measures.length === 0)
      missing.push(
        loc(
          'Les mesures prises ou envisagées pour remédier et atténuer (art. 33(3)(d))',
          'The measures taken or proposed to address and mitigate (art. 33(3)(d))'
        )
      )
    if (informRequired && !informed)
      missing.push(
        loc(
          'Si et quand les personnes ont été informées',
          'Whether and when the persons were informed'
        )
      )
    const lateReason = notifyReasons.some((r) => r.ruleId === R.notifyLate.id)
    if (lateReason && !notified?.note)
      missing.push(
        loc(
          'Les motifs du retard de notification (art. 33(1))',
          'The reasons for the late notification (art. 33(1))'
        )
      )
  }

  const explanation = loc(
    `${scopeReason.text.fr} Gravité ${levelFr} (score ENISA ${String(severity.score).replace('.', ',')}). ${notifyDecision.fr} ${informDecision.fr}`,
    `${scopeReason.text.en} ${levelEn} severity (ENISA score ${severity.score}). ${notifyDecision.en} ${informDecision.en}`
  )

  return {
    gdpr: {
      applies: true,
      explanation,
      severity: { score: severity.score, level, factors: severity.factors },
      duties: [register, notifyDuty, informDuty],
      missingForComplementary: missing
    },
    notifyRequired,
    informRequired,
    publicCommunication,
    ...(notifyRequired && authorityDueMs !== undefined ? { authorityDueMs } : {}),
    severity
  }
}
