/**
 * The rule set: every rule with its stable id, source and reference, in one reviewable list
 * (rendered to docs/rules.md). Bump RULE_SET_VERSION whenever a rule is added, removed or changes
 * meaning; every assessment records the version it used.
 */
import { ADVICE_RULES } from './advice'
import { CHECKLIST_RULES } from './checklist'
import { GDPR_RULES } from './gdpr'
import { HEALTH_RULES } from './health'
import { COVERAGE_RULES, DEADLINE_RULES } from './insurance'
import type { RuleGroup, RuleMeta, RuleSource } from './types'

export const RULE_SET_VERSION = '2026.12.2'

/**
 * When a rule states no date of its own: the date its source took effect. GDPR and the guidance
 * read with it apply from 25 May 2018 (RGPD art. 99(2)); the Code des assurances articles used
 * here predate the app's oldest plausible incident, so 1 January 2018 stands for "always"; the
 * insurance rules with a later date (C. assur. L12-10-1, 24 April 2023) carry it themselves.
 */
export const DEFAULT_EFFECTIVE_FROM: Record<RuleSource, string> = {
  RGPD: '2018-05-25',
  EDPB: '2018-05-25',
  CNIL: '2018-05-25',
  ENISA: '2018-05-25',
  Sentinelle: '2018-05-25',
  'Code des assurances': '2018-01-01',
  'Code pénal': '2018-01-01',
  'Code de la santé publique': '2018-01-01',
  'Code du travail': '2018-01-01',
  'Cybermalveillance / ANSSI': '2018-01-01',
  seed: '2018-01-01'
}

/** Rules defined elsewhere whose date differs from their source's default. */
const EFFECTIVE_FROM_BY_ID: Readonly<Record<string, string>> = {
  // Loi n° 2023-22 (LOPMI) art. 5: in force 24 April 2023.
  'insurance.L12-10-1.complaint_required': '2023-04-24',
  'insurance.L12-10-1.complaint_filed': '2023-04-24',
  'insurance.L12-10-1.complaint_late': '2023-04-24',
  'insurance.L12-10-1.complaint_late_other_cover': '2023-04-24',
  'insurance.L12-10-1.pre_complaint': '2023-04-24',
  'deadline.complaint.L12-10-1': '2023-04-24'
}

export const effectiveFrom = (r: RuleMeta): string =>
  r.effectiveFrom ?? EFFECTIVE_FROM_BY_ID[r.id] ?? DEFAULT_EFFECTIVE_FROM[r.source]

/** Whether a rule was in force on a local date 'YYYY-MM-DD' (the incident's date). */
export const inForceOn = (r: RuleMeta, dateKey: string): boolean => effectiveFrom(r) <= dateKey

const meta = (r: RuleMeta): RuleMeta => ({
  id: r.id,
  group: r.group,
  source: r.source,
  reference: r.reference,
  summary: r.summary,
  effectiveFrom: effectiveFrom(r)
})

export const RULE_GROUPS: readonly RuleGroup[] = [
  'gdpr',
  'deadline',
  'insurance',
  'health',
  'checklist',
  'advice'
]

export const RULES: readonly RuleMeta[] = [
  ...Object.values(GDPR_RULES),
  ...Object.values(DEADLINE_RULES),
  ...COVERAGE_RULES,
  ...Object.values(HEALTH_RULES),
  ...CHECKLIST_RULES,
  ...ADVICE_RULES
].map(meta)

export const RULES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.id, r]))
