/** Health-sector reporting: CSP art. L1111-8-2, for establishments in its scope only. */
import { loc } from '../model/localized'
import type { Facts } from './facts'
import { defineRules, reason } from './types'
import type { Reason } from './types'

export const HEALTH_RULES = defineRules('health', {
  arsEstablishment: {
    id: 'health.ars.establishment',
    source: 'Code de la santé publique',
    reference: 'CSP art. L1111-8-2 ; art. D1111-16-2 ; décret n° 2022-715',
    summary: loc(
      'Un établissement de santé signale sans délai à l’ARS les incidents graves de sécurité des systèmes d’information (via CERT Santé).',
      'A health establishment reports serious information-system security incidents to the ARS without delay (via CERT Santé).'
    )
  },
  arsIndividualPractice: {
    id: 'health.ars.individual_practice',
    source: 'Code de la santé publique',
    reference: 'CSP art. L1111-8-2 ; décret n° 2022-715',
    summary: loc(
      'Un cabinet libéral n’entre pas dans le champ du signalement obligatoire à l’ARS : signalement volontaire seulement.',
      'An individual practice is outside the mandatory ARS reporting scope: voluntary reporting only.'
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
          'Votre structure entre dans le champ de l’art. L1111-8-2 du code de la santé publique : signalez l’incident sans délai à votre agence régionale de santé, via le portail de signalement (CERT Santé). Ce signalement s’ajoute à la notification à la CNIL.',
          'Your organisation is within the scope of art. L1111-8-2 of the public health code: report the incident without delay to your regional health agency (ARS) through the reporting portal (CERT Santé). This is in addition to the CNIL notification.'
        )
      )
    ]
  if (f.healthProfession && !f.incident.insured.healthEstablishment)
    return [
      reason(
        R.arsIndividualPractice,
        loc(
          'Un cabinet libéral n’est pas dans la liste des structures tenues de signaler à l’ARS (CSP art. L1111-8-2, décret n° 2022-715) : aucune obligation ici. Vous pouvez toutefois demander l’aide de CERT Santé ou de cybermalveillance.gouv.fr.',
          'An individual practice is not among the organisations required to report to the ARS (CSP art. L1111-8-2, decree 2022-715): no duty here. You may still ask CERT Santé or cybermalveillance.gouv.fr for help.'
        )
      )
    ]
  return []
}
