import type { Policy } from '../model/schema'
import type { Verdict } from './insurance'
import type { Facts } from './facts'

/** What the checklist and advice rules read besides the facts: the decisions already taken. */
export type DecisionContext = {
  facts: Facts
  notifyRequired: boolean
  informRequired: boolean
  publicCommunication: boolean
  authorityDueMs?: number
  /** Set when the L12-10-1 complaint deadline applies (attack + cyber policy, law in force). */
  complaintDueMs?: number
  insurerDeadlines: { policy: Policy; verdict: Verdict; dueMs: number; done: boolean }[]
  arsRequired: boolean
}
