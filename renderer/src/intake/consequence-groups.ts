import type { Incident } from '@shared/model'

import { displayEuros } from '../components/euro-amount'
import { formatDateTime } from '../components/zoned-time'
import type { useI18n } from '../i18n/I18nProvider'
import type { Language } from '../i18n/language'
import { totalLossCents } from './row-updates'

export type ConsequenceGroup = { heading: string; items: string[] }

/**
 * The consequences and measures of an incident as readable lines, grouped (measures, parties,
 * claims, losses, evidence); empty groups are left out. Shared by the review step of the intake
 * and the incident detail page, so both say the same thing the same way.
 */
export function consequenceGroups(
  incident: Incident,
  t: ReturnType<typeof useI18n>['t'],
  language: Language
): ConsequenceGroup[] {
  const when = (iso: string | undefined) =>
    iso ? formatDateTime(iso, language, incident.timeZone) : undefined
  const named = (text: string) => text.trim() || t('intake.review.unnamed')
  const groups: ConsequenceGroup[] = [
    {
      heading: t('intake.review.measures'),
      items: incident.measures.map((measure) =>
        [when(measure.at), named(measure.description)].filter(Boolean).join(' — ')
      )
    },
    {
      heading: t('intake.review.parties'),
      items: incident.parties.map((party) =>
        [`${named(party.name)} (${t(`intake.partyRole.${party.role}`)})`, party.contact]
          .filter(Boolean)
          .join(' · ')
      )
    },
    {
      heading: t('intake.review.claims'),
      items: incident.thirdPartyClaims.map((claim) =>
        [
          named(claim.claimant),
          claim.amountCents !== undefined ? displayEuros(claim.amountCents, language) : '',
          claim.receivedAt ? t('intake.review.receivedAt', { date: when(claim.receivedAt)! }) : '',
          claim.description.trim()
        ]
          .filter(Boolean)
          .join(' · ')
      )
    },
    {
      heading: t('intake.review.losses'),
      items: [
        ...incident.estimatedLosses.map((loss) =>
          [
            t(`intake.lossKind.${loss.kind}`),
            displayEuros(loss.amountCents, language),
            loss.description
          ]
            .filter(Boolean)
            .join(' · ')
        ),
        ...(incident.estimatedLosses.length > 1
          ? [
              t('intake.losses.total', {
                amount: displayEuros(totalLossCents(incident), language)
              })
            ]
          : [])
      ]
    },
    {
      heading: t('intake.review.evidence'),
      items: incident.evidence.map((item) => named(item.label))
    }
  ]
  return groups.filter((group) => group.items.length > 0)
}
