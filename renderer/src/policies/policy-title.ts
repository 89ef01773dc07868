import type { Policy } from '@shared/model'

import type { useI18n } from '../i18n/I18nProvider'

type T = ReturnType<typeof useI18n>['t']

/** The user's own name for the policy, else its kind and insurer. */
export function policyTitle(policy: Policy, t: T): string {
  const label = policy.label?.trim()
  if (label) return label
  return `${t(`policies.kind.${policy.kind}`)} — ${policy.insurer}`
}
