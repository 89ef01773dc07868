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
import type { RuleGroup, RuleMeta } from './types'

export const RULE_SET_VERSION = '2026.12.1'

const meta = (r: RuleMeta): RuleMeta => ({
  id: r.id,
  group: r.group,
  source: r.source,
  reference: r.reference,
  summary: r.summary
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
