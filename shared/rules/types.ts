import type { Localized } from '../model/localized'

export type RuleGroup = 'gdpr' | 'insurance' | 'deadline' | 'health' | 'checklist' | 'advice'

/** Where the rule comes from, so that a reviewer knows which text to read it against. */
export type RuleSource =
  | 'RGPD'
  | 'EDPB'
  | 'CNIL'
  | 'ENISA'
  | 'Code des assurances'
  | 'Code pénal'
  | 'Code de la santé publique'
  | 'Code du travail'
  | 'Cybermalveillance / ANSSI'
  | 'seed'
  /** A choice of Sentinelle's own, not a legal rule nor ENISA's method: labelled so with its reason. */
  | 'Sentinelle'

/** The reviewable part of a rule: what a lawyer reads in docs/rules.md. */
export type RuleMeta = {
  /** Stable id, e.g. 'gdpr.notify.risk'; never reused for another meaning. */
  id: string
  group: RuleGroup
  source: RuleSource
  /** e.g. 'RGPD art. 33(1)', 'C. assur. art. L113-2', 'seed: « Les limites de la RC Pro »'. */
  reference: string
  /** What the rule says, in both languages. */
  summary: Localized
  /**
   * The date (YYYY-MM-DD) from which the rule applies: an incident is assessed with the rules in
   * force at its date. Absent = the default of its source (see registry.ts, DEFAULT_EFFECTIVE_FROM).
   */
  effectiveFrom?: string
}

export type Reason = {
  ruleId: string
  text: Localized
  reference: string
  /** For an uncertain verdict: what exactly to check in the contract. */
  toCheck?: Localized
}

export const reason = (rule: RuleMeta, text: Localized, toCheck?: Localized): Reason =>
  toCheck
    ? { ruleId: rule.id, text, reference: rule.reference, toCheck }
    : { ruleId: rule.id, text, reference: rule.reference }

export const defineRules = <K extends string>(
  group: RuleGroup,
  rules: Record<K, Omit<RuleMeta, 'group'>>
): Record<K, RuleMeta> =>
  Object.fromEntries(
    Object.entries(rules).map(([k, r]) => [k, { ...(r as Omit<RuleMeta, 'group'>), group }])
  ) as Record<K, RuleMeta>
