import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { Facts } from '../rules/facts'
import { dateTime } from '../rules/format'
import {
  awarenessDelayReason,
  computeSeverity,
  doubtFactors,
  GDPR_RULES,
  gdprRiskFacts,
  SEVERITY_LABELS,
  simpleDataReason
} from '../rules/gdpr'
import type { Severity } from '../rules/gdpr'
import { reason } from '../rules/types'
import type { Reason } from '../rules/types'
import { msToIso, toMs } from '../time/time-zone'
import type { ControllerNotice, DutyStatus, GdprAssessment, GdprDuty } from './types'

const HOURS_72 = 72 * 3_600_000
const R = GDPR_RULES

export type GdprOutcome = {
  gdpr: GdprAssessment
  notifyRequired: boolean
  informRequired: boolean
  publicCommunication: boolean
  authorityDueMs?: number
  /** A processor's deadline to inform its controller (art. 28(3)(f)), when the contract sets one. */
  controllerDueMs?: number
  severity?: Severity
}

const controllerLabel = (f: Facts): Localized => {
  const name = f.incident.role?.controllerName?.trim()
  return name
    ? loc(`votre client ${name}, responsable du traitement`, `your client ${name}, the controller`)
    : loc('votre client, responsable du traitement', 'your client, the controller')
}

/** Art. 33(2): a processor informs its controller; it does not notify the CNIL itself. */
const processorReason = (f: Facts): Reason => {
  const who = controllerLabel(f)
  const hours = f.incident.role?.contractNoticeHours
  return reason(
    R.roleProcessor,
    loc(
      `Pour ces données, vous êtes sous-traitant : votre obligation est d’informer ${who.fr} sans délai injustifié après en avoir pris connaissance (RGPD art. 33(2))${hours !== undefined ? `, et au plus tard dans les ${hours} heures prévues par votre contrat (art. 28(3)(f))` : ' ; vérifiez le délai prévu par votre contrat (art. 28(3)(f))'}. C’est lui qui décide de notifier la CNIL et d’informer les personnes ; ne le faites vous-même que sur son instruction. Transmettez-lui tout ce que vous savez, même incomplet.`,
      `For these data you are a processor: your duty is to inform ${who.en} without undue delay after becoming aware (GDPR art. 33(2))${hours !== undefined ? `, and at the latest within the ${hours} hours your contract sets (art. 28(3)(f))` : '; check the deadline in your contract (art. 28(3)(f))'}. The controller decides whether to notify the authority and inform the persons; do so yourself only on its instruction. Pass on everything you know, even if incomplete.`
    )
  )
}

