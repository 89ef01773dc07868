/**
 * Health-sector reporting: CSP art. L1111-8-2 in its wording since ordonnance n° 2020-1407,
 * for establishments and bodies in its scope only: significant or serious incidents are reported
 * without delay to the State's competent authorities and to the ANS (the GIP of art. L1111-24),
 * through the national reporting portal.
 */
import { loc } from '../model/localized'
import type { Facts } from './facts'
import { defineRules, reason } from './types'
import type { Reason } from './types'

export const HEALTH_RULES = defineRules('health', {
  arsEstablishment: {
    id: 'health.ars.establishment',
    source: 'Code de la santé publique',
    reference:
      'CSP art. L1111-8-2 (rédaction de l’ordonnance n° 2020-1407) ; art. D1111-16-2 ; décret n° 2022-715',
    summary: loc(
      'Un établissement ou organisme de santé dans le champ signale sans délai ses incidents significatifs ou graves de sécurité des systèmes d’information aux autorités compétentes de l’État et à l’Agence du numérique en santé, via le portail national de signalement.',
      'A health establishment or body in scope reports its significant or serious information-system security incidents without delay to the State’s competent authorities and to the national digital health agency (ANS), through the national reporting portal.'
    )
  },
  arsIndividualPractice: {
    id: 'health.ars.individual_practice',
    source: 'Code de la santé publique',
    reference: 'CSP art. L1111-8-2 (rédaction de l’ordonnance n° 2020-1407) ; décret n° 2022-715',
    summary: loc(
      'Un cabinet libéral n’entre pas dans le champ du signalement obligatoire de l’art. L1111-8-2 : signalement volontaire seulement.',
      'An individual practice is outside the mandatory reporting scope of art. L1111-8-2: voluntary reporting only.'
    )
  }
})

/**
 * "Graves" incidents include those affecting the confidentiality or integrity of health data and
 * the normal operation of the establishment (D1111-16-2), so any health-data breach or loss of
 * availability of an establishment's systems qualifies.
 */
export const arsRequired = (f: Facts): boolean =>
  f.incident.insured.healthEstablishment && (f.healthData || f.availability || f.integrity)

export const healthReasons = (f: Facts): Reason[] => {
  const R = HEALTH_RULES
  if (arsRequired(f))
    return [
      reason(
        R.arsEstablishment,
        loc(
          'Votre structure entre dans le champ de l’art. L1111-8-2 du code de la santé publique (rédaction de l’ordonnance n° 2020-1407) : signalez sans délai cet incident significatif ou grave aux autorités compétentes de l’État (votre agence régionale de santé) et à l’Agence du numérique en santé, via le portail national de signalement (CERT Santé). Ce signalement s’ajoute à la notification à la CNIL.',
          'Your organisation is within the scope of art. L1111-8-2 of the public health code (as worded by ordonnance 2020-1407): report this significant or serious incident without delay to the State’s competent authorities (your regional health agency, ARS) and to the national digital health agency (ANS), through the national reporting portal (CERT Santé). This is in addition to the CNIL notification.'
        )
      )
    ]
  if (f.healthProfession && !f.incident.insured.healthEstablishment)
    return [
      reason(
        R.arsIndividualPractice,
        loc(
          'Un cabinet libéral n’est pas dans la liste des structures tenues de signaler leurs incidents aux autorités de l’État et à l’Agence du numérique en santé (CSP art. L1111-8-2, décret n° 2022-715) : aucune obligation ici. Vous pouvez toutefois demander l’aide de CERT Santé ou de cybermalveillance.gouv.fr.',
          'An individual practice is not among the organisations required to report their incidents to the State’s authorities and the ANS (CSP art. L1111-8-2, decree 2022-715): no duty here. You may still ask CERT Santé or cybermalveillance.gouv.fr for help.'
        )
      )
    ]
  return []
}
