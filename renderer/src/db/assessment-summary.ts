/**
 * What the register keeps of an assessment computed by shared/assessment `assess()`. Typed
 * structurally on the fields it reads, so the database layer does not depend on the rules.
 */
import type { Localized } from '@shared/model'

import type { AssessmentSummary } from './types'

export type AssessmentLike = {
  ruleSetVersion: string
  computedAt: string
  gdpr: {
    applies: boolean
    duties: readonly { id: string; required: boolean; status: string }[]
  }
  coverage: readonly { policyId: string; verdict: string }[]
  deadlines: readonly { dueAt: string; status: string; label: Localized }[]
}

export function summarizeAssessment(assessment: AssessmentLike): AssessmentSummary {
  const open = assessment.deadlines
    .filter((d) => d.status === 'pending' || d.status === 'overdue')
    .filter((d) => !Number.isNaN(Date.parse(d.dueAt)))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
  const next = open[0]
  const summary: AssessmentSummary = {
    ruleSetVersion: assessment.ruleSetVersion,
    computedAt: assessment.computedAt,
    overdueCount: open.filter((d) => d.status === 'overdue').length,
    pendingCount: open.filter((d) => d.status === 'pending').length,
    gdprApplies: assessment.gdpr.applies,
    duties: assessment.gdpr.duties.map((d) => ({
      id: d.id,
      required: d.required,
      status: d.status
    })),
    coverage: assessment.coverage.map((c) => ({ policyId: c.policyId, verdict: c.verdict }))
  }
  if (next) {
    summary.nextDueAt = new Date(Date.parse(next.dueAt)).toISOString()
    summary.nextDueLabel = { fr: next.label.fr, en: next.label.en }
  }
  return summary
}