const jointReason = (f: Facts): Reason => {
  const who = f.incident.role?.controllerName?.trim()
  return reason(
    R.roleJoint,
    loc(
      `Vous êtes responsable conjoint${who ? ` avec ${who}` : ''} : l’accord prévu par l’art. 26 du RGPD dit lequel de vous notifie la CNIL et informe les personnes ; à défaut, chacun reste tenu. Prévenez l’autre responsable sans délai et convenez de qui notifie.`,
      `You are a joint controller${who ? ` with ${who}` : ''}: the arrangement required by GDPR art. 26 says which of you notifies the authority and informs the persons; failing that, each remains bound. Tell the other controller without delay and agree who notifies.`
    )
  )
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
  const rf = gdprRiskFacts(f)
  const processor = rf.role === 'processor'
  // The decision reads the risk level (ENISA's band, raised for a large scale by convention).
  const level = severity.riskLevel
  // « Gravité élevée » / "High severity": the label starts the English sentence.
  const levelFr = SEVERITY_LABELS[level].fr
  const levelEn =
    SEVERITY_LABELS[level].en.charAt(0).toUpperCase() + SEVERITY_LABELS[level].en.slice(1)
  const authorityDueMs =
    f.awarenessMs === undefined || processor ? undefined : f.awarenessMs + HOURS_72
  const notified = f.firstEvent.authority_notified
  const informed = f.firstEvent.persons_informed

  const delayReason = awarenessDelayReason(f)
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
      ),
      ...(delayReason ? [delayReason] : [])
    ],
    status: inc.status === 'draft' ? 'pending' : 'done'
  }

  // Notify the authority (art. 33(1)). Which branch decides, in order: the processor's role
  // (art. 33(2)); no readable data exposed and availability judged on its own (EDPB 01/2021
  // cases 01, 10); a contained disclosure (case 09); then the risk level, with "when in doubt,
  // notify" (CNIL) deciding a low level.
  const notifyReasons: Reason[] = [...severity.reasons]
  // Simple data alone (ENISA DPC 1): doubts about who has them weigh no more than ENISA's CB.
  const simpleData = (severity.factors.find((x) => x.id === 'DPC')?.value ?? 0) <= 1
  const doubts = doubtFactors(f, { simpleData })
  const noExposure =
    inc.breachTypes.length > 0 && !rf.readableExposure && !rf.availabilityRisk && !rf.integrityRisk
  const containedDoubts = doubts.filter(
    (r) =>
      (r.ruleId === R.doubtSpecial.id && !rf.healthIncidental) || r.ruleId === R.doubtVulnerable.id
  )
  let notifyRequired: boolean
  let notifyDecision: Localized
  if (processor) {
    notifyRequired = false
    notifyReasons.push(processorReason(f))
    notifyDecision = loc(
      'Pas de notification à la CNIL par vous : informez votre client, responsable du traitement, qui décide (sauf instruction de sa part).',
      'No authority notification by you: inform your client, the controller, who decides (unless it instructs you).'
    )
  } else if (noExposure) {
    notifyRequired = false
    notifyReasons.push(
      f.encryptedSafe && f.confidentiality
        ? reason(
            R.notifyEncrypted,
            loc(
              `Les données sont chiffrées selon l’état de l’art avec une clé non compromise : la confidentialité n’est pas atteinte en pratique.${f.availability ? ' La disponibilité, jugée à part, a été rétablie depuis une sauvegarde en moins de 24 heures.' : ''} La violation n’est pas susceptible d’engendrer un risque pour les personnes (EDPB 01/2021, cas 01 et 10). Pas de notification, mais consignez ces raisons au registre. Si la clé s’avère compromise ou la restauration plus longue, réévaluez immédiatement.`,
              `The data are encrypted to the state of the art with an uncompromised key: confidentiality is not affected in practice.${f.availability ? ' Availability, judged on its own, was restored from a backup within 24 hours.' : ''} The breach is unlikely to result in a risk to the persons (EDPB 01/2021, cases 01 and 10). No notification, but record these reasons in the register. If the key turns out to be compromised or the restoration longer, reassess at once.`
            )
          )
        : reason(
            R.notifyNoExposure,
            loc(
              'Aucune donnée lisible n’a été exposée et les données ont été restaurées depuis une sauvegarde en moins de 24 heures : la violation n’est pas susceptible d’engendrer un risque pour les personnes (EDPB 01/2021, cas 01). Pas de notification ; consignez ces raisons au registre et réévaluez si une fuite apparaît.',
              'No readable data were exposed and the data were restored from a backup within 24 hours: the breach is unlikely to result in a risk to the persons (EDPB 01/2021, case 01). No notification; record these reasons in the register and reassess if a leak comes to light.'
            )
          )
    )
    notifyDecision =
      f.encryptedSafe && f.confidentiality
        ? loc(
            'Notification à la CNIL non requise : données inintelligibles.',
            'Authority notification not required: the data are unintelligible.'
          )
        : loc(
            'Notification à la CNIL non requise : aucune donnée exposée, restauration rapide.',
            'Authority notification not required: no data exposed, quick restoration.'
          )
  } else if (rf.containedDisclosure && containedDoubts.length === 0) {
    notifyRequired = false
    notifyReasons.push(
      reason(
        R.notifyContained,
        loc(
          'Les données ont été transmises par erreur à un destinataire connu, de confiance et tenu au secret, qui a confirmé leur suppression : la violation n’est pas susceptible d’engendrer un risque (EDPB 9/2022 ; EDPB 01/2021, cas 09). Pas de notification ; gardez la confirmation écrite au registre.',
          'The data were sent by mistake to a known, trusted recipient bound by secrecy, who confirmed their deletion: the breach is unlikely to result in a risk (EDPB 9/2022; EDPB 01/2021, case 09). No notification; keep the written confirmation in the register.'
        )
      )
    )
    notifyDecision = loc(
      'Notification à la CNIL non requise : destinataire de confiance, suppression confirmée.',
      'Authority notification not required: trusted recipient, deletion confirmed.'
    )
  } else if (level !== 'low' && !rf.containedDisclosure) {
    notifyRequired = true
    notifyReasons.push(
      reason(
        R.notifyRisk,
        loc(
          `Gravité ${levelFr} : par convention de Sentinelle, une gravité moyenne ou plus se lit comme un risque pour les droits et libertés des personnes. Notifiez la CNIL dans les 72 heures suivant la prise de connaissance (RGPD art. 33(1)).`,
          `${levelEn} severity: by Sentinelle’s convention, medium severity or above reads as a risk to the persons’ rights and freedoms. Notify the supervisory authority within 72 hours of awareness (GDPR art. 33(1)).`
        )
      )
    )
    notifyDecision = loc(
      'Notifier la CNIL dans les 72 heures.',
      'Notify the authority within 72 hours.'
    )
  } else {
    const decisive = rf.containedDisclosure ? containedDoubts : doubts
    if (decisive.length) {
      notifyRequired = true
      notifyReasons.push(
        reason(
          R.notifyDoubt,
          rf.containedDisclosure
            ? loc(
                'Le destinataire est de confiance et a confirmé la suppression, mais les données sont sensibles ou les personnes vulnérables (ci-dessous). En cas de doute, la CNIL demande de notifier ; elle vous dira s’il faut informer les personnes. Sentinelle a donc retenu la notification.',
                'The recipient is trusted and confirmed deletion, but the data are sensitive or the persons vulnerable (below). When in doubt, the CNIL asks you to notify; it will tell you whether to inform the persons. Sentinelle therefore chose to notify.'
              )
            : loc(
                'La gravité calculée est faible, mais des facteurs de doute existent (ci-dessous). En cas de doute, la CNIL demande de notifier ; elle vous dira s’il faut informer les personnes. Sentinelle a donc retenu la notification.',
                'The computed severity is low, but there are factors of doubt (below). When in doubt, the CNIL asks you to notify; it will tell you whether to inform the persons. Sentinelle therefore chose to notify.'
              )
        ),
        ...decisive
      )
      notifyDecision = loc(
        'Notifier la CNIL dans les 72 heures (en cas de doute, notifiez).',
        'Notify the authority within 72 hours (when in doubt, notify).'
      )
    } else {
      notifyRequired = false
      const setAside = simpleData ? simpleDataReason(f) : undefined
      notifyReasons.push(
        reason(
          R.notifyUnlikely,
          setAside
            ? loc(
                'Gravité faible, données simples seulement, et aucun facteur de doute sur les conséquences : pas de données sensibles, pas de personnes vulnérables, pas de secret professionnel, 100 personnes au plus, pas de fiches permettant la fraude, pas de malveillance sur des données lisibles. La violation est peu susceptible d’engendrer un risque : pas de notification (à vérifier, voir ci-dessous). Consignez ces raisons au registre ; réévaluez si un fait change.',
                'Low severity, simple data only, and no factor of doubt about the consequences: no sensitive data, no vulnerable persons, no professional secrecy, 100 persons at most, no fraud-enabling records, no malice on readable data. The breach is unlikely to result in a risk: no notification (to check, see below). Record these reasons in the register; reassess if a fact changes.'
              )
            : loc(
                'Gravité faible et aucun facteur de doute : pas de données sensibles, pas de personnes vulnérables, pas de secret professionnel, 100 personnes au plus, pas de malveillance sur des données lisibles, pas de destinataires inconnus, faits essentiels connus. La violation est peu susceptible d’engendrer un risque : pas de notification. Consignez ces raisons au registre ; réévaluez si un fait change.',
                'Low severity and no factor of doubt: no sensitive data, no vulnerable persons, no professional secrecy, 100 persons at most, no malice on readable data, no unknown recipients, key facts known. The breach is unlikely to result in a risk: no notification. Record these reasons in the register; reassess if a fact changes.'
              )
        ),
        ...(setAside ? [setAside] : [])
      )
      notifyDecision = loc(
        'Notification à la CNIL non requise : risque peu probable.',
        'Authority notification not required: risk unlikely.'
      )
    }
  }
  if (rf.role === 'joint_controller') notifyReasons.push(jointReason(f))
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
  if (processor) {
    informReasons.push(
      reason(
        R.informNotOwnDuty,
        loc(
          'Vous êtes sous-traitant : informer les personnes revient au responsable du traitement (votre client), sauf s’il vous le demande. Transmettez-lui l’estimation de gravité ci-dessus.',
          'You are a processor: informing the persons is for the controller (your client) to do, unless it asks you to. Pass it the severity estimate above.'
        )
      )
    )
    informDecision = loc(
      'Information des personnes : à décider par votre client (responsable du traitement).',
      'Informing the persons: for your client (the controller) to decide.'
    )
  } else if (noExposure && f.encryptedSafe && f.confidentiality) {
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
  } else if (notifyRequired && (level === 'high' || level === 'very_high')) {
    if (rf.containedDisclosure) {
      informReasons.push(
        reason(
          R.informExemptMeasures,
          loc(
            'Le destinataire, de confiance et tenu au secret, a confirmé la suppression : le risque élevé n’est plus susceptible de se matérialiser (RGPD art. 34(3)(b) ; EDPB 01/2021, cas 09). Gardez la confirmation ; la CNIL peut en juger autrement (art. 34(4)).',
            'The recipient, trusted and bound by secrecy, confirmed deletion: the high risk is no longer likely to materialise (GDPR art. 34(3)(b); EDPB 01/2021, case 09). Keep the confirmation; the authority may disagree (art. 34(4)).'
          )
        )
      )
      informDecision = loc(
        'Information des personnes non requise : suppression confirmée par le destinataire.',
        'Informing the persons not required: deletion confirmed by the recipient.'
      )
    } else if (inc.gdprMitigation.measuresRemoveHighRisk) {
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
        notifyRequired
          ? loc(
              `Gravité ${levelFr} : le risque n’est pas élevé, l’information individuelle n’est pas obligatoire (RGPD art. 34(1)). La CNIL peut toutefois l’exiger (art. 34(4)) ; vous pouvez aussi informer volontairement.`,
              `${levelEn} severity: the risk is not high, so informing each person is not required (GDPR art. 34(1)). The authority may still require it (art. 34(4)); you may also inform them voluntarily.`
            )
          : loc(
              'La violation n’est pas susceptible d’engendrer un risque (ci-dessus), a fortiori pas un risque élevé : l’information individuelle n’est pas obligatoire (RGPD art. 34(1)). Vous pouvez informer volontairement.',
              'The breach is unlikely to result in a risk (above), let alone a high risk: informing each person is not required (GDPR art. 34(1)). You may inform them voluntarily.'
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
  if (delayReason && !inc.awarenessDelayReason?.trim())
    missing.push(
      loc(
        'La raison pour laquelle la prise de connaissance est venue plus de 24 heures après la détection (EDPB 9/2022)',
        'Why awareness came more than 24 hours after detection (EDPB 9/2022)'
      )
    )
  if (notifyRequired || processor) {
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
    if (lateReason && !notified?.note && !inc.notificationDelayReason?.trim())
      missing.push(
        loc(
          'Les motifs du retard de notification (art. 33(1))',
          'The reasons for the late notification (art. 33(1))'
        )
      )
  }

  let controllerNotice: ControllerNotice | undefined
  let controllerDueMs: number | undefined
  if (processor) {
    const hours = inc.role?.contractNoticeHours
    controllerDueMs =
      hours !== undefined && f.awarenessMs !== undefined
        ? f.awarenessMs + hours * 3_600_000
        : undefined
    const who = controllerLabel(f)
    controllerNotice = {
      required: true,
      decision: loc(
        `Informer sans délai ${who.fr} (RGPD art. 33(2)).`,
        `Inform ${who.en} without undue delay (GDPR art. 33(2)).`
      ),
      reasons: [processorReason(f)],
      ...(inc.role?.controllerName ? { controllerName: inc.role.controllerName } : {}),
      ...(controllerDueMs !== undefined ? { dueAt: msToIso(controllerDueMs) } : {})
    }
  }

  const explanation = loc(
    `${scopeReason.text.fr} Gravité ${levelFr} (score ENISA ${String(severity.score).replace('.', ',')}). ${controllerNotice ? `${controllerNotice.decision.fr} ` : ''}${notifyDecision.fr} ${informDecision.fr}`,
    `${scopeReason.text.en} ${levelEn} severity (ENISA score ${severity.score}). ${controllerNotice ? `${controllerNotice.decision.en} ` : ''}${notifyDecision.en} ${informDecision.en}`
  )

  return {
    gdpr: {
      applies: true,
      explanation,
      severity: {
        score: severity.score,
        level: severity.level,
        factors: severity.factors,
        riskLevel: severity.riskLevel
      },
      duties: [register, notifyDuty, informDuty],
      missingForComplementary: missing,
      role: rf.role,
      ...(controllerNotice ? { controllerNotice } : {}),
      ...(rf.awarenessDelayHours !== undefined && rf.awarenessDelayHours > 24
        ? {
            awarenessDelay: {
              hours: rf.awarenessDelayHours,
              ...(inc.awarenessDelayReason?.trim()
                ? { reason: inc.awarenessDelayReason.trim() }
                : {})
            }
          }
        : {}),
      ...(inc.notificationDelayReason?.trim()
        ? { notificationDelayReason: inc.notificationDelayReason.trim() }
        : {})
    },
    notifyRequired,
    informRequired,
    publicCommunication,
    ...(notifyRequired && authorityDueMs !== undefined ? { authorityDueMs } : {}),
    ...(controllerDueMs !== undefined ? { controllerDueMs } : {}),
    severity
  }
}
