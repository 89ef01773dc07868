import type { Localized } from '../model/localized'
import type { DataRoleKind, PolicyKind } from '../model/schema'
import type { AwarenessSource } from '../rules/facts'
import type { SeverityFactor, SeverityLevel } from '../rules/gdpr'
import type { Verdict } from '../rules/insurance'
import type { ChecklistPhaseId } from '../rules/phases'
import type { Reason } from '../rules/types'

export type { Reason } from '../rules/types'
export type { SeverityFactor, SeverityLevel } from '../rules/gdpr'
export type { Verdict } from '../rules/insurance'

export type DutyId = 'register' | 'notify_authority' | 'inform_persons'
export type DutyStatus = 'done' | 'pending' | 'overdue' | 'not_required'

export type GdprDuty = {
  id: DutyId
  required: boolean
  /** One sentence: what to do, or why not. */
  decision: Localized
  /** Rule by rule; for a decision not to notify, these are the reasons to record (CNIL, ICO). */
  reasons: Reason[]
  dueAt?: string
  status: DutyStatus
}

export type GdprAssessment = {
  applies: boolean
  explanation: Localized
  severity?: {
    score: number
    level: SeverityLevel
    factors: SeverityFactor[]
    /** The band the decision read (ENISA's, raised one step for a large scale). */
    riskLevel?: SeverityLevel
  }
  duties: GdprDuty[]
  /** What the complementary notification still needs (RGPD art. 33(3), 33(4)). */
  missingForComplementary: Localized[]
  /* Added in rule set 2026.12 (additive). */
  /** The user's role for these data; absent in older stored assessments = controller. */
  role?: DataRoleKind
  /** A processor's duty to inform its controller (art. 33(2)), instead of notifying itself. */
  controllerNotice?: ControllerNotice
  /** Awareness recorded more than 24 h after detection (EDPB 9/2022), with the reason given. */
  awarenessDelay?: { hours: number; reason?: string }
  /** Reasons for a notification after 72 h, as entered (art. 33(1)). */
  notificationDelayReason?: string
}

export type ControllerNotice = {
  required: true
  decision: Localized
  reasons: Reason[]
  controllerName?: string
  /** Awareness + the contract's deadline (art. 28(3)(f)), when the contract sets one. */
  dueAt?: string
}

export type CoverageVerdict = {
  policyId: string
  policyKind: PolicyKind
  verdict: Verdict
  /** One-line summary of the verdict. */
  summary: Localized
  reasons: Reason[]
}

export type DeadlineStatus = 'done' | 'pending' | 'overdue'

export type Deadline = {
  /** 'gdpr.authority', 'insurer.<policyId>', 'complaint.L12-10-1' */
  id: string
  /** The rule that set it. */
  ruleId: string
  label: Localized
  dueAt: string
  /** For deadlines counted in days: the last local day, 'YYYY-MM-DD'. */
  dueDate?: string
  basis: Localized
  reference: string
  status: DeadlineStatus
  /** Relative to `now`; negative when overdue. */
  msLeft: number
  /** When it was met, if it was. */
  doneAt?: string
  policyId?: string
}

export type ChecklistPhase = ChecklistPhaseId

export type ChecklistItem = {
  id: string
  ruleId: string
  text: Localized
  dueAt?: string
  done: boolean
}

export type HealthReporting = {
  /** Report to the ARS without delay (CSP art. L1111-8-2). */
  required: boolean
  explanation: Localized
  reasons: Reason[]
}

export type Advice = { ruleId: string; text: Localized; reference: string }

export type Assessment = {
  ruleSetVersion: string
  /** = options.now: an old register entry stays explainable after the rules change. */
  computedAt: string
  timeZone: string
  awareness: { at?: string; source: AwarenessSource; explanation: Localized; reason: Reason }
  gdpr: GdprAssessment
  coverage: CoverageVerdict[]
  /** Indicative only: the insurer decides. */
  coverageNotice: Localized
  deadlines: Deadline[]
  healthReporting: HealthReporting
  checklist: { phase: ChecklistPhase; items: ChecklistItem[] }[]
  advice: Advice[]
  /** Every rule that fired, sorted: what this assessment rests on. */
  firedRuleIds: string[]
}
